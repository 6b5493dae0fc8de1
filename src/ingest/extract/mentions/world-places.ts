import nlp from 'compromise';
import { foldName } from '../../../core/ids.js';
import { ORG_HEADS, TITLE_HEADS } from '../gazetteer.js';
import { CLUB_HOME_NOUNS, PLACE_NOUNS_BEFORE_OF, PLACE_WORDS_BEFORE, WORLD_PLACE_RULE } from '../rules/world-places.js';
import { isCapitalised, possessiveLength, type Sentence, type Token } from '../text.js';
import { type WorldPlace, worldPlace } from '../world-places.js';
import { add, type FieldMentions, type MentionContext } from './context.js';
import { breaksAfter, hasTag, isHonorific } from './tokens.js';
import { PERSON_TAGS } from './words.js';

/**
 * A run of capitalised words that, as a whole, is a city or region of the world list
 * (world-places.ts), typed a place by the rules of rules/world-places.ts: in a place's context at
 * any size, or alone when nothing else types it and it is large enough. Returns whether it added one.
 */
export function worldPlaceRun(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence, text: string): boolean {
  const words = tokens.slice(from, to);
  if (words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || isHonorific(w))) return false;
  // "ITA", "CAN": an acronym is an organization's far more often than a town's
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!.text)) return false;
  // "Lloyd's of London": a possessive name with "of" after it is a firm's
  if (possessiveLength(words[words.length - 1]!) && tokens[to]?.normal === 'of') return false;
  const place = worldPlace(text);
  if (!place || namesPerson(ctx, text)) return false;
  const kindHint = place.kind;
  if (large(place, WORLD_PLACE_RULE['mention.place.world-context'].minPopulation) && placeContext(ctx, out, tokens, from, to, sentence)) {
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.world-context', { kindHint });
    return true;
  }
  if (large(place, WORLD_PLACE_RULE['mention.place.world-name'].minPopulation) && standsAlone(tokens, from, to, sentence, place)) {
    add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.world-name', { kindHint });
    return true;
  }
  return false;
}

const large = (p: WorldPlace, min: number): boolean => p.kind === 'region' || p.population >= min;

/**
 * A person of the article whose surname this is ("Hagen" after "Tom Hagen"). A mention of the same
 * text alone proves nothing: the tagger may have read the town as a person there too.
 */
function namesPerson(ctx: MentionContext, text: string): boolean {
  const key = foldName(text);
  return ctx.mentions.some((m) => m.type === 'PERSON' && foldName(m.text).endsWith(` ${key}`));
}

/**
 * Nothing but the list types the name: no word a person's name (the tagger's), not a word of the
 * dictionary at a sentence's start ("Reading", "Bath"), and no verb right after it, where a name
 * that acts or speaks is more often a club or a company ("Getafe said").
 */
function standsAlone(tokens: Token[], from: number, to: number, sentence: Sentence, place: WorldPlace): boolean {
  const words = tokens.slice(from, to);
  if (words.some((w) => hasTag(w, ...PERSON_TAGS))) return false;
  // "We Can!", "Reading": a word of the dictionary is a town only where the context says so
  if (to - from === 1 && isDictionaryWord(words[0]!)) return false;
  const prev = from > sentence.from ? tokens[from - 1]! : undefined;
  // "the Moon": a town is not written with "the" (a region may be: "the Ruhr")
  if (place.kind === 'city' && prev?.normal === 'the') return false;
  // "Celtic beat Kilmarnock": the object of a verb is more often a club or a firm than a town
  if (prev && !breaksAfter(prev) && hasTag(prev, 'Verb')) return false;
  const next = tokens[to];
  const last = tokens[to - 1]!;
  // a region or a name of several words is rarely a club's or a firm's
  if (place.kind === 'region' || to - from > 1) return true;
  if (!next || next.sentence !== last.sentence || breaksAfter(last) || possessiveLength(last)) return true;
  // a verb right after it ("Getafe said"), or a noun it qualifies ("Ajax midfielder"; "Geneva president" is a place's office)
  return !hasTag(next, 'Verb') && !(hasTag(next, 'Noun') && !isCapitalised(next.text) && !TITLE_HEADS.has(next.normal));
}

/** compromise's own word list: a word it knows as a common word is not a town at a sentence's start. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

export function isDictionaryWord(t: Token): boolean {
  const tag = LEXICON[t.normal];
  return !!tag && !/Name|Person|Place|City|Country|Region|ProperNoun/.test(tag);
}

/** Only a place fits here: after a place word, after "the towns of", in a list after a place, before ", <country>". */
function placeContext(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  const before = from > sentence.from ? tokens[from - 1] : undefined;
  if (before && !breaksAfter(before)) {
    if (PLACE_WORDS_BEFORE.has(before.normal)) return true;
    const noun = from - 2 >= sentence.from ? tokens[from - 2]! : undefined;
    if (before.normal === 'of' && noun && !breaksAfter(noun) && PLACE_NOUNS_BEFORE_OF.has(noun.normal)) return true;
  }
  // "Palermo and Comiso", "Copán, Ocotepeque and Lempira": a list whose earlier item is a place
  const listed = before && (((before.normal === 'and' || before.normal === 'or') && !breaksAfter(before)) || /^,\s*$/.test(before.post));
  if (listed) {
    const end = /^,\s*$/.test(before.post) ? from : from - 1;
    if (out.spans.some((s) => s.to === end && s.mention.type === 'PLACE' && !s.mention.demonym)) return true;
  }
  // "Kourou, French Guiana", "Hagen, Germany"
  const last = tokens[to - 1]!;
  const next = tokens[to];
  // "the X club": a side named by its home town (rules/world-places.ts CLUB_HOME_NOUNS)
  if (before?.normal === 'the' && !breaksAfter(before) && next && next.sentence === last.sentence && !breaksAfter(last) && !possessiveLength(last) && CLUB_HOME_NOUNS.words.has(next.text)) return true;
  if (next && /^,\s*$/.test(last.post) && isCapitalised(next.text) && next.sentence === last.sentence) {
    const hit = ctx.lexicon.lookup(next.text);
    if (hit?.type === 'PLACE' || worldPlace(next.text)?.kind === 'region') return true;
  }
  return false;
}
