/** Deep comparison of two `data` values and a short, readable list of where they differ. */

export function differences(a: unknown, b: unknown, path = 'data', out: string[] = [], max = 6): string[] {
  if (out.length >= max) return out;
  if (Object.is(a, b)) return out;
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s === undefined ? 'undefined' : s.length > 120 ? `${s.slice(0, 117)}…` : s;
  };
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length) && out.length < max; i++) differences(a[i], b[i], `${path}[${i}]`, out, max);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out, max);
    return out;
  }
  out.push(`${path}: newsgraph ${show(a)} vs baseline ${show(b)}`);
  return out;
}
