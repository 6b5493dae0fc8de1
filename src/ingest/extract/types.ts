import type { EntityType, EventStatus, Evidence, ParsedArticleMeta, StatementKind } from '../contract.js';

/**
 * What the extract stage finds in one article, before resolution gives anything an id: mentions
 * (surface forms with offsets, types, roles), statements that point at mentions, and events.
 * Resolution (src/ingest/resolve) turns this into a ParsedArticle.
 */

/** Which part of the article a mention was found in; offsets index into that string. */
export type MentionField = 'title' | 'body' | 'caption' | 'author' | 'source';

export interface RoleMention {
  /** As written, without a leading article: "UK Defence Secretary", "spokesperson for the Commission". */
  text: string;
  /** The role without its country/organization qualifier: "Defence Secretary". */
  title: string;
  /** Mention index of the qualifier ("UK", "Russian", "Kremlin", "the Commission"), if written. */
  of?: number;
}

export interface Mention {
  /** Index in Extraction.mentions. */
  index: number;
  /** Best guess of the extractor; null when only a lexicon or the graph can tell (resolution decides). */
  type: EntityType | null;
  /** The name as written, possessive "'s" and a leading "the" removed: "Healey", "ISW", "Russia". */
  text: string;
  field: MentionField;
  /** Offsets of `text` in the field's string. */
  start: number;
  end: number;
  /** Index of the sentence in the field's analysis (body sentences are shared with statements). */
  sentence: number;
  /**
   * A nationality adjective standing for its country ("Russian leader", "Ukrainian forces"): it
   * points at the country but is not a name of it. `text` is the demonym, `canonical` the country.
   */
  demonym?: boolean;
  /** A name the extractor already knows canonically (country of a demonym or abbreviation, "UK" → "United Kingdom"). */
  canonical?: string;
  /** Acronym defined right after this name: "Institute for the Study of War (ISW)" → "ISW". */
  acronym?: string;
  /** Role written next to a person ("UK Defence Secretary John Healey"). */
  role?: RoleMention;
  /** From a first name, honorific or role word; used for he/she. */
  gender?: 'male' | 'female';
  /** Organization / place kind hinted by the name itself (Ministry → government, country). */
  kindHint?: string;
  /** The context shows an organization ("X, the chip maker,", "shares of X"): the type holds for the name everywhere. */
  orgCue?: boolean;
  /** The common noun the text describes the organization with ("union", "maker"), for "the union said". */
  descriptor?: string;
  /** The context shows a person (a role beside a one-word name, "X told reporters", "X said she …"): a one-word name so typed is kept though no full name is written. */
  personCue?: boolean;
  /** compromise tagged a word of this unknown name as a person's name. */
  personTagged?: boolean;
  /** Ids of the rules that found it and set its type or kind (rules/mention-rules.ts, rules/place-kinds.ts). */
  rules?: string[];
  /** The same name as news also writes it, with or without its head word ("Tarsk district" / "Tarsk"; rules/place-heads.ts): an alias. */
  otherForm?: string;
  /** An event's name written with its event word ("Hurricane X" → "X"; mention.words.storm-words): no entity, nor the name alone elsewhere. */
  occasion?: string;
}

export type AboutRef = { mention: number } | { event: number } | { topic: string };

export interface ExtractedStatement {
  /** Mention index of the speaker; null when unattributed or anonymous. */
  speaker: number | null;
  /** How the speaker was found: named in the sentence, a pronoun, the quote marker, a continued quote. */
  speakerVia?: 'name' | 'pronoun' | 'description' | 'marker' | 'continuation' | 'according-to' | 'noun';
  anonymousSource?: string;
  verb: string;
  /** As written; absent for a quote that continues the previous one without a verb of its own. */
  verbAsWritten?: string;
  kind: StatementKind;
  text: string;
  /** Offsets of `text` in article.body. */
  textStart: number;
  textEnd: number;
  about: AboutRef[];
  evidence: Evidence;
  /** Ids of the rules that found it: the construction, then how its speaker was found (rules/statement-rules.ts), then the topics its words name (rules/statement-topics.ts). */
  rules?: string[];
}

export interface ExtractedEvent {
  name: string;
  /** MEETING, NEGOTIATIONS, CAMPAIGN, ULTIMATUM, ATTACK, ELECTION… */
  kind: string;
  date: string | null;
  endDate?: string | null;
  status: EventStatus;
  /** Mention indices. */
  participants: number[];
  /** Mention index of the place it happens in (the venue), when written. */
  place?: number;
  /** Ids of the rules that produced it (rules/event-triggers.ts, rules/event-dates.ts, events.ts). */
  rules?: string[];
  /** Offsets of the phrase naming the event in article.body. */
  start: number;
  end: number;
  sentence: number;
}

export interface Extraction {
  article: ParsedArticleMeta;
  mentions: Mention[];
  statements: ExtractedStatement[];
  events: ExtractedEvent[];
}

/** Names the caller already knows (graph entities, curated aliases) so the extractor can type them. */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  kind?: string;
}

/**
 * Names looked up rather than listed: the graph's entities as a shared index
 * (src/ingest/resolve/known-index.ts), so an article does not copy the graph into its lexicon.
 */
export interface NameSource {
  /** What `name` is (folded as lexKey folds); undefined when the source does not know it. */
  lookup(name: string): LexiconEntry | undefined;
  /** Longest name in words (an overestimate is harmless). */
  readonly maxWords: number;
}

export interface ExtractOptions {
  /** Curated names (the alias file): the same array from call to call is indexed once. */
  lexicon?: LexiconEntry[];
  /** Names the graph holds; they win over `lexicon`, and the article's authors win over them. */
  known?: NameSource;
}
