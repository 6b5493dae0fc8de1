import type { EntityType } from '../contract.js';
import {
  FEMALE_ROLE_WORDS,
  HONORIFICS,
  MALE_ROLE_WORDS,
  ORG_HEADS,
  ORG_KIND_BY_HEAD,
  ROLE_MODIFIERS,
  TITLE_HEADS,
} from './gazetteer.js';
import { countryOfCity } from './cities.js';
import { type Lexicon, lexKey } from './lexicon.js';
import type { MentionRuleId } from './rules/mention-rules.js';
import { PLACE_HEAD_INDEX } from './rules/place-heads.js';
import { PLACE_KIND_CUES } from './rules/place-kinds.js';
import { type Analysis, type Sentence, type Token, isCapitalised, possessiveLength } from './text.js';
import type { Mention, MentionField } from './types.js';
import { reportingVerbAt } from './verbs.js';

/** A mention plus where it sits among its field's tokens (kept out of the public Mention). */
export interface MentionSpan {
  mention: Mention;
  /** Token range [from, to) in the field's analysis. */
  from: number;
  to: number;
  possessive: boolean;
}

/** A role written as an apposition: "A spokesperson for the Commission, Anna Kovacs," — tokens to skip when looking for a verb's subject. */
export interface Apposition {
  person: number;
  from: number;
  to: number;
}

export interface FieldMentions {
  field: MentionField;
  analysis: Analysis;
  spans: MentionSpan[];
  appositions: Apposition[];
}

