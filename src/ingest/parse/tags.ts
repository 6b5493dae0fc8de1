import { foldName } from '../../core/ids.js';

/**
 * Tag lines. Some publishers print an article's tags as one line with the separators lost:
 * "ISWRusso-Ukrainian warnegotiations" is ["ISW", "Russo-Ukrainian war", "negotiations"].
 * Capitalisation boundaries give most of the cuts; lowercase run-ins ("warnegotiations") need
 * to know words, so the line is segmented to be covered best by known tags (the graph's own, passed
 * in, plus COMMON_TAGS) and dictionary words (the words of those tags plus NEWS_WORDS).
 */

/** Tags common enough in international news to be worth recognising without the graph's help. */
export const COMMON_TAGS: readonly string[] = [
  // conflicts, security and diplomacy
  'Russo-Ukrainian war', 'war', 'war in Ukraine', 'negotiations', 'peace talks', 'ceasefire', 'sanctions', 'diplomacy',
  'drones', 'drone attack', 'missile attack', 'air defence', 'air defense', 'shelling', 'frontline', 'mobilisation',
  'prisoner exchange', 'military aid', 'weapons', 'defence', 'defense', 'security', 'terrorism', 'NATO', 'ISW',
  'Kremlin', 'Pentagon', 'White House', 'UN', 'United Nations', 'UN Security Council', 'OSCE', 'IAEA', 'G7', 'G20',
  // politics
  'elections', 'election', 'politics', 'parliament', 'government', 'opposition', 'referendum', 'corruption',
  'European Parliament', 'European Commission', 'European Council', 'EU', 'European Union', 'Verkhovna Rada',
  // economy, trade and energy
  'economy', 'trade', 'tariffs', 'customs', 'inflation', 'interest rates', 'budget', 'taxes', 'markets', 'stocks',
  'energy', 'gas', 'oil', 'electricity', 'nuclear power', 'renewables', 'solar', 'wind power', 'coal', 'LNG',
  'Naftogaz', 'Gazprom', 'Rosatom', 'OPEC', 'WTO', 'IMF', 'World Bank', 'ECB', 'steel', 'agriculture', 'grain',
  'shipping', 'batteries', 'electric vehicles', 'business', 'companies', 'investment', 'jobs', 'technology', 'AI',
  // society, law, health, climate
  'courts', 'court', 'justice', 'law', 'human rights', 'migration', 'refugees', 'health', 'WHO', 'pandemic',
  'vaccines', 'cholera', 'climate', 'climate change', 'environment', 'floods', 'wildfires', 'education', 'media',
  'sport', 'culture', 'society', 'crime', 'cybersecurity', 'disinformation', 'propaganda',
  // countries and places often used as tags
  'Ukraine', 'Russia', 'Belarus', 'Moldova', 'Georgia', 'Poland', 'Finland', 'Ireland', 'Greenland', 'Iceland',
  'Netherlands', 'Switzerland', 'Thailand', 'Scotland', 'England', 'New Zealand', 'Germany', 'France', 'Italy', 'Spain',
  'Hungary', 'Slovakia', 'Romania', 'Lithuania', 'Latvia', 'Estonia', 'Türkiye', 'Turkey', 'China', 'India', 'Iran',
  'Israel', 'Gaza', 'Syria', 'United States', 'USA', 'US', 'UK', 'Kyiv', 'Kharkiv', 'Odesa', 'Zaporizhzhia', 'Dnipro',
  'Donetsk Oblast', 'Crimea', 'Brussels', 'Washington', 'Moscow', 'Beijing',
  // camel-cased names that capitalisation alone would cut apart
  'OpenAI', 'TikTok', 'YouTube', 'LinkedIn', 'WhatsApp', 'SpaceX', 'PayPal', 'BlackRock', 'ExxonMobil', 'DeepSeek',
  "McDonald's", 'iPhone', 'JPMorgan',
];

/** Lowercase words that make up run-in tags, beyond the words of the tags above. */
export const NEWS_WORDS: readonly string[] = (
  'accident agreement aid airport alliance army arrest arrests attack attacks aviation bank banks battle border ' +
  'borders bombing bonds bribery budget campaign cars casualties children cities civilians climate coalition ' +
  'conflict congress constitution construction consumers counteroffensive crisis cyberattack data deal debt ' +
  'defence deportation diplomats drought earthquake economy emissions employment espionage exports extremism ' +
  'farmers finance fires fishing food football fraud fuel funding grid growth hackers healthcare heating housing ' +
  'humanitarian hunger immigration imports industry infrastructure intelligence internet investigation journalists ' +
  'judges labour lawsuit lawsuits leaders loans manufacturing medicine mergers military minerals mining missiles ' +
  'navy occupation offensive oil peace pensions pipelines police pollution ports poverty power prices prisoners ' +
  'privacy protests railways rates reconstruction recovery reforms regulation religion rescue research sanctions ' +
  'schools science semiconductors shipping social space strike strikes summit talks tanks taxation telecoms ' +
  'tourism transport treaty trial troops unemployment universities veterans violence visas voters voting wages ' +
  'warfare water weather welfare women workers youth'
).split(' ');

