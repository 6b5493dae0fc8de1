import { COMPASS_REGION } from '../rules/compass-regions.js';
import { COMPETITION_NAMES, COORDINATED_PLURAL_HEADS, OCCASION_AFTER_PLACE, PLACE_HEAD_INDEX, SITE_ENDINGS } from '../rules/place-heads.js';
import { worldPlace } from '../world-places.js';
import { MENTION_WORDS } from '../rules/mention-words.js';
import { PLACE_KIND_CUES } from '../rules/place-kinds.js';
import { LISTED_AFTER_PLACE } from '../rules/place-lists.js';
import { wholeWord } from '../rules/word-sets.js';
import { PLACE_NOUNS_BEFORE_OF, PLACE_WORDS_BEFORE } from '../rules/world-places.js';
import { ORG_HEADS, TITLE_HEADS } from '../gazetteer.js';
import { lexKey } from '../lexicon.js';
import { possessiveLength, type Sentence, type Token } from '../text.js';
import { add, type FieldMentions, type MentionContext, type MentionSpan } from './context.js';
import { bareText, breaksAfter, hasTag } from './tokens.js';
import { isCapitalised } from '../text.js';

/**
 * Places by what the text says of them: an administrative word at the end of the name (rules/place-heads.ts),
 * the kind a cue states ("the city of X", "X, the capital,": rules/place-kinds.ts), or the tagger's
 * country, city and region tags.
 */

/** Capitalised last words that make a run a place: "Kharkiv Oblast", "Kell Airport" (rules/place-heads.ts). */
export const PLACE_SUFFIX: Record<string, string> = {
  krai: 'region',
  ...Object.fromEntries([...PLACE_HEAD_INDEX].filter(([, h]) => h.rule.capitalised).map(([w, h]) => [w, h.kind])),
};

/** Last words, any case, that make a run a region: "X Oblast", "X province". */
const REGION_WORDS = wholeWord(MENTION_WORDS.regionWords, 'i');

/** The kind of place a run's own words give (compromise's #Country/#City/#Region, "… Oblast"), whether or not the name is known. */
export function placeKindOfWords(words: readonly Token[]): string | undefined {
  if (words.some((w) => hasTag(w, 'Country'))) return 'country';
  if (words.some((w) => hasTag(w, 'City'))) return 'city';
  if (words.some((w) => hasTag(w, 'Region')) || REGION_WORDS.test(words[words.length - 1]!.text)) return 'region';
  return undefined;
}

/** Sets a place's kind from a cue of PLACE_KIND_CUES; a kind from a word list stays. */
export function placeKindCues(ctx: MentionContext, out: FieldMentions, tokens: Token[], sentence: Sentence): void {
  for (const sp of out.spans) {
    const m = sp.mention;
    if (sp.from < sentence.from || sp.to > sentence.to || m.kindHint || m.demonym || !(m.type === 'PLACE' || m.type === null)) continue;
    let described: string | undefined;
    const rule = PLACE_KIND_CUES.find(
      (r) => placeCueBefore(tokens, sp, sentence, r.before ?? []) || placeApposition(tokens, sp, sentence, r.appositionHeads ?? []) || !!(described = describedAs(tokens, sp, sentence, r.describedAs ?? [])),
    );
    if (!rule) continue;
    m.type = 'PLACE';
    m.kindHint = described && DISTRICT_WORDS.has(described) ? 'district' : rule.kind;
    (m.rules ??= []).push(rule.id);
  }
}

const DISTRICT_WORDS = MENTION_WORDS.districtNouns;
/** Words after the described noun that say where the place is, so the noun ends the description. */
const WHERE_WORDS = MENTION_WORDS.whereWords;

/** "X, a village near Y": the noun right after "a"/"an" (one adjective may stand between), ending the description. */
function describedAs(tokens: Token[], sp: MentionSpan, sentence: Sentence, nouns: readonly string[]): string | undefined {
  if (!nouns.length) return undefined;
  const last = tokens[sp.to - 1]!;
  const det = tokens[sp.to];
  if (!/^,\s*$/.test(last.post) || !det || !/^an?$/.test(det.normal) || breaksAfter(det)) return undefined;
  for (let k = sp.to + 1; k < Math.min(sentence.to, sp.to + 3); k++) {
    const t = tokens[k]!;
    if (nouns.includes(t.normal)) {
      const next = tokens[k + 1];
      return breaksAfter(t) || !next || k + 1 >= sentence.to || WHERE_WORDS.has(next.normal) ? t.normal : undefined;
    }
    if (breaksAfter(t)) return undefined;
  }
  return undefined;
}