const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di']);
const NAME_PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'into']);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Lower-case nouns that say the name after them is an organization: "battery maker Voltaris". */
const ORG_TYPE_NOUNS = new Set([
  'company', 'firm', 'group', 'maker', 'manufacturer', 'operator', 'airline', 'bank', 'carrier', 'producer', 'giant',
  'insurer', 'lender', 'retailer', 'startup', 'start-up', 'agency', 'party', 'newspaper', 'broadcaster', 'organisation',
  'organization', 'watchdog', 'regulator', 'tank', 'developer', 'supplier', 'exporter', 'importer', 'conglomerate',
  'automaker', 'carmaker', 'steelmaker', 'utility', 'charity', 'outlet', 'daily', 'magazine', 'institute', 'university',
]);
const ORG_TYPE_KIND: Record<string, string> = {
  company: 'company', firm: 'company', maker: 'company', manufacturer: 'company', operator: 'company', airline: 'company',
  bank: 'company', carrier: 'company', producer: 'company', giant: 'company', insurer: 'company', lender: 'company',
  retailer: 'company', startup: 'company', 'start-up': 'company', developer: 'company', supplier: 'company',
  automaker: 'company', carmaker: 'company', steelmaker: 'company', conglomerate: 'company', utility: 'company',
  party: 'political party', newspaper: 'media', broadcaster: 'media', outlet: 'media', daily: 'media', magazine: 'media',
  tank: 'think tank', charity: 'non-profit', watchdog: 'regulator', regulator: 'regulator', university: 'academic',
};
/** Capitalised last words that make a run a place: "Kharkiv Oblast", "Kell Airport" (rules/place-heads.ts). */
const PLACE_SUFFIX: Record<string, string> = {
  krai: 'region',
  ...Object.fromEntries([...PLACE_HEAD_INDEX].filter(([, h]) => h.rule.capitalised).map(([w, h]) => [w, h.kind])),
};
const MINISTRY_FIELDS: Record<string, string> = {
  foreign: 'Foreign Affairs', interior: 'Internal Affairs', defence: 'Defence', defense: 'Defense', health: 'Health',
  commerce: 'Commerce', economy: 'Economy', finance: 'Finance', justice: 'Justice', energy: 'Energy', education: 'Education',
  agriculture: 'Agriculture', culture: 'Culture', trade: 'Trade', transport: 'Transport', environment: 'Environment',
  emergencies: 'Emergencies', infrastructure: 'Infrastructure', digital: 'Digital Transformation', social: 'Social Policy',
};
/** Lower-case descriptions of organizations beyond ORG_TYPE_NOUNS: "the metalworkers' union", "the rate-setting committee". */
const ORG_DESCRIPTORS = new Set(['union', 'committee', 'council', 'board', 'ministry', 'shipbuilder', 'automaker', 'chipmaker', 'miner', 'refiner', 'exchange', 'association', 'federation', 'confederation', 'cooperative', 'co-operative', 'consortium', 'fund', 'bank', 'court', 'tribunal', 'regulator', 'authority', 'league', 'club', 'network', 'agency']);
/** First words of national agencies named "<field> <country>": "Health Canada", "Statistics Norway", "Parks Canada". */
const AGENCY_FIELDS = new Set(['statistics', 'elections', 'parks', 'fisheries', 'immigration', 'heritage', 'sport', 'transport', 'health', 'environment', 'agriculture', 'justice', 'finance', 'employment', 'infrastructure', 'housing', 'innovation', 'veterans', 'emergency']);
/** Currency nouns: "US dollar" names no country. */
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'peso', 'pesos', 'real', 'reais', 'franc', 'francs', 'rouble', 'roubles', 'ruble', 'rubles', 'won', 'lira', 'zloty', 'forint', 'krona', 'krone', 'rand', 'hryvnia', 'ringgit', 'baht', 'dinar', 'dirham', 'riyal', 'shekel']);
/** Lower-case words after a hyphen that do not continue a name ("Soviet-era", "Kremlin-backed"). */
const HYPHEN_SUFFIXES = new Set(['era', 'led', 'run', 'old', 'day', 'year', 'wide', 'long', 'term', 'like', 'made', 'bred', 'born', 'held', 'area', 'type', 'size', 'only', 'free', 'rich']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const COMMON_CAPITALISED = new Set(['details', 'source', 'quote', 'meanwhile', 'however', 'screenshot', 'photo', 'video', 'reminder', 'background', 'update', 'talks', 'also']);

/** Breaks a run of capitalised words: anything between two words except spaces, hyphens and apostrophes. */
function breaksAfter(t: Token): boolean {
  return /[^\s\-'’]/.test(t.post);
}
function breaksBefore(t: Token): boolean {
  return /[^\s]/.test(t.pre);
}

function hasTag(t: Token, ...tags: string[]): boolean {
  return tags.some((x) => t.tags.has(x));
}

function bareText(t: Token): string {
  const p = possessiveLength(t);
  return p ? t.text.slice(0, t.text.length - p) : t.text;
}

/** First content token of the sentence: after a "Details:" label, an opening quote, or the sentence start. */
function isClauseInitial(tokens: Token[], k: number, sentence: Sentence): boolean {
  if (k === sentence.from) return true;
  const prev = tokens[k - 1]!;
  if (/[:]\s*$/.test(prev.post) || /["“]\s*$/.test(prev.post)) return true;
  return /["“]/.test(tokens[k]!.pre);
}

export class MentionFinder {
  private readonly mentions: Mention[];
  /** Folded names (and last words of person names) already found: a known name opens a sentence as a name. */
  private readonly seen = new Set<string>();
  constructor(
    private readonly lexicon: Lexicon,
    mentions: Mention[],
    /** The article's tags: a country among them says which country the story is about ("the government"). */
    private readonly tags: readonly string[] = [],
  ) {
    this.mentions = mentions;
  }

  find(field: MentionField, analysis: Analysis): FieldMentions {
    const out: FieldMentions = { field, analysis, spans: [], appositions: [] };
    for (const sentence of analysis.sentences) this.findInSentence(out, sentence);
    out.spans.sort((a, b) => a.mention.start - b.mention.start);
    return out;
  }

  private add(out: FieldMentions, tokens: Token[], from: number, to: number, type: EntityType | null, rule: MentionRuleId, extra: Partial<Mention> = {}): MentionSpan {
    const existing = out.spans.find((s) => s.from === from && s.to === to);
    if (existing) return existing;
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    const poss = possessiveLength(last);
    const start = first.start;
    const end = last.end - poss;
    const text = out.analysis.text.slice(start, end);
    const mention: Mention = {
      index: this.mentions.length,
      type,
      text,
      field: out.field,
      start,
      end,
      sentence: first.sentence,
      ...extra,
      rules: [rule, ...(extra.rules ?? [])],
    };
    this.mentions.push(mention);
    this.seen.add(lexKey(text));
    if (type === 'PERSON' || type === null) for (const w of text.split(' ')) this.seen.add(lexKey(w));
    // "Nordwind's shares …" after "Nordwind Logistics"
    if (type === 'ORGANIZATION' && text.includes(' ')) this.seen.add(lexKey(text.split(' ')[0]!));
    if (extra.acronym) this.seen.add(lexKey(extra.acronym));
    const span: MentionSpan = { mention, from, to, possessive: poss > 0 };
    out.spans.push(span);
    return span;
  }

  private nameLike(tokens: Token[], k: number, sentence: Sentence): boolean {
    const t = tokens[k]!;
    const acronym = /^\p{Lu}[\p{Lu}.\d&-]+$/u.test(t.text);
    if (!isCapitalised(t.text) && !acronym) return false;
    if (PRONOUNS.has(t.normal) && !acronym) return false;
    if (MONTHS.has(t.normal) || hasTag(t, 'Month', 'WeekDay') || (hasTag(t, 'Date') && !hasTag(t, 'ProperNoun'))) return false;
    if (COMMON_CAPITALISED.has(t.normal) && !this.lexicon.lookup(t.text)) return false;
    if (!isClauseInitial(tokens, k, sentence)) return true;
    // A capitalised word opening a sentence is a name only with some evidence.
    if (DETERMINERS.has(t.normal)) return false;
    if (acronym && t.text.length > 1) return true;
    // "Photo: State Emergency Service"
    const prev = tokens[k - 1];
    if (prev && k - 1 >= sentence.from && /:\s*$/.test(prev.post) && /^(photo|photos|screenshot|video|image|picture|credit)$/i.test(prev.text)) return true;
    const word = bareText(t);
    if (this.lexicon.lookup(word) || this.lexicon.demonym(word) || this.seen.has(lexKey(word))) return true;
    // "Fingrid, the Finnish grid operator, said": a description of an organization after the comma
    if (/^,\s*$/.test(t.post) && k + 2 < sentence.to && DETERMINERS.has(tokens[k + 1]!.normal)) {
      for (let e = k + 2; e < Math.min(sentence.to, k + 8); e++) {
        // ", the Danish drugmaker that makes …,"
        if (this.orgNoun(tokens[e]) && /^(that|which)$/.test(tokens[e + 1]?.normal ?? '') && !/[,;:.!?]/.test(tokens[e]!.post)) return true;
        if (/[,;:.!?]/.test(tokens[e]!.post)) {
          if (this.orgNoun(tokens[e]) && !tokens.slice(k + 2, e + 1).some((w) => TITLE_HEADS.has(w.normal))) return true;
          break;
        }
      }
    }
    // "Bergen-based salmon exporter …": a place opening the sentence in a compound
    if (t.post === '-' && tokens[k + 1]?.normal === 'based' && !hasTag(t, 'Verb', 'Determiner', 'Pronoun')) return true;
    // "Statistics Norway said", "Health Canada warned": a national agency opening the sentence
    if (AGENCY_FIELDS.has(t.normal) && k + 1 < sentence.to && !breaksAfter(t) && this.lexicon.lookup(bareText(tokens[k + 1]!))?.kind === 'country') return true;
    // "Environment and Climate Change Canada said": a department's fields opening the sentence
    if (MINISTRY_FIELDS[t.normal] && tokens[k + 1]?.text === 'and' && k + 2 < sentence.to && isCapitalised(tokens[k + 2]!.text) && !breaksAfter(t)) return true;
    if (hasTag(t, 'Verb', 'Adverb', 'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord')) return false;
    const next = tokens[k + 1];
    // "Chatterbox, which is owned by …, said": a relative clause right after the word describes a named thing
    if (/^,\s*$/.test(t.post) && next && /^(which|who)$/.test(next.normal) && !hasTag(t, 'Plural', 'Adjective', 'Value')) return true;
    const joined = !!next && k + 1 < sentence.to && !breaksAfter(t) && !possessiveLength(t);
    // "State Emergency Service", "Rūta Vaitkutė, …", "Voltaris CEO …": followed by another capitalised word
    if (joined && isCapitalised(next.text) && !hasTag(t, 'Plural')) return true;
    // "Zelensky said: …" — compromise may tag an unknown name opening a sentence as anything
    if (joined && reportingVerbAt(tokens, k + 1, sentence.to) && !hasTag(t, 'Plural')) return true;
    return hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Demonym', 'Honorific');
  }

  private findInSentence(out: FieldMentions, sentence: Sentence): void {
    const tokens = out.analysis.tokens;
    // 1. Runs of capitalised words, joined by connectors ("Institute for the Study of War").
    const runs: Array<[number, number]> = [];
    let k = sentence.from;
    while (k < sentence.to) {
      if (!this.nameLike(tokens, k, sentence)) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < sentence.to) {
        const prev = tokens[end - 1]!;
        // "Ministry of Land, Infrastructure and Transport": a comma list inside an "of" name
        if (/^,\s+$/.test(prev.post) && this.commaListInName(tokens, k, end, sentence)) {
          end++;
          continue;
        }
        // "Kim Min-ho", "Park Seo-jun": a lower-case syllable after a hyphen belongs to the name
        const cur = tokens[end]!;
        if (prev.post === '-' && end - k >= 2 && !cur.pre && cur.tags.has('Hyphenated') && /^\p{Ll}{1,4}$/u.test(cur.text) && !HYPHEN_SUFFIXES.has(cur.normal)) {
          end++;
          continue;
        }
        if (breaksAfter(prev)) break;
        // "United Nations Children's Fund" runs on over a possessive; "Russia's Foreign Ministry" does not
        if (possessiveLength(prev) && (this.isKnownWord(prev) || !isCapitalised(tokens[end]?.text ?? '') || !ORG_HEADS.has(this.runHead(tokens, end, sentence.to)))) break;
        const t = tokens[end]!;
        if (breaksBefore(t)) break;
        if (this.nameLike(tokens, end, sentence)) {
          end++;
          continue;
        }
        // connectors: "of", "for the", "von der" between two capitalised words
        let j = end;
        while (j < sentence.to && CONNECTORS.has(tokens[j]!.text) && !breaksAfter(tokens[j]!) && !breaksBefore(tokens[j]!)) j++;
        // "Party of Action and Solidarity", "Organization for Security and Co-operation": "and" inside an "of" name
        if (j === end && tokens[j]?.text === 'and' && j + 1 < sentence.to && !breaksAfter(tokens[j]!) && isCapitalised(tokens[j + 1]!.text)) {
          const run = tokens.slice(k, end);
          if (run.some((w) => w.text === 'of' || w.text === 'for') && run.some((w) => ORG_HEADS.has(w.normal)) && !this.isKnownWord(tokens[j + 1]!)) {
            end = j + 2;
            continue;
          }
          // "Independent Electoral and Boundaries Commission": the words after "and" end in an organization head
          // (a leading demonym belongs to such names: "Norwegian Water Resources and Energy Directorate")
          const rightHead = this.runHead(tokens, j + 1, sentence.to);
          const own = run.length > 1 && this.lexicon.demonym(bareText(run[0]!)) ? run.slice(1) : run;
          if (ORG_HEADS.has(rightHead) && !own.some((w) => this.isKnownWord(w) || hasTag(w, ...PERSON_TAGS)) && !this.isKnownWord(tokens[j + 1]!)) {
            end = j + 2;
            continue;
          }
          // "Environment and Climate Change Canada": fields of a department, then its country
          if (run.every((w) => MINISTRY_FIELDS[w.normal] || /^(climate|change|natural|resources|fisheries|oceans|immigration|public|safety|border)$/.test(w.normal))) {
            let e = j + 1;
            while (e + 1 < sentence.to && isCapitalised(tokens[e + 1]!.text) && !breaksAfter(tokens[e]!) && !breaksBefore(tokens[e + 1]!)) e++;
            if (e > j + 1 && this.lexicon.lookup(bareText(tokens[e]!))?.kind === 'country') {
              end = e + 1;
              continue;
            }
          }
        }
        if (j > end && j < sentence.to && j - end <= 2 && this.nameLike(tokens, j, sentence) && !breaksBefore(tokens[j]!)) {
          end = j + 1;
          continue;
        }
        break;
      }
      runs.push([k, end]);
      k = end;
    }
    for (const [from, to] of runs) {
      if (out.spans.some((s) => s.from <= from && to <= s.to)) continue;
      this.classifyRun(out, tokens, from, to, sentence);
    }
    // 2. A country's ministry: "China's commerce ministry", "the Ukrainian Foreign Ministry".
    this.ministries(out, tokens, sentence);
    this.government(out, tokens, sentence);
    // 3. Appositive roles: "A spokesperson for the Commission, Anna Kovacs," / "Anna Kovacs, a spokesperson for …,".
    this.appositions(out, tokens, sentence);
    // 4. Organizations told by their context: "X, the chip maker,", "shares of X", "X's board", "known as X".
    this.organizationCues(out, tokens, sentence);
    // 5. The kind of place the text states: "the city of X", "X, the capital," (rules/place-kinds.ts).
    this.placeKindCues(out, tokens, sentence);
  }

  /** Sets a place's kind from a cue of PLACE_KIND_CUES; a kind from a word list stays. */
  private placeKindCues(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
    for (const sp of out.spans) {
      const m = sp.mention;
      if (sp.from < sentence.from || sp.to > sentence.to || m.kindHint || m.demonym || !(m.type === 'PLACE' || m.type === null)) continue;
      const rule = PLACE_KIND_CUES.find((r) => this.placeCueBefore(tokens, sp, sentence, r.before ?? []) || this.placeApposition(tokens, sp, sentence, r.appositionHeads ?? []));
      if (!rule) continue;
      m.type = 'PLACE';
      m.kindHint = rule.kind;
      (m.rules ??= []).push(rule.id);
    }
  }

  private placeCueBefore(tokens: Token[], sp: MentionSpan, sentence: Sentence, phrasings: readonly string[][]): boolean {
    return phrasings.some((words) => {
      const at = sp.from - words.length;
      if (at < sentence.from) return false;
      return words.every((w, n) => tokens[at + n]!.normal === w && !breaksAfter(tokens[at + n]!));
    });
  }

  /** "X, the (Georgian|country's third-largest) capital," after the name, or "the Estonian capital, X" before it. */
  private placeApposition(tokens: Token[], sp: MentionSpan, sentence: Sentence, heads: readonly string[]): boolean {
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

  /** Nouns that describe an organization in an apposition or before its name ("the cement maker", "the metalworkers' union"). */
  private orgNoun(t: Token | undefined): string | undefined {
    if (!t || isCapitalised(t.text)) return undefined;
    const w = t.normal.replace(/['’]s$/, '');
    if (ORG_TYPE_NOUNS.has(w) || ORG_DESCRIPTORS.has(w) || /(?:maker|builder|producer|manufacturer|operator|supplier|lender|insurer|exporter)s?$/.test(w)) return w;
    return undefined;
  }

  private markOrganization(sp: MentionSpan, rule: MentionRuleId, descriptor?: string): void {
    const m = sp.mention;
    if (m.canonical || m.role || m.demonym) return;
    if (m.type === 'PERSON' && m.gender) return;
    m.type = 'ORGANIZATION';
    (m.rules ??= []).push(rule);
    m.orgCue = true;
    if (descriptor && !m.descriptor) m.descriptor = descriptor;
    const kind = descriptor ? (ORG_TYPE_KIND[descriptor] ?? ORG_KIND_BY_HEAD[descriptor] ?? (/(maker|builder|producer|manufacturer|operator|supplier)$/.test(descriptor) ? 'company' : undefined)) : undefined;
    if (kind && !m.kindHint) m.kindHint = kind;
  }

  /**
   * Names with no organizational word that their context shows to be organizations:
   * "Fingrid, the Finnish grid operator, said" (also an apposition, so the name is the subject),
   * "shares of Cemvex", "Kestrel's board", "analysts at Banorte", "the central bank, known as Banxico,",
   * "the rate-setting committee (Copom)".
   */
  private organizationCues(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
    const spans = out.spans.filter((sp) => sp.mention.sentence === sentence.index && sp.from >= sentence.from && sp.to <= sentence.to && !sp.mention.canonical && !sp.mention.demonym && !sp.mention.role);
    for (const sp of spans) {
      const last = tokens[sp.to - 1]!;
      const prev = tokens[sp.from - 1];
      const prev2 = tokens[sp.from - 2];
      // after: ", the Finnish grid operator," / ", a state-owned lender,"
      if (/^,\s*$/.test(last.post) && !sp.possessive) {
        let j = sp.to;
        if (j < sentence.to && DETERMINERS.has(tokens[j]!.normal)) {
          j++;
          let e = j;
          while (e < sentence.to && e - j < 6 && !/[,;:.!?]/.test(tokens[e]!.post) && !/^(that|which|who|whose)$/.test(tokens[e + 1]?.normal ?? '')) e++;
          const seg = tokens.slice(j, e + 1);
          const head = e < sentence.to ? this.orgNoun(tokens[e]) : undefined;
          // ", the Danish drugmaker that makes …,": a relative clause inside the apposition runs to its comma
          let close = e;
          if (head && /^(that|which)$/.test(tokens[e + 1]?.normal ?? '') && !/[,;:.!?]/.test(tokens[e]!.post)) {
            close = e + 1;
            while (close < sentence.to && close - e < 16 && !/[,;:.!?]/.test(tokens[close]!.post)) close++;
            if (close >= sentence.to || !/^,\s*$/.test(tokens[close]!.post)) close = -1;
          }
          if (head && close >= 0 && !seg.some((w) => TITLE_HEADS.has(w.normal)) && (/^,\s*$/.test(tokens[close]!.post) || close + 1 >= sentence.to)) {
            this.markOrganization(sp, 'mention.org-cue.apposition-after', head);
            if (/^,\s*$/.test(tokens[close]!.post)) out.appositions.push({ person: sp.mention.index, from: sp.from, to: close + 1 });
            continue;
          }
        }
      }
      // before: "the mine's operator, Andes Copper, said" / "its parent company, Lumora Group,": a
      // description ending in an organization noun, then the name between commas
      if (prev && /^,\s*$/.test(prev.post) && /^,\s*$/.test(last.post) && !sp.possessive) {
        const head = this.orgNoun(prev);
        let d = sp.from - 1;
        while (d > sentence.from && d > sp.from - 7 && !/[,;:.!?]/.test(tokens[d - 1]!.post)) d--;
        const desc = tokens.slice(d, sp.from);
        const determined = /^(the|a|an|its|their)$/.test(tokens[d]!.normal) || desc.some((w) => possessiveLength(w) > 0);
        if (head && determined && !desc.some((w) => TITLE_HEADS.has(w.normal) || w.tags.has('Verb'))) {
          this.markOrganization(sp, 'mention.org-cue.description-before', head);
          out.appositions.push({ person: sp.mention.index, from: d, to: sp.to });
          continue;
        }
      }
      // before: "shares of X", "shares in X", "analysts at X", "the union X"
      if (prev && !breaksAfter(prev) && prev2 && /^(of|in|at)$/.test(prev.normal) && /^(shares|stock|analysts|economists|strategists|researchers|experts|scientists|specialists|investigators|engineers|employees|shareholders|investors|customers|subsidiary|unit|owner)$/.test(prev2.normal) && !(prev.normal === 'in' && !/^(shares|stock)$/.test(prev2.normal))) {
        this.markOrganization(sp, 'mention.org-cue.shares-of');
        continue;
      }
      // after: "X's board", "X's shares", "X's chief executive"
      const next = tokens[sp.to];
      if (sp.possessive && next && /^(board|shares|stock|shareholders|subsidiary|subsidiaries|unit|units|plant|plants|factory|factories|headquarters|profit|profits|revenue|revenues|sales|earnings|ceo|chief|chairman|chairwoman|workforce|employees|staff|management|executives|operations|customers|products|share)$/.test(next.normal)) {
        if (!(next.normal === 'chief' || next.normal === 'staff') || sp.mention.type !== 'PERSON') {
          this.markOrganization(sp, 'mention.org-cue.possessive-noun');
          continue;
        }
      }
      // "the central bank, known as Banxico," / "the monetary policy committee (Copom)"
      if (prev && prev2 && /^as$/.test(prev.normal) && /^(known|called|named)$/.test(prev2.normal)) {
        const noun = tokens[sp.from - 3];
        if (noun && (this.orgNoun(noun) || ORG_HEADS.has(noun.normal))) {
          this.markOrganization(sp, 'mention.org-cue.known-as', noun.normal);
          continue;
        }
      }
      if (prev && tokens[sp.from]!.pre.includes('(') && last.post.startsWith(')') && !isCapitalised(prev.text) && (this.orgNoun(prev) || ORG_HEADS.has(prev.normal))) {
        this.markOrganization(sp, 'mention.org-cue.parenthesised', prev.normal);
      }
    }
  }

  /** "China's commerce ministry" → Ministry of Commerce of China; "the country's health ministry" → of the last country named. */
  private ministries(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
    for (let k = sentence.from + 1; k < sentence.to; k++) {
      if (tokens[k]!.normal !== 'ministry') continue;
      let j = k - 1;
      const field: Token[] = [];
      while (j >= sentence.from && field.length < 3 && !breaksAfter(tokens[j]!) && MINISTRY_FIELDS[tokens[j]!.normal]) field.unshift(tokens[j--]!);
      if (!field.length || j < sentence.from) continue;
      const q = tokens[j]!;
      const bare = bareText(q);
      let country: string | undefined;
      if (possessiveLength(q) && this.lexicon.lookup(bare)?.type === 'PLACE') country = this.lexicon.lookup(bare)!.canonical;
      else if (!possessiveLength(q) && this.lexicon.demonym(q.text)) country = this.lexicon.demonym(q.text);
      else if (/^country['’]s$/i.test(q.text)) country = this.mainCountry();
      if (!country) continue;
      const canonical = `Ministry of ${field.map((w) => MINISTRY_FIELDS[w.normal]).join(' ')} of ${country}`;
      const existing = out.spans.find((sp) => sp.from <= k && k < sp.to && sp.mention.type === 'ORGANIZATION');
      if (existing) {
        existing.mention.canonical = canonical;
        existing.mention.kindHint = 'government';
      } else {
        const at = field[0]!.i;
        for (const sp of out.spans.filter((x) => x.from >= at && x.to <= k + 1)) sp.mention.type = null;
        this.add(out, tokens, at, k + 1, 'ORGANIZATION', 'mention.ministry.of-country', { canonical, kindHint: 'government' });
      }
    }
  }

  /**
   * What "the country" and "the government" mean: the country named most so far (the first of
   * equals), among the article's tags when a tag names one. A tag is the editor's word on what the
   * story is about, so a country mentioned more often in passing does not take "the government".
   * With no country named, the country of a city the story names (cities.ts).
   */
  private mainCountry(): string | undefined {
    const tagged = new Set<string>();
    for (const tag of this.tags) {
      const hit = this.lexicon.lookup(tag);
      if (hit?.type === 'PLACE' && hit.kind === 'country') tagged.add(hit.canonical ?? tag);
    }
    const counts = new Map<string, number>([...tagged].map((c) => [c, 0]));
    for (const m of this.mentions) {
      if (m.type !== 'PLACE' || m.kindHint !== 'country') continue;
      const c = m.canonical ?? m.text;
      if (tagged.size && !tagged.has(c)) continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
    if (best) return best;
    // a story that names no country is set in the country of the city it names, a capital first (issue 11 item 5)
    for (const m of this.mentions) {
      if (m.type !== 'PLACE' || m.demonym) continue;
      const country = countryOfCity(m.canonical ?? m.text);
      if (country) return country;
    }
    return undefined;
  }

  /** "the government" → Government of the main country. */
  private government(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
    for (let k = sentence.from + 1; k < sentence.to; k++) {
      const t = tokens[k]!;
      // "Alberta's provincial government", "Ontario's government" → Government of Alberta
      if (t.text === 'government' && !out.spans.some((sp) => sp.from <= k && k < sp.to)) {
        let j = k - 1;
        if (j > sentence.from && /^(provincial|federal|national|state|regional|local|central|territorial|municipal|city|new)$/.test(tokens[j]!.normal) && !breaksAfter(tokens[j]!)) j--;
        const isPlace = (m: Mention): boolean => m.type === 'PLACE' || (m.type === null && this.mentions.some((x) => x.type === 'PLACE' && !x.demonym && x.text === m.text));
        const q = out.spans.find((sp) => sp.to === j + 1 && sp.possessive && isPlace(sp.mention) && !breaksAfter(tokens[j]!));
        if (q) {
          q.mention.type = 'PLACE';
          const place = q.mention.canonical ?? q.mention.text;
          this.add(out, tokens, j + 1, k + 1, 'ORGANIZATION', 'mention.government.of-place', { canonical: `Government of ${place}`, kindHint: 'government' });
          continue;
        }
      }
      if (t.text !== 'government' || (tokens[k + 1] && isCapitalised(tokens[k + 1]!.text) && !breaksAfter(t))) continue;
      if (out.spans.some((sp) => sp.from <= k && k < sp.to && sp.mention.type === 'ORGANIZATION')) continue;
      // "The Finnish government said", "the federal government announced": a described government
      // that speaks is the story's (or the demonym's) government; one that is only talked about
      // ("appointed by the government", "has promised to pay") stays a description, as the
      // annotation conventions keep it
      let j = k - 1;
      if (j > sentence.from && GOVERNMENT_MODIFIERS.has(tokens[j]!.normal) && !breaksAfter(tokens[j]!)) j--;
      const speaks = tokens.slice(k + 1, Math.min(sentence.to, k + 3)).some((w) => GOVERNMENT_SPEAKS.has(w.normal)) && !breaksAfter(t);
      // … or acts in a reported clause: "confirmed that the government had approved a grant"
      const reported = j > sentence.from && tokens[j - 1]!.normal === 'that' && tokens[j]?.normal === 'the';
      if (!speaks && !reported) continue;
      const demonym = out.spans.find((sp) => sp.to === j + 1 && sp.mention.demonym && sp.mention.kindHint === 'country' && !breaksAfter(tokens[j]!));
      if (demonym) {
        this.add(out, tokens, k, k + 1, 'ORGANIZATION', 'mention.government.demonym', { canonical: `Government of ${demonym.mention.canonical}`, kindHint: 'government' });
        continue;
      }
      if (tokens[j]?.normal !== 'the' || j < sentence.from) continue;
      const country = this.mainCountry();
      if (country) this.add(out, tokens, k, k + 1, 'ORGANIZATION', 'mention.government.story-country', { canonical: `Government of ${country}`, kindHint: 'government' });
    }
  }

  private afterCredit(tokens: Token[], from: number, sentence: Sentence): boolean {
    let j = from - 1;
    if (j >= sentence.from && DETERMINERS.has(tokens[j]!.normal)) j--;
    if (j < sentence.from) return false;
    const t = tokens[j]!;
    return (/^(photo|photos|screenshot|video|image|picture|source|credit)$/i.test(t.text) && /:\s*$/.test(t.post)) || (t.normal === 'by' && j > sentence.from && /^(photo|video|screenshot|image|picture|footage)$/i.test(tokens[j - 1]!.text));
  }

  private isKnownWord(t: Token): boolean {
    const w = bareText(t);
    return !!(this.lexicon.lookup(w) || this.lexicon.demonym(w) || this.seen.has(lexKey(w)) || hasTag(t, 'Person', 'Place'));
  }

  /** The last capitalised word of the stretch starting at k ("Fund" in "Fund (UNICEF)"), lower-cased. */
  private runHead(tokens: Token[], k: number, limit: number): string {
    let e = k;
    while (e + 1 < limit && isCapitalised(tokens[e + 1]!.text) && !breaksAfter(tokens[e]!) && !breaksBefore(tokens[e + 1]!)) e++;
    return tokens[e]?.normal ?? '';
  }

  /**
   * At a ", " after tokens [from, end): does an enumeration inside an organization's "of" name go on?
   * "Ministry of Land, Infrastructure, Transport and Tourism": every item capitalised and unknown,
   * the list closed by "and" + a capitalised word, the run so far an organization head with "of".
   */
  private commaListInName(tokens: Token[], from: number, end: number, sentence: Sentence): boolean {
    const run = tokens.slice(from, end);
    const ofAt = run.findIndex((w) => w.text === 'of' || w.text === 'for');
    if (ofAt < 1 || !run.slice(0, ofAt).some((w) => ORG_HEADS.has(w.normal))) return false;
    let j = end;
    let items = 0;
    while (j < sentence.to && items < 8) {
      // one item: up to three capitalised words
      let n = 0;
      while (j < sentence.to && n < 3 && isCapitalised(tokens[j]!.text) && !this.isKnownWord(tokens[j]!) && !hasTag(tokens[j]!, ...PERSON_TAGS) && !DETERMINERS.has(tokens[j]!.normal)) {
        n++;
        j++;
        if (/[^\s]/.test(tokens[j - 1]!.post)) break;
      }
      if (!n) return false;
      items++;
      const post = tokens[j - 1]!.post;
      if (/^,\s+$/.test(post)) continue;
      if (/^\s+$/.test(post) && tokens[j]?.text === 'and') return j + 1 < sentence.to && isCapitalised(tokens[j + 1]!.text) && !this.isKnownWord(tokens[j + 1]!);
      return false;
    }
    return false;
  }

  /**
   * "Kavita Rao of the Indian National Congress", "Kim Min-ho of the Democratic Party": a person's
   * name, "of", and an organization. Adds both (the pair as an apposition, so the person is the
   * subject of a verb after it) and returns true; false when the run is not of that shape.
   */
  private personOfOrganization(out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): boolean {
    // a title or honorific before the name is the person's, not part of the name: "Ambassador Ana Lopes of Fiji"
    let nameFrom = from;
    while (nameFrom < to - 1 && (isHonorific(tokens[nameFrom]!) || TITLE_HEADS.has(tokens[nameFrom]!.normal))) nameFrom++;
    const ofAt = tokens.slice(nameFrom, to).findIndex((w, n) => n >= 2 && n <= 4 && w.text === 'of');
    if (ofAt < 0) return false;
    const c = nameFrom + ofAt;
    const name = tokens.slice(nameFrom, c);
    if (name.some((w) => !isCapitalised(w.text) && !w.tags.has('Hyphenated'))) return false;
    if (name.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal) || CONNECTORS.has(w.text) || this.lexicon.lookup(bareText(w)) || this.lexicon.demonym(bareText(w)) || hasTag(w, 'Place'))) return false;
    if (!name.some((w) => hasTag(w, ...PERSON_TAGS))) return false;
    let orgFrom = c + 1;
    while (orgFrom < to && DETERMINERS.has(tokens[orgFrom]!.normal)) orgFrom++;
    const org = tokens.slice(orgFrom, to);
    if (!org.length) return false;
    const orgText = org.map((w, n) => (n === org.length - 1 ? bareText(w) : w.text) + (n < org.length - 1 ? w.post : '')).join('').trim();
    const known = this.lexicon.lookup(orgText);
    // "… of the Democratic Party", "… of Fiji": what a person is "of" is an organization or a known place
    if (!(org.some((w) => ORG_HEADS.has(w.normal)) || known?.type === 'ORGANIZATION' || known?.type === 'PLACE' || /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(orgText))) return false;
    this.person(out, tokens, from, nameFrom, c, sentence);
    const p = out.spans.find((sp) => sp.from <= nameFrom + 1 && sp.to === c && sp.mention.type === 'PERSON');
    this.classifyRun(out, tokens, orgFrom, to, sentence);
    if (p) out.appositions.push({ person: p.mention.index, from: p.from, to });
    return true;
  }

  /** Split a run into the mentions it holds. */
  private classifyRun(out: FieldMentions, tokens: Token[], from: number, to: number, sentence: Sentence): void {
    // Leading "The" belongs to no name.
    while (from < to && DETERMINERS.has(tokens[from]!.normal)) from++;
    // Trailing connectors never end a name.
    while (to > from && CONNECTORS.has(tokens[to - 1]!.text)) to--;
    if (from >= to) return;
    // "Kavita Rao of the Indian National Congress": a person, then the organization they belong to
    if (this.personOfOrganization(out, tokens, from, to, sentence)) return;
    const words = tokens.slice(from, to);
    const text = words.map((w, n) => (n === words.length - 1 ? bareText(w) : w.text) + (n < words.length - 1 ? w.post : '')).join('').trim();
    // "the US dollar", "the euro": a country before a currency names the currency, not the country
    const nextTok = tokens[to];
    if (nextTok && CURRENCY_WORDS.has(nextTok.normal) && !breaksAfter(tokens[to - 1]!) && this.lexicon.lookup(text)?.type === 'PLACE') return;
    // "Mexico City", "Kuwait City"
    if (words.length > 1 && words[words.length - 1]!.normal === 'city' && !words.some((w) => ORG_HEADS.has(w.normal))) {
      this.add(out, tokens, from, to, 'PLACE', 'mention.place.city-suffix', { kindHint: 'city' });
      return;
    }
    const after = tokens[to];
    const inParens = !!after && after.pre.includes('(') && after.post.startsWith(')');
    const acronym =
      inParens && (/^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(after.text) || (/^\p{Lu}[\p{L}\d&.-]{2,14}$/u.test(after.text) && to - from > 1 && words.some((w) => ORG_HEADS.has(w.normal))))
        ? after.text
        : undefined;

    // "Kharkiv Oblast", "Donetsk Region": a place with its administrative word
    const lastWord = words[words.length - 1]!;
    if (words.length > 1 && PLACE_SUFFIX[lastWord.normal] && !words.some((w) => ORG_HEADS.has(w.normal))) {
      const head = PLACE_HEAD_INDEX.get(lastWord.normal);
      this.add(out, tokens, from, to, 'PLACE', 'mention.place.admin-suffix', { kindHint: PLACE_SUFFIX[lastWord.normal], ...(head ? { rules: [head.rule.id] } : {}) });
      return;
    }
    // "Kyivskyi district", "the Nemunas river", "the Zaporizhzhia direction"
    const nextWord = tokens[to];
    const lowerHead = nextWord && !isCapitalised(nextWord.text) ? PLACE_HEAD_INDEX.get(nextWord.normal) : undefined;
    if (lowerHead && !breaksAfter(tokens[to - 1]!) && !possessiveLength(tokens[to - 1]!) && !this.lexicon.lookup(text)) {
      this.add(out, tokens, from, lowerHead.rule.keep ? to + 1 : to, 'PLACE', 'mention.place.lower-noun', { kindHint: lowerHead.kind, rules: [lowerHead.rule.id] });
      return;
    }
    // caption credits: "Photo: Getty Images", "video by the Foreign Ministry"
    if (out.field === 'caption' && this.afterCredit(tokens, from, sentence) && !this.lexicon.lookup(text)) {
      const head = ORG_KIND_BY_HEAD[lastWord.normal];
      this.add(out, tokens, from, to, 'ORGANIZATION', 'mention.caption.credit', { kindHint: head ?? 'media' });
      return;
    }
    // Whole run known ("United Kingdom", "Kremlin", an author).
    const hit = this.lexicon.lookup(text);
    if (hit?.type === 'PERSON') {
      // a known person: still read the role written before the name
      this.person(out, tokens, from, from, to, sentence);
      return;
    }
    if (hit) {
      // a known name without a kind still gets the one the text gives, as an unknown name would: the
      // kind must not depend on whether an earlier article taught the name (issue 10, order independence)
      const kind = hit.kind ?? (hit.type === 'PLACE' ? placeKindOfWords(words) : undefined);
      const m = this.add(out, tokens, from, to, hit.type, 'mention.known.whole-run', { canonical: hit.canonical, ...(kind ? { kindHint: kind } : {}) });
      this.acronymAfter(out, tokens, to, m, acronym);
      return;
    }
    // A single demonym ("Russian", "British").
    if (to - from === 1) {
      const country = this.lexicon.demonym(text);
      if (country) {
        this.add(out, tokens, from, to, 'PLACE', 'mention.demonym', { demonym: true, canonical: country, kindHint: 'country' });
        return;
      }
    }
    // "Regional Municipality of Wood Buffalo", "County of Kent", "Town of Hay River": an administrative unit named with "of"
    const unit = /^(?:(?:regional\s+)?municipality|county|province|district|town|village|city)\s+of\s+\p{Lu}/iu.exec(text);
    if (unit && !words.some((w) => ORG_HEADS.has(w.normal))) {
      const kind = /^(town|village|city)/i.test(text) ? 'city' : /^district/i.test(text) ? 'district' : 'region';
      this.add(out, tokens, from, to, 'PLACE', 'mention.place.administrative-unit', { kindHint: kind });
      return;
    }
    // "Health Canada", "Statistics Norway": a national agency named by its field and its country
    if (words.length === 2 && AGENCY_FIELDS.has(words[0]!.normal) && !possessiveLength(words[0]!) && this.lexicon.lookup(bareText(lastWord))?.kind === 'country') {
      this.add(out, tokens, from, to, 'ORGANIZATION', 'mention.org.national-agency', { kindHint: 'government' });
      return;
    }
    // "the trail in Jasper": a lone unknown name right after "in"/"near" is a place, even when it is also a first name
    const before = tokens[from - 1];
    if (words.length === 1 && before && from > sentence.from && /^(in|near|outside)$/.test(before.normal) && !breaksAfter(before) && !possessiveLength(lastWord) && !hasTag(lastWord, 'LastName', 'Honorific', 'Organization') && !this.seen.has(lexKey(lastWord.text))) {
      const kind = placeKindOfWords(words);
      this.add(out, tokens, from, to, 'PLACE', 'mention.place.after-preposition', kind ? { kindHint: kind } : {});
      return;
    }
    // "Air Lumen", "Air Austral": an airline brand (never "Air Force", "Air Marshal …")
    if (words.length >= 2 && words.length <= 3 && words[0]!.normal === 'air' && !words.some((w) => ORG_HEADS.has(w.normal) || TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal))) {
      const m = this.add(out, tokens, from, to, 'ORGANIZATION', 'mention.org.airline', { kindHint: 'company' });
      this.acronymAfter(out, tokens, to, m, acronym);
      return;
    }
    // "Environment and Climate Change Canada": a government department named by its fields and its country
    const andAt = words.findIndex((w) => w.text === 'and');
    if (andAt > 0 && MINISTRY_FIELDS[words[0]!.normal] && this.lexicon.lookup(bareText(lastWord))?.type === 'PLACE' && this.lexicon.lookup(bareText(lastWord))?.kind === 'country') {
      const m = this.add(out, tokens, from, to, 'ORGANIZATION', 'mention.org.department-fields', { kindHint: 'government' });
      this.acronymAfter(out, tokens, to, m, acronym);
      return;
    }
    // Organizations: a head word anywhere in the run ("Ukraine Defence Contact Group", "Institute for …").
    const orgHead = words.findIndex((w) => ORG_HEADS.has(w.normal) && !hasTag(w, 'Person'));
    const personStart = this.personNameStart(tokens, from, to);
    if (orgHead >= 0 && personStart === null) {
      const head = words[orgHead]!.normal;
      const kind = /^(commission|board|authority|council|committee|office|tribunal|body)$/.test(head) && words.some((w) => /^(electoral|election|elections)$/.test(w.normal)) ? 'electoral authority' : ORG_KIND_BY_HEAD[head] ?? (/contact group/i.test(text) ? 'intergovernmental' : undefined);
      // "India's Ministry of Environment, Forest and Climate Change" → "… of India" (the written name stays an alias)
      const extra: Partial<Mention> = kind ? { kindHint: kind } : {};
      const q = tokens[from - 1];
      if (head === 'ministry' && orgHead === 0 && words[1]?.text === 'of' && q && possessiveLength(q) && !breaksAfter(q) && !/\bof\s+(the\s+)?\p{Lu}/u.test(text.slice(text.indexOf(' of ') + 4))) {
        const sp = out.spans.find((x) => x.to === from && x.possessive && x.mention.type === 'PLACE' && x.mention.kindHint === 'country');
        if (sp) extra.canonical = `${text} of ${sp.mention.canonical ?? sp.mention.text}`;
      }
      const m = this.add(out, tokens, from, to, 'ORGANIZATION', 'mention.org.head-word', extra);
      this.acronymAfter(out, tokens, to, m, acronym);
      return;
    }
    if (personStart !== null) {
      this.person(out, tokens, from, personStart, to, sentence);
      return;
    }
    // Mixed runs: longest known sub-names, then what is left by compromise's tags.
    let k = from;
    while (k < to) {
      let matched = 0;
      for (let n = Math.min(this.lexicon.maxWords, to - k); n >= 1; n--) {
        const sub = tokens.slice(k, k + n);
        const subText = sub.map((w, i) => (i === n - 1 ? bareText(w) : w.text) + (i < n - 1 ? w.post : '')).join('').trim();
        const h = this.lexicon.lookup(subText);
        if (h) {
          const kind = h.kind ?? (h.type === 'PLACE' ? placeKindOfWords(sub) : undefined);
          const m = this.add(out, tokens, k, k + n, h.type, 'mention.known.sub-name', { canonical: h.canonical, ...(kind ? { kindHint: kind } : {}) });
          if (k + n === to) this.acronymAfter(out, tokens, to, m, acronym);
          matched = n;
          break;
        }
        if (n === 1) {
          const country = this.lexicon.demonym(subText);
          if (country) {
            this.add(out, tokens, k, k + 1, 'PLACE', 'mention.demonym', { demonym: true, canonical: country, kindHint: 'country' });
            matched = 1;
          }
        }
      }
      if (matched) {
        k += matched;
        continue;
      }
      // unknown stretch up to the next known sub-name
      let e = k + 1;
      while (e < to && !this.startsKnown(tokens, e, to)) e++;
      while (e > k && CONNECTORS.has(tokens[e - 1]!.text)) e--;
      if (e > k) this.unknown(out, tokens, k, e, e === to ? acronym : undefined);
      k = Math.max(e, k + 1);
    }
  }

  private startsKnown(tokens: Token[], k: number, to: number): boolean {
    for (let n = Math.min(this.lexicon.maxWords, to - k); n >= 1; n--) {
      const sub = tokens.slice(k, k + n);
      const subText = sub.map((w, i) => (i === n - 1 ? bareText(w) : w.text) + (i < n - 1 ? w.post : '')).join('').trim();
      if (this.lexicon.lookup(subText)) return true;
    }
    return !!this.lexicon.demonym(bareText(tokens[k]!));
  }

  private unknown(out: FieldMentions, tokens: Token[], from: number, to: number, acronym?: string): void {
    const before = tokens[from - 1];
    const orgNoun = before && ORG_TYPE_NOUNS.has(before.normal) && !breaksAfter(before);
    while (from < to && CONNECTORS.has(tokens[from]!.text)) from++;
    if (from >= to) return;
    const words = tokens.slice(from, to);
    // Lone role words ("President", "Defence Secretary") are not names.
    if (words.every((w) => TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal))) return;
    // A lone adjective before a common noun ("Baltic states", "Nordic countries", "Arctic shipping") names nothing.
    const after = tokens[to];
    const only = words[0]!;
    if (words.length === 1 && !orgNoun && /(ic|ian|ean|ese|ish|ern)$/.test(only.normal) && !hasTag(only, ...PERSON_TAGS) && after && !breaksAfter(only) && !isCapitalised(after.text) && after.tags.has('Noun') && !after.tags.has('Verb')) return;
    let type: EntityType | null = null;
    let kindHint: string | undefined;
    let rule: MentionRuleId = 'mention.unknown.untyped';
    const last = words[words.length - 1]!;
    if (orgNoun || (words.some((w) => hasTag(w, 'Organization')) && (words.length > 1 || hasTag(last, 'Acronym'))) || ORG_HEADS.has(last.normal)) {
      [type, rule] = ['ORGANIZATION', 'mention.unknown.organization-tag'];
      if (orgNoun && ORG_TYPE_KIND[before.normal]) kindHint = ORG_TYPE_KIND[before.normal];
    }
    // "Itaú Unibanco", "Rabobank", "Banco Santander": a bank word inside the name
    else if (words.some((w) => /^(banco|banca|banque|banka)$|.{3,}(?:bank|banco|banca)$/i.test(w.normal))) [type, kindHint, rule] = ['ORGANIZATION', 'bank', 'mention.unknown.bank-word'];
    // "Nairobi-based": a place a company or group is based in
    else if (last.post === '-' && tokens[to]?.normal === 'based' && !tokens[to]!.pre) [type, kindHint, rule] = ['PLACE', 'city', 'mention.unknown.based-in'];
    // "Lac La Biche", "Fort McMurray", "Port Hedland": a settlement named with its geographic word
    else if (words.length > 1 && /^(lac|lake|fort|port|mount|saint|st|san|santa|sainte|bay)$/.test(words[0]!.normal) && !words.some((w) => hasTag(w, ...PERSON_TAGS) && !hasTag(w, 'Place'))) [type, kindHint, rule] = ['PLACE', 'city', 'mention.unknown.settlement-word'];
    else if (placeKindOfWords(words)) [type, kindHint, rule] = ['PLACE', placeKindOfWords(words), 'mention.unknown.place-word'];
    else if (words.some((w) => hasTag(w, 'Place'))) [type, rule] = ['PLACE', 'mention.unknown.place-tag'];
    else if (words.some((w) => hasTag(w, ...PERSON_TAGS))) [type, rule] = ['PERSON', 'mention.unknown.person-tag'];
    else if (from > 0 && PLACE_PREPOSITIONS.has(tokens[from - 1]!.normal)) [type, rule] = ['PLACE', 'mention.unknown.after-place-preposition'];
    const personTagged = words.some((w) => hasTag(w, ...PERSON_TAGS));
    const m = this.add(out, tokens, from, to, type, rule, { ...(kindHint ? { kindHint } : {}), ...(personTagged ? { personTagged } : {}) });
    this.acronymAfter(out, tokens, to, m, acronym);
  }

  private acronymAfter(out: FieldMentions, tokens: Token[], at: number, m: MentionSpan, acronym?: string): void {
    if (!acronym || m.mention.demonym) return;
    m.mention.acronym = acronym;
    const a = this.add(out, tokens, at, at + 1, m.mention.type, 'mention.acronym.parenthesised');
    if (m.mention.kindHint) a.mention.kindHint = m.mention.kindHint;
    if (m.mention.canonical) a.mention.canonical = m.mention.canonical;
  }

  /**
   * Where a person's name starts inside the run [from, to), or null when the run names no person.
   * "UK Defence Secretary John Healey" → index of "John"; "Vladimir Putin" → from.
   */
  private personNameStart(tokens: Token[], from: number, to: number): number | null {
    let k = to;
    while (k > from) {
      const w = tokens[k - 1]!;
      // a role word the tagger took into the name ("Justice Clodagh Brennan", "Energy Darragh Moran") with two name words after it
      const roleBeforeName = ROLE_MODIFIERS.has(w.normal) && to - k >= 2;
      if (TITLE_HEADS.has(w.normal) || (ROLE_MODIFIERS.has(w.normal) && !hasTag(w, ...PERSON_TAGS)) || roleBeforeName || ORG_HEADS.has(w.normal)) break;
      if (this.lexicon.lookup(bareText(w))?.type === 'PLACE' || this.lexicon.lookup(bareText(w))?.type === 'ORGANIZATION') break;
      if (this.lexicon.demonym(bareText(w))) break;
      if (isHonorific(w)) break;
      k--;
    }
    if (k === to) return null;
    const name = tokens.slice(k, to);
    const personish = name.some((w) => hasTag(w, ...PERSON_TAGS)) || this.lexicon.lookup(name.map((w) => w.text).join(' '))?.type === 'PERSON';
    const titled = k > from && (TITLE_HEADS.has(tokens[k - 1]!.normal) || isHonorific(tokens[k - 1]!));
    if (name.some((w) => ORG_HEADS.has(w.normal)) || name.every((w) => NAME_PARTICLES.has(w.normal))) return null;
    if (personish || titled) return k;
    // untagged capitalised pair right after a lower-case title: "spokesman Dmitry Peskov"
    const before = tokens[from - 1];
    if (k === from && before && TITLE_HEADS.has(before.normal) && !breaksAfter(before)) return k;
    return null;
  }

  /** A person mention with the role written before it ("UK Defence Secretary", "Kremlin spokesman"). */
  private person(out: FieldMentions, tokens: Token[], runFrom: number, nameFromIn: number, to: number, sentence: Sentence): void {
    let nameFrom = nameFromIn;
    let nameStart = nameFrom;
    let gender: 'male' | 'female' | undefined;
    while (nameStart < to - 1 && isHonorific(tokens[nameStart]!)) {
      gender = HONORIFICS[tokens[nameStart]!.normal] ?? gender;
      nameStart++;
    }
    // honorifics written before the name ("Mr Healey") give gender and are not a role
    while (nameFrom > runFrom && isHonorific(tokens[nameFrom - 1]!)) {
      gender = HONORIFICS[tokens[nameFrom - 1]!.normal] ?? gender;
      nameFrom--;
    }
    const first = tokens[nameStart]!;
    if (first.tags.has('FemaleName')) gender = 'female';
    else if (first.tags.has('MaleName')) gender = 'male';

    // Role: capitalised words before the name inside the run, then lower-case role words before the run.
    let j = runFrom - 1;
    // extend left over lower-case role words and qualifier names ("Kremlin", "Russian", "Ukraine's")
    while (j >= sentence.from) {
      const w = tokens[j]!;
      if (breaksAfter(w) && !possessiveLength(w)) break;
      if (TITLE_HEADS.has(w.normal) || ROLE_MODIFIERS.has(w.normal) && !DETERMINERS.has(w.normal) && w.normal !== 'of') {
        j--;
        continue;
      }
      if (isCapitalised(w.text) && !isClauseInitial(tokens, j, sentence) && !DETERMINERS.has(w.normal)) {
        j--;
        continue;
      }
      if (isCapitalised(w.text) && isClauseInitial(tokens, j, sentence) && (this.lexicon.lookup(bareText(w)) || this.lexicon.demonym(bareText(w)) || (this.seen.has(lexKey(bareText(w))) && !hasTag(w, ...PERSON_TAGS)))) {
        j--;
        continue;
      }
      break;
    }
    const k = j + 1;
    // the role must hold a title word
    const roleTokens = tokens.slice(k, nameFrom);
    const headAt = roleTokens.map((w) => TITLE_HEADS.has(w.normal)).lastIndexOf(true);
    let role: Mention['role'];
    if (headAt >= 0) {
      const roleWords = roleTokens;
      // qualifier: leading known place / organization / demonym / possessive name
      let q = 0;
      let of: number | undefined;
      const qualifierEnd = this.qualifier(out, tokens, k, nameFrom);
      if (qualifierEnd !== null) {
        of = qualifierEnd.mention;
        q = qualifierEnd.to - k;
      }
      const textOf = (ws: Token[]): string => ws.map((w, n) => w.text + (n < ws.length - 1 ? w.post : '')).join('').trim();
      const roleText = out.analysis.text.slice(tokens[k]!.start, roleWords[roleWords.length - 1]!.end).trim();
      const title = textOf(roleWords.slice(q)).replace(/^(?:of|for)\s+/, '');
      role = { text: roleText, title: title || roleText, ...(of !== undefined ? { of } : {}) };
      for (const w of roleWords) {
        if (FEMALE_ROLE_WORDS.has(w.normal)) gender = 'female';
        if (MALE_ROLE_WORDS.has(w.normal)) gender = 'male';
      }
    } else if (nameFrom > runFrom) {
      // capitalised words before the name that are not a role: classify them on their own
      this.classifyRun(out, tokens, runFrom, nameFrom, sentence);
    }
    this.add(out, tokens, nameStart, to, 'PERSON', 'mention.person.name', { ...(role ? { role, rules: ['mention.role.before-name'] } : {}), ...(gender ? { gender } : {}) });
  }

  /** The leading qualifier of a role [from, to): a known place or organization, a demonym, a possessive name. Adds its mention. */
  private qualifier(out: FieldMentions, tokens: Token[], from: number, to: number): { mention: number; to: number } | null {
    // a name already found there ("Russian Foreign Ministry spokeswoman")
    const found = out.spans.filter((sp) => sp.from === from && sp.to <= to && sp.mention.type !== 'PERSON').sort((a, b) => b.to - a.to)[0];
    if (found) return { mention: found.mention.index, to: found.to };
    // "Kharkiv Oblast Governor": a place with its administrative word
    for (let n = Math.min(4, to - from - 1); n >= 2; n--) {
      const last = tokens[from + n - 1]!;
      if (PLACE_SUFFIX[last.normal] && tokens.slice(from, from + n).every((w) => isCapitalised(w.text))) {
        const m = this.add(out, tokens, from, from + n, 'PLACE', 'mention.role.qualifier', { kindHint: PLACE_SUFFIX[last.normal] });
        return { mention: m.mention.index, to: from + n };
      }
    }
    for (let n = Math.min(this.lexicon.maxWords, to - from); n >= 1; n--) {
      const sub = tokens.slice(from, from + n);
      const last = sub[n - 1]!;
      const subText = sub.map((w, i) => (i === n - 1 ? bareText(w) : w.text) + (i < n - 1 ? w.post : '')).join('').trim();
      const hit = this.lexicon.lookup(subText);
      if (hit) {
        const existing = out.spans.find((s) => s.from === from && s.to === from + n);
        const kind = hit.kind ?? (hit.type === 'PLACE' ? placeKindOfWords(sub) : undefined);
        const m = existing ?? this.add(out, tokens, from, from + n, hit.type, 'mention.role.qualifier', { canonical: hit.canonical, ...(kind ? { kindHint: kind } : {}) });
        return { mention: m.mention.index, to: from + n };
      }
      if (n === 1) {
        const country = this.lexicon.demonym(subText);
        if (country) {
          const m = this.add(out, tokens, from, from + 1, 'PLACE', 'mention.role.qualifier', { demonym: true, canonical: country, kindHint: 'country' });
          return { mention: m.mention.index, to: from + 1 };
        }
        if (possessiveLength(last) && isCapitalised(last.text)) {
          const m = this.add(out, tokens, from, from + 1, null, 'mention.role.qualifier');
          return { mention: m.mention.index, to: from + 1 };
        }
      }
    }
    // an unknown name before the title: "Naftogaz CEO", "Commission spokesperson", "Kharkiv Oblast Governor"
    let e = from;
    while (e < to && isCapitalised(tokens[e]!.text) && !TITLE_HEADS.has(tokens[e]!.normal) && !ROLE_MODIFIERS.has(tokens[e]!.normal)) e++;
    // "Competition Commissioner", "Privacy Commissioner": a field of work, not an organization
    const fieldWord = (w: Token): boolean => !!MINISTRY_FIELDS[w.normal] || /^(data|consumer|human|rights|children|privacy|ethics|elections?|labour|labor|water|road|safety|tax|revenue|integrity|animal|welfare|youth)$/.test(w.normal) || /^\p{Lu}\p{Ll}+(?:tion|ment|ity|ance|ence|ism|ships?)$/u.test(w.text);
    if (e > from && e - from <= 3 && tokens.slice(from, e).every(fieldWord) && !this.seen.has(lexKey(tokens[from]!.text))) return null;
    if (e > from && e < to) {
      this.unknown(out, tokens, from, e);
      const m = out.spans.find((sp) => sp.from === from && sp.to === e);
      if (m) {
        m.mention.type ??= 'ORGANIZATION';
        return { mention: m.mention.index, to: e };
      }
    }
    return null;
  }

  /**
   * "A spokesperson for the Commission, Anna Kovacs," and "Anna Kovacs, a spokesperson for the
   * Commission," — a role between commas next to a person's name.
   */
  private appositions(out: FieldMentions, tokens: Token[], sentence: Sentence): void {
    const persons = out.spans.filter(
      (s) =>
        (s.mention.type === 'PERSON' || ((s.mention.type === null || (s.mention.type === 'PLACE' && !s.mention.kindHint && !s.mention.canonical)) && s.mention.text.includes(' '))) &&
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
        const seg = tokens.slice(segFrom, pFrom);
        const role = this.roleSegment(out, tokens, segFrom, pFrom);
        if (role && seg.length <= 9) {
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
          const rel = tokens.slice(p.to + 1, j + 1).findIndex((w) => /^(who|whose)$/.test(w.normal));
          const roleEnd = rel >= 0 ? p.to + 1 + rel : j + 1;
          const role = this.roleSegment(out, tokens, p.to, roleEnd);
          if (role && roleEnd - p.to <= 9 && j + 1 - p.to <= 24) {
            p.mention.role = role;
            (p.mention.rules ??= []).push('mention.role.apposition-after');
            p.mention.type = 'PERSON';
            out.appositions.push({ person: p.mention.index, from: p.from, to: j + 1 });
          }
        }
      }
    }
  }

  /**
   * The head of a role phrase without a title word: the last noun before its complement
   * ("fisherman" in "fisherman in Gaza", "ecologist" in "marine ecologist at the university"), or -1
   * when the words before it are not a plain noun phrase.
   */
  private roleNounHead(words: Token[]): number {
    const stop = words.findIndex((w, n) => n > 0 && ROLE_COMPLEMENT_STARTS.has(w.normal));
    const upto = stop < 0 ? words.length : stop;
    if (upto < 1 || upto > 5) return -1;
    const head = words[upto - 1]!;
    if (isCapitalised(head.text) || !head.tags.has('Noun') || head.tags.has('Pronoun') || /\d/.test(head.text)) return -1;
    // "IG Metall, the metalworkers' union,": a noun that describes an organization is no one's role
    if (this.orgNoun(head) || ORG_HEADS.has(head.normal) || PLACE_POSSESSORS.has(head.normal)) return -1;
    const plain = words.slice(0, upto).every((w) => !w.tags.has('Verb') && !w.tags.has('Pronoun') && !/\d/.test(w.text) && (w.tags.has('Noun') || w.tags.has('Adjective') || ROLE_MODIFIERS.has(w.normal) || possessiveLength(w) || isCapitalised(w.text)));
    return plain ? upto - 1 : -1;
  }

  /** A role phrase [from, to) like "a spokesperson for the Commission": determiner, title words, "for/of/at" + a name. */
  private roleSegment(out: FieldMentions, tokens: Token[], from: number, to: number): Mention['role'] | undefined {
    let k = from;
    while (k < to && DETERMINERS.has(tokens[k]!.normal)) k++;
    // "Its director", "the company's chief executive": the organization named last
    let possessor: MentionSpan | undefined;
    const determined = k > from;
    // "Its director", "the company's chief executive", "the canal's administrator": the organization
    // named last ("the country's …": the place named last)
    if (k < to && (/^(its|their)$/i.test(tokens[k]!.text) || (determined && /^\p{Ll}[\p{Ll}-]*['’]s$/u.test(tokens[k]!.text)))) {
      const at = tokens[k]!.start;
      const noun = tokens[k]!.normal.replace(/['’]s$/, '');
      const wantPlace = PLACE_POSSESSORS.has(noun);
      const named = [...out.spans].filter((sp) => sp.mention.type === (wantPlace ? 'PLACE' : 'ORGANIZATION') && !sp.mention.demonym && sp.mention.end <= at).sort((a, b) => a.mention.start - b.mention.start);
      // "the company's": the last company named, if the text says which is one; "the union's": the one described so
      const company = /^(company|firm)$/.test(noun) ? named.filter((sp) => sp.mention.kindHint === 'company').pop() : undefined;
      const described = named.filter((sp) => sp.mention.descriptor === noun || new RegExp(`\\b${noun}\\b`, 'i').test(sp.mention.text)).pop();
      possessor = company ?? described ?? named.pop();
      k++;
    }
    const words = tokens.slice(k, to);
    if (!words.length) return undefined;
    let headAt = words.findIndex((w) => TITLE_HEADS.has(w.normal));
    const titled = headAt >= 0;
    // Any role noun after a determiner or possessive: "a fisherman in Gaza", "the mine's geologist",
    // "its head of dry bulk research" — the noun before a preposition or relative word heads it.
    if (headAt < 0 && (determined || possessor)) headAt = this.roleNounHead(words);
    if (headAt < 0) return undefined;
    // "director general", "chief executive": title words after the head
    while (headAt + 1 < words.length && (TITLE_HEADS.has(words[headAt + 1]!.normal) || ['general', 'executive', 'officer', 'designate', 'elect'].includes(words[headAt + 1]!.normal))) headAt++;
    // every word before a title head is a role word, a capitalised word or a qualifier (roleNounHead checked its own)
    for (const w of titled ? words.slice(0, headAt) : []) {
      if (!(ROLE_MODIFIERS.has(w.normal) || isCapitalised(w.text) || possessiveLength(w))) return undefined;
    }
    const lastWord = tokens[to - 1]!;
    const text = out.analysis.text.slice(tokens[k]!.start, lastWord.end - possessiveLength(lastWord)).trim();
    const inside = out.spans.filter((s) => s.from >= k && s.to <= to && s.mention.type !== 'PERSON');
    const qual = inside[0];
    // "a spokesperson for Greenpeace": whatever a role is held in is an organization or a place
    if (qual && qual.mention.type === null) qual.mention.type = 'ORGANIZATION';
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
}

/** Possessive nouns that stand for a place, not an organization: "the country's president". */
/** The kind of place a run's own words give (compromise's #Country/#City/#Region, "… Oblast"), whether or not the name is known. */
function placeKindOfWords(words: readonly Token[]): string | undefined {
  if (words.some((w) => hasTag(w, 'Country'))) return 'country';
  if (words.some((w) => hasTag(w, 'City'))) return 'city';
  if (words.some((w) => hasTag(w, 'Region')) || /^(oblast|region|province|district)$/i.test(words[words.length - 1]!.text)) return 'region';
  return undefined;
}

/** Words between "the" or a demonym and "government" that keep it the country's government: "the federal government". */
const GOVERNMENT_MODIFIERS = new Set(['federal', 'national', 'central', 'new', 'coalition', 'caretaker', 'interim']);
/** Verbs after "the government" that make it a speaker (optionally after "has"/"had"). */
const GOVERNMENT_SPEAKS = new Set(['said', 'says', 'told', 'announced', 'announces', 'warned', 'confirmed', 'stated', 'added', 'insisted', 'denied', 'rejected', 'argued']);
const PLACE_POSSESSORS = new Set(['country', 'nation', 'city', 'state', 'region', 'province', 'island', 'town', 'village', 'district', 'county', 'capital']);
/** Words that end the head of a role phrase and start its complement: "a fisherman in Gaza". */
const ROLE_COMPLEMENT_STARTS = new Set(['in', 'at', 'of', 'for', 'from', 'with', 'on', 'who', 'whose', 'which', 'that', 'based', 'near']);

function isHonorific(t: Token): boolean {
  return t.normal.replace(/\.$/, '') in HONORIFICS || t.normal in HONORIFICS;
}

function isClauseBreak(t: Token): boolean {
  return /[;:.!?]/.test(t.post);
}

export function lexKeyOf(text: string): string {
  return lexKey(text);
}
