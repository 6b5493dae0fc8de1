import type { ParsedArticleMeta } from '../contract.js';
import { foldName } from '../../core/ids.js';
import { computeAbout } from './about.js';
import { publishedDay } from './dates.js';
import { EventFinder } from './events.js';
import { canonicalKind } from './rules/event-kinds.js';
import { Lexicon } from './lexicon.js';
import { type FieldMentions, MentionFinder } from './mentions.js';
import { ELIDED_NAME_WORD, FOREIGN_CONNECTORS } from './mentions/words.js';
import { MENTION_WORDS } from './rules/mention-words.js';
import { alternation } from './rules/word-sets.js';
import { findStatements } from './statements.js';
import { endsInCommonNoun, joinNationalityToSpeaker, typeSpeakersByPronoun } from './speaker-types.js';
import { isParticleSurname, isSurnameOf } from './surnames.js';
import { withoutPhotoCredit } from './rules/captions.js';
import { analyseText } from './text.js';
import { TriggerEventFinder } from './trigger-events.js';
import type { ExtractOptions, ExtractedEvent, ExtractedStatement, Extraction, LexiconEntry, Mention } from './types.js';

/**
 * The extract stage: mentions, statements and events of one article, with offsets, before any id
 * is given. Pure: no I/O, the same article always gives the same extraction.
 */
export function extract(article: ParsedArticleMeta, options: ExtractOptions = {}): Extraction {
  const authors: LexiconEntry[] = article.authors.map((name) => ({ name, type: 'PERSON' }));
  const lexicon = new Lexicon(authors, options.lexicon, options.known);
  const mentions: Mention[] = [];
  const finder = new MentionFinder(lexicon, mentions, article.tags);

  // Authors and the named source are mentions of their own fields.
  for (const name of article.authors) {
    mentions.push({ index: mentions.length, type: 'PERSON', text: name, field: 'author', start: 0, end: name.length, sentence: 0, rules: ['mention.author'] });
  }
  const fields: FieldMentions[] = [];
  if (article.title) fields.push(finder.find('title', analyseText(article.title)));
  const body = finder.find('body', analyseText(article.body));
  fields.push(body);
  // a photo credit names no one the story is about (rules/captions.ts); the description is read
  const caption = article.caption ? withoutPhotoCredit(article.caption).text : '';
  if (caption) fields.push(finder.find('caption', analyseText(caption)));
  if (article.source) fields.push(finder.find('source', analyseText(article.source)));

  typeFromContext(mentions, article.body);

  const statements = findStatements(body, mentions);
  typeSpeakersByPronoun(statements, mentions);
  typeSpeakers(statements, mentions, article.body);
  joinNationalityToSpeaker(statements, mentions, article.body);
  unifyTypes(mentions);
  const published = publishedDay(article.publishedAt);
  const named = new EventFinder(body, mentions, statements, published).run();
  const events = [...named, ...new TriggerEventFinder(body, mentions, published, named, statements).run()];
  for (const e of events) {
    const canonical = canonicalKind(e.kind);
    if (!canonical.rule) continue;
    e.kind = canonical.kind;
    e.rules = [...(e.rules ?? []), canonical.rule];
  }
  fillNegotiationParties(events, mentions);
  computeAbout(statements, events, body, mentions, article.tags);

  const outStatements: ExtractedStatement[] = statements.map((s) => ({
    speaker: s.speaker,
    ...(s.speakerVia ? { speakerVia: s.speakerVia } : {}),
    ...(s.anonymousSource ? { anonymousSource: s.anonymousSource } : {}),
    verb: s.verb,
    ...(s.verbAsWritten ? { verbAsWritten: s.verbAsWritten } : {}),
    kind: s.kind,
    text: s.text,
    textStart: s.textStart,
    textEnd: s.textEnd,
    about: s.about,
    evidence: s.evidence,
    rules: s.rules,
  }));
  const outEvents: ExtractedEvent[] = events.map((e) => ({
    name: e.name,
    kind: e.kind,
    date: e.date,
    ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
    status: e.status,
    participants: [...new Set(e.participants)],
    ...(e.place !== undefined ? { place: e.place } : {}),
    ...(e.rules ? { rules: e.rules } : {}),
    start: e.start,
    end: e.end,
    sentence: e.sentence,
  }));
  return { article, mentions, statements: outStatements, events: outEvents };
}

/**
 * Types the extractor could not tell from one sentence: an acronym defined elsewhere in the article
 * ("ISW" in the title, defined in the body), a surname after the full name ("Healey").
 */
