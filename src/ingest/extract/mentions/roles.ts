import { ORG_HEADS, ROLE_MODIFIERS, TITLE_HEADS } from '../gazetteer.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { PERSON_NOUNS } from '../rules/person-nouns.js';
import { wholeWord } from '../rules/word-sets.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import type { Mention } from '../types.js';
import { reportingVerbAt } from '../verbs.js';
import type { FieldMentions, MentionContext, MentionSpan } from './context.js';
import { orgNoun } from './organizations.js';
import { isClauseBreak, isHonorific } from './tokens.js';
import { DETERMINERS } from './words.js';

/**
 * Roles written as appositions next to a person's name ("A spokesperson for the Commission, X," and
 * "X, a fisherman in Gaza,"): the role, the body it belongs to, and the apposition's span, so the
 * person is found as the subject of a verb after it.
 */

/** Possessive nouns that stand for a place, not an organization: "the country's president". */
const PLACE_POSSESSORS = MENTION_WORDS.placePossessors;

/** Words that end the head of a role phrase and start its complement: "a fisherman in Gaza". */
const ROLE_COMPLEMENT_STARTS = MENTION_WORDS.roleComplementStarts;

/** Possessive determiners, any case, that open a role held in the organization named last: "Its director". */
const POSSESSIVE_DETERMINERS = wholeWord(MENTION_WORDS.possessiveDeterminers, 'i');

/**
 * "A spokesperson for the Commission, Anna Kovacs," and "Anna Kovacs, a spokesperson for the
 * Commission," — a role between commas next to a person's name.
 */
export function appositions(ctx: MentionContext, out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  const persons = out.spans.filter(
    (s) =>
      (s.mention.type === 'PERSON' || ((s.mention.type === null || (s.mention.type === 'PLACE' && !s.mention.kindHint && !s.mention.canonical)) && s.mention.text.includes(' ')) || loneName(s)) &&
      s.mention.sentence === sentence.index &&
      !s.mention.role,
  );
  for (const p of persons) {
    // before: [det] role-words (for|of|at) [the] Name , PERSON — past an honorific ("…, Dr Jane Holt,")
    let pFrom = p.from;
    while (pFrom - 1 > sentence.from && isHonorific(tokens[pFrom - 1]!) && !/[,;:]/.test(tokens[pFrom - 1]!.post)) pFrom--;
    const before = tokens[pFrom - 1];
    if (before && /^,\s*$/.test(before.post)) {
      let j = pFrom - 1;
      while (j >= sentence.from && !(j < pFrom - 1 && /[,;:]/.test(tokens[j]!.post)) && !isClauseBreak(tokens[j]!)) j--;
      let segFrom = j + 1;
      // '"…," said the company's chief executive, Eva Lund,': the verb before the role is not part of it
      if (segFrom < pFrom - 1 && reportingVerbAt(tokens, segFrom, sentence.to) && !isCapitalised(tokens[segFrom]!.text)) segFrom++;
      // "The ministry said the captain, X,": a reported clause's role starts after its reporting verb and opens with a determiner
      for (let v = pFrom - 2; v > segFrom; v--) {
        const verb = reportingVerbAt(tokens, v, sentence.to);
        if (verb && !isCapitalised(tokens[v]!.text) && DETERMINERS.has(tokens[verb.to]?.normal ?? '') && verb.to < pFrom - 1) {
          segFrom = verb.to;
          break;
        }
      }
      const seg = tokens.slice(segFrom, pFrom);
      const lone = loneName(p);
      const role = roleSegment(ctx, out, tokens, segFrom, pFrom, !lone);
      if (role && seg.length <= 9 && (!lone || personRole(role))) {
        if (lone) qualifierIsBody(ctx, role);
        p.mention.role = role;
        (p.mention.rules ??= []).push('mention.role.apposition-before');
        p.mention.type = 'PERSON';
        out.appositions.push({ person: p.mention.index, from: segFrom, to: p.to });
        continue;
      }
    }
    // after: PERSON , [det] role-words … ,
    const last = tokens[p.to - 1]!;
    if (/^,\s*$/.test(last.post)) {
      let j = p.to;
      while (j < sentence.to && !/[,;:.]/.test(tokens[j]!.post)) j++;
      if (j < sentence.to) {
        // "Farid Haddad, a marine ecologist at X who led the study, said": the role ends at "who"
        const rel = tokens.slice(p.to + 1, j + 1).findIndex((w) => MENTION_WORDS.roleRelatives.has(w.normal));
        const roleEnd = rel >= 0 ? p.to + 1 + rel : j + 1;
        const lone = loneName(p);
        const role = roleSegment(ctx, out, tokens, p.to, roleEnd, !lone);
        if (role && roleEnd - p.to <= 9 && j + 1 - p.to <= 24 && (!lone || personRole(role))) {
          if (lone) qualifierIsBody(ctx, role);
          p.mention.role = role;
          (p.mention.rules ??= []).push('mention.role.apposition-after');
          p.mention.type = 'PERSON';
          out.appositions.push({ person: p.mention.index, from: p.from, to: j + 1 });
        }
      }
    }
  }
}