function placeCueBefore(tokens: Token[], sp: MentionSpan, sentence: Sentence, phrasings: readonly string[][]): boolean {
  return phrasings.some((words) => {
    const at = sp.from - words.length;
    if (at < sentence.from) return false;
    return words.every((w, n) => tokens[at + n]!.normal === w && !breaksAfter(tokens[at + n]!));
  });
}

/** "X, the (Georgian|country's third-largest) capital," after the name, or "the Estonian capital, X" before it. */
function placeApposition(tokens: Token[], sp: MentionSpan, sentence: Sentence, heads: readonly string[]): boolean {
  if (!heads.length) return false;
  const last = tokens[sp.to - 1]!;
  if (/^,\s*$/.test(last.post) && tokens[sp.to]?.normal === 'the') {
    for (let k = sp.to + 1; k < Math.min(sentence.to, sp.to + 5); k++) {
      if (heads.includes(tokens[k]!.normal)) return true;
      if (breaksAfter(tokens[k]!)) break;
    }
  }
  const before = tokens[sp.from - 1];
  if (before && sp.from - 1 > sentence.from && heads.includes(before.normal) && /^,\s*$/.test(before.post)) {
    for (let k = sp.from - 2; k >= Math.max(sentence.from, sp.from - 5); k--) {
      if (tokens[k]!.normal === 'the') return true;
      if (breaksAfter(tokens[k]!)) break;
    }
  }
  return false;
}

const COMPASS = new Set(COMPASS_REGION.compass);

/**
 * "West Africa", "North West England": one or two compass words and a known continent or country
 * make one region (rules/compass-regions.ts). Returns whether it added one.
 */
export function compassRegion(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to - 1 && k - from < 2 && COMPASS.has(tokens[k]!.normal) && !breaksAfter(tokens[k]!)) k++;
  if (k === from || to - k !== 1) return false;
  const last = tokens[to - 1]!;
  const hit = ctx.lexicon.lookup(bareText(last));
  // a known continent or country, or a country only the tagger knows ("England")
  const kind = hit ? (hit.type === 'PLACE' ? hit.kind : undefined) : placeKindOfWords([last]);
  if (!kind || !COMPASS_REGION.of.includes(kind)) return false;
  add(ctx, out, tokens, from, to, 'PLACE', COMPASS_REGION.id, { kindHint: 'region' });
  return true;
}

const COORDINATORS = MENTION_WORDS.coordinators;

/**
 * "the Vardo and Olsk regions": each name joined to a plural head is a unit of that head, named in
 * full ("Vardo Region"; rules/place-heads.ts COORDINATED_PLURAL_HEADS). The run from..to is one of
 * the names: the last before the head, or one followed by "and"/"," and more names up to it.
 * Returns whether it added one.
 */
export function coordinatedPlural(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, text: string): boolean {
  const joined = (t: Token): boolean => COORDINATORS.has(t.normal) || /^,\s*$/.test(t.post);
  const last = tokens[to - 1]!;
  let k = to;
  let coordinated = false;
  // past the names still to come: ", Mell and Orvo"
  while (k < tokens.length && tokens[k]!.sentence === last.sentence) {
    const t = tokens[k]!;
    if (COORDINATORS.has(t.normal)) {
      coordinated = true;
      k++;
    } else if (isCapitalised(t.text)) k++;
    else break;
  }
  if (/^,\s*$/.test(last.post)) coordinated = true;
  const head = tokens[k];
  const plural = head && !isCapitalised(head.text) ? COORDINATED_PLURAL_HEADS.heads[head.normal] : undefined;
  if (!plural || breaksAfter(tokens[k - 1]!)) return false;
  // the last name before the head must itself follow a coordinator or a comma
  if (!coordinated) {
    const prev = tokens[from - 1];
    if (!prev || !joined(prev) || prev.sentence !== last.sentence) return false;
  }
  const [singular, kind] = plural;
  add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.lower-noun', { canonical: `${text} ${singular}`, kindHint: kind, rules: [COORDINATED_PLURAL_HEADS.id] });
  return true;
}

/**
 * "in Florø and Tessnes", "in Kuwait City, Vellari and Oskum": an unknown short name after "and",
 * "or" or a comma that follows a place, in a list that opens after a place preposition
 * (rules/place-lists.ts).
 */
