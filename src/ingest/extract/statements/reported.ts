import { AUDIENCE_VERBS } from '../gazetteer.js';
import { SUBJECT_WORDS } from '../rules/subject-words.js';
import type { StatementRuleId } from '../rules/statement-rules.js';
import type { Sentence } from '../text.js';
import type { Mention } from '../types.js';
import { type ReportingVerb, reportingVerbAt } from '../verbs.js';
import { anonymousAt } from './anonymous.js';
import { audienceEnd } from './audiences.js';
import { pluralBodies, researchBodies } from './plural-bodies.js';
import { clauseSubjectBody } from './pronouns.js';
import { adjunctBoundary, reportedContent } from './complements.js';
import { type Attribution, consume, push, type StatementContext } from './context.js';
import { evidence, hasVerb, inQuote, spanEndingAt, spanStartingAt, trimmed, written } from './positions.js';
import { subjectAfter, subjectEnd } from './subject-after.js';
import { sentenceSubject, subjectBefore } from './subject-before.js';
import { ADJUNCT_STARTS, GERUNDS_NEEDING_THAT, SKIP_BEFORE_VERB, TRAILING_CLAUSE_OPENERS } from './words.js';

/**
 * Reported speech: an attribution closing the sentence (", the Air Force said."), an inverted one
 * (", said the ministry."), subject + verb + what it reports, a relative clause (", which said …,"),
 * and clauses that continue the main speaker (", adding that …", "… and said …").
 */

export function reported(ctx: StatementContext, s: Sentence, contentStart: number, from: number): void {
  // Pass 1: attributions that close the sentence ("…, the Air Force said."), so that verbs inside
  // the reported text ("…, while Sweden warned of costs, three diplomats said") stay inside it.
  for (let k = s.to - 1; k >= from; k--) {
    if (ctx.consumedTokens.has(k) || inQuote(ctx, ctx.tokens[k]!.start)) continue;
    const v = reportingVerbAt(ctx.tokens, k, s.to);
    if (!v || v.gerund) continue;
    if (trailing(ctx, v, s, contentStart, from)) break;
  }
  // Pass 2: everything else, left to right.
  for (let k = from; k < s.to; k++) {
    if (ctx.consumedTokens.has(k)) continue;
    const t = ctx.tokens[k]!;
    if (inQuote(ctx, t.start)) continue;
    if (ctx.found.some((f) => f.sentence === s.index && f.textStart <= t.start && t.end <= f.textEnd)) continue;
    const v = reportingVerbAt(ctx.tokens, k, s.to);
    if (!v) continue;
    const prev = ctx.tokens[k - 1];
    const afterComma = !!prev && /,\s*$/.test(prev.post);
    // (a quote of several sentences is found from the sentence it opens in, its evidence running on to here)
    const main = [...ctx.found].reverse().find((f) => (f.sentence === s.index || (f.evidence.start <= t.start && t.end <= f.evidence.end)) && (f.speaker !== null || f.anonymousSource));
    if (v.gerund) {
      // "…, adding that …": the main clause's speaker goes on
      if (!afterComma || !['add', 'find', 'conclude', 'say', 'note', 'stress', 'warn', 'emphasise', 'emphasize', 'claim', 'insist', 'explain', 'state', 'argue'].includes(v.lemma)) continue;
      // the main clause's speaker, or its subject when the main verb reports nothing ("The Kremlin dismissed …, saying …")
      const subject = main ? null : sentenceSubject(ctx, s, from);
      if (!main && !subject) continue;
      const body = reportedContent(ctx, v, s, true);
      // ", adding capacity for …" reports nothing: "adding" reports only with "that"
      if (!body || (GERUNDS_NEEDING_THAT.has(v.lemma) && !body[2])) continue;
      consume(ctx, v);
      if (main) pushReported(ctx, { speaker: main.speaker === null ? null : ctx.mentions[main.speaker]!, via: main.speakerVia ?? 'name', ...(main.anonymousSource ? { anonymous: main.anonymousSource } : {}) }, v, body[0], body[1], contentStart, s, 'statement.reported.adding-clause', body[3]);
      else pushReported(ctx, { speaker: subject!, via: 'name' }, v, body[0], body[1], contentStart, s, 'statement.reported.adding-clause', body[3]);
      continue;
    }
    // "… confirmed that …, but said …" / "…, and said …": the same speaker
    if (prev && /^(and|but)$/.test(prev.normal) && main && main.textEnd <= prev.start + 1) {
      const body = reportedContent(ctx, v, s, true);
      if (body) {
        consume(ctx, v);
        pushReported(ctx, { speaker: main.speaker === null ? null : ctx.mentions[main.speaker]!, via: main.speakerVia ?? 'name', ...(main.anonymousSource ? { anonymous: main.anonymousSource } : {}) }, v, body[0], body[1], contentStart, s, 'statement.reported.and-but', body[3]);
        continue;
      }
    }
    // "X welcomed the deal but warned that …": no statement before, the subject of the sentence's first verb
    if (prev && /^(and|but)$/.test(prev.normal) && !main) {
      const first = firstVerbSubject(ctx, s, from, k - 1);
      const body = first ? reportedContent(ctx, v, s, true) : null;
      if (first && body) {
        consume(ctx, v);
        pushReported(ctx, first, v, body[0], body[1], contentStart, s, 'statement.reported.and-but', body[3]);
        continue;
      }
    }
    const subj = subjectBefore(ctx, k, s, from);
    if (!subj) continue;
    const complement = reportedContent(ctx, v, s, false);
    if (!complement) continue;
    const body = subj.relative ? relativeClauseEnd(ctx, complement) : complement;
    if (!subj.speaker && !subj.anonymous && !body[2]) continue; // unattributed only with a "that" clause
    // a source read from any common noun reports with a verb of speech or a "that" clause, never in the passive
    if ((subj.subjectRule === 'statement.anonymous.common-noun' || subj.subjectRule === 'statement.anonymous.past-aside') && ((!body[2] && !SPEECH_LEMMAS.has(v.lemma)) || passiveBefore(ctx, subj.startToken ?? k, k))) continue;
    consume(ctx, v);
    pushReported(ctx, subj, v, body[0], body[1], contentStart, s, subj.relative ? 'statement.reported.relative-clause' : 'statement.reported.subject-verb', complement[3]);
  }
}

