/**
 * The ParsedArticle contract: what `newsgraph parse <file> --json` prints, what the write stage
 * stores, and what other tools may rely on. Field names are public; schema/parsed-article.schema.json
 * publishes the same shape as JSON Schema. Add fields, never rename them.
 */

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STATEMENT_KINDS = ['QUOTE', 'ASSESSMENT', 'CLAIM', 'ANNOUNCEMENT', 'WARNING'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const EVENT_STATUSES = ['occurred', 'announced', 'expected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface ParsedArticleMeta {
  title: string;
  /** ISO 8601; with the offset when the source gives a time zone, else a local date-time or date. */
  publishedAt: string;
  /** Author names as written (not ids); entities[] holds them as PERSON entities too. */
  authors: string[];
  tags: string[];
  url?: string;
  section?: string;
  language?: string;
  caption?: string;
  /** Who the article names as its source ("Source: ISW"). */
  source?: string;
  /** Body paragraphs joined with a blank line ("\n\n"); evidence offsets index into this string. */
  body: string;
}

export interface ParsedEntity {
  /** Stable id: `person:<slug>`, `organization:<slug>`, `place:<slug>` of the canonical name. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Titles and roles written next to the name ("UK Defence Secretary"), never part of the name. */
  roles: string[];
  /** ORGANIZATION: think tank, government, military…; PLACE: country, city, region. */
  kind?: string;
  /** PERSON: the roles above tied to the organization or country they are held in, when written. */
  positions?: Position[];
}

export interface Position {
  /** "Defence Secretary" */
  title: string;
  /** The organization or place id the role is held in ("UK" → place:united-kingdom), if any. */
  of?: string;
}

export interface Evidence {
  /** The sentence as it appears in article.body. */
  sentence: string;
  /** Character offsets of the sentence in article.body: body.slice(start, end) === sentence. */
  start: number;
  end: number;
}

export interface ParsedStatement {
  /**
   * Stable id: `statement:<hash of speaker id and normalised text>`, shared across reports. In the
   * graph a statement with no speaker is known within its article only (reportedStatementId).
   */
  id: string;
  /** An entity id, or null when the statement is unattributed. */
  speaker: string | null;
  /** Anonymous source as written ("three diplomats") when speaker is null. */
  anonymousSource?: string;
  /** The reporting verb's lemma: assess, say, warn, announce… */
  verb: string;
  /** The reporting verb as written: "assessed", "Quote from". */
  verbAsWritten?: string;
  kind: StatementKind;
  text: string;
  /** Entity, topic (`topic:<slug>`) or event ids the statement is about. */
  about: string[];
  evidence: Evidence;
}

export interface ParsedEvent {
  /** Stable id: `event:<slug of name and date>` (see eventId). */
  id: string;
  name: string;
  /** MEETING, ULTIMATUM, NEGOTIATIONS, CAMPAIGN, ATTACK, ELECTION, … */
  kind: string;
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM), resolved against article.publishedAt; null if unknown. */
  date: string | null;
  /** The end of a range or a deadline, same format as date. */
  endDate?: string | null;
  status: EventStatus;
  participants: string[];
  /** PLACE entity id of where it happens, when written ("summit in Rome"); also in `key`. */
  place?: string;
  /**
   * Normalised identity: `<kind>|<date or endDate>|<sorted participant and place ids>`. Two reports
   * of the same event in one article share it and are one event.
   */
  key?: string;
  /** Ids of the extraction rules that produced it (trigger, date, status), for `parse --explain`. */
  rules?: string[];
}

/** Who first ingested an article and when (`newsgraph export` writes it; only a restore reads it). */
export interface Provenance {
  /** key:<id>, cli:<user> or seed, as the graph recorded it. */
  ingestedBy: string;
  /** ISO 8601 date-time with its offset. */
  ingestedAt: string;
}

export interface ParsedArticle {
  article: ParsedArticleMeta;
  entities: ParsedEntity[];
  statements: ParsedStatement[];
  events: ParsedEvent[];
  /**
   * Present in `newsgraph export` lines only. `newsgraph ingest` of an export (.jsonl: an operator
   * restoring a graph) records it and adds who restored the article; every other way in refuses an
   * article that carries it, so no one can write in someone else's name.
   */
  provenance?: Provenance;
}
