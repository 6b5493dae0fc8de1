import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { isBoilerplate } from './boilerplate.js';
import { foldName } from './ids.js';

/**
 * Windows-1252, byte by byte (iconv-lite: Node's TextDecoder reads that label as Latin-1): the
 * reverse map repairs text whose UTF-8 bytes were read as Windows-1252 or Latin-1 ("donâ€™t").
 */
const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = iconv.decode(Buffer.of(b), 'windows-1252');
    if (ch !== '\uFFFD') map.set(ch, b);
  }
  // Latin-1 proper reads 0x80–0x9F as C1 controls where Windows-1252 has € „ ’ …
  for (let b = 0x80; b < 0xa0; b++) if (!map.has(String.fromCharCode(b))) map.set(String.fromCharCode(b), b);
  return map;
})();

/** A UTF-8 lead byte read as Windows-1252 (Â Ã â …) followed by a continuation byte read so. */
const MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/**
 * Undoes one round of UTF-8 read as Windows-1252/Latin-1. Text that does not look like that, or
 * whose bytes are not valid UTF-8 once re-encoded, comes back as it was.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const b = CP1252_BYTE.get(ch);
    if (b === undefined) return text;
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}

/**
 * The words of an article's body as every copy of it shares them: mojibake repaired, boilerplate
 * paragraphs dropped, folded (case, diacritics, script: foldName) and cut at everything that is
 * not a letter or digit — so curly or straight quotes, dashes, spacing and encoding do not count.
 */
export function bodyWords(body: string): string[] {
  return repairMojibake(body)
    .split(/\n\s*\n/)
    .filter((p) => !isBoilerplate(p))
    .join('\n')
    .split(/\s+/)
    .flatMap((w) => foldName(w).split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);
}

/** Same words, same fingerprint: what makes two copies of a story the same article (SHA-256, hex). */
export function textFingerprint(body: string): string {
  return createHash('sha256').update(bodyWords(body).join(' ')).digest('hex');
}

/**
 * Bodies shorter than this say too little to make two headlines one article ("A short report."):
 * their fingerprint takes the title's words too.
 */
export const MIN_FINGERPRINT_WORDS = 40;

/** An article's fingerprint: its body's words, and its title's as well when the body is short. */
export function articleFingerprint(title: string, body: string): string {
  const words = bodyWords(body);
  return words.length >= MIN_FINGERPRINT_WORDS ? textFingerprint(body) : createHash('sha256').update(`${titleKey(title)}\n${words.join(' ')}`).digest('hex');
}

/** A title compared as bodies are (for "is this the same version": a corrected headline is a new one). */
export function titleKey(title: string): string {
  return bodyWords(title).join(' ');
}