const EXPLICIT_SEPARATORS = /\s*(?:[,;|·•]|\s\/\s|#)\s*/;

/** What tag lines may hold: tags are short and never end a sentence. */
export function looksLikeTagLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 200 || !/\p{L}/u.test(text)) return false;
  if (/^Tags?:/i.test(text)) return true;
  if (/^Sources?:/i.test(text)) return false;
  if (/[.!?;:,"“”’'»…]$/u.test(text)) return false;
  return text.split(/\s+/).length <= 25;
}

interface Lexicon {
  tags: Set<string>;
  words: Set<string>;
}

function addTag(lexicon: Lexicon, tag: string): void {
  const folded = foldName(tag);
  if (!folded) return;
  lexicon.tags.add(folded);
  // Short tags ("EU", "UN", "AI") count as words; short words inside longer tags ("in", "of") do not.
  if (!/[\s-]/.test(folded)) lexicon.words.add(folded);
  for (const word of folded.split(/[\s-]+/)) if (word.length >= 3 || /\d/.test(word)) lexicon.words.add(word);
}

/**
 * The graph's topic names (GraphKnowledge.tags) only grow, by push: the lexicon made of one such
 * list is kept and extended with the tags added since, not rebuilt from every topic per article.
 */
const grown = new WeakMap<readonly string[], { count: number; lexicon: Lexicon }>();

function buildLexicon(knownTags: readonly string[]): Lexicon {
  let entry = grown.get(knownTags);
  if (!entry || entry.count > knownTags.length) {
    const lexicon: Lexicon = { tags: new Set<string>(), words: new Set<string>(NEWS_WORDS) };
    for (const tag of COMMON_TAGS) addTag(lexicon, tag);
    entry = { count: 0, lexicon };
    grown.set(knownTags, entry);
  }
  for (; entry.count < knownTags.length; entry.count++) addTag(entry.lexicon, knownTags[entry.count]!);
  return entry.lexicon;
}

interface Cost {
  /** Characters in words that are neither known, nor name-shaped: the segmentation is wrong here. */
  bad: number;
  /** Characters in capitalised or acronym words we do not know: plausible names, but unconfirmed. */
  unknown: number;
  segments: number;
  /** Negative count of segments that are known tags: more is better. */
  notKnown: number;
}

const ZERO: Cost = { bad: 0, unknown: 0, segments: 0, notKnown: 0 };

function add(a: Cost, b: Cost): Cost {
  return { bad: a.bad + b.bad, unknown: a.unknown + b.unknown, segments: a.segments + b.segments, notKnown: a.notKnown + b.notKnown };
}

function less(a: Cost, b: Cost): boolean {
  if (a.bad !== b.bad) return a.bad < b.bad;
  if (a.unknown !== b.unknown) return a.unknown < b.unknown;
  if (a.segments !== b.segments) return a.segments < b.segments;
  return a.notKnown < b.notKnown;
}

const CAPITALISED = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’.]+$/u;
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\d&]{2,}s?$/u;
const NUMBER = /^\d+(?:st|nd|rd|th|s)?$/;

type PartKind = 'known' | 'name' | 'bad' | 'empty';