/**
 * The named subject of the first verb in [from, to) that reports nothing ("The regulator on Sunday
 * ordered …", "X, the party leader, congratulated her"), through every way subjectBefore reads one.
 */
function firstVerbSubject(ctx: StatementContext, s: Sentence, from: number, to: number): Omit<Attribution, 'verb' | 'end'> | null {
  for (let k = from + 1; k < to; k++) {
    // a relative clause set off by commas ("…, who had collected signatures, welcomed …") holds no main verb
    if (SUBJECT_WORDS.relativePronouns.has(ctx.tokens[k]!.normal) && /,\s*$/.test(ctx.tokens[k - 1]!.post)) {
      while (k < to && !/,\s*$/.test(ctx.tokens[k]!.post)) k++;
      continue;
    }
    const t = ctx.tokens[k]!;
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Participle') || SKIP_BEFORE_VERB.has(t.normal) || inQuote(ctx, t.start)) continue;
    if (reportingVerbAt(ctx.tokens, k, s.to)) return null;
    const subj = subjectBefore(ctx, k, s, from);
    if (subj?.speaker) return { ...subj, subjectRule: 'statement.subject.first-verb' };
    // "Parents from X, who …, welcomed the vote and said …": an unnamed source goes on as well
    if (subj?.anonymous) return subj;
    // "The Department of Roads on Sunday closed …": past an adverbial, the name opening the sentence
    const opening = sentenceSubject(ctx, s, from);
    return opening ? { speaker: opening, via: 'name', subjectRule: 'statement.subject.first-verb' } : null;
  }
  return null;
}

