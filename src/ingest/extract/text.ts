import nlp from 'compromise';
import { tagText } from './compromise/tagger.js';

/**
 * Sentences and tokens with character offsets, from compromise. Everything downstream (mentions,
 * statements, events) works on these tokens; nothing here tokenises by hand beyond cutting the text
 * into paragraphs (the contract's "\n\n") and re-splitting where compromise keeps `…." He said` together.
 */

export interface Token {
  /** Index in Analysis.tokens. */
  i: number;
  /** The word as written, without surrounding punctuation (compromise's `text`). */
  text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  normal: string;
  /** Offsets of `text` in the analysed string. */
  start: number;
  end: number;
  /** Punctuation and spaces before / after the word as written. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Offsets in the analysed string, opening and closing punctuation (quotes) included. */
  start: number;
  end: number;
  text: string;
  /** Token range [from, to) in Analysis.tokens. */
  from: number;
  to: number;
}

export interface QuoteSpan {
  /** Offset of the opening and just past the closing quotation mark. */
  open: number;
  close: number;
  /** The quoted text without the marks. */
  inner: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
}

/** A term of compromise's document (the fields read here; `offset` once computed). */
interface CompromiseTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

const SENTENCE_END_IN_QUOTE = /[.!?]["”]\s+$/;

/** Analyse one text (a body, a title, a caption): paragraphs → compromise sentences and terms. */
export function analyseText(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const base = m.index;
    // the document's terms read directly: .json() would copy every term to give the same fields
    const doc = tagText(m[0]);
    doc.compute('offset');
    for (const terms of doc.docs as CompromiseTerm[][]) {
      let current: Token[] = [];
      const flush = (): void => {
        if (current.length) pushSentence(text, tokens, sentences, current);
        current = [];
      };
      for (const term of terms) {
        // compromise expands contractions ("Russia’s" → "Russia’s" + an empty "is"): skip the filler.
        if (!term.text) continue;
        const start = base + term.offset.start;
        const token: Token = {
          i: -1,
          text: term.text,
          // possessives compare as their noun: "Parliament's" ~ "parliament"
          normal: (term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, ''),
          start,
          end: start + term.text.length,
          pre: term.pre,
          post: term.post,
          tags: new Set(term.tags),
          sentence: -1,
        };
        current.push(token);
        if (SENTENCE_END_IN_QUOTE.test(term.post)) flush();
      }
      flush();
    }
  }
  return { text, tokens, sentences, quotes: findQuotes(text) };
}

function pushSentence(text: string, tokens: Token[], sentences: Sentence[], words: Token[]): void {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const start = first.start - first.pre.replace(/^\s+/, '').length;
  const end = last.end + last.post.replace(/\s+$/, '').length;
  const index = sentences.length;
  const from = tokens.length;
  for (const w of words) {
    w.i = tokens.length;
    w.sentence = index;
    tokens.push(w);
  }
  sentences.push({ index, start, end, text: text.slice(start, end), from, to: tokens.length });
}

/**
 * Double-quoted spans: straight quotes pair up in order within a paragraph, curly ones by direction.
 * A quote left open at a paragraph's end runs on into the next when that one opens with a quotation
 * mark (the printer's convention for a quote over several paragraphs): it ends with its paragraph,
 * as if the line break were its closing mark, so its speaker carries on into it.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      if (open !== null && /^\n+\s*["“]/.test(text.slice(i, i + 8))) spans.push({ open, close: i + 1, inner: text.slice(open + 1, i) });
      open = null;
    }
    else if (c === '“' || (c === '"' && open === null)) open = i;
    else if ((c === '”' || c === '"') && open !== null) {
      spans.push({ open, close: i + 1, inner: text.slice(open + 1, i) });
      open = null;
    }
  }
  return spans;
}

export function quoteAt(analysis: Analysis, offset: number): QuoteSpan | undefined {
  return analysis.quotes.find((q) => q.open < offset && offset < q.close);
}

export function sentenceTokens(analysis: Analysis, sentence: Sentence): Token[] {
  return analysis.tokens.slice(sentence.from, sentence.to);
}

/** A text's words: split at anything not a letter or digit (what topic and about matching compare). */
export function wordsIn(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** "Russia's" / "Russia’s" / "Reuters'" → length of the possessive ending, else 0. */
export function possessiveLength(token: Token): number {
  if (/['’]s$/.test(token.text)) return 2;
  if (/s['’]$/.test(token.text)) return 1;
  return 0;
}

/**
 * A word of compromise's dictionary that it reads as a verb after "to" ("fight", "protect", "end"):
 * not a name it does not know ("to Vellmar") nor a place's ("to Kyiv").
 */
export function isDictionaryVerb(word: string): boolean {
  const w = word.toLowerCase();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  if (!lexicon[w] || !/^\p{Ll}+$/u.test(w)) return false;
  return nlp(`they want to ${w} it`).match(`to [${w}]`, 0).has('#Verb');
}

/** Lemma of a verb via compromise ("emphasised" → "emphasise"); the word itself when not a verb. */
export function verbLemma(word: string): string {
  const inf = nlp(word).verbs().toInfinitive().text().trim();
  return inf || word.toLowerCase();
}
