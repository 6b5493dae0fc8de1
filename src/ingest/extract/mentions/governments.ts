import { countryOfCity } from '../cities.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import type { Mention } from '../types.js';
import { add, type FieldMentions, type MentionContext } from './context.js';
import { bareText, breaksAfter, hasTag } from './tokens.js';
import { MINISTRY_FIELDS, ofPlace } from './words.js';

/**
 * A country's ministry and government written as descriptions ("China's commerce ministry", "the
 * government said"), named after the country they belong to so they resolve to one entity.
 */

/** Words between "the" or a demonym and "government" that keep it the country's government: "the federal government". */
const GOVERNMENT_MODIFIERS = MENTION_WORDS.governmentModifiers;
/** Verbs after "the government" that make it a speaker (optionally after "has"/"had"). */
const GOVERNMENT_SPEAKS = MENTION_WORDS.governmentSpeechVerbs;
/**
 * Modal verbs after "the government" in a reported clause: what it would or could do is a plan the
 * speaker reports, not an act of the government (the annotation conventions list no entity for it).
 */
const GOVERNMENT_PLANS = MENTION_WORDS.governmentPlanModals;

/** "China's commerce ministry" → Ministry of Commerce of China; "the country's health ministry" → of the last country named. */
export function ministries(ctx: MentionContext, out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  for (let k = sentence.from + 1; k < sentence.to; k++) {
    if (tokens[k]!.normal !== 'ministry') continue;
    let j = k - 1;
    const field: Token[] = [];
    while (j >= sentence.from && field.length < 3 && !breaksAfter(tokens[j]!) && MINISTRY_FIELDS[tokens[j]!.normal]) field.unshift(tokens[j--]!);
    if (!field.length || j < sentence.from) continue;
    const q = tokens[j]!;
    const bare = bareText(q);
    let country: string | undefined;
    let rule: 'mention.ministry.of-country' | 'mention.ministry.of-story-country' = 'mention.ministry.of-country';
    if (possessiveLength(q) && ctx.lexicon.lookup(bare)?.type === 'PLACE') country = ctx.lexicon.lookup(bare)!.canonical;
    else if (!possessiveLength(q) && ctx.lexicon.demonym(q.text)) country = ctx.lexicon.demonym(q.text);
    else if (/^country['’]s$/i.test(q.text)) country = mainCountry(ctx);
    else if (q.normal === 'the' && !breaksAfter(q) && ![...field, tokens[k]!].some((w) => isCapitalised(w.text))) {
      // "the energy ministry said" (a description; "the Foreign Ministry" is a name): the story's country, or the country of the city it sits in ("the culture ministry in X")
      const city = tokens[k + 1]?.normal === 'in' && !breaksAfter(tokens[k]!) ? out.spans.find((sp) => sp.from === k + 2 && sp.mention.type === 'PLACE') : undefined;
      country = (city ? countryOfCity(city.mention.canonical ?? city.mention.text) : undefined) ?? mainCountry(ctx);
      rule = 'mention.ministry.of-story-country';
    }
    if (!country) continue;
    const canonical = `Ministry of ${field.map((w) => MINISTRY_FIELDS[w.normal]).join(' ')} of ${ofPlace(country)}`;
    const existing = out.spans.find((sp) => sp.from <= k && k < sp.to && sp.mention.type === 'ORGANIZATION');
    if (existing) {
      existing.mention.canonical = canonical;
      existing.mention.kindHint = 'government';
    } else {
      const at = field[0]!.i;
      for (const sp of out.spans.filter((x) => x.from >= at && x.to <= k + 1)) sp.mention.type = null;
      add(ctx, out, tokens, at, k + 1, 'ORGANIZATION', rule, { canonical, kindHint: 'government' });
    }
  }
}

/** "the government" → Government of the main country. */
export function government(ctx: MentionContext, out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  for (let k = sentence.from + 1; k < sentence.to; k++) {
    const t = tokens[k]!;
    // "Alberta's provincial government", "Ontario's government" → Government of Alberta
    if (t.text === 'government' && !out.spans.some((sp) => sp.from <= k && k < sp.to)) {
      let j = k - 1;
      if (j > sentence.from && MENTION_WORDS.governmentLevels.has(tokens[j]!.normal) && !breaksAfter(tokens[j]!)) j--;
      const isPlace = (m: Mention): boolean => m.type === 'PLACE' || (m.type === null && ctx.mentions.some((x) => x.type === 'PLACE' && !x.demonym && x.text === m.text));
      const q = out.spans.find((sp) => sp.to === j + 1 && sp.possessive && isPlace(sp.mention) && !breaksAfter(tokens[j]!));
      if (q) {
        q.mention.type = 'PLACE';
        const place = q.mention.canonical ?? q.mention.text;
        add(ctx, out, tokens, j + 1, k + 1, 'ORGANIZATION', 'mention.government.of-place', { canonical: `Government of ${ofPlace(place)}`, kindHint: 'government' });
        continue;
      }
    }
    if (t.text === 'government' && !out.spans.some((sp) => sp.from <= k && k < sp.to) && namedPlaceGovernment(ctx, out, tokens, k, sentence)) continue;
    if (t.text !== 'government' || (tokens[k + 1] && isCapitalised(tokens[k + 1]!.text) && !breaksAfter(t))) continue;
    if (out.spans.some((sp) => sp.from <= k && k < sp.to && sp.mention.type === 'ORGANIZATION')) continue;
    // "The Finnish government said", "the federal government announced": a described government
    // that speaks is the story's (or the demonym's) government; one that is only talked about
    // ("appointed by the government", "has promised to pay") stays a description, as the
    // annotation conventions keep it
    let j = k - 1;
    if (j > sentence.from && GOVERNMENT_MODIFIERS.has(tokens[j]!.normal) && !breaksAfter(tokens[j]!)) j--;
    const speaks = tokens.slice(k + 1, Math.min(sentence.to, k + 3)).some((w) => GOVERNMENT_SPEAKS.has(w.normal)) && !breaksAfter(t);
    // … or acts in a reported clause: "confirmed that the government had approved a grant"; a plan
    // reported by someone else ("said that the government would decide next month") is only talked about
    // (a verb must follow: in "demanding that the government pay …" the tagger reads a subjunctive as a noun, and a demand is no act)
    const reported = j > sentence.from && tokens[j - 1]!.normal === 'that' && tokens[j]?.normal === 'the' && !!tokens[k + 1] && hasTag(tokens[k + 1]!, 'Verb');
    const demonym = out.spans.find((sp) => sp.to === j + 1 && sp.mention.demonym && sp.mention.kindHint === 'country' && !breaksAfter(tokens[j]!));
    // ("The Finnish government has offered": a government named by its nationality is named, as "the X government" is, when it acts)
    const acts = !!demonym && sentence.from <= j - 1 && tokens[j - 1]!.text === 'The' && !!tokens[k + 1] && hasTag(tokens[k + 1]!, 'Verb') && !GOVERNMENT_PLANS.has(tokens[k + 1]!.normal);
    if (!speaks && !acts && (!reported || GOVERNMENT_PLANS.has(tokens[k + 1]?.normal ?? ''))) continue;
    if (demonym) {
      add(ctx, out, tokens, k, k + 1, 'ORGANIZATION', 'mention.government.demonym', { canonical: `Government of ${ofPlace(demonym.mention.canonical!)}`, kindHint: 'government' });
      continue;
    }
    if (tokens[j]?.normal !== 'the' || j < sentence.from) continue;
    const country = mainCountry(ctx);
    if (country) add(ctx, out, tokens, k, k + 1, 'ORGANIZATION', 'mention.government.story-country', { canonical: `Government of ${ofPlace(country)}`, kindHint: 'government' });
  }
}

/** Words between a place's name and "government" that name a sub-national government: "the X provincial government". */
const SUBNATIONAL_GOVERNMENTS = MENTION_WORDS.subnationalGovernmentLevels;

/**
 * A government named with its place, not as a possessive: "the government of X" and "the X
 * provincial government" (an unknown name there is a place), or a known place right before
 * "government" ("the X government"; a nationality there is `mention.government.demonym`'s). Named
 * so, it is an entity whether it acts or is talked about. Adds it and returns true.
 */
function namedPlaceGovernment(ctx: MentionContext, out: FieldMentions, tokens: Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  let place: { from: number; to: number; mention: Mention } | undefined;
  let from = k;
  let to = k + 1;
  if (tokens[k + 1]?.normal === 'of' && !breaksAfter(t) && !breaksAfter(tokens[k + 1]!)) {
    place = out.spans.find((sp) => sp.from === k + 2 && (sp.mention.type === 'PLACE' || sp.mention.type === null) && !sp.mention.demonym);
    if (place) to = place.to;
  } else {
    let j = k - 1;
    const modifier = j > sentence.from && SUBNATIONAL_GOVERNMENTS.has(tokens[j]!.normal) && !breaksAfter(tokens[j]!);
    if (modifier) j--;
    const before = out.spans.find((sp) => sp.to === j + 1 && !sp.possessive && !sp.mention.demonym && !breaksAfter(tokens[j]!));
    if (before && (before.mention.type === 'PLACE' || (modifier && before.mention.type === null))) {
      place = before;
      from = before.from;
    }
  }
  if (!place) return false;
  // "the government of X" makes X a place; an unknown name before "provincial government" stays what it was (the conventions list the government, not always its place)
  if (to > k + 1) place.mention.type = 'PLACE';
  const name = place.mention.canonical ?? place.mention.text;
  add(ctx, out, tokens, from, to, 'ORGANIZATION', 'mention.government.named-place', { canonical: `Government of ${ofPlace(name)}`, kindHint: 'government' });
  return true;
}

/**
 * What "the country" and "the government" mean: the country named most so far (the first of
 * equals), among the article's tags when a tag names one. A tag is the editor's word on what the
 * story is about, so a country mentioned more often in passing does not take "the government".
 * With no country named, the country of a city the story names (cities.ts).
 */
function mainCountry(ctx: MentionContext): string | undefined {
  const tagged = new Set<string>();
  for (const tag of ctx.tags) {
    const hit = ctx.lexicon.lookup(tag);
    if (hit?.type === 'PLACE' && hit.kind === 'country') tagged.add(hit.canonical ?? tag);
  }
  const counts = new Map<string, number>([...tagged].map((c) => [c, 0]));
  for (const m of ctx.mentions) {
    if (m.type !== 'PLACE' || m.kindHint !== 'country') continue;
    const c = m.canonical ?? m.text;
    if (tagged.size && !tagged.has(c)) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
  if (best) return best;
  // a story that names no country is set in the country of the city it names, a capital first (issue 11 item 5)
  for (const m of ctx.mentions) {
    if (m.type !== 'PLACE' || m.demonym) continue;
    const country = countryOfCity(m.canonical ?? m.text);
    if (country) return country;
  }
  return undefined;
}