function typeFromContext(mentions: Mention[], body: string): void {
  const acronyms = new Map<string, Mention>();
  for (const m of mentions) if (m.acronym && m.type) acronyms.set(foldName(m.acronym), m);
  const persons = mentions.filter((m) => m.type === 'PERSON' && m.text.includes(' '));
  for (const m of mentions) {
    const def = acronyms.get(foldName(m.text));
    if (def && (m.type === null || m.type === def.type)) {
      m.type = def.type;
      if (def.kindHint && !m.kindHint) m.kindHint = def.kindHint;
      (m.rules ??= []).push('mention.type.acronym-defined');
      continue;
    }
    if (!m.text.includes(' ') || isParticleSurname(m.text)) {
      // the full name written before this mention in the same field first (the title's may come first in the list)
      const named = persons.filter((p) => isSurnameOf(p.text, m.text));
      const full = named.find((p) => p.field === m.field && p.start < m.start) ?? named[0];
      if (full && (m.type === null || m.type === 'PERSON' || m.rules?.some((r) => r === 'mention.unknown.article-name' || r === 'mention.unknown.possessive-business'))) {
        m.type = 'PERSON';
        if (full.gender && !m.gender) m.gender = full.gender;
        (m.rules ??= []).push('mention.type.surname');
      } else if (full && m.type === 'PLACE' && !m.demonym && surnameNotPlace(m, full, body)) {
        // "Rafael Lima … Lima said": after the full name, a surname that is also a city is the person, unless written as a place ("in Lima")
        m.type = 'PERSON';
        delete m.kindHint;
        delete m.canonical;
        if (full.gender && !m.gender) m.gender = full.gender;
        (m.rules ??= []).push('mention.type.surname-over-place');
      }
    }
  }
}

/** Words after which a name is a place ("in Lima", "flew to Jordan"). */
const PLACE_BEFORE = /\b(?:in|at|from|near|to|into|across|outside|around|towards|via|of)\s+$/i;

/** A body mention written after the full name it ends, not after a word that makes it a place. */
function surnameNotPlace(m: Mention, full: Mention, body: string): boolean {
  if (m.field !== 'body' || full.field !== 'body' || full.start >= m.start) return false;
  return !PLACE_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start));
}

/** Right after a speaker's name: what only a person does while speaking (mention.words.person-speech-phrases). */
const PERSON_SPEECH = new RegExp(`^(?:['’]s)?\\s+(?:${alternation(MENTION_WORDS.personSpeechPhrases).replace(/ /g, '\\s+')})\\b`, 'i');

/** Whoever speaks is a person or an organization: an unknown name that says something is typed by its shape. */
function typeSpeakers(statements: ExtractedStatement[], mentions: Mention[], body: string): void {
  const citedNames = new Set(
    statements
      .filter((s) => s.speaker !== null && s.speakerVia === 'according-to' && !s.rules?.includes('statement.according-to.role-then-name'))
      .map((s) => foldName(mentions[s.speaker!]!.text)),
  );
  for (const s of statements) {
    if (s.speaker === null) continue;
    const m = mentions[s.speaker]!;
    if (m.type !== null) continue;
    const words = m.text.split(/\s+/);
    // "Aditya Rao, a grandmaster, …  Rao told reporters": the surname of a full name written before, both untyped
    const full = words.length === 1 ? untypedFullName(mentions, m) : undefined;
    if (full) {
      for (const o of mentions) {
        if (o !== full && (o.type !== null || foldName(o.text) !== foldName(m.text))) continue;
        o.type = 'PERSON';
        (o.rules ??= []).push('mention.type.speaker-surname');
      }
      continue;
    }
    // "X told reporters", "X said with a smile": only a person speaks so, whatever the name's shape
    if (words.length === 1 && m.field === 'body' && PERSON_SPEECH.test(body.slice(m.end, m.end + 40))) {
      for (const o of mentions) {
        if (o !== m && (o.type !== null || foldName(o.text) !== foldName(m.text))) continue;
        o.type = 'PERSON';
        o.personCue = true;
        (o.rules ??= []).push('mention.type.speaker-person-phrase');
      }
      continue;
    }
    // "Boeing, which makes …" is a thing; "Peskov, who …" a person
    const which = m.field === 'body' && /^\s*,\s*which\b/.test(body.slice(m.end, m.end + 12));
    // a single unknown word that speaks, with no first name and no person tag, is an organization ("Fingrid said")
    const single = words.length === 1 && !m.personTagged && !mentions.some((p) => p.type === 'PERSON' && p.text.includes(' ') && foldName(p.text.split(' ').pop()!) === foldName(m.text));
    // "The Tarn Regulator said": a person's name is never written after "the"
    const determined = m.field === 'body' && /\bthe\s+$/i.test(body.slice(Math.max(0, m.start - 4), m.start));
    // "Refinería del Pacífico said": another language's connector inside a name no tag marks as a person's
    const abroad = !m.personTagged && (words.slice(1, -1).some((w) => FOREIGN_CONNECTORS.has(w)) || words.some((w) => ELIDED_NAME_WORD.test(w)));
    const orgLike = which || single || determined || abroad || /^[\p{Lu}\d&.-]{2,}$/u.test(m.text) || words.length > 3;
    // "X Ferries said", "X Distribution said": a common noun at the end is an organization's name
    const nounHead = !orgLike && !m.personTagged && endsInCommonNoun(m.text);
    // "according to X Y": a source cited so is nearly always a body, a publication or a record, unless the tagger
    // knows a person's name in it or a role is written before it ("according to the hospital's director, X Y")
    const cited = !orgLike && !nounHead && !m.personTagged && citedNames.has(foldName(m.text));
    m.type = orgLike || nounHead || cited ? 'ORGANIZATION' : 'PERSON';
    (m.rules ??= []).push(nounHead ? 'mention.type.speaker-noun-head' : orgLike ? 'mention.type.speaker-organization' : cited ? 'mention.type.speaker-according-to' : 'mention.type.speaker-person');
    // the same name elsewhere in the article is the same kind of thing
    for (const o of mentions) if (o.type === null && foldName(o.text) === foldName(m.text)) o.type = m.type;
  }
}