/** "…, the Air Force said." / "…, said the ministry." / "…, Peskov said on Monday, adding that …". */
function trailing(ctx: StatementContext, v: ReportingVerb, s: Sentence, contentStart: number, from: number): boolean {
  // (from the verb's own last token: "…, X said, adding that …" closes the attribution at "adding")
  const end = subordinateBoundary(ctx, v.to, adjunctBoundary(ctx, v.to - 1, s));
  const prev = ctx.tokens[v.from - 1];
  // inverted: "…, said the ministry."
  if (prev && /,["”]?\s*$/.test(prev.post) && v.from > from) {
    const subj = subjectAfter(ctx, v.to, end);
    // "…, said it would …" is the start of a clause, not "…, said he."
    const pronounClause = subj?.via === 'pronoun' && v.to + 1 < end && !/[,;.!?]/.test(ctx.tokens[v.to]!.post);
    // "…, said its members would …": an unnamed source after the verb ends where its noun phrase does
    const subjEnd = subj?.anonymous !== undefined ? (anonymousAt(ctx, v.to, end)?.to ?? end) : subjectEnd(ctx, v.to, end);
    if (subj && (subj.speaker || subj.anonymous) && !pronounClause && onlyAdjuncts(ctx, subjEnd, end)) {
      const [ts, te] = trimmed(ctx, contentStart, prev.end);
      if (te > ts && !inQuote(ctx, ts + 1) && hasVerb(ctx, contentStart, prev.end)) {
        consume(ctx, v);
        pushReported(ctx, subj, v, ts, te, contentStart, s, 'statement.reported.inverted');
        return true;
      }
    }
  }
  let after = v.to;
  // "…, prosecutor X told a news conference." — an audience written as a common noun phrase
  const audience = AUDIENCE_VERBS.has(v.lemma) ? audienceEnd(ctx, after, end) : -1;
  if (audience > 0) after = audience;
  // "…, its director told the Polish Press Agency (PAP)." — the audience is not the content
  else if (AUDIENCE_VERBS.has(v.lemma) && after < end) {
    let j = after;
    if (['the', 'a', 'an'].includes(ctx.tokens[j]!.normal)) j++;
    const aud = spanStartingAt(ctx, j);
    if (aud) {
      after = aud.to;
      const acr = spanStartingAt(ctx, after);
      if (acr && ctx.tokens[after]!.pre.includes('(')) after = acr.to;
    } else if (j < end && /^(reporters|journalists|lawmakers|parliament|supporters|broadcaster|television|radio)$/.test(ctx.tokens[j]!.normal)) after = j + 1;
  }
  if (!onlyAdjuncts(ctx, after, end)) return false;
  const subj = subjectBefore(ctx, v.from, s, from);
  if (!subj || (!subj.speaker && !subj.anonymous) || subj.startToken === undefined || subj.startToken <= from) return false;
  const about = subj.via === 'pronoun' && subj.speaker ? clauseSubjectBody(ctx, from, ctx.tokens[subj.startToken]!) : null;
  if (about && about !== subj.speaker) Object.assign(subj, { speaker: about, subjectRule: 'statement.subject.clause-description' });
  // "…, X and Y said": the pair starts the attribution
  const pair = subj.speaker && subj.via === 'name' ? coordinatedWith(ctx, subj.speaker, s, v.from) : null;
  if (pair && pair.start < subj.startToken) subj.startToken = pair.start;
  if (subj.startToken <= from) return false;
  const beforeSubj = ctx.tokens[subj.startToken - 1]!;
  if (!/,["”]?\s*$/.test(beforeSubj.post)) return false;
  const [ts, te] = trimmed(ctx, contentStart, beforeSubj.end);
  if (te <= ts || inQuote(ctx, ts + 1) || !hasVerb(ctx, contentStart, beforeSubj.end)) return false;
  consume(ctx, v);
  pushReported(ctx, subj, v, ts, te, contentStart, s, 'statement.reported.trailing', audience > 0);
  return true;
}

/** "…, the ministry said on Sunday, after cases doubled": the attribution ends where a subordinate clause opens. */
function subordinateBoundary(ctx: StatementContext, k: number, end: number): number {
  for (let j = k + 1; j < end; j++) if (/,\s*$/.test(ctx.tokens[j - 1]!.post) && TRAILING_CLAUSE_OPENERS.has(ctx.tokens[j]!.normal)) return j;
  return end;
}

/**
 * "X, which said in May that traffic was stable, warned …": a relative clause's statement ends at
 * the comma after which the main clause's verb follows.
 */
function relativeClauseEnd(ctx: StatementContext, body: [number, number, boolean, boolean?]): [number, number, boolean, boolean?] {
  const [ts, te, hadThat] = body;
  let k = ctx.tokens.findIndex((t) => t.start >= ts);
  for (; k >= 0 && k < ctx.tokens.length && ctx.tokens[k]!.end < te; k++) {
    const t = ctx.tokens[k]!;
    if (!/^["”]?,["”]?\s*$/.test(t.post) || inQuote(ctx, t.end + t.post.indexOf(','))) continue;
    const next = ctx.tokens[k + 1];
    if (next && next.start < te && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle')) {
      const [a, b] = trimmed(ctx, ts, t.end + t.post.indexOf(','));
      return [a, b, hadThat, body[3]];
    }
  }
  return body;
}

/** Verbs that report speech whatever follows them ("Taxi drivers said they would …"). */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'warn']);

/** "Samples … were confirmed": a form of "be" between the subject and the verb makes it passive. */
function passiveBefore(ctx: StatementContext, from: number, k: number): boolean {
  let j = k - 1;
  if (j > from && ctx.tokens[j]!.tags.has('Adverb') && !/,/.test(ctx.tokens[j]!.post)) j--;
  return j >= from && !/,/.test(ctx.tokens[j]!.post) && /^(be|been|being|is|was|were|are)$/.test(ctx.tokens[j]!.normal);
}

/** Only adverbials ("on Monday", "in a statement", "on Telegram", "to reporters") in tokens [k, end). */
function onlyAdjuncts(ctx: StatementContext, k: number, end: number): boolean {
  if (k >= end) return true;
  const rest = ctx.tokens.slice(k, end);
  if (rest.some((t) => t.normal === 'that' || inQuote(ctx, t.start))) return false;
  if (!ADJUNCT_STARTS.has(rest[0]!.normal)) return false;
  return !rest.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('PastTense') && !t.tags.has('Participle'));
}

