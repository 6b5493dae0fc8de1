import { ANONYMOUS_HEADS, ORG_HEADS, TITLE_HEADS } from '../gazetteer.js';
import { foldName } from '../../../core/ids.js';
import { isCapitalised, type Sentence, type Token } from '../text.js';
import type { Mention } from '../types.js';
import { anonymousAt } from './anonymous.js';
import { appositionBefore } from './appositions.js';
import type { Attribution, StatementContext } from './context.js';
import { definite, definiteWithRule, isRoleWord, LED_BY } from './descriptions.js';
import { inQuote, spanEndingAt, spanStartingAt } from './positions.js';
import { pluralBodies } from './plural-bodies.js';
import { possessiveOwner, previousDescription, pronoun } from './pronouns.js';
import { personAfterQualifier } from './subject-after.js';
import { HE, IT, SHE, SKIP_BEFORE_VERB } from './words.js';
import { SUBJECT_WORDS } from '../rules/subject-words.js';

/** The word sets this reading tests (rules/subject-words.ts), by name. */
const W = SUBJECT_WORDS;

/**
 * The speaker written before a reporting verb: a name (past its role, acronym or apposition), the
 * antecedent of a relative pronoun, a pronoun, a definite description, an organization speaking
 * through its board, an unnamed source, or nobody; and the named subject opening a sentence whose
 * main verb reports nothing ("The Kremlin dismissed …, saying …").
 */

