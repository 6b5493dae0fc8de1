/** Builds elements from text only: nothing from the API ever goes through innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the explorer page has no #${id}`);
  return node as T;
}

/** A search fragment with its matched ranges in <mark>, built as text nodes. */
export function highlighted(fragment: string, ranges: readonly { start: number; end: number }[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > fragment.length) continue;
    out.append(fragment.slice(at, r.start), el('mark', { text: fragment.slice(r.start, r.end) }));
    at = r.end;
  }
  out.append(fragment.slice(at));
  return out;
}