/**
 * "X (XA) and the Y, which …, said": the organization coordinated by "and" right before the named
 * subject, opening the clause with it; each speaks (statement.subject.coordinated).
 */
function coordinatedWith(ctx: StatementContext, m: Mention, s: Sentence, verbAt: number): { mention: Mention; start: number } | null {
  if (m.type !== 'ORGANIZATION') return null;
  let sp = ctx.body.spans.find((x) => x.mention === m && x.from >= s.from && x.to <= verbAt);
  if (!sp) return null;
  // "… the Y (YA), which …": the subject read at its acronym starts at the acronym's definition
  if (ctx.tokens[sp.from]!.pre.includes('(')) sp = ctx.body.spans.find((x) => x.to === sp!.from && x.mention.acronym) ?? sp;
  let a = sp.from - 1;
  if (a > s.from && ctx.tokens[a]!.normal === 'the') a--;
  if (a <= s.from || ctx.tokens[a]!.normal !== 'and') return null;
  let prev = spanEndingAt(ctx, a - 1);
  // "X (XA) and …": the acronym's definition
  if (prev && ctx.tokens[prev.from]!.pre.includes('(')) prev = ctx.body.spans.find((x) => x.to === prev!.from && x.mention.acronym) ?? prev;
  if (!prev || prev.possessive || prev.mention.type !== 'ORGANIZATION' || prev.mention === m) return null;
  let b = prev.from;
  if (b > s.from && ctx.tokens[b - 1]!.normal === 'the') b--;
  // the pair opens its clause
  return b === s.from || /[,;:]\s*$/.test(ctx.tokens[b - 1]!.post) ? { mention: prev.mention, start: b } : null;
}

function pushReported(ctx: StatementContext, subj: Omit<Attribution, 'verb' | 'end'>, v: ReportingVerb, ts: number, te: number, contentStart: number, s: Sentence, rule: StatementRuleId, audience = false): void {
  const other = subj.speaker && subj.via === 'name' && !subj.relative && subj.subjectRule !== 'statement.subject.coordinated' ? coordinatedWith(ctx, subj.speaker, s, v.from)?.mention : null;
  if (other) {
    pushReported(ctx, { speaker: other, via: 'name', subjectRule: 'statement.subject.coordinated' }, v, ts, te, contentStart, s, rule, audience);
    pushReported(ctx, { ...subj, subjectRule: 'statement.subject.coordinated' }, v, ts, te, contentStart, s, rule, audience);
    return;
  }
  // "the two companies announced": once for each body named before
  const bodies = subj.anonymous ? pluralBodies(ctx, subj.anonymous, s.index, ctx.tokens[v.from]!.start) : null;
  if (bodies) {
    for (const b of bodies) pushReported(ctx, { speaker: b, via: 'description', subjectRule: 'statement.subject.plural-bodies' }, v, ts, te, contentStart, s, rule, audience);
    return;
  }
  // "…, scientists said. The team, from X and Y, …": the bodies the scientists work for
  const institutions = subj.anonymous ? researchBodies(ctx, subj.anonymous, s.index) : null;
  if (institutions) {
    for (const b of institutions) pushReported(ctx, { speaker: b, via: 'description', subjectRule: 'statement.subject.research-bodies' }, v, ts, te, contentStart, s, rule, audience);
    return;
  }
  push(ctx, rule, {
    speaker: subj.speaker?.index ?? null,
    ...(subj.speaker ? { speakerVia: subj.via, speakerMention: subj.speaker } : {}),
    ...(subj.anonymous ? { anonymousSource: subj.anonymous } : {}),
    verb: v.lemma,
    verbAsWritten: written(ctx, v),
    kind: v.kind,
    text: ctx.text.slice(ts, te),
    textStart: ts,
    textEnd: te,
    evidence: evidence(ctx, contentStart, s.end),
    sentence: s.index,
  }, [...(subj.subjectRule ? [subj.subjectRule] : []), ...(audience ? (['statement.audience.noun-phrase'] as const) : [])]);
}
