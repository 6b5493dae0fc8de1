import type { FieldMentions } from '../mentions.js';
import type { StatementRuleId } from '../rules/statement-rules.js';
import type { QuoteSpan, Token } from '../text.js';
import type { ExtractedStatement, Mention } from '../types.js';
import type { ReportingVerb } from '../verbs.js';

/**
 * The state the statement finder threads through its constructions while it reads one field, and
 * the two ways they change it: recording a statement and claiming a reporting verb.
 */

export interface FoundStatement extends ExtractedStatement {
  sentence: number;
  /** Statements this one cites ("…, citing Trump's warning that …"): their events are what it is about. */
  cites: FoundStatement[];
  /** The speaker's mention in this sentence (for event participants and roles), when named here. */
  speakerMention?: Mention;
}

export interface Attribution {
  verb: ReportingVerb;
  speaker: Mention | null;
  via: NonNullable<ExtractedStatement['speakerVia']>;
  anonymous?: string;
  /** The subject is a relative pronoun ("X, which said …, warned"): the statement ends with its clause. */
  relative?: boolean;
  /** The rule that found the subject, when a construction of its own did ("X, a van maker, said"). */
  subjectRule?: StatementRuleId;
  /** Offset just past the attribution. */
  end: number;
}

/**
 * What the finder knows while it reads one field: what it has found so far, which quotes and
 * reporting verbs are spoken for, and the speakers in order (pronouns look back along them).
 * The functions of statements/ read it and add to it; nothing else changes it.
 */
export interface StatementContext {
  readonly body: FieldMentions;
  readonly mentions: Mention[];
  readonly text: string;
  readonly tokens: Token[];
  readonly found: FoundStatement[];
  readonly consumedQuotes: Set<QuoteSpan>;
  readonly consumedTokens: Set<number>;
  /** Speakers in order of appearance, for pronouns. */
  readonly speakers: Mention[];
}

export function newStatementContext(body: FieldMentions, mentions: Mention[]): StatementContext {
  return { body, mentions, text: body.analysis.text, tokens: body.analysis.tokens, found: [], consumedQuotes: new Set(), consumedTokens: new Set(), speakers: [] };
}

/** Records a statement with the ids of the construction that found it and of how its speaker was found. */
export function push(ctx: StatementContext, rule: StatementRuleId, st: Omit<FoundStatement, 'cites' | 'about' | 'rules'>, more: readonly StatementRuleId[] = []): FoundStatement {
  const speakerRule: StatementRuleId = st.speakerVia ? `statement.speaker.${st.speakerVia}` : st.anonymousSource ? 'statement.speaker.anonymous' : 'statement.speaker.unattributed';
  const full: FoundStatement = { ...st, rules: [rule, speakerRule, ...more], about: [], cites: [] };
  if (full.speaker !== null) ctx.speakers.push(ctx.mentions[full.speaker]!);
  ctx.found.push(full);
  return full;
}

export function consume(ctx: StatementContext, v: ReportingVerb): void {
  for (let k = v.from; k < v.to; k++) ctx.consumedTokens.add(k);
}
