import nlp from 'compromise';
import { tagText } from './compromise/tagger.js';
import { foldName } from '../../core/ids.js';
import { SPEAKER_NAME_HEAD_RULE } from './rules/speaker-name-heads.js';
import { PRONOUN_LEAD_WORDS, SPEAKER_PRONOUN_RULES, type SpeakerPronounRule } from './rules/speaker-pronouns.js';
import type { FoundStatement } from './statements.js';
import type { Mention } from './types.js';

/**
 * Types a named speaker by the pronoun that opens what it reports (rules/speaker-pronouns.ts):
 * only names whose type was a guess (untyped, a person with no first name or role, an organization
 * with no organization word or cue, an unknown place or one only the world list or a place word inside it typed), and every
 * other mention of the same name.
 */

const BY_PRONOUN = new Map<string, SpeakerPronounRule>(SPEAKER_PRONOUN_RULES.flatMap((r) => r.pronouns.map((p) => [p, r] as const)));
const LEAD = new RegExp(`^(?:(?:${PRONOUN_LEAD_WORDS.join('|')})\\b[^"“”,;:]{0,60}?\\s+)?(?:that\\s+)?(${[...BY_PRONOUN.keys()].join('|')})\\b`, 'iu');

const EXPLETIVE = /^it\s+(?:(?:would|will|could|might|may|had|has|should)\s+)?(?:is|was|be|been)\b/i;

/** Constructions whose reported clause follows the speaker's own verb, so its first pronoun is the speaker's. */
const OWN_CLAUSE = new Set(['statement.reported.subject-verb', 'statement.reported.relative-clause', 'statement.reported.and-but']);

function guessed(m: Mention): boolean {
  if (m.canonical || m.demonym || m.role || m.acronym || m.field === 'author') return false;
  if (m.type === null) return true;
  const rules = m.rules ?? [];
  if (rules.some((r) => r.startsWith('mention.known') || r.startsWith('mention.org') || r.startsWith('mention.role') || r === 'mention.author')) return false;
  if (m.type === 'PERSON') return !m.gender;
  if (m.type === 'ORGANIZATION') return !m.orgCue && !m.kindHint && !m.descriptor;
  // a city or region of the world list that nothing else typed is a guess too ("X, which owns …, said it …"),
  // as is a longer name typed only by the place word inside it ("Heating-Y", "Visit Y")
  return m.type === 'PLACE' && (!m.kindHint || rules.includes('mention.place.world-name') || (rules.includes('mention.unknown.place-word') && /[\s-]/.test(m.text)));
}

export function typeSpeakersByPronoun(statements: readonly FoundStatement[], mentions: Mention[]): void {
  for (const s of statements) {
    if (s.speaker === null || s.speakerVia !== 'name' || !OWN_CLAUSE.has(s.rules?.[0] ?? '')) continue;
    const lead = LEAD.exec(s.text);
    const rule = BY_PRONOUN.get((lead?.[1] ?? '').toLowerCase());
    const m = mentions[s.speaker]!;
    if (!lead || !rule || m.type === rule.type || !guessed(m)) continue;
    // "X said it was too early to say": an "it" before "be" may stand for nothing
    if (EXPLETIVE.test(s.text.slice(lead.index + lead[0].length - lead[1]!.length))) continue;
    const key = foldName(m.text);
    // the same name typed from a role, a first name or a word list elsewhere keeps that type
    if (mentions.some((o) => foldName(o.text) === key && o.type !== null && o.type !== rule.type && !guessed(o))) continue;
    for (const o of mentions) {
      if (foldName(o.text) !== key || o.type === rule.type || !guessed(o)) continue;
      o.type = rule.type;
      delete o.kindHint;
      if (rule.type === 'ORGANIZATION') o.orgCue = true;
      if (rule.type === 'PERSON') o.personCue = true;
      (o.rules ??= []).push(rule.id);
    }
  }
}

/**
 * A nationality written right before a name of two or more words that speaks and was typed an
 * organization only by that ("The <Nationality> Orthodox X Church, which …, said") is the first word
 * of the body's name, as the conventions write it: the mention takes it in (the nationality's own
 * mention stays, for its country). Other mentions of the shorter name are left to resolution, which
 * reads a name with its first word left out as the body named in full.
 */
export function joinNationalityToSpeaker(statements: readonly FoundStatement[], mentions: Mention[], body: string): void {
  const done = new Set<Mention>();
  for (const s of statements) {
    if (s.speaker === null) continue;
    const m = mentions[s.speaker]!;
    if (done.has(m) || m.field !== 'body' || m.type !== 'ORGANIZATION' || m.canonical || m.acronym || !m.text.includes(' ')) continue;
    if (!m.rules?.some((r) => SPEAKER_GUESS_RULES.has(r))) continue;
    const nationality = mentions.find((d) => d.demonym && d.field === 'body' && d.end === m.start - 1 && body[d.end] === ' ');
    if (!nationality) continue;
    done.add(m);
    m.start = nationality.start;
    m.text = body.slice(m.start, m.end);
    m.rules.push('mention.org.nationality-in-name');
  }
}

/** The rules that type an unknown name only because it speaks. */
const SPEAKER_GUESS_RULES = new Set(['mention.type.speaker-organization', 'mention.type.speaker-noun-head', 'mention.type.speaker-pronoun-organization', 'mention.type.speaker-according-to']);

/** compromise's own word list: which words it knows, and as what. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): string[] => [LEXICON[word] ?? []].flat();

/**
 * Whether a name of two or more words ends in a common noun (rules/speaker-name-heads.ts): a plural,
 * a gerund or an uncountable noun compromise knows, the plural of a noun it knows, or a word with a
 * noun-making suffix. Names, first names and surnames in its list are no common nouns.
 */
export function endsInCommonNoun(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  const rule = SPEAKER_NAME_HEAD_RULE;
  const tags = tagsOf(last);
  if (tags.some((t) => /Name|Person|Place|Country|City|Region|ProperNoun/.test(t))) return false;
  if (tags.some((t) => rule.lexiconTags.includes(t))) return true;
  // a plural the list holds only as a verb ("networks", "brands"), or not at all ("diamonds")
  if (/[^s]s$/.test(last) && tags.every((t) => t === 'PresentTense')) {
    const singulars = [last.slice(0, -1), ...(/es$/.test(last) ? [last.slice(0, -2)] : [])];
    if (singulars.some((w) => tagsOf(w).some((t) => rule.singularTags.includes(t)))) return true;
    if (!tags.length && tagText(last).has('#Plural')) return true;
  }
  return rule.suffixes.some((x) => last.length > x.length + 2 && last.endsWith(x));
}