export function listedAfterPlace(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
  const words = tokens.slice(from, to);
  if (words.length > LISTED_AFTER_PLACE.maxWords || words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || hasTag(w, 'Person', 'LastName', 'Honorific', 'Organization') || possessiveLength(w))) return false;
  // (a name seen before untyped is no obstacle: "leaving X" … "between Y and X")
  if (words.some((w) => ctx.seen.has(lexKey(w.text)) && ctx.mentions.some((m) => m.type !== null && m.type !== 'PLACE' && m.text.split(' ').some((x) => lexKey(x) === lexKey(w.text))))) return false;
  // "… and Oslo Børs shares": a name that qualifies the noun after it is a firm's or a club's
  const last = words[words.length - 1]!;
  const next = tokens[to];
  if (next && next.sentence === last.sentence && !breaksAfter(last) && hasTag(next, 'Noun') && !isCapitalised(next.text)) return false;
  // walk back over the list: items that are places, joined by commas or a coordinator
  let k = from;
  let items = 0;
  while (k > sentence.from) {
    const prev = tokens[k - 1]!;
    const joinedByWord = COORDINATORS.has(prev.normal) && !breaksAfter(prev);
    const end = joinedByWord ? k - 1 : /^,\s*$/.test(prev.post) ? k : -1;
    if (end < 0) break;
    const item = out.spans.find((s) => s.to === end && s.mention.type === 'PLACE' && !s.mention.demonym);
    if (!item) return false;
    items++;
    k = item.from;
  }
  const opener = k > sentence.from ? tokens[k - 1] : undefined;
  // "in X and Y", or "the hamlets of X and Y"
  const noun = k - 1 > sentence.from ? tokens[k - 2] : undefined;
  const ofPlace = opener?.normal === 'of' && !!noun && !breaksAfter(noun) && PLACE_NOUNS_BEFORE_OF.has(noun.normal);
  // "villages such as X and Y": an example list after a plural place noun
  const suchAs = opener?.normal === 'as' && k - 2 > sentence.from && tokens[k - 2]!.normal === 'such' && MENTION_WORDS.placePlurals.has(tokens[k - 3]!.normal) && !breaksAfter(tokens[k - 2]!) && !breaksAfter(tokens[k - 3]!);
  if (!items || !opener || breaksAfter(opener) || !(PLACE_WORDS_BEFORE.has(opener.normal) || ofPlace || suchAs || (opener.normal === 'on' && islandStory(tokens)))) return false;
  const kind = placeKindOfWords(words);
  add(ctx, out, tokens, from, to, 'PLACE', LISTED_AFTER_PLACE.id, kind ? { kindHint: kind } : {});
  return true;
}

const OCCASIONS: ReadonlySet<string> = new Set(OCCASION_AFTER_PLACE.heads);

/**
 * "the London Marathon": an occasion named after its place is no entity; the place before its last
 * word is, when the word lists or the world list know it. Returns whether the run was such a name.
 */
export function occasionName(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !OCCASIONS.has(tokens[to - 1]!.normal)) return false;
  const words = tokens.slice(from, to - 1);
  const place = words.map((w, n) => w.text + (n < words.length - 1 ? w.post : '')).join('').trim();
  const hit = ctx.lexicon.lookup(place);
  if (hit ? hit.type === 'PLACE' : !!worldPlace(place)) add(ctx, out, tokens, from, to - 1, 'PLACE', OCCASION_AFTER_PLACE.id, hit ? { canonical: hit.canonical } : { kindHint: worldPlace(place)!.kind });
  return true;
}

const COMPETITIONS: ReadonlySet<string> = new Set(COMPETITION_NAMES.heads);

/** "the X Cup", "the X Cup of Nations": a competition's name (rules/place-heads.ts COMPETITION_NAMES), no entity at all. */
export function competitionName(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from + 1, to).some((w) => COMPETITIONS.has(w.normal) && /^\p{Lu}/u.test(w.text));
}

/** "the Tarsk Space Center", "Orlan Space Force Base": a site, not the organization its words suggest (rules/place-heads.ts SITE_ENDINGS). */
export function siteName(ctx: MentionContext, out: FieldMentions, tokens: Token[], from: number, to: number): boolean {
  const ending = SITE_ENDINGS.endings.find((e) => to - from > e.length && e.every((w, n) => tokens[to - e.length + n]!.normal === w));
  if (!ending) return false;
  add(ctx, out, tokens, from, to, 'PLACE', 'mention.place.admin-suffix', { kindHint: SITE_ENDINGS.kind, rules: [SITE_ENDINGS.id] });
  return true;
}

/** The field speaks of islands (mention.words.island-words): "on" before a name is then as often "on an island" as "on a day" or "on a topic". */
export function islandStory(tokens: readonly Token[]): boolean {
  return tokens.some((t) => MENTION_WORDS.islandWords.has(t.normal) && !isCapitalised(t.text));
}