/** The subject of the verb at token k: a name right before it, a pronoun, an anonymous source, or nobody. */
export function subjectBefore(ctx: StatementContext, k: number, s: Sentence, from: number): (Omit<Attribution, 'verb' | 'end'> & { startToken?: number }) | null {
  let j = k - 1;
  while (j >= from && SKIP_BEFORE_VERB.has(ctx.tokens[j]!.normal) && !/[,;:]/.test(ctx.tokens[j]!.post)) j--;
  while (j >= from && ctx.tokens[j]!.tags.has('Adverb') && !/[,;:]/.test(ctx.tokens[j]!.post) && ctx.tokens[j]!.normal !== 'that') j--;
  while (j >= from && SKIP_BEFORE_VERB.has(ctx.tokens[j]!.normal) && !/[,;:]/.test(ctx.tokens[j]!.post)) j--;
  if (j < from) return null;
  // ", however," / ", meanwhile," before the verb
  const atComma = /,\s*$/.test(ctx.tokens[j]!.post);
  if (/,\s*$/.test(ctx.tokens[j]!.post) && W.asideAdverbs.has(ctx.tokens[j]!.normal) && j > from && /,\s*$/.test(ctx.tokens[j - 1]!.post)) j -= 2;
  // "Elders from X, a village on the river, said": an unnamed source before an aside between commas
  const pastAside = atComma ? sourcePastAside(ctx, j, from) : null;
  if (pastAside) return pastAside;
  // a parenthetical before the verb: "a senior UN official, speaking on condition of anonymity, said",
  // "A senior official, who asked not to be named because the talks are private, said"
  let parenthetical: number | null = null;
  if (/,\s*$/.test(ctx.tokens[j]!.post)) {
    for (let c = j - 1; c > Math.max(from, j - 30); c--) {
      const relative = W.relativePronouns.has(ctx.tokens[c]!.normal);
      if (!relative && c < j - 10) continue;
      // (past a comma inside it the aside has no finite verb: in "Kiplagat, who won the race, would lose …, the X
      // said" the main clause goes on after the relative one, which is no aside of the speaker's)
      if (/,\s*$/.test(ctx.tokens[c - 1]!.post) && (ctx.tokens[c]!.tags.has('Gerund') || relative) && !ctx.body.appositions.some((a) => a.to - 1 === j) && !clauseAfterComma(ctx, c, j)) {
        parenthetical = j;
        j = c - 1;
        break;
      }
    }
  }
  const t = ctx.tokens[j]!;
  // "Kelmar, which said …", "Safekids, the children's charity, which said …": the relative pronoun's antecedent
  // ("whose" opens a clause about something of the antecedent's, which is not what speaks)
  if (W.relativePronouns.has(t.normal) && t.normal !== 'whose' && j > from && /,\s*$/.test(ctx.tokens[j - 1]!.post)) {
    // "…, who had been declared the winner": a passive reports nothing of its subject's
    if (ctx.tokens.slice(j + 1, k).some((w) => W.passiveBe.has(w.normal))) return null;
    const ante = antecedent(ctx, j - 1, from);
    if (ante) return { speaker: ante, via: 'name', startToken: j, relative: true };
    // "…, according to the board, which said …": a description of a body named before
    const noun = ctx.tokens[j - 1]!;
    if (j - 2 >= from && ctx.tokens[j - 2]!.normal === 'the' && noun.tags.has('Noun') && !isCapitalised(noun.text)) {
      const r = definiteWithRule(ctx, noun);
      if (r) return { speaker: r.speaker, via: 'description', startToken: j, relative: true, subjectRule: r.rule ?? 'statement.subject.described-antecedent' };
    }
    // "…, according to the national statistics agency, which said …": a body nobody names
    const unnamed = unresolvedBodyEndingAt(ctx, j - 1, from);
    return unnamed ? { speaker: null, via: 'name', anonymous: unnamed, startToken: j, relative: true, subjectRule: 'statement.anonymous.unresolved-description' } : null;
  }
  // "Kelmar, the port operator, which said …, warned": the subject before an apposition and a relative clause
  if (parenthetical !== null && /,\s*$/.test(t.post)) {
    const ante = antecedent(ctx, j, from);
    if (ante) return { speaker: ante, via: 'name', startToken: j };
  }
  // an apposition closes right before the verb: "Anna Kovacs, a spokesperson for the Commission, said"
  const appo = ctx.body.appositions.find((a) => a.to - 1 === j);
  if (appo) return { speaker: ctx.mentions[appo.person]!, via: 'name', startToken: appo.from };
  // an apposition of any noun phrase: "X, Britain's largest van maker, said", "X, a unit of the Y, said"
  const described = appositionBefore(ctx, j, from);
  if (described) return { speaker: described.mention, via: 'name', startToken: described.start, subjectRule: 'statement.subject.apposition' };
  if (/[;:]/.test(t.post)) return null;
  let span = spanEndingAt(ctx, j);
  // "a team led by the University of X reported": the body that leads the group speaks
  if (span && span.mention.type === 'ORGANIZATION' && LED_BY.test(ctx.text.slice(Math.max(0, ctx.tokens[span.from]!.start - 16), ctx.tokens[span.from]!.start))) {
    const c = clauseStartBefore(ctx, span.from, from);
    if (c < span.from && W.articles.has(ctx.tokens[c]!.normal)) return { speaker: span.mention, via: 'name', startToken: c, subjectRule: 'statement.subject.led-by' };
  }
  // "Aid workers in Darfur said": a place after a preposition modifies the subject, it is not the subject
  // ("Parents in X's Y district said": the place named with the place it lies in, past the owner's name)
  const placeOwner = span && span.mention.type === 'PLACE' && span.from - 1 > from ? spanEndingAt(ctx, span.from - 1) : undefined;
  const placeAt = placeOwner?.possessive && placeOwner.mention.type === 'PLACE' ? placeOwner.from : span && span.from - 1 > from && ctx.tokens[span.from - 1]!.normal === 'the' ? span.from - 1 : span?.from ?? 0;
  // "The X Agency's regional office for Y warned": the body whose office it is speaks, not the place it serves
  const office = span && span.mention.type === 'PLACE' ? ownerOfOffice(ctx, placeAt, from) : null;
  if (office) return office;
  if (span && span.mention.type === 'PLACE' && placeAt > from && W.placePrepositions.has(ctx.tokens[placeAt - 1]!.normal)) {
    const c = clauseStartBefore(ctx, placeAt - 1, from);
    const anon = anonymousAt(ctx, c, k, true);
    // "Two firefighters working near Hay River, who asked not to be named …, said": the relative clause goes along
    const withClause = anon && parenthetical !== null && opensSourceClause(ctx.tokens[j + 1]?.normal) ? ctx.text.slice(ctx.tokens[c]!.start, ctx.tokens[parenthetical]!.end) : undefined;
    if (anon) return { speaker: null, via: 'name', anonymous: withClause ?? anon.text, startToken: c, ...(anon.generic ? { subjectRule: 'statement.anonymous.common-noun' as const } : {}) };
    const owner = locatedBody(ctx, placeAt - 1, from);
    if (owner) return owner;
    span = undefined;
  }
  // "Residents of X said", "Elders from X said": after a common noun, "of" and a place or a name
  // no list types, the name modifies an unnamed source; it does not speak
  if (span && !span.possessive && (span.mention.type === 'PLACE' || span.mention.type === null) && placeAt > from && W.sourcePrepositions.has(ctx.tokens[placeAt - 1]!.normal)) {
    const c = clauseStartBefore(ctx, placeAt - 1, from);
    const anon = anonymousAt(ctx, c, k, true);
    if (anon && anon.to > span.from) return { speaker: null, via: 'name', anonymous: anon.text, startToken: c, subjectRule: 'statement.anonymous.source-of-name' };
  }
  // "the Institute of X at the Y University said": the body placed at another speaks, not the other
  if (span && span.mention.type === 'ORGANIZATION' && placeAt > from && ctx.tokens[placeAt - 1]!.normal === 'at') {
    const owner = locatedBody(ctx, placeAt - 1, from);
    if (owner) return owner;
  }
  // "A spokesperson for the National Cyber Security Centre said": an unnamed official of a named organization stays anonymous
  // ("A spokesperson for X's health ministry said": past the possessive owner; "A spokesperson for the Mayor of X said":
  // an office named with its place may be typed as the place, which does not speak either)
  const owner = span && span.from - 1 > from ? spanEndingAt(ctx, span.from - 1) : undefined;
  const bodyFrom = owner?.possessive ? owner.from : span?.from ?? 0;
  if (span && !span.possessive && (span.mention.type === 'ORGANIZATION' || span.mention.type === 'PLACE' || span.mention.type === null) && bodyFrom - 1 > from && (W.bodyPrepositions.has(ctx.tokens[bodyFrom - 1]!.normal) || ctx.tokens[bodyFrom - 1]!.normal === 'the') && !ctx.body.appositions.some((a) => a.from <= span!.from && a.to - 1 >= j)) {
    const c = clauseStartBefore(ctx, bodyFrom - 1, from);
    const anon = anonymousAt(ctx, c, k);
    // "A senior official at the transport ministry said": only prepositions and articles between the source and the body
    const joined = anon && anon.to <= bodyFrom && ctx.tokens.slice(anon.to, bodyFrom).every((w) => W.bodyPrepositions.has(w.normal) || w.normal === 'in' || w.normal === 'the');
    // "officials at the Ministry of X said": a plural head needs no opener (as with a description of the body)
    const plural = ctx.tokens[c]!.tags.has('Plural') && ANONYMOUS_HEADS.has(ctx.tokens[c]!.normal);
    if (anon && (anon.to > span.from || joined) && (W.sourceOpeners.has(ctx.tokens[c]!.normal) || plural)) {
      if (joined) return { speaker: null, via: 'name', anonymous: ctx.text.slice(ctx.tokens[c]!.start, ctx.tokens[j]!.end), startToken: c };
      // whatever an unnamed spokesperson speaks for is an organization
      if (span.mention.type === null && ANONYMOUS_HEADS.has(ctx.tokens[span.from - 2]?.normal ?? '')) span.mention.type = 'ORGANIZATION';
      return { speaker: null, via: 'name', anonymous: anon.text, startToken: c };
    }
  }
  // a name that ends in "'s" right before its verb owns nothing: it is the whole name ("Sotheby's said")
  if (span && (!span.possessive || span.mention.type === 'ORGANIZATION' || span.mention.type === null)) {
    // the qualifier inside a role ("Kremlin" of "Kremlin spokesman …") is never the end of a subject
    const appoBefore = ctx.body.appositions.find((a) => a.from <= span.from && a.to - 1 >= j);
    if (appoBefore) return { speaker: ctx.mentions[appoBefore.person]!, via: 'name', startToken: appoBefore.from };
    let start = span.from;
    // "the Central Electoral Commission (CEC) said": the acronym's definition starts the phrase
    const defined = ctx.tokens[start]!.pre.includes('(') ? ctx.body.spans.find((x) => x.to === span!.from && x.mention.acronym) : undefined;
    if (defined) start = defined.from;
    // a role written before the name belongs to the subject phrase
    const m = span.mention;
    if (m.role && m.role.of !== undefined) {
      const q = ctx.body.spans.find((x) => x.mention.index === m.role!.of);
      if (q && q.from < start) start = q.from;
    }
    // "the country's defence ministry", "Ukraine's Air Force"
    if (start > from && /['’]s$/.test(ctx.tokens[start - 1]!.text) && !/[,;:]/.test(ctx.tokens[start - 1]!.post)) start--;
    while (start > from && W.articles.has(ctx.tokens[start - 1]!.normal)) start--;
    while (start > from && m.role && !/[,;:]/.test(ctx.tokens[start - 1]!.post) && isRoleWord(ctx.tokens[start - 1]!)) start--;
    // "…, the airport operator X said", "…, port operator X said": lower-case words that say what the body is
    // "…, the race's organiser, the X Federation, said": the same phrase set off by a comma
    const described = m.type === 'PERSON' ? null : /,\s*$/.test(ctx.tokens[start - 1]?.post ?? '') ? descriptionBeforeName(ctx, start - 1, from) : descriptionBeforeName(ctx, start, from);
    if (described !== null) return { speaker: m, via: 'name', startToken: described, subjectRule: 'statement.subject.description-then-name' };
    return { speaker: m, via: 'name', startToken: start };
  }
  if (/,\s*$/.test(t.post) && !(atComma && j < k - 1 && /,\s*$/.test(ctx.tokens[k - 1]!.post))) return null;
  if (HE.has(t.normal) || SHE.has(t.normal) || IT.has(t.normal)) {
    const described = previousDescription(ctx, t);
    if (described) return { speaker: described, via: 'pronoun', startToken: j, subjectRule: 'statement.subject.previous-description' };
    const p = pronoun(ctx, t);
    return p ? { speaker: p, via: 'pronoun', startToken: j } : { speaker: null, via: 'name', startToken: j };
  }
  // "Tezpay's board said", "the company's management said": the organization speaks through its governing body
  if (W.governingBodies.has(t.normal)) {
    let q = j - 1;
    if (q > from && !isCapitalised(ctx.tokens[q]!.text) && ctx.tokens[q]!.tags.has('Adjective') && !/[,;:]/.test(ctx.tokens[q]!.post)) q--;
    const owner = q >= from ? spanEndingAt(ctx, q) : undefined;
    if (owner && owner.possessive && owner.mention.type !== 'PERSON' && !/[,;:]/.test(ctx.tokens[q]!.post)) {
      if (owner.mention.type === null) owner.mention.type = 'ORGANIZATION';
      return { speaker: owner.mention, via: 'name', startToken: owner.from };
    }
    // "Its board said": the body the possessive pronoun refers to speaks through its governing body
    const its = q >= from ? ctx.tokens[q]! : undefined;
    if (its && W.bodyPossessives.has(its.normal) && !/[,;:]/.test(its.post)) {
      const p = possessiveOwner(ctx, its);
      if (p) return { speaker: p, via: 'pronoun', startToken: q, subjectRule: 'statement.subject.own-governing-body' };
    }
  }
  const clauseStart = clauseStartBefore(ctx, j, from);
  // "A spokesperson for the agency said": an unnamed official of a body named by description stays anonymous
  if (j - 1 > clauseStart && ctx.tokens[j - 1]!.normal === 'the' && W.bodyPrepositions.has(ctx.tokens[j - 2]!.normal)) {
    const official = anonymousAt(ctx, clauseStart, j + 1);
    // "officials at the authority said": a plural head needs no opener
    const plural = ctx.tokens[clauseStart]!.tags.has('Plural') && ANONYMOUS_HEADS.has(ctx.tokens[clauseStart]!.normal);
    if (official && official.to > j && (W.sourceOpeners.has(ctx.tokens[clauseStart]!.normal) || plural)) {
      return { speaker: null, via: 'name', anonymous: official.text, startToken: clauseStart, subjectRule: 'statement.anonymous.official-of-description' };
    }
  }
  // "the minister said", "the ministry said": the last one named so
  // "The Tarnbund union said", "the CGT union at the yard said": a name before the noun for its kind of body
  // ("… union at the yard said": past where the body is, a common noun after a place preposition)
  const kindAt = ctx.tokens[j - 1]?.normal === 'the' && W.placePrepositions.has(ctx.tokens[j - 2]?.normal ?? '') && j - 3 >= from && !isCapitalised(t.text) ? j - 3 : j;
  if (ORG_HEADS.has(ctx.tokens[kindAt]!.normal) && kindAt - 1 >= from && !/[,;:]/.test(ctx.tokens[kindAt]!.post)) {
    const named = spanEndingAt(ctx, kindAt - 1);
    // (a name that ends in a body's own head word is where the body is: "the Premier X League club" is a club in it)
    if (named && !named.possessive && (named.mention.type === null || named.mention.type === 'ORGANIZATION') && !named.mention.demonym && !ORG_HEADS.has(ctx.tokens[named.to - 1]!.normal) && named.from - 1 >= from && ctx.tokens[named.from - 1]!.normal === 'the' && named.from - 1 === clauseStartBefore(ctx, kindAt, from)) {
      if (named.mention.type === null) named.mention.type = 'ORGANIZATION';
      return { speaker: named.mention, via: 'name', startToken: named.from - 1, subjectRule: 'statement.subject.name-and-kind' };
    }
    // "the X League club said": a description of a body modified by the name of what it belongs to, never that body itself
    if (kindAt === j && named && !named.possessive && ORG_HEADS.has(ctx.tokens[named.to - 1]!.normal) && named.to === j && named.from - 1 >= from && ctx.tokens[named.from - 1]!.normal === 'the' && named.from - 1 === clauseStartBefore(ctx, j, from)) {
      const r = definiteWithRule(ctx, t);
      if (r && r.speaker !== named.mention && foldName(r.speaker.text) !== foldName(named.mention.text)) return { speaker: r.speaker, via: 'description', startToken: named.from - 1, subjectRule: 'statement.description.name-modified' };
    }
  }
  // "their union said": a body the subject belongs to, described the same way (never a person's role: "its chief said");
  // "the Bergen-based company said", "the vice ministry said": past where it is based and adjectives
  const article = descriptionArticle(ctx, j, from);
  if (article !== null && (ctx.tokens[article]!.normal === 'the' || !TITLE_HEADS.has(t.normal))) {
    const r = definiteWithRule(ctx, t);
    const modified = article < j - 1 ? ['statement.description.modified' as const] : [];
    if (r) return { speaker: r.speaker, via: 'description', startToken: article, ...(r.rule || modified.length ? { subjectRule: r.rule ?? modified[0] } : {}) };
  }
  // "the companies said": the bodies a plural description stands for, each a speaker (pushReported)
  const plural = ctx.text.slice(ctx.tokens[clauseStart]!.start, t.end);
  if (j - clauseStart <= 2 && pluralBodies(ctx, plural, s.index, ctx.tokens[k]!.start)) return { speaker: null, via: 'name', anonymous: plural, startToken: clauseStart };
  // "the regional civil protection service said", "his office said" with no body of that kind named: kept as written
  const unnamedBody = unresolvedBody(ctx, clauseStart, j);
  if (unnamedBody) return { speaker: null, via: 'name', anonymous: unnamedBody, startToken: clauseStart, subjectRule: 'statement.anonymous.unresolved-description' };
  // an unnamed source: "three diplomats", "a senior official", "people familiar with the matter"
  const anon = anonymousAt(ctx, clauseStart, j + 1, true);
  if (anon && anon.to >= j) {
    // the source as written takes its relative clause along: "A senior official …, who asked not to be named …"
    const text = parenthetical !== null && opensSourceClause(ctx.tokens[j + 1]!.normal) ? ctx.text.slice(ctx.tokens[clauseStart]!.start, ctx.tokens[parenthetical]!.end) : anon.text;
    return { speaker: null, via: 'name', anonymous: text, startToken: clauseStart, ...(anon.generic ? { subjectRule: 'statement.anonymous.common-noun' as const } : {}) };
  }
  return { speaker: null, via: 'name', startToken: clauseStart };
}

/** A finite verb after a comma between tokens c and j: a clause of its own, not the rest of an aside. */
function clauseAfterComma(ctx: StatementContext, c: number, j: number): boolean {
  for (let i = c + 1; i <= j; i++) {
    if (!/[,;:]/.test(ctx.tokens[i - 1]!.post)) continue;
    const w = ctx.tokens[i]!;
    if (w.tags.has('Modal') || (w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('PresentTense')) && !w.tags.has('Participle') && !w.tags.has('Gerund') && !w.tags.has('Infinitive'))) return true;
  }
  return false;
}

/**
 * A description of a body that the story never names (definite descriptions that name one were read
 * before): "the" or a possessive common noun, lower-case modifiers, and a body's head noun (gazetteer
 * ORG_HEADS) closing the phrase at j; not a head of the bodies a story always names (a country's
 * ministry or government), and no name, title or pronoun inside. The annotation
 * conventions keep such a body as an unnamed source, written as it is.
 */
function unresolvedBody(ctx: StatementContext, start: number, j: number): string | null {
  const head = ctx.tokens[j]!;
  // at least one word says what kind of body it is ("the regional civil protection service"): "the agency" alone refers back
  if (j - start < 2 || j - start > 5 || !ORG_HEADS.has(head.normal) || W.namedBodyHeads.has(head.normal) || TITLE_HEADS.has(head.normal) || isCapitalised(head.text) || head.tags.has('Plural')) return null;
  const first = ctx.tokens[start]!;
  const owner = /['’]s$/.test(first.text) && W.articles.has(ctx.tokens[start - 1]?.normal ?? '');
  if (!W.unnamedBodyDeterminers.has(first.normal) && !owner) return null;
  for (let i = start; i <= j; i++) {
    const w = ctx.tokens[i]!;
    if (spanStartingAt(ctx, i) || spanEndingAt(ctx, i) || (i > start && isCapitalised(w.text)) || (i < j && /[,;:()]/.test(w.post))) return null;
    if (i > start && (w.tags.has('Verb') && !w.tags.has('Participle') && !w.tags.has('Gerund') && !w.tags.has('Noun')) || TITLE_HEADS.has(w.normal) || (i > start && w.tags.has('Pronoun'))) return null;
  }
  return ctx.text.slice((owner ? ctx.tokens[start - 1]! : first).start, head.end);
}

/** unresolvedBody for a description that closes at token j, opening up to five words before it. */
export function unresolvedBodyEndingAt(ctx: StatementContext, j: number, from: number): string | null {
  for (let d = j - 2; d >= Math.max(from, j - 5); d--) {
    if (/[,;:]/.test(ctx.tokens[d]!.post)) return null;
    const found = unresolvedBody(ctx, d, j);
    if (found) return found;
  }
  return null;
}

/**
 * An unnamed source whose aside closes at token j (the comma before the verb): a relative clause, an
 * apposition, a place or a part of the group (rules/subject-words.ts `source-aside-openers`) between
 * commas, after a phrase that is an unnamed source to its last word. The aside is never the subject,
 * so a name inside it does not speak; a "who"/"whose" clause goes along with the source as written.
 */
function sourcePastAside(ctx: StatementContext, j: number, from: number): (Omit<Attribution, 'verb' | 'end'> & { startToken?: number }) | null {
  let c = j;
  while (c > from && c > j - 30 && !/[,;:]/.test(ctx.tokens[c - 1]!.post)) c--;
  if (c <= from + 1 || !/,\s*$/.test(ctx.tokens[c - 1]!.post) || !W.sourceAsideOpeners.has(ctx.tokens[c]!.normal)) return null;
  if (ctx.tokens.slice(c, j + 1).some((w) => inQuote(ctx, w.start))) return null;
  const start = clauseStartBefore(ctx, c - 1, from);
  // "X, a lawyer at the Y, which …, said": the phrase is an apposition of the name before it
  if (start > from && /,\s*$/.test(ctx.tokens[start - 1]!.post) && spanEndingAt(ctx, start - 1)) return null;
  const anon = anonymousAt(ctx, start, c, true);
  if (!anon || anon.to < c) return null;
  // an official of a named body is written without the clause ("A senior official at the X ministry, who …, said")
  const ofBody = ctx.body.spans.some((sp) => sp.from >= start && sp.to <= c && sp.mention.type === 'ORGANIZATION');
  const text = opensSourceClause(ctx.tokens[c]!.normal) && !ofBody ? ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[j]!.end) : anon.text;
  return { speaker: null, via: 'name', anonymous: text, startToken: start, subjectRule: 'statement.anonymous.past-aside' };
}

/**
 * What a relative pronoun or a clause-closing comma at token j refers back to: the name ending
 * there ("Kelmar,"), a person's apposition ("Ana Ruiz, a lawyer,"), or the name before a
 * descriptive apposition ("Kelmar, the state-owned port operator,"). Null for anything else.
 */
function antecedent(ctx: StatementContext, j: number, from: number): Mention | null {
  const appo = ctx.body.appositions.find((a) => a.to - 1 === j);
  if (appo) return ctx.mentions[appo.person]!;
  const named = (k: number): Mention | null => {
    const sp = spanEndingAt(ctx, k);
    if (!sp || sp.possessive || !(sp.mention.type === 'ORGANIZATION' || sp.mention.type === 'PERSON' || sp.mention.type === null)) return null;
    // "A senior official at the ministry, who …,": a name after a preposition is no antecedent
    let b = sp.from - 1;
    if (b >= from && ctx.tokens[b]!.normal === 'the') b--;
    return b >= from && W.namePrepositions.has(ctx.tokens[b]!.normal) ? null : sp.mention;
  };
  const direct = named(j);
  if (direct) return direct;
  const described = appositionBefore(ctx, j, from);
  if (described) return described.mention;
  // a lower-case description between commas: "the state-owned port operator"
  let c = j;
  while (c > from && !/[,;:]/.test(ctx.tokens[c - 1]!.post)) c--;
  if (c <= from || c === j + 1 || !W.articles.has(ctx.tokens[c]!.normal) || !/,\s*$/.test(ctx.tokens[c - 1]!.post)) return null;
  if (ctx.tokens.slice(c, j + 1).some((w) => isCapitalised(w.text) || w.tags.has('Verb'))) return null;
  return named(c - 1);
}

/**
 * The start of a noun phrase of lower-case words that opens its clause right before the name at
 * token `name` ("the airport operator", "port operator", "the state's water company"): at most four
 * words, nouns, adjectives, articles and possessives only, the last a noun; null when there is none.
 */
function descriptionBeforeName(ctx: StatementContext, name: number, from: number): number | null {
  let c = name;
  while (c > from && name - c < 4 && (c === name || !/[,;:]/.test(ctx.tokens[c - 1]!.post))) {
    const w = ctx.tokens[c - 1]!;
    if (isCapitalised(w.text) || !(w.tags.has('Noun') || w.tags.has('Adjective') || W.articles.has(w.normal) || /['’]s$/.test(w.text)) || w.tags.has('Verb') || w.tags.has('Pronoun') || w.tags.has('Preposition')) break;
    c--;
  }
  if (c === name || !ctx.tokens[name - 1]!.tags.has('Noun')) return null;
  // the phrase opens its clause: after a comma (the attribution closes a sentence) or at the start
  return c === from || /,\s*$/.test(ctx.tokens[c - 1]!.post) ? c : null;
}

/** The organization named right before the preposition at token p ("the culture ministry in X"), as the subject. */
function locatedBody(ctx: StatementContext, p: number, from: number): (Omit<Attribution, 'verb' | 'end'> & { startToken?: number }) | null {
  const owner = p - 1 >= from ? spanEndingAt(ctx, p - 1) : undefined;
  if (!owner || owner.possessive || owner.mention.type !== 'ORGANIZATION' || /[,;:]/.test(ctx.tokens[p - 1]!.post)) return null;
  let start = owner.from;
  if (start > from && ctx.tokens[start - 1]!.normal === 'the') start--;
  // the body opens its clause ("A woman waiting at the X Hospital in Y said" is no body speaking)
  if (start > from && !/[,;:]\s*$/.test(ctx.tokens[start - 1]!.post)) return null;
  return { speaker: owner.mention, via: 'name', startToken: start, subjectRule: 'statement.subject.located' };
}

/**
 * The organization whose office, branch or unit serves the place at token `place`: a possessive
 * organization's name opening the clause, then lower-case words only, the last a noun, then a
 * preposition of W.officePrepositions right before the place.
 */
function ownerOfOffice(ctx: StatementContext, place: number, from: number): (Omit<Attribution, 'verb' | 'end'> & { startToken?: number }) | null {
  const p = place - 1;
  if (p - 2 < from || !W.officePrepositions.has(ctx.tokens[p]!.normal)) return null;
  let c = p - 1;
  while (c > from && p - c <= 3 && !isCapitalised(ctx.tokens[c]!.text) && !/[,;:]/.test(ctx.tokens[c]!.post) && (ctx.tokens[c]!.tags.has('Noun') || ctx.tokens[c]!.tags.has('Adjective'))) c--;
  if (c === p - 1 || !ctx.tokens[p - 1]!.tags.has('Noun')) return null;
  const owner = spanEndingAt(ctx, c);
  if (!owner || !owner.possessive || owner.mention.type !== 'ORGANIZATION') return null;
  let start = owner.from;
  if (start > from && W.articles.has(ctx.tokens[start - 1]!.normal)) start--;
  if (start !== clauseStartBefore(ctx, c, from)) return null;
  return { speaker: owner.mention, via: 'name', startToken: start, subjectRule: 'statement.subject.owner-of-office' };
}

/**
 * The article of a description ending at token j: "the" or "their"/"its" right before the noun, or
 * before up to three modifiers that say where a body is based or what it is ("the Bergen-based
 * company", "the vice ministry"); null when the noun has none.
 */
function descriptionArticle(ctx: StatementContext, j: number, from: number): number | null {
  let d = j - 1;
  while (d > from && d >= j - 3 && !/[,;:]/.test(ctx.tokens[d]!.post) && isDescriptionModifier(ctx.tokens[d]!, ctx.tokens[d - 1])) d--;
  if (d < from || /[,;:]/.test(ctx.tokens[d]!.post)) return null;
  const w = ctx.tokens[d]!.normal;
  if (!W.descriptionDeterminers.has(w)) return null;
  // with modifiers, only a description opening its clause is a subject ("from the same supplier said" is none)
  return d === j - 1 || d === clauseStartBefore(ctx, j, from) ? d : null;
}

function isDescriptionModifier(t: Token, prev?: Token): boolean {
  if (/['’]s$/.test(t.text)) return false;
  // "Bergen-based" is read as "Bergen" "-" "based"; "the three-judge court", "the five judges": a count
  if (t.post === '-' || prev?.post === '-' || /-(?:based|owned|run|listed|headquartered|controlled)$/i.test(t.text)) return true;
  if (t.tags.has('Value') && !isCapitalised(t.text)) return true;
  // a noun modifier: "the forecasting centre", "the vice ministry"
  if (!isCapitalised(t.text) && (t.tags.has('Gerund') || (t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun'))) && !W.descriptionDeterminers.has(t.normal) && !W.articles.has(t.normal)) return true;
  return !isCapitalised(t.text) && t.tags.has('Adjective') && !t.tags.has('Verb') && !W.descriptionDeterminers.has(t.normal);
}

function clauseStartBefore(ctx: StatementContext, j: number, from: number): number {
  let c = j;
  while (c > from && !/[,;:]/.test(ctx.tokens[c - 1]!.post)) c--;
  // "…, while a senior UN official …": the conjunction is not part of the subject
  if (c < j && W.clauseConjunctions.has(ctx.tokens[c]!.normal)) c++;
  return c;
}

/** The named subject opening the sentence: "The Kremlin on Friday dismissed …". */
export function sentenceSubject(ctx: StatementContext, s: Sentence, from: number): Mention | null {
  let j = from;
  if (j < s.to && W.articles.has(ctx.tokens[j]!.normal)) j++;
  const span = spanStartingAt(ctx, j);
  if (span && !span.possessive && (span.mention.type === 'PERSON' || span.mention.type === 'ORGANIZATION')) return (personAfterQualifier(ctx, span, s.to) ?? span).mention;
  // "Mexico's central bank, known as Banxico, held …" / "The central bank held …": a described organization
  let e = j;
  if (span?.possessive) e = span.to;
  else if (span) return null;
  const np: Token[] = [];
  while (e < s.to && np.length < 4 && !isCapitalised(ctx.tokens[e]!.text) && !ctx.tokens[e]!.tags.has('Verb')) {
    np.push(ctx.tokens[e]!);
    if (/[,;:(]/.test(ctx.tokens[e]!.post)) break;
    e++;
  }
  const head = np[np.length - 1];
  if (!head) return null;
  // ", known as Banxico," / " (Copom)"
  const after = ctx.tokens[e + 1];
  if (after && W.alsoKnownAs.has(after.normal) && ctx.tokens[e + 2]?.normal === 'as') {
    const named = spanStartingAt(ctx, e + 3);
    if (named && named.mention.type === 'ORGANIZATION') return named.mention;
  }
  if (span?.possessive) return null;
  if (j > from && ctx.tokens[from]!.normal === 'the' && head) return definite(ctx, head);
  return null;
}

/** Whether a word opens the relative clause an unnamed source takes along ("…, who asked not to be named, …"). */
function opensSourceClause(word: string | undefined): boolean {
  return word === 'who' || word === 'whose';
}
