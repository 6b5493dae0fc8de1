import { EXPECTED_FORMATS, MAX_ARTICLE_BYTES, ParseError } from './errors.js';

/** Control characters that never occur in text (everything below 0x20 except tab, LF, FF, CR). */
const CONTROL_BYTE = (b: number): boolean => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
/** Share of control characters above which the input is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;
const SNIFF_LENGTH = 64 * 1024;

function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(bytes: number, file?: string): ParseError {
  return new ParseError(
    'TOO_LARGE',
    `file is ${formatSize(bytes)} (${bytes} bytes), over the ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB limit; expected a single article`,
    file,
  );
}

function binary(what: string, file?: string): ParseError {
  return new ParseError('BINARY', `file looks like binary data (${what}), not text; ${EXPECTED_FORMATS}`, file);
}

/** Offset of the first byte that breaks UTF-8, or -1. Only called once the strict decoder failed. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Raw input → normalised text: refuses oversized, binary, non-UTF-8 and empty input, strips a
 * byte-order mark and turns CRLF/CR line ends into LF. Nothing else about the text changes.
 */
export function decodeInput(input: string | Buffer | Uint8Array, file?: string): string {
  let text: string;
  if (typeof input === 'string') {
    const bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(bytes, file);
    if (input.includes('\u0000')) throw binary('it contains NUL characters', file);
    text = input;
  } else {
    if (input.length > MAX_ARTICLE_BYTES) throw tooLarge(input.length, file);
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      throw new ParseError('ENCODING', 'file is UTF-16 (it starts with a UTF-16 byte-order mark); expected UTF-8 text', file);
    }
    if (input.includes(0)) throw binary('it contains NUL bytes', file);
    const sniff = input.subarray(0, SNIFF_LENGTH);
    let control = 0;
    for (const b of sniff) if (CONTROL_BYTE(b)) control++;
    if (sniff.length > 0 && control / sniff.length > MAX_CONTROL_SHARE) {
      throw binary(`${Math.round((100 * control) / sniff.length)}% of its bytes are control characters`, file);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch (cause) {
      const at = firstInvalidUtf8Byte(input);
      throw new ParseError(
        'ENCODING',
        `file is not valid UTF-8${at >= 0 ? ` (invalid byte 0x${input[at]!.toString(16).padStart(2, '0')} at offset ${at})` : ''}; expected UTF-8 text (re-save it as UTF-8)`,
        file,
        { cause },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ParseError('EMPTY', `file is empty${text.length ? ' (only whitespace)' : ''}; ${EXPECTED_FORMATS}`, file);

  const sniff = text.slice(0, SNIFF_LENGTH);
  let control = 0;
  for (let i = 0; i < sniff.length; i++) {
    const c = sniff.charCodeAt(i);
    if (CONTROL_BYTE(c) || c === 0xfffd) control++;
  }
  if (control / sniff.length > MAX_CONTROL_SHARE) {
    throw binary(`${Math.round((100 * control) / sniff.length)}% of its characters are control or replacement characters`, file);
  }
  return text;
}