/**
 * The untyped name of two or three words written before a one-word speaker in the same field that
 * ends with it: its surname, when the name is shaped like a person's (no common noun at its end, no
 * other language's connector, every word capitalised).
 */
function untypedFullName(mentions: readonly Mention[], m: Mention): Mention | undefined {
  const key = foldName(m.text);
  return mentions.find((f) => {
    if (f.type !== null || f.field !== m.field || f.start >= m.start || f.acronym) return false;
    const words = f.text.split(/\s+/);
    if (words.length < 2 || words.length > 3 || foldName(words[words.length - 1]!) !== key) return false;
    return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !FOREIGN_CONNECTORS.has(w)) && !endsInCommonNoun(f.text);
  });
}

/** The same name written twice is one kind of thing: "carrier Nordic Air" … "shares in Nordic Air" (not a place). */
function unifyTypes(mentions: Mention[]): void {
  // "Hurricane X" … "paid out on X": a storm's name alone is the storm, no entity
  const occasions = new Set(mentions.flatMap((m) => (m.occasion ? [foldName(m.occasion)] : [])));
  for (const m of mentions) {
    if (m.occasion || m.role || m.canonical || !(m.type === null || m.type === 'PERSON') || !occasions.has(foldName(m.text))) continue;
    m.type = null;
    (m.rules ??= []).push('mention.type.occasion-name');
  }
  // "sold at X's" … "X's head of sales": a business named with its "'s" is that business wherever its name is written
  const businesses = new Map<string, Mention>();
  for (const m of mentions) if (m.type === 'ORGANIZATION' && m.rules?.includes('mention.unknown.possessive-business')) businesses.set(foldName(m.text), m);
  for (const m of mentions) {
    const b = businesses.get(foldName(m.text));
    if (!b || m === b || m.canonical || m.demonym || m.type === 'PLACE' || m.rules?.includes('mention.type.surname') || (m.type === 'PERSON' && m.role)) continue;
    m.type = 'ORGANIZATION';
    m.canonical = b.canonical;
    (m.rules ??= []).push('mention.type.same-name');
  }
  // a name its context shows to be an organization is one everywhere ("Shares of Cemvex rose" … "Cemvex said")
  const cued = new Map<string, Mention>();
  for (const m of mentions) if (m.orgCue) cued.set(foldName(m.text), m);
  for (const m of mentions) {
    const c = cued.get(foldName(m.text));
    if (!c || m.canonical || m.role || m.demonym) continue;
    if (m !== c) (m.rules ??= []).push('mention.type.same-name-cued');
    m.type = 'ORGANIZATION';
    if (c.kindHint && !m.kindHint) m.kindHint = c.kindHint;
    if (c.descriptor && !m.descriptor) m.descriptor = c.descriptor;
  }
  const strong = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.demonym || m.type === null || m.type === 'PLACE') continue;
    const key = foldName(m.text);
    if (!strong.has(key)) strong.set(key, m);
  }
  for (const m of mentions) {
    if (m.demonym || m.canonical || m.type === 'PERSON' || m.type === 'ORGANIZATION') continue;
    const s = strong.get(foldName(m.text));
    if (s && !(m.type === 'PLACE' && m.kindHint) && m.type !== s.type) {
      m.type = s.type;
      (m.rules ??= []).push('mention.type.same-name');
    }
  }
}

/** Talks take two sides: when the sentence names one, the other is the article's other main country. */
function fillNegotiationParties(events: ExtractedEvent[], mentions: Mention[]): void {
  const counts = new Map<string, { n: number; first: Mention }>();
  for (const m of mentions) {
    if (m.type !== 'PLACE' || m.kindHint !== 'country' || m.field === 'author') continue;
    const key = foldName(m.canonical ?? m.text);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, first: m });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  for (const e of events) {
    if (e.kind !== 'NEGOTIATIONS') continue;
    const have = new Set(e.participants.map((i) => foldName(mentions[i]!.canonical ?? mentions[i]!.text)));
    for (const [key, c] of ranked) {
      if (have.size >= 2) break;
      if (have.has(key)) continue;
      have.add(key);
      e.participants.push(c.first.index);
    }
  }
}