function classify(part: string, lexicon: Lexicon): { kind: PartKind; length: number } {
  const core = part.replace(/^[("“'‘]+|[)"”'’.]+$/gu, '').replace(/['’]s$/u, '');
  if (core === '') return { kind: 'empty', length: 0 };
  if (lexicon.words.has(foldName(core))) return { kind: 'known', length: core.length };
  if (CAPITALISED.test(core) || ACRONYM.test(core) || NUMBER.test(core)) return { kind: 'name', length: core.length };
  return { kind: 'bad', length: core.length };
}

const WRONG: Cost = { bad: 1000, unknown: 0, segments: 1, notKnown: 0 };

/**
 * The cost of text[start, end) as one tag. A cut before a lowercase letter ("war|negotiations")
 * is only believable when a known word starts after it and no lowercase fragment ends before it,
 * which stops unknown words from being chopped into short dictionary words ("s|in|gle").
 */
function segmentCost(text: string, start: number, end: number, lexicon: Lexicon): Cost {
  const segment = text.slice(start, end);
  if (!/^[\p{L}\p{N}("“'‘#]/u.test(segment) || !/[\p{L}\p{N})"”'’.]$/u.test(segment)) return WRONG;
  if (lexicon.tags.has(foldName(segment))) return { bad: 0, unknown: 0, segments: 1, notKnown: -1 };
  const parts = segment.split(/\s+|[-–]/).map((part) => classify(part, lexicon));
  const softStart = start > 0 && isLower(text[start]);
  const softEnd = end < text.length && isLower(text[end]);
  if (softStart && parts[0]!.kind !== 'known') return WRONG;
  if (softEnd && parts[parts.length - 1]!.kind === 'bad') return WRONG;
  let cost: Cost = { ...ZERO, segments: 1 };
  for (const part of parts) {
    if (part.kind === 'bad') cost = { ...cost, bad: cost.bad + part.length };
    if (part.kind === 'name') cost = { ...cost, unknown: cost.unknown + part.length };
  }
  return cost;
}

const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** Longest tag considered, in characters: bounds the search on long lines. */
const MAX_TAG_LENGTH = 80;

/**
 * Splits one run-together tag line. A cut is only possible between two non-space characters; a
 * lowercase run of three or more letters followed by a capital ("warNegotiations") must be cut
 * unless a known tag spans it ("WhatsApp"). Among the remaining segmentations the one with the
 * fewest wrong-looking characters wins, then the fewest unknown names, then the fewest tags.
 */
export function splitRunTogetherTags(line: string, knownTags: readonly string[] = [], lexicon = buildLexicon(knownTags)): string[] {
  const text = line.trim().replace(/\s+/g, ' ');
  const n = text.length;
  if (n === 0) return [];
  const chars = [...text];
  if (chars.length !== n) return [text]; // astral characters: leave the line alone rather than cut a surrogate pair

  const cuttable: boolean[] = new Array<boolean>(n + 1).fill(false);
  const forced: boolean[] = new Array<boolean>(n + 1).fill(false);
  cuttable[0] = cuttable[n] = true;
  for (let i = 1; i < n; i++) {
    if (isSpace(text[i - 1]) || isSpace(text[i])) continue;
    cuttable[i] = true;
    if (isLower(text[i - 1]) && isUpper(text[i])) {
      let run = 0;
      for (let k = i - 1; k >= 0 && isLower(text[k]); k--) run++;
      if (run >= 3) forced[i] = true;
    }
  }

  // forcedBefore[i] = forced cuts at positions 1..i, so a segment [start, end) spans one iff
  // forcedBefore[end - 1] > forcedBefore[start].
  const forcedBefore: number[] = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) forcedBefore[i] = forcedBefore[i - 1]! + (forced[i] && i < n ? 1 : 0);

  const best: (Cost | null)[] = new Array<Cost | null>(n + 1).fill(null);
  const back: number[] = new Array<number>(n + 1).fill(-1);
  best[0] = ZERO;
  for (let end = 1; end <= n; end++) {
    if (!cuttable[end]) continue;
    for (let start = end - 1; start >= 0 && end - start <= MAX_TAG_LENGTH; start--) {
      if (!cuttable[start] || best[start] === null) continue;
      const cost = segmentCost(text, start, end, lexicon);
      const spansForcedCut = forcedBefore[end - 1]! - forcedBefore[start]! > 0;
      if (spansForcedCut && cost.notKnown !== -1) continue;
      const total = add(best[start]!, cost);
      if (best[end] === null || less(total, best[end]!)) {
        best[end] = total;
        back[end] = start;
      }
    }
  }
  if (best[n] === null) return [text];
  const tags: string[] = [];
  for (let end = n; end > 0; end = back[end]!) tags.unshift(text.slice(back[end]!, end));
  return tags;
}

/** Splits a tag line that still has its separators ("Tags: EU, energy, gas" or "#EU #energy"). */
function splitSeparated(line: string): string[] | null {
  const text = line.trim().replace(/^Tags?:\s*/i, '');
  if (!EXPLICIT_SEPARATORS.test(text)) return null;
  return text
    .split(EXPLICIT_SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Removes repeats (compared case- and diacritic-insensitively), keeping the first spelling. */
export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().replace(/\s+/g, ' ');
    const key = foldName(t);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** All tags of an article's trailing tag lines, in order, without repeats. */
export function parseTagLines(lines: readonly string[], knownTags: readonly string[] = []): string[] {
  const lexicon = buildLexicon(knownTags);
  const tags: string[] = [];
  for (const line of lines) {
    const separated = splitSeparated(line);
    if (separated) tags.push(...separated);
    else tags.push(...splitRunTogetherTags(line.replace(/^Tags?:\s*/i, ''), knownTags, lexicon));
  }
  return dedupeTags(tags);
}
