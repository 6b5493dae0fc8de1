import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { canonicalUrl } from './canonical-url.js';

/**
 * Node ids are readable, deterministic and globally unique: `<kind>:<key>`. The kind prefix makes
 * every id refetchable through `node(id:)` (the Relay rule), and deriving the key from the
 * canonical name, URL or content means loading the same data twice merges instead of duplicating.
 */
export const ID_KINDS = ['article', 'person', 'organization', 'place', 'topic', 'statement', 'event'] as const;
export type IdKind = (typeof ID_KINDS)[number];

const ASCII_ONLY = /^[\x00-\x7F]*$/;

/**
 * Case-, diacritic- and script-folded form used for comparing names: "ZELENSKYY" ~ "zelenskyy",
 * "Brücke" ~ "brucke", "Władysław" ~ "wladyslaw", "Зеленський" ~ "zelens'kyi". Transliteration
 * (any-ascii) also lets a name written in two scripts meet in the graph.
 */
export function foldName(name: string): string {
  // ASCII has nothing to decompose or transliterate, and of the quotes only ` to fold: the same
  // result without the Unicode passes, which cost analysis more than any other function of ours.
  if (ASCII_ONLY.test(name)) return name.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Only letters are transliterated: symbols (€, %) stay as they were, so statement ids do not move.
    .replace(/\p{L}+/gu, (word) => (/[^\x00-\x7F]/.test(word) ? anyAscii(word) : word))
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Institute for the Study of War" → "institute-for-the-study-of-war", "Олена" → "olena". Text with
 * nothing to transliterate (symbols only) gets a hash, so two such names never share an id.
 */
export function slugify(text: string): string {
  const slug = foldName(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `h${shortHash(text.trim(), 12)}`;
}

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function makeId(kind: IdKind, key: string): string {
  return `${kind}:${key}`;
}

export function entityId(kind: 'person' | 'organization' | 'place', canonicalName: string): string {
  return makeId(kind, slugify(canonicalName));
}

export function topicId(tag: string): string {
  return makeId('topic', slugify(tag));
}

/** Events recur ("Contact Group meeting"), so a known date is part of their identity. */
export function eventId(name: string, date?: string | null): string {
  return makeId('event', slugify(date ? `${name} ${date}` : name));
}

/**
 * What makes two reports of an event the same one, whatever they call it: its kind, its date (or
 * deadline) and who and where — `meeting|2026-03-03|person:a+person:b+place:rome`.
 */
export function eventKey(kind: string, date: string | null | undefined, ids: readonly string[]): string {
  return `${kind.toLowerCase()}|${date ?? ''}|${[...new Set(ids)].sort().join('+')}`;
}

/** Whitespace- and quote-normalised statement text, so the same sentence in two reports matches. */
export function normaliseStatementText(text: string): string {
  return foldName(text)
    .replace(/["“”«»]/g, '')
    .replace(/[.\s]+$/, '');
}

/** The same speaker saying the same thing is one statement, whichever report carried it. */
export function statementId(speakerId: string | null, text: string): string {
  return makeId('statement', shortHash(`${speakerId ?? ''}|${normaliseStatementText(text)}`));
}

/**
 * The graph's id of a statement as one article reports it. With a speaker it is the contract's id,
 * shared by every report of that speaker saying that. With none (an anonymous source, or no one the
 * extractor could name) nothing shows that two reports carrying the same words carry one claim, so
 * it is known within its article: the contract's id, `@`, the article's id. One node for all of them
 * took the union of what unrelated reports said it was about (63 organizations for one sentence at
 * 1,500 synthetic articles), and every new report of it recounted the others' related entities.
 * Migration 014 computes the same for a graph written before, so the scheme stays `id@article`.
 */
export function reportedStatementId(id: string, speakerId: string | null, articleId: string): string {
  return speakerId === null ? `${id}@${articleId}` : id;
}

/** Hash of what makes two copies of an article the same report: its title and body. */
export function contentHash(title: string, body: string): string {
  return createHash('sha256').update(`${title.trim()}\n\n${body.replace(/\s+/g, ' ').trim()}`).digest('hex');
}

/** An article is known by its canonical URL when it has one, else by its content. */
export function articleId(url: string | null | undefined, hash: string): string {
  return makeId('article', url ? shortHash(canonicalUrl(url)) : hash.slice(0, 16));
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(ID_KINDS);

export function idKind(id: string): IdKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return KNOWN_KINDS.has(kind) ? (kind as IdKind) : null;
}