/** An untyped name of one word (not an acronym): a person only when a role beside it says so ("X, the president,"). */
function loneName(s: MentionSpan): boolean {
  return s.mention.type === null && !s.mention.text.includes(' ') && !/^[\p{Lu}\d&.-]{2,}$/u.test(s.mention.text);
}

/** "a spokesperson for Greenpeace": what an accepted role is held in is an organization, unless typed already. */
function qualifierIsBody(ctx: MentionContext, role: NonNullable<Mention['role']>): void {
  const q = role.of !== undefined ? ctx.mentions[role.of] : undefined;
  if (q && q.type === null) q.type = 'ORGANIZATION';
}

/** A role headed by a title or a noun for a person that no body is described with as well ("the president", "the striker"; not "the market leader"). */
function personRole(role: NonNullable<Mention['role']>): boolean {
  const head = role.title.split(/\s+/).pop()!.toLowerCase();
  return (TITLE_HEADS.has(head) || PERSON_NOUNS.words.has(head)) && !MENTION_WORDS.rolesBodiesHold.has(head);
}

/** A role phrase [from, to) like "a spokesperson for the Commission": determiner, title words, "for/of/at" + a name. */
function roleSegment(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, typeQualifier = true): Mention['role'] | undefined {
  let k = from;
  while (k < to && DETERMINERS.has(tokens[k]!.normal)) k++;
  // "Its director", "the company's chief executive": the organization named last
  let possessor: MentionSpan | undefined;
  let owned = false;
  const determined = k > from;
  // "Its director", "the company's chief executive", "the canal's administrator": the organization
  // named last ("the country's …": the place named last)
  if (k < to && (POSSESSIVE_DETERMINERS.test(tokens[k]!.text) || (determined && /^\p{Ll}[\p{Ll}-]*['’]s$/u.test(tokens[k]!.text)))) {
    const at = tokens[k]!.start;
    const noun = tokens[k]!.normal.replace(/['’]s$/, '');
    const wantPlace = PLACE_POSSESSORS.has(noun);
    const named = [...out.spans].filter((sp) => sp.mention.type === (wantPlace ? 'PLACE' : 'ORGANIZATION') && !sp.mention.demonym && sp.mention.end <= at).sort((a, b) => a.mention.start - b.mention.start);
    // "the company's": the last company named, if the text says which is one; "the union's": the one described so
    const company = MENTION_WORDS.companyNouns.has(noun) ? named.filter((sp) => sp.mention.kindHint === 'company').pop() : undefined;
    const described = named.filter((sp) => sp.mention.descriptor === noun || new RegExp(`\\b${noun}\\b`, 'i').test(sp.mention.text)).pop();
    possessor = company ?? described ?? named.pop();
    owned = true;
    k++;
  }
  const words = tokens.slice(k, to);
  if (!words.length) return undefined;
  let headAt = words.findIndex((w) => TITLE_HEADS.has(w.normal));
  const titled = headAt >= 0;
  // Any role noun after a determiner or possessive: "a fisherman in Gaza", "the mine's geologist",
  // "its head of dry bulk research" — the noun before a preposition or relative word heads it.
  if (headAt < 0 && (determined || possessor)) headAt = roleNounHead(ctx, words);
  if (headAt < 0) return undefined;
  // "director general", "chief executive": title words after the head
  while (headAt + 1 < words.length && (TITLE_HEADS.has(words[headAt + 1]!.normal) || MENTION_WORDS.titleTails.has(words[headAt + 1]!.normal))) headAt++;
  // every word before a title head is a role word, a capitalised word or a qualifier (roleNounHead checked its own)
  // ("its artistic director": after a determiner or possessive an adjective qualifies the title too)
  for (const w of titled ? words.slice(0, headAt) : []) {
    if (!(ROLE_MODIFIERS.has(w.normal) || isCapitalised(w.text) || possessiveLength(w) || ((determined || owned) && w.tags.has('Adjective') && !w.tags.has('Verb')))) return undefined;
  }
  const lastWord = tokens[to - 1]!;
  const text = out.analysis.text.slice(tokens[k]!.start, lastWord.end - possessiveLength(lastWord)).trim();
  const inside = out.spans.filter((s) => s.from >= k && s.to <= to && s.mention.type !== 'PERSON');
  const qual = inside[0];
  // "a spokesperson for Greenpeace": whatever a role is held in is an organization or a place
  // (for a one-word name the caller types it only once the role makes the name a person's)
  if (typeQualifier && qual && qual.mention.type === null) qual.mention.type = 'ORGANIZATION';
  let title = words.slice(0, headAt + 1).map((w, n, ws) => w.text + (n < ws.length - 1 ? w.post : '')).join('').trim();
  if (qual && qual.from === k) {
    // "Russia's foreign minister" / "Kremlin spokesman": title is what follows the qualifier
    title = tokens
      .slice(qual.to, k + headAt + 1)
      .map((w, n, ws) => w.text + (n < ws.length - 1 ? w.post : ''))
      .join('')
      .trim();
  }
  if (possessor && !qual) return { text, title: title || text, of: possessor.mention.index };
  return { text, title: title || text, ...(qual ? { of: qual.mention.index } : {}) };
}

/**
 * The head of a role phrase without a title word: the last noun before its complement
 * ("fisherman" in "fisherman in Gaza", "ecologist" in "marine ecologist at the university"), or -1
 * when the words before it are not a plain noun phrase.
 */
function roleNounHead(ctx: MentionContext, words: Token[]): number {
  const stop = words.findIndex((w, n) => n > 0 && ROLE_COMPLEMENT_STARTS.has(w.normal));
  const upto = stop < 0 ? words.length : stop;
  if (upto < 1 || upto > 5) return -1;
  const head = words[upto - 1]!;
  if (isCapitalised(head.text) || !head.tags.has('Noun') || head.tags.has('Pronoun') || /\d/.test(head.text)) return -1;
  // "IG Metall, the metalworkers' union,": a noun that describes an organization is no one's role
  if (orgNoun(head) || ORG_HEADS.has(head.normal) || PLACE_POSSESSORS.has(head.normal)) return -1;
  const plain = words.slice(0, upto).every((w) => !w.tags.has('Verb') && !w.tags.has('Pronoun') && !/\d/.test(w.text) && (w.tags.has('Noun') || w.tags.has('Adjective') || ROLE_MODIFIERS.has(w.normal) || possessiveLength(w) || isCapitalised(w.text)));
  return plain ? upto - 1 : -1;
}
