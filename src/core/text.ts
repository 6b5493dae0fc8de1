/**
 * Zero-width characters and bidirectional controls: invisible, yet they make "Dmitry\u200b Peskov" a
 * different name from "Dmitry Peskov" for every comparison, and a bidi override can make a display
 * name read backwards. Soft hyphens go too: they only say where a word may break.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A name, title, alias or tag as stored and shown: NFC, invisible controls removed, whitespace collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
