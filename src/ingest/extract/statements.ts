import { ANONYMOUS_HEADS, AUDIENCE_VERBS, ORG_HEADS, ORG_KIND_BY_HEAD, PARAGRAPH_MARKERS, QUOTE_MARKER, TITLE_HEADS } from './gazetteer.js';
import { DESCRIPTION_INDEX } from './rules/descriptions.js';
import type { FieldMentions, MentionSpan } from './mentions.js';
import { type QuoteSpan, type Sentence, type Token, isCapitalised } from './text.js';
import type { StatementRuleId } from './rules/statement-rules.js';
import type { ExtractedStatement, Mention } from './types.js';
import { type ReportingVerb, reportingNoun, reportingVerbAt } from './verbs.js';

/**
 * Attribution rules over compromise's sentences and tokens: who said what, where. Handles quote
 * markers ("Quote from X:"), direct quotes with the speaker before or after them, quotes running
 * over several sentences, reported speech ("X noted that …", "…, the Air Force said"), "according
 * to X", statements carried by a noun ("Trump's warning that …"), pronouns, anonymous sources and
 * unattributed claims ("… suggests that …").
 */

export interface FoundStatement extends ExtractedStatement {
  sentence: number;
  /** Statements this one cites ("…, citing Trump's warning that …"): their events are what it is about. */
  cites: FoundStatement[];
  /** The speaker's mention in this sentence (for event participants and roles), when named here. */
  speakerMention?: Mention;
}

const SKIP_BEFORE_VERB = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'further', 'previously', 'reportedly', 'repeatedly', 'again', 'continues',
  'continue', 'continued', 'to', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'been', 'be', 'not', 'later', 'then',
  'publicly', 'recently', 'earlier', 'separately', 'consistently', 'already', 'once', 'however', 'meanwhile', 'can',
  'could', 'may', 'might', 'should', 'must', 'still', 'now', 'openly', 'explicitly', 'categorically',
]);
const ADJUNCT_GERUNDS = new Set(['finding', 'concluding', 'citing', 'adding', 'saying', 'noting', 'stressing', 'warning', 'claiming', 'insisting', 'according', 'stating', 'explaining', 'emphasising', 'emphasizing', 'arguing']);
const OBJECT_VERBS = new Set(['accuse', 'announce', 'confirm', 'emphasise', 'emphasize', 'stress', 'highlight', 'underline', 'underscore', 'deny', 'reiterate', 'acknowledge', 'admit', 'unveil', 'reveal', 'pledge', 'promise', 'estimate', 'claim', 'note', 'vow', 'declare', 'threaten']);
const ADJUNCT_STARTS = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'today', 'yesterday', 'last', 'via', 'through', 'to', 'after', 'before', 'when', 'while', 'from', 'overnight', 'this', 'shortly']);
const ANON_MODIFIERS = new Set([
  'senior', 'top', 'western', 'military', 'government', 'security', 'intelligence', 'european', 'us', 'ukrainian', 'russian',
  'aid', 'local', 'diplomatic', 'foreign', 'independent', 'unnamed', 'anonymous', 'high-ranking', 'environmental', 'industry',
  'ministry', 'defence', 'defense', 'police', 'health', 'rescue', 'humanitarian', 'administration', 'white', 'house', 'eu', 'un',
]);
const HE = new Set(['he', 'him']);
const SHE = new Set(['she', 'her']);
const IT = new Set(['it', 'they']);

export class StatementFinder {
  private readonly found: FoundStatement[] = [];
  private readonly consumedQuotes = new Set<QuoteSpan>();
  private readonly consumedTokens = new Set<number>();
  /** Speakers in order of appearance, for pronouns. */
  private readonly speakers: Mention[] = [];

  constructor(
    private readonly body: FieldMentions,
    private readonly mentions: Mention[],
  ) {}

  private get text(): string {
    return this.body.analysis.text;
  }
  private get tokens(): Token[] {
    return this.body.analysis.tokens;
  }

  run(): FoundStatement[] {
    for (const s of this.body.analysis.sentences) this.sentence(s);
    return this.found.sort((a, b) => a.textStart - b.textStart);
  }

  // ---------------------------------------------------------------------------------------------

  private sentence(s: Sentence): void {
    let contentStart = s.start;
    let marker: { speaker: Mention | null; written: string } | null = null;
    const qm = QUOTE_MARKER.exec(s.text);
    if (qm) {
      contentStart = s.start + qm[0].length;
      const inMarker = this.body.spans.filter((sp) => sp.mention.start >= s.start && sp.mention.end <= contentStart && !sp.mention.demonym);
      const written = /^Quote\s+from/.exec(qm[0])![0];
      marker = { speaker: inMarker[inMarker.length - 1]?.mention ?? null, written };
    } else {
      const pm = PARAGRAPH_MARKERS.exec(s.text);
      if (pm) {
        if (/^Sources?\s*:/i.test(pm[0])) return;
        contentStart = s.start + pm[0].length;
      }
    }
    const from = this.firstTokenAt(contentStart, s);
    if (from === null) return;
    const before = this.found.length;

    if (marker) this.markerQuote(s, contentStart, marker);
    this.directQuotes(s, contentStart, from);
    this.reported(s, contentStart, from);
    this.nounStatements(s, contentStart, from);
    this.accordingTo(s, contentStart, from);
    this.citations(s, before);
  }

  private firstTokenAt(offset: number, s: Sentence): number | null {
    for (let k = s.from; k < s.to; k++) if (this.tokens[k]!.start >= offset) return k;
    return null;
  }

  private sentenceAt(offset: number): Sentence {
    const ss = this.body.analysis.sentences;
    return ss.find((x) => x.start <= offset && offset < x.end) ?? ss.filter((x) => x.start <= offset).pop() ?? ss[0]!;
  }

  private inQuote(offset: number): QuoteSpan | undefined {
    return this.body.analysis.quotes.find((q) => q.open < offset && offset < q.close);
  }

  private spanEndingAt(k: number): MentionSpan | undefined {
    const cands = this.body.spans.filter((sp) => sp.to - 1 === k && !sp.mention.demonym);
    return cands.sort((a, b) => a.from - b.from)[0];
  }

  private spanStartingAt(k: number): MentionSpan | undefined {
    const cands = this.body.spans.filter((sp) => sp.from === k && !sp.mention.demonym);
    return cands.sort((a, b) => b.to - a.to)[0];
  }

  /** Records a statement with the ids of the construction that found it and of how its speaker was found. */
  private push(rule: StatementRuleId, st: Omit<FoundStatement, 'cites' | 'about' | 'rules'>): FoundStatement {
    const speakerRule: StatementRuleId = st.speakerVia ? `statement.speaker.${st.speakerVia}` : st.anonymousSource ? 'statement.speaker.anonymous' : 'statement.speaker.unattributed';
    const full: FoundStatement = { ...st, rules: [rule, speakerRule], about: [], cites: [] };
    if (full.speaker !== null) this.speakers.push(this.mentions[full.speaker]!);
    this.found.push(full);
    return full;
  }

  /** Text [start, end) trimmed of spaces, a trailing comma and a final full stop. */
  private trimmed(start: number, end: number, keepStop = false): [number, number] {
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    while (end > start && /[,;:]/.test(this.text[end - 1]!)) end--;
    if (!keepStop) while (end > start && this.text[end - 1] === '.') end--;
    return [start, end];
  }

  private evidence(start: number, end: number): ExtractedStatement['evidence'] {
    return { sentence: this.text.slice(start, end), start, end };
  }

  // --- "Quote from X: "…"" ----------------------------------------------------------------------

  private markerQuote(s: Sentence, contentStart: number, marker: { speaker: Mention | null; written: string }): void {
    const q = this.body.analysis.quotes.find((x) => x.open >= contentStart && x.open <= contentStart + 2 && !this.consumedQuotes.has(x));
    let textStart: number;
    let textEnd: number;
    let evEnd = s.end;
    if (q) {
      this.consumedQuotes.add(q);
      [textStart, textEnd] = this.trimmed(q.open + 1, q.close - 1, true);
      evEnd = Math.max(s.end, this.sentenceAt(q.close - 1).end);
    } else {
      [textStart, textEnd] = this.trimmed(contentStart, s.end);
    }
    this.push('statement.quote.marker', {
      speaker: marker.speaker?.index ?? null,
      ...(marker.speaker ? { speakerVia: 'marker' as const, speakerMention: marker.speaker } : {}),
      verb: 'say',
      verbAsWritten: marker.written,
      kind: 'QUOTE',
      text: this.text.slice(textStart, textEnd),
      textStart,
      textEnd,
      evidence: this.evidence(contentStart, evEnd),
      sentence: s.index,
    });
  }

  // --- direct quotes ------------------------------------------------------------------------------

  private directQuotes(s: Sentence, contentStart: number, from: number): void {
    const quotes = this.body.analysis.quotes.filter((q) => q.open >= contentStart && q.open < s.end && !this.consumedQuotes.has(q));
    for (const q of quotes) {
      if (this.consumedQuotes.has(q)) continue;
      const words = q.inner.trim().split(/\s+/).filter(Boolean).length;
      if (words < 2) continue;
      const after = this.attributionAfter(q);
      const beforeAttr = after ? null : this.attributionBefore(q, s, from);
      const opensSentence = q.open <= contentStart + 1;
      if (!after && !beforeAttr) {
        // a quote that is a whole sentence, right after a quoted statement: the same speaker goes on
        const closeSentence = this.sentenceAt(q.close - 1);
        const whole = opensSentence && closeSentence.end - q.close <= 1;
        const prev = this.found[this.found.length - 1];
        if (whole && prev && prev.kind === 'QUOTE' && prev.speaker !== null && s.start - prev.evidence.end <= 3) {
          this.consumedQuotes.add(q);
          const [ts, te] = this.trimmed(q.open + 1, q.close - 1, true);
          this.push('statement.quote.continued', {
            speaker: prev.speaker,
            speakerVia: 'continuation',
            verb: 'say',
            kind: 'QUOTE',
            text: this.text.slice(ts, te),
            textStart: ts,
            textEnd: te,
            evidence: this.evidence(contentStart, Math.max(s.end, closeSentence.end)),
            sentence: s.index,
          });
        }
        continue;
      }
      const attr = (after ?? beforeAttr)!;
      this.consumedQuotes.add(q);
      for (let k = attr.verb.from; k < attr.verb.to; k++) this.consumedTokens.add(k);
      const [ts, te0] = this.trimmed(q.open + 1, q.close - 1, true);
      let te = te0;
      let text = this.text.slice(ts, te);
      let evEnd = Math.max(s.end, this.sentenceAt(Math.max(q.close - 1, attr.end - 1)).end);
      // "We are ready," Peskov said, "to talk." — the quote goes on after the attribution
      if (after) {
        const next = this.body.analysis.quotes.find((x) => x.open > q.close && !this.consumedQuotes.has(x));
        if (next && /^\s*,?\s*$/.test(this.text.slice(attr.end, next.open)) && next.open - attr.end <= 3) {
          this.consumedQuotes.add(next);
          const [ns, ne] = this.trimmed(next.open + 1, next.close - 1, true);
          text = `${text} ${this.text.slice(ns, ne)}`;
          te = ne;
          evEnd = Math.max(evEnd, this.sentenceAt(next.close - 1).end);
        }
      }
      const evStart = Math.min(contentStart, q.open);
      this.push(after ? 'statement.quote.attribution-after' : 'statement.quote.attribution-before', {
        speaker: attr.speaker?.index ?? null,
        ...(attr.speaker ? { speakerVia: attr.via, speakerMention: attr.speaker } : {}),
        ...(attr.anonymous ? { anonymousSource: attr.anonymous } : {}),
        verb: attr.verb.lemma,
        verbAsWritten: this.written(attr.verb),
        kind: 'QUOTE',
        text,
        textStart: ts,
        textEnd: te,
        evidence: this.evidence(evStart, evEnd),
        sentence: s.index,
      });
    }
  }

  private written(v: ReportingVerb): string {
    return this.text.slice(this.tokens[v.from]!.start, this.tokens[v.to - 1]!.end);
  }

  /** `"…," said X` / `"…," X said` / `"…," the company's chief executive, Eva de Boer, said` after the closing mark. */
  private attributionAfter(q: QuoteSpan): Attribution | null {
    if (!/[,?!]\s*$/.test(q.inner) && this.text[q.close] !== ',') return null;
    const k = this.tokens.findIndex((t) => t.start >= q.close);
    if (k < 0) return null;
    const s = this.body.analysis.sentences[this.tokens[k]!.sentence]!;
    const limit = s.to;
    // verb first: "said Kremlin spokesman Dmitry Peskov"
    const v = reportingVerbAt(this.tokens, k, limit);
    if (v && !v.gerund) {
      const subj = this.subjectAfter(v.to, limit);
      if (subj) return { verb: v, ...subj, end: this.clauseEnd(v.to, limit) };
      return null;
    }
    // subject first, up to a dozen words: "Peskov said", "he told", "the company's chief executive, Eva de Boer, said"
    for (let m = k + 1; m < Math.min(limit, k + 14); m++) {
      if (this.inQuote(this.tokens[m]!.start)) break;
      const v2 = reportingVerbAt(this.tokens, m, limit);
      if (!v2 || v2.gerund) continue;
      const subj = this.subjectBefore(m, s, k);
      if (subj && (subj.speaker || subj.anonymous) && ((subj.startToken ?? k) <= k + 1 || this.rolePhrase(k, subj.startToken!))) return { verb: v2, ...subj, end: this.clauseEnd(v2.to, limit) };
      break;
    }
    return null;
  }

  /**
   * Words before a speaker's name that are a role of any noun, with at most one name it belongs to
   * first: "Villa head coach X said", "the club's kit manager X said". No verb, no punctuation.
   */
  private rolePhrase(from: number, to: number): boolean {
    if (to - from > 6) return false;
    let names = 0;
    for (let j = from; j < to; j++) {
      const w = this.tokens[j]!;
      if (/[,;:.!?"“”()]/.test(w.post) || this.inQuote(w.start)) return false;
      const sp = this.body.spans.find((x) => x.from <= j && j < x.to);
      if (sp) {
        if (sp.mention.type === 'PERSON' || j !== sp.from || ++names > 1) return false;
        j = sp.to - 1;
        continue;
      }
      if (/^(the|a|an)$/.test(w.normal) && j === from) continue;
      if (/['’]s$/.test(w.text) || isCapitalised(w.text) || !(w.tags.has('Noun') || w.tags.has('Adjective')) || w.tags.has('Verb') || w.tags.has('Pronoun')) return false;
    }
    return true;
  }

  /** `X said: "…"` / `He added, "…"` / `X told reporters: "…"`. */
  private attributionBefore(q: QuoteSpan, s: Sentence, from: number): Attribution | null {
    const prevIdx = this.lastTokenBefore(q.open, s);
    if (prevIdx === null || prevIdx < from) return null;
    const between = this.text.slice(this.tokens[prevIdx]!.end, q.open);
    if (!/[:,]\s*$/.test(between)) return null;
    for (let k = prevIdx; k >= Math.max(from, prevIdx - 3); k--) {
      const v = reportingVerbAt(this.tokens, k, s.to);
      if (!v || v.gerund) continue;
      const subj = this.subjectBefore(k, s, from);
      if (subj && (subj.speaker || subj.anonymous)) return { verb: v, ...subj, end: q.close };
    }
    return null;
  }

  private lastTokenBefore(offset: number, s: Sentence): number | null {
    let r: number | null = null;
    for (let k = s.from; k < s.to; k++) if (this.tokens[k]!.end <= offset) r = k;
    return r;
  }

  private clauseEnd(k: number, limit: number): number {
    let e = k;
    while (e < limit && !/[,;.!?]/.test(this.tokens[e]!.post)) e++;
    return e < limit ? this.tokens[e]!.end : this.tokens[limit - 1]!.end;
  }

  /** "said Kremlin spokesman Dmitry Peskov" / "said the ministry" / "said three officials". */
  private subjectAfter(k: number, limit: number): Omit<Attribution, 'verb' | 'end'> | null {
    let j = k;
    if (j >= limit) return null;
    // "said the company's chief executive, Eva Lund,": a role written as an apposition before the name
    const appo = this.body.appositions.find((a) => a.from === k && this.mentions[a.person]!.type === 'PERSON');
    if (appo) return { speaker: this.mentions[appo.person]!, via: 'name' };
    if (['the', 'a', 'an'].includes(this.tokens[j]!.normal)) j++;
    if (j >= limit) return null;
    const span = this.spanStartingAt(j) ?? (j + 1 < limit ? this.spanStartingAt(j + 1) : undefined);
    if (span) {
      const person = this.personAfterQualifier(span, limit);
      return { speaker: (person ?? span).mention, via: 'name' };
    }
    // a role then the name: "said spokesman Dmitry Peskov", "said Danish Climate Minister Mette Holm"
    for (let m = j; m < Math.min(limit, j + 7); m++) {
      const sp = this.spanStartingAt(m);
      if (sp && sp.mention.type === 'PERSON') return { speaker: sp.mention, via: 'name' };
      if (/[,;:.]/.test(this.tokens[m]!.post) || reportingVerbAt(this.tokens, m, limit)) break;
    }
    const t = this.tokens[j];
    if (t && (HE.has(t.normal) || SHE.has(t.normal) || IT.has(t.normal))) {
      const p = this.pronoun(t);
      if (p) return { speaker: p, via: 'pronoun' };
    }
    const anon = this.anonymousAt(k, limit);
    if (anon) return { speaker: null, via: 'name', anonymous: anon.text };
    return null;
  }

  /** When `span` is the qualifier of a role ("Kremlin" in "Kremlin spokesman Dmitry Peskov"), the person it qualifies. */
  private personAfterQualifier(span: MentionSpan, limit: number): MentionSpan | undefined {
    return this.body.spans.find(
      (p) => p.mention.type === 'PERSON' && p.from > span.from && p.from <= span.to + 4 && p.to <= limit && p.mention.role?.of === span.mention.index,
    );
  }

  // --- reported speech ----------------------------------------------------------------------------

  private reported(s: Sentence, contentStart: number, from: number): void {
    // Pass 1: attributions that close the sentence ("…, the Air Force said."), so that verbs inside
    // the reported text ("…, while Sweden warned of costs, three diplomats said") stay inside it.
    for (let k = s.to - 1; k >= from; k--) {
      if (this.consumedTokens.has(k) || this.inQuote(this.tokens[k]!.start)) continue;
      const v = reportingVerbAt(this.tokens, k, s.to);
      if (!v || v.gerund) continue;
      if (this.trailing(v, s, contentStart, from)) break;
    }
    // Pass 2: everything else, left to right.
    for (let k = from; k < s.to; k++) {
      if (this.consumedTokens.has(k)) continue;
      const t = this.tokens[k]!;
      if (this.inQuote(t.start)) continue;
      if (this.found.some((f) => f.sentence === s.index && f.textStart <= t.start && t.end <= f.textEnd)) continue;
      const v = reportingVerbAt(this.tokens, k, s.to);
      if (!v) continue;
      const prev = this.tokens[k - 1];
      const afterComma = !!prev && /,\s*$/.test(prev.post);
      const main = [...this.found].reverse().find((f) => f.sentence === s.index && (f.speaker !== null || f.anonymousSource));
      if (v.gerund) {
        // "…, adding that …": the main clause's speaker goes on
        if (!afterComma || !['add', 'find', 'conclude', 'say', 'note', 'stress', 'warn', 'emphasise', 'emphasize', 'claim', 'insist', 'explain', 'state', 'argue'].includes(v.lemma)) continue;
        // the main clause's speaker, or its subject when the main verb reports nothing ("The Kremlin dismissed …, saying …")
        const subject = main ? null : this.sentenceSubject(s, from);
        if (!main && !subject) continue;
        const body = this.complement(v, s, true);
        if (!body) continue;
        this.consume(v);
        if (main) this.pushReported({ speaker: main.speaker === null ? null : this.mentions[main.speaker]!, via: main.speakerVia ?? 'name', ...(main.anonymousSource ? { anonymous: main.anonymousSource } : {}) }, v, body[0], body[1], contentStart, s, 'statement.reported.adding-clause');
        else this.pushReported({ speaker: subject!, via: 'name' }, v, body[0], body[1], contentStart, s, 'statement.reported.adding-clause');
        continue;
      }
      // "… confirmed that …, but said …" / "…, and said …": the same speaker
      if (prev && /^(and|but)$/.test(prev.normal) && main && main.textEnd <= prev.start + 1) {
        const body = this.complement(v, s, true);
        if (body) {
          this.consume(v);
          this.pushReported({ speaker: main.speaker === null ? null : this.mentions[main.speaker]!, via: main.speakerVia ?? 'name', ...(main.anonymousSource ? { anonymous: main.anonymousSource } : {}) }, v, body[0], body[1], contentStart, s, 'statement.reported.and-but');
          continue;
        }
      }
      const subj = this.subjectBefore(k, s, from);
      if (!subj) continue;
      const complement = this.complement(v, s, false);
      if (!complement) continue;
      const body = subj.relative ? this.relativeClauseEnd(complement) : complement;
      if (!subj.speaker && !subj.anonymous && !body[2]) continue; // unattributed only with a "that" clause
      this.consume(v);
      this.pushReported(subj, v, body[0], body[1], contentStart, s, subj.relative ? 'statement.reported.relative-clause' : 'statement.reported.subject-verb');
    }
  }

  /** The named subject opening the sentence: "The Kremlin on Friday dismissed …". */
  private sentenceSubject(s: Sentence, from: number): Mention | null {
    let j = from;
    if (j < s.to && ['the', 'a', 'an'].includes(this.tokens[j]!.normal)) j++;
    const span = this.spanStartingAt(j);
    if (span && !span.possessive && (span.mention.type === 'PERSON' || span.mention.type === 'ORGANIZATION')) return (this.personAfterQualifier(span, s.to) ?? span).mention;
    // "Mexico's central bank, known as Banxico, held …" / "The central bank held …": a described organization
    let e = j;
    if (span?.possessive) e = span.to;
    else if (span) return null;
    const np: Token[] = [];
    while (e < s.to && np.length < 4 && !isCapitalised(this.tokens[e]!.text) && !this.tokens[e]!.tags.has('Verb')) {
      np.push(this.tokens[e]!);
      if (/[,;:(]/.test(this.tokens[e]!.post)) break;
      e++;
    }
    const head = np[np.length - 1];
    if (!head) return null;
    // ", known as Banxico," / " (Copom)"
    const after = this.tokens[e + 1];
    if (after && /^(known|called)$/.test(after.normal) && this.tokens[e + 2]?.normal === 'as') {
      const named = this.spanStartingAt(e + 3);
      if (named && named.mention.type === 'ORGANIZATION') return named.mention;
    }
    if (span?.possessive) return null;
    if (j > from && this.tokens[from]!.normal === 'the' && head) return this.definite(head);
    return null;
  }

  /** "…, the Air Force said." / "…, said the ministry." / "…, Peskov said on Monday, adding that …". */
  private trailing(v: ReportingVerb, s: Sentence, contentStart: number, from: number): boolean {
    const end = this.adjunctBoundary(v.to, s);
    const prev = this.tokens[v.from - 1];
    // inverted: "…, said the ministry."
    if (prev && /,["”]?\s*$/.test(prev.post) && v.from > from) {
      const subj = this.subjectAfter(v.to, end);
      // "…, said it would …" is the start of a clause, not "…, said he."
      const pronounClause = subj?.via === 'pronoun' && v.to + 1 < end && !/[,;.!?]/.test(this.tokens[v.to]!.post);
      // "…, said its members would …": an unnamed source after the verb ends where its noun phrase does
      const subjEnd = subj?.anonymous !== undefined ? (this.anonymousAt(v.to, end)?.to ?? end) : this.subjectEnd(v.to, end);
      if (subj && (subj.speaker || subj.anonymous) && !pronounClause && this.onlyAdjuncts(subjEnd, end)) {
        const [ts, te] = this.trimmed(contentStart, prev.end);
        if (te > ts && !this.inQuote(ts + 1) && this.hasVerb(contentStart, prev.end)) {
          this.consume(v);
          this.pushReported(subj, v, ts, te, contentStart, s, 'statement.reported.inverted');
          return true;
        }
      }
    }
    let after = v.to;
    // "…, its director told the Polish Press Agency (PAP)." — the audience is not the content
    if (AUDIENCE_VERBS.has(v.lemma) && after < end) {
      let j = after;
      if (['the', 'a', 'an'].includes(this.tokens[j]!.normal)) j++;
      const aud = this.spanStartingAt(j);
      if (aud) {
        after = aud.to;
        const acr = this.spanStartingAt(after);
        if (acr && this.tokens[after]!.pre.includes('(')) after = acr.to;
      } else if (j < end && /^(reporters|journalists|lawmakers|parliament|supporters|broadcaster|television|radio)$/.test(this.tokens[j]!.normal)) after = j + 1;
    }
    if (!this.onlyAdjuncts(after, end)) return false;
    const subj = this.subjectBefore(v.from, s, from);
    if (!subj || (!subj.speaker && !subj.anonymous) || subj.startToken === undefined || subj.startToken <= from) return false;
    const beforeSubj = this.tokens[subj.startToken - 1]!;
    if (!/,["”]?\s*$/.test(beforeSubj.post)) return false;
    const [ts, te] = this.trimmed(contentStart, beforeSubj.end);
    if (te <= ts || this.inQuote(ts + 1) || !this.hasVerb(contentStart, beforeSubj.end)) return false;
    this.consume(v);
    this.pushReported(subj, v, ts, te, contentStart, s, 'statement.reported.trailing');
    return true;
  }

  /**
   * "X, which said in May that traffic was stable, warned …": a relative clause's statement ends at
   * the comma after which the main clause's verb follows.
   */
  private relativeClauseEnd(body: [number, number, boolean]): [number, number, boolean] {
    const [ts, te, hadThat] = body;
    let k = this.tokens.findIndex((t) => t.start >= ts);
    for (; k >= 0 && k < this.tokens.length && this.tokens[k]!.end < te; k++) {
      const t = this.tokens[k]!;
      if (!/^["”]?,["”]?\s*$/.test(t.post) || this.inQuote(t.end + t.post.indexOf(','))) continue;
      const next = this.tokens[k + 1];
      if (next && next.start < te && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle')) {
        const [a, b] = this.trimmed(ts, t.end + t.post.indexOf(','));
        return [a, b, hadThat];
      }
    }
    return body;
  }

  private hasVerb(start: number, end: number): boolean {
    return this.tokens.some((t) => t.start >= start && t.end <= end && t.tags.has('Verb') && !t.tags.has('Gerund'));
  }

  /** Token index after the subject that follows an inverted verb. */
  private subjectEnd(k: number, limit: number): number {
    let j = k;
    if (j < limit && ['the', 'a', 'an'].includes(this.tokens[j]!.normal)) j++;
    const span = this.spanStartingAt(j);
    if (span) {
      const person = this.personAfterQualifier(span, limit);
      const appo = this.body.appositions.find((a) => a.person === (person ?? span).mention.index && a.from >= k);
      return Math.max((person ?? span).to, appo?.to ?? 0);
    }
    while (j < limit && !/[,;.!?]/.test(this.tokens[j]!.post)) j++;
    return Math.min(limit, j + 1);
  }

  /** Where the clause after a verb ends: before ", adding …"-style adjuncts, else the sentence end. */
  private adjunctBoundary(k: number, s: Sentence): number {
    for (let j = k + 1; j < s.to; j++) {
      if (/,\s*$/.test(this.tokens[j - 1]!.post) && ADJUNCT_GERUNDS.has(this.tokens[j]!.normal)) return j;
    }
    return s.to;
  }

  /** Only adverbials ("on Monday", "in a statement", "on Telegram", "to reporters") in tokens [k, end). */
  private onlyAdjuncts(k: number, end: number): boolean {
    if (k >= end) return true;
    const rest = this.tokens.slice(k, end);
    if (rest.some((t) => t.normal === 'that' || this.inQuote(t.start))) return false;
    if (!ADJUNCT_STARTS.has(rest[0]!.normal)) return false;
    return !rest.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('PastTense') && !t.tags.has('Participle'));
  }

  private consume(v: ReportingVerb): void {
    for (let k = v.from; k < v.to; k++) this.consumedTokens.add(k);
  }

  private pushReported(subj: Omit<Attribution, 'verb' | 'end'>, v: ReportingVerb, ts: number, te: number, contentStart: number, s: Sentence, rule: StatementRuleId): void {
    this.push(rule, {
      speaker: subj.speaker?.index ?? null,
      ...(subj.speaker ? { speakerVia: subj.via, speakerMention: subj.speaker } : {}),
      ...(subj.anonymous ? { anonymousSource: subj.anonymous } : {}),
      verb: v.lemma,
      verbAsWritten: this.written(v),
      kind: v.kind,
      text: this.text.slice(ts, te),
      textStart: ts,
      textEnd: te,
      evidence: this.evidence(contentStart, s.end),
      sentence: s.index,
    });
  }

  /**
   * The reported content after a verb: skip the audience ("told reporters"), adverbials ("on Monday",
   * "in a statement") and "that", stop before a ", citing …" / ", adding …" adjunct or the sentence end.
   * Returns [start, end, hadThat].
   */
  private complement(v: ReportingVerb, s: Sentence, adjunct: boolean): [number, number, boolean] | null {
    let k = v.to;
    if (k >= s.to) return null;
    const t0 = this.tokens[k]!;
    if (/^[:]/.test(this.tokens[v.to - 1]!.post.trim()) || /["“]/.test(t0.pre)) {
      // a direct quote follows; handled (or not) as a quote
      if (this.inQuote(t0.start)) return null;
    }
    let hadThat = false;
    for (let j = k; j < Math.min(s.to, k + 9); j++) {
      const t = this.tokens[j]!;
      if (t.normal === 'that') {
        k = j + 1;
        hadThat = true;
        break;
      }
      if (/[,;:]/.test(t.post) && !AUDIENCE_VERBS.has(v.lemma)) break;
      if (t.tags.has('Verb') && j > v.to) break;
    }
    if (k >= s.to) return null;
    if (!hadThat) {
      if (AUDIENCE_VERBS.has(v.lemma) && v.lemma === 'tell') {
        // "told reporters the government would not intervene", "told Reuters the plant would close"
        const aud = this.spanStartingAt(v.to);
        const after = aud ? aud.to : /^(reporters|journalists|lawmakers|parliament|legislators|supporters|residents|investors|analysts|delegates|employees|staff|workers)$/.test(this.tokens[v.to]!.normal) ? v.to + 1 : -1;
        if (after < 0 || after >= s.to || /[,;:]/.test(this.tokens[after - 1]!.post)) return null;
        const rest = this.tokens.slice(after, this.adjunctBoundary(after, s));
        if (!rest.some((t) => t.tags.has('Verb') && (t.tags.has('Modal') || t.tags.has('PastTense') || /^(was|were|is|are|has|have|had)$/.test(t.normal)) && !t.tags.has('Gerund'))) return null;
        if (/^(that)$/.test(this.tokens[after]!.normal)) return null;
        k = after;
      }
      if (!OBJECT_VERBS.has(v.lemma) && !adjunct) {
        // "He said the country would …": a clause with a verb of its own, before any ", adding …"
        const rest = this.tokens.slice(k, this.adjunctBoundary(k, s));
        // "the agency was assisting …": a finite auxiliary counts too
        if (!rest.some((t) => t.tags.has('Verb') && ((t.tags.has('Modal') || t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') || /^(was|were|is|are|has|have|had)$/.test(t.normal)))) return null;
      }
    }
    const start = this.tokens[k]!.start;
    let end = s.end;
    for (let j = k + 1; j < s.to; j++) {
      const prev = this.tokens[j - 1]!;
      const t = this.tokens[j]!;
      if (this.inQuote(t.start)) continue;
      const comma = /,\s*$/.test(prev.post);
      // ", citing …", ", adding that …"
      if (comma && ADJUNCT_GERUNDS.has(t.normal)) {
        end = prev.end;
        break;
      }
      // "…, but said …", "… and said …": a second statement by the same speaker
      if (/^(and|but)$/.test(t.normal) && j + 1 < s.to && reportingVerbAt(this.tokens, j + 1, s.to) && !reportingVerbAt(this.tokens, j + 1, s.to)!.gerund) {
        end = prev.end;
        break;
      }
      // "…, while a senior UN official … said …": another speaker's statement
      if (comma && /^(while|whereas)$/.test(t.normal) && this.tokens.slice(j + 1, s.to).some((x, n) => !this.inQuote(x.start) && reportingVerbAt(this.tokens, j + 1 + n, s.to))) {
        end = prev.end;
        break;
      }
    }
    const [ts, te] = this.trimmed(start, end);
    if (te <= ts) return null;
    return [ts, te, hadThat];
  }

  /** The subject of the verb at token k: a name right before it, a pronoun, an anonymous source, or nobody. */
  private subjectBefore(k: number, s: Sentence, from: number): (Omit<Attribution, 'verb' | 'end'> & { startToken?: number }) | null {
    let j = k - 1;
    while (j >= from && SKIP_BEFORE_VERB.has(this.tokens[j]!.normal) && !/[,;:]/.test(this.tokens[j]!.post)) j--;
    while (j >= from && this.tokens[j]!.tags.has('Adverb') && !/[,;:]/.test(this.tokens[j]!.post) && this.tokens[j]!.normal !== 'that') j--;
    while (j >= from && SKIP_BEFORE_VERB.has(this.tokens[j]!.normal) && !/[,;:]/.test(this.tokens[j]!.post)) j--;
    if (j < from) return null;
    // ", however," / ", meanwhile," before the verb
    const atComma = /,\s*$/.test(this.tokens[j]!.post);
    if (/,\s*$/.test(this.tokens[j]!.post) && /^(however|meanwhile|though|too|also|instead|nevertheless|moreover|furthermore|in turn)$/.test(this.tokens[j]!.normal) && j > from && /,\s*$/.test(this.tokens[j - 1]!.post)) j -= 2;
    // a parenthetical before the verb: "a senior UN official, speaking on condition of anonymity, said",
    // "A senior official, who asked not to be named because the talks are private, said"
    let parenthetical: number | null = null;
    if (/,\s*$/.test(this.tokens[j]!.post)) {
      for (let c = j - 1; c > Math.max(from, j - 30); c--) {
        const relative = /^(who|which)$/.test(this.tokens[c]!.normal);
        if (!relative && c < j - 10) continue;
        if (/,\s*$/.test(this.tokens[c - 1]!.post) && (this.tokens[c]!.tags.has('Gerund') || relative) && !this.body.appositions.some((a) => a.to - 1 === j)) {
          parenthetical = j;
          j = c - 1;
          break;
        }
      }
    }
    const t = this.tokens[j]!;
    // "Kelmar, which said …", "Safekids, the children's charity, which said …": the relative pronoun's antecedent
    if (/^(which|who)$/.test(t.normal) && j > from && /,\s*$/.test(this.tokens[j - 1]!.post)) {
      // "…, who had been declared the winner": a passive reports nothing of its subject's
      if (this.tokens.slice(j + 1, k).some((w) => /^(be|been|being|is|was|were|are)$/.test(w.normal))) return null;
      const ante = this.antecedent(j - 1, from);
      return ante ? { speaker: ante, via: 'name', startToken: j, relative: true } : null;
    }
    // "Kelmar, the port operator, which said …, warned": the subject before an apposition and a relative clause
    if (parenthetical !== null && /,\s*$/.test(t.post)) {
      const ante = this.antecedent(j, from);
      if (ante) return { speaker: ante, via: 'name', startToken: j };
    }
    // an apposition closes right before the verb: "Anna Kovacs, a spokesperson for the Commission, said"
    const appo = this.body.appositions.find((a) => a.to - 1 === j);
    if (appo) return { speaker: this.mentions[appo.person]!, via: 'name', startToken: appo.from };
    if (/[;:]/.test(t.post)) return null;
    let span = this.spanEndingAt(j);
    // "Aid workers in Darfur said": a place after a preposition modifies the subject, it is not the subject
    const placeAt = span && span.from - 1 > from && /^(the)$/.test(this.tokens[span.from - 1]!.normal) ? span.from - 1 : span?.from ?? 0;
    if (span && span.mention.type === 'PLACE' && placeAt > from && /^(in|from|near|at|across|outside|inside)$/.test(this.tokens[placeAt - 1]!.normal)) {
      const c = this.clauseStart(placeAt - 1, from);
      const anon = this.anonymousAt(c, k);
      // "Two firefighters working near Hay River, who asked not to be named …, said": the relative clause goes along
      const withClause = anon && parenthetical !== null && this.tokens[j + 1]?.normal === 'who' ? this.text.slice(this.tokens[c]!.start, this.tokens[parenthetical]!.end) : undefined;
      if (anon) return { speaker: null, via: 'name', anonymous: withClause ?? anon.text, startToken: c };
      span = undefined;
    }
    // "A spokesperson for the National Cyber Security Centre said": an unnamed official of a named organization stays anonymous
    if (span && !span.possessive && (span.mention.type === 'ORGANIZATION' || span.mention.type === null) && span.from - 1 > from && /^(for|of|at|with|from|the)$/.test(this.tokens[span.from - 1]!.normal) && !this.body.appositions.some((a) => a.from <= span!.from && a.to - 1 >= j)) {
      const c = this.clauseStart(span.from - 1, from);
      const anon = this.anonymousAt(c, k);
      if (anon && anon.to > span.from && /^(a|an|one|two|three|four|several|some)$/i.test(this.tokens[c]!.normal)) {
        // whatever an unnamed spokesperson speaks for is an organization
        if (span.mention.type === null && ANONYMOUS_HEADS.has(this.tokens[span.from - 2]?.normal ?? '')) span.mention.type = 'ORGANIZATION';
        return { speaker: null, via: 'name', anonymous: anon.text, startToken: c };
      }
    }
    if (span && !span.possessive) {
      // the qualifier inside a role ("Kremlin" of "Kremlin spokesman …") is never the end of a subject
      const appoBefore = this.body.appositions.find((a) => a.from <= span.from && a.to - 1 >= j);
      if (appoBefore) return { speaker: this.mentions[appoBefore.person]!, via: 'name', startToken: appoBefore.from };
      let start = span.from;
      // "the Central Electoral Commission (CEC) said": the acronym's definition starts the phrase
      const defined = this.tokens[start]!.pre.includes('(') ? this.body.spans.find((x) => x.to === span!.from && x.mention.acronym) : undefined;
      if (defined) start = defined.from;
      // a role written before the name belongs to the subject phrase
      const m = span.mention;
      if (m.role && m.role.of !== undefined) {
        const q = this.body.spans.find((x) => x.mention.index === m.role!.of);
        if (q && q.from < start) start = q.from;
      }
      // "the country's defence ministry", "Ukraine's Air Force"
      if (start > from && /['’]s$/.test(this.tokens[start - 1]!.text) && !/[,;:]/.test(this.tokens[start - 1]!.post)) start--;
      while (start > from && /^(the|a|an)$/.test(this.tokens[start - 1]!.normal)) start--;
      while (start > from && m.role && !/[,;:]/.test(this.tokens[start - 1]!.post) && this.isRoleWord(this.tokens[start - 1]!)) start--;
      return { speaker: m, via: 'name', startToken: start };
    }
    if (/,\s*$/.test(t.post) && !(atComma && j < k - 1 && /,\s*$/.test(this.tokens[k - 1]!.post))) return null;
    if (HE.has(t.normal) || SHE.has(t.normal) || IT.has(t.normal)) {
      const p = this.pronoun(t);
      return p ? { speaker: p, via: 'pronoun', startToken: j } : { speaker: null, via: 'name', startToken: j };
    }
    // "Tezpay's board said", "the company's management said": the organization speaks through its governing body
    if (/^(board|management|leadership|government|administration|cabinet|council)$/.test(t.normal)) {
      let q = j - 1;
      if (q > from && !isCapitalised(this.tokens[q]!.text) && this.tokens[q]!.tags.has('Adjective') && !/[,;:]/.test(this.tokens[q]!.post)) q--;
      const owner = q >= from ? this.spanEndingAt(q) : undefined;
      if (owner && owner.possessive && owner.mention.type !== 'PERSON' && !/[,;:]/.test(this.tokens[q]!.post)) {
        if (owner.mention.type === null) owner.mention.type = 'ORGANIZATION';
        return { speaker: owner.mention, via: 'name', startToken: owner.from };
      }
    }
    // "the minister said", "the ministry said": the last one named so
    if (j > from && this.tokens[j - 1]!.normal === 'the') {
      const r = this.definite(t);
      if (r) return { speaker: r, via: 'description', startToken: j - 1 };
    }
    // an unnamed source: "three diplomats", "a senior official", "people familiar with the matter"
    const clauseStart = this.clauseStart(j, from);
    const anon = this.anonymousAt(clauseStart, j + 1);
    if (anon && anon.to >= j) {
      // the source as written takes its relative clause along: "A senior official …, who asked not to be named …"
      const text = parenthetical !== null && this.tokens[j + 1]!.normal === 'who' ? this.text.slice(this.tokens[clauseStart]!.start, this.tokens[parenthetical]!.end) : anon.text;
      return { speaker: null, via: 'name', anonymous: text, startToken: clauseStart };
    }
    return { speaker: null, via: 'name', startToken: clauseStart };
  }

  /**
   * What a relative pronoun or a clause-closing comma at token j refers back to: the name ending
   * there ("Kelmar,"), a person's apposition ("Ana Ruiz, a lawyer,"), or the name before a
   * descriptive apposition ("Kelmar, the state-owned port operator,"). Null for anything else.
   */
  private antecedent(j: number, from: number): Mention | null {
    const appo = this.body.appositions.find((a) => a.to - 1 === j);
    if (appo) return this.mentions[appo.person]!;
    const named = (k: number): Mention | null => {
      const sp = this.spanEndingAt(k);
      return sp && !sp.possessive && (sp.mention.type === 'ORGANIZATION' || sp.mention.type === 'PERSON' || sp.mention.type === null) ? sp.mention : null;
    };
    const direct = named(j);
    if (direct) return direct;
    // a lower-case description between commas: "the state-owned port operator"
    let c = j;
    while (c > from && !/[,;:]/.test(this.tokens[c - 1]!.post)) c--;
    if (c <= from || c === j + 1 || !/^(the|a|an)$/.test(this.tokens[c]!.normal) || !/,\s*$/.test(this.tokens[c - 1]!.post)) return null;
    if (this.tokens.slice(c, j + 1).some((w) => isCapitalised(w.text) || w.tags.has('Verb'))) return null;
    return named(c - 1);
  }

  /** "the minister" → the last person whose role has that word; "the ministry" → the last organization named "… Ministry". */
  private definite(t: Token): Mention | null {
    const before = this.body.spans.filter((sp) => sp.mention.start < t.start).map((sp) => sp.mention);
    if (TITLE_HEADS.has(t.normal)) {
      const p = [...this.speakers, ...before].reverse().find((m) => m.type === 'PERSON' && !!m.role && new RegExp(`\\b${t.normal}\\b`, 'i').test(m.role.text));
      return p ?? null;
    }
    const orgs = before.filter((m) => m.type === 'ORGANIZATION' && !m.demonym);
    // "the union said" after "IG Metall, the metalworkers' union,": the organization described so
    const described = [...orgs].reverse().find((m) => m.descriptor === t.normal);
    if (described) return described;
    // "the regulator said", "the agency said": the body of that kind (rules/descriptions.ts), the one that just spoke first
    const description = DESCRIPTION_INDEX.get(t.normal);
    if (description) {
      const fits = (m: Mention): boolean => !m.demonym && m.type === 'ORGANIZATION' && (description.heads.includes(lastWord(m)) || description.kinds?.includes(orgKind(m) ?? '') === true || description.nouns.includes(m.descriptor ?? ''));
      const recent = [...this.found].reverse().find((f) => f.speaker !== null && f.sentence >= t.sentence - 2 && f.sentence <= t.sentence);
      if (recent && fits(this.mentions[recent.speaker!]!)) return this.mentions[recent.speaker!]!;
      const o = [...orgs].reverse().find(fits);
      if (o) return o;
    }
    if (ORG_HEADS.has(t.normal)) {
      const o = [...orgs].reverse().find((m) => new RegExp(`\\b${t.normal}\\b`, 'i').test(m.text));
      if (o) return o;
      if (t.normal === 'union') {
        const u = [...orgs].reverse().find((m) => m.kindHint === 'trade union' || m.descriptor === 'union');
        if (u) return u;
      }
    }
    // "the central bank", "the lender": the last bank named
    if (/^(bank|lender)$/.test(t.normal)) {
      const b = [...orgs].reverse().find((m) => m.kindHint === 'bank' || /bank|banco|banca|banque/i.test(m.text) || m.descriptor === 'bank' || m.descriptor === 'lender');
      if (b) return b;
    }
    // "the company said": the last company named, never a news agency quoted as a source or a union
    if (/^(company|firm|group|carmaker|automaker|maker|manufacturer|operator|bank|airline|agency|organisation|organization|shipbuilder|supplier|producer|lender|insurer|retailer|chipmaker)$/.test(t.normal) || /maker$/.test(t.normal)) {
      const candidates = orgs.filter((m) => m.kindHint !== 'media' && m.kindHint !== 'trade union' && m.descriptor !== 'union' && m.kindHint !== 'government' && m.kindHint !== 'intergovernmental');
      const pool = t.normal === 'agency' ? orgs : candidates;
      // salience before recency: the organization that spoke in one of the two sentences before, not
      // one named inside its relative clause ("Chatterbox, which is owned by Lumora, said … The company said");
      // "the company" fits any company-like speaker, a specific noun ("the airline") only one described so
      const generic = /^(company|firm|group)$/.test(t.normal);
      const fits = (m: Mention): boolean => {
        if (m.type === 'PERSON' || m.demonym || m.canonical || m.personTagged || m.kindHint === 'media' || m.kindHint === 'government' || m.kindHint === 'intergovernmental' || m.kindHint === 'trade union') return false;
        if (m.type === null && m.text.includes(' ')) return false;
        if (!generic) return m.descriptor === t.normal;
        const kind = orgKind(m);
        return kind === 'company' || kind === 'bank' || (kind === undefined && !ORG_HEADS.has(lastWord(m)));
      };
      const recent = [...this.found].reverse().find((f) => f.speaker !== null && f.sentence >= t.sentence - 2 && f.sentence <= t.sentence);
      if (recent && fits(this.mentions[recent.speaker!]!)) return this.mentions[recent.speaker!]!;
      return pool.filter((m) => orgKind(m) === 'company' || orgKind(m) === 'bank' || m.descriptor === t.normal).pop() ?? pool.pop() ?? null;
    }
    return null;
  }

  private isRoleWord(t: Token): boolean {
    return TITLE_HEADS.has(t.normal) || isCapitalised(t.text);
  }

  private clauseStart(j: number, from: number): number {
    let c = j;
    while (c > from && !/[,;:]/.test(this.tokens[c - 1]!.post)) c--;
    // "…, while a senior UN official …": the conjunction is not part of the subject
    if (c < j && /^(while|whereas|and|but|as|although|though)$/.test(this.tokens[c]!.normal)) c++;
    return c;
  }

  /** "Three diplomats", "a senior official", "sources familiar with the talks" starting at token k. */
  private anonymousAt(k: number, limit: number): { text: string; to: number } | null {
    let j = k;
    const toks = this.tokens;
    const QUANT = ['a', 'an', 'the', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'other', 'one', 'both', 'all', 'most', 'few', 'more', 'of'];
    let counted = false;
    // "Two electricity traders", "freight forwarders": lower-case nouns modify the head
    const nounModifier = (i: number): boolean => {
      const t = toks[i]!;
      return !isCapitalised(t.text) && t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun') && i + 1 < limit && !/[,;:]/.test(t.post) && (ANONYMOUS_HEADS.has(toks[i + 1]!.normal) || this.pluralHead(i + 1, counted));
    };
    while (j < limit && !this.isHead(j, counted) && (QUANT.includes(toks[j]!.normal) || toks[j]!.tags.has('Value') || toks[j]!.tags.has('Adjective') || this.isDemonymAt(j) || ANON_MODIFIERS.has(toks[j]!.normal) || nounModifier(j) || this.spanStartingAt(j)?.mention.type === null || this.spanStartingAt(j)?.mention.type === 'ORGANIZATION')) {
      if (toks[j]!.tags.has('Value') || /^(two|three|four|five|six|several|some|many|few|both)$/.test(toks[j]!.normal)) counted = true;
      const sp = this.spanStartingAt(j);
      if (sp && sp.mention.type === 'PERSON') return null;
      if (sp) {
        // "a senior UN official": an organization as a modifier, not the head
        if (sp.to >= limit || !(ANONYMOUS_HEADS.has(toks[sp.to]!.normal) || ANON_MODIFIERS.has(toks[sp.to]!.normal) || toks[sp.to]!.tags.has('Adjective'))) return null;
        j = sp.to;
        continue;
      }
      j++;
    }
    if (j >= limit || !this.isHead(j, counted)) return null;
    // "aid workers", "security sources": a second head word
    if (j + 1 < limit && ANONYMOUS_HEADS.has(toks[j + 1]!.normal) && !/[,;:]/.test(toks[j]!.post)) j++;
    let end = j + 1;
    // "familiar with the matter", "close to the Kremlin", "with knowledge of …"
    if (end < limit && ['familiar', 'close', 'with', 'briefed', 'involved', 'speaking', 'who', 'working', 'stationed', 'based', 'deployed', 'living', 'fighting'].includes(toks[end]!.normal)) {
      while (end < limit && !reportingVerbAt(toks, end, limit) && !/[,;:]/.test(toks[end - 1]!.post)) end++;
    } else if (end < limit && ['from', 'at', 'of', 'in', 'for', 'with'].includes(toks[end]!.normal)) {
      // "experts from ISW", "analysts at Nordea": the organization speaks; "aid workers in Darfur",
      // "an official at the transport ministry", "an engineer at one of the carmakers" stay anonymous
      const sp = this.spanStartingAt(end + 1) ?? this.spanStartingAt(end + 2);
      const placeOnly = sp && sp.mention.type === 'PLACE';
      const orgSpeaks = /^(analysts?|experts?|economists?|researchers?|strategists?|scientists?)$/.test(toks[j]!.normal) && !!sp && !placeOnly && !/^(in)$/.test(toks[end]!.normal);
      if (orgSpeaks) return null;
      if (placeOnly && /[,;:.]/.test(toks[sp.to - 1]!.post)) end = sp.to;
      else {
        let e = end + 1;
        while (e < limit && !/[,;:.]/.test(toks[e - 1]!.post) && !reportingVerbAt(toks, e, limit) && !(toks[e]!.tags.has('Verb') && !this.spanStartingAt(e) && !toks[e]!.tags.has('Participle') && !toks[e]!.tags.has('Gerund') && !/ed$/.test(toks[e]!.normal))) e++;
        if (sp && sp.mention.type === 'PERSON') return null;
        end = e;
      }
    }
    const text = this.text.slice(toks[k]!.start, toks[end - 1]!.end).trim();
    return { text, to: end };
  }

  /** A head noun of an unnamed source: a listed one, or any plural common noun after a number ("two villagers"). */
  private isHead(j: number, counted: boolean): boolean {
    const t = this.tokens[j]!;
    return ANONYMOUS_HEADS.has(t.normal) || this.pluralHead(j, counted);
  }

  private pluralHead(j: number, counted: boolean): boolean {
    const t = this.tokens[j]!;
    return counted && !isCapitalised(t.text) && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun');
  }

  private isDemonymAt(j: number): boolean {
    return this.body.spans.some((sp) => sp.from === j && sp.mention.demonym);
  }

  /** The last speaker (or, failing that, the last mention) a pronoun can refer to. */
  private pronoun(t: Token): Mention | null {
    const want = HE.has(t.normal) ? 'male' : SHE.has(t.normal) ? 'female' : null;
    const type = want ? 'PERSON' : 'ORGANIZATION';
    // "It added": an organization that speaks, never a news agency quoted as the source of a report
    const ok = (m: Mention): boolean => (m.type === type || (m.type === null && !!want && m.text.includes(' '))) && (!want || !m.gender || m.gender === want) && (!!want || m.kindHint !== 'media');
    const okSpeaker = (m: Mention): boolean => ok(m) || (m.type === null && !!want);
    // he/she: the first person named (outside quotes) in the nearest of the two sentences before
    if (want) {
      for (let si = t.sentence - 1; si >= Math.max(0, t.sentence - 2); si--) {
        const sent = this.body.analysis.sentences[si]!;
        const first = this.body.spans.find((sp) => sp.mention.start >= sent.start && sp.mention.end <= sent.end && sp.mention.type === 'PERSON' && !this.inQuote(sp.mention.start) && ok(sp.mention));
        if (first) return first.mention;
      }
    }
    const fromSpeakers = [...this.speakers].reverse().find(okSpeaker);
    if (fromSpeakers) return fromSpeakers;
    const earlier = this.body.spans.filter((sp) => sp.mention.start < t.start && ok(sp.mention));
    return earlier[earlier.length - 1]?.mention ?? null;
  }

  // --- "Trump's warning that …" -------------------------------------------------------------------

  private nounStatements(s: Sentence, contentStart: number, from: number): void {
    for (let k = from + 1; k < s.to - 1; k++) {
      const t = this.tokens[k]!;
      if (this.inQuote(t.start)) continue;
      const noun = reportingNoun(t);
      if (!noun) continue;
      const next = this.tokens[k + 1]!;
      if (next.normal !== 'that') continue;
      const owner = this.spanEndingAt(k - 1);
      if (!owner || !owner.possessive) continue;
      const v: ReportingVerb = { lemma: noun.lemma, kind: noun.kind, from: k, to: k + 1, gerund: false };
      const body = this.complement(v, s, true);
      if (!body) continue;
      this.push('statement.noun.possessive', {
        speaker: owner.mention.index,
        speakerVia: 'noun',
        speakerMention: owner.mention,
        verb: noun.lemma,
        verbAsWritten: t.text,
        kind: noun.kind,
        text: this.text.slice(body[0], body[1]),
        textStart: body[0],
        textEnd: body[1],
        evidence: this.evidence(contentStart, s.end),
        sentence: s.index,
      });
    }
  }

  // --- "according to X" ---------------------------------------------------------------------------

  private accordingTo(s: Sentence, contentStart: number, from: number): void {
    for (let k = from; k < s.to - 2; k++) {
      if (this.tokens[k]!.normal !== 'according' || this.tokens[k + 1]!.normal !== 'to') continue;
      if (this.inQuote(this.tokens[k]!.start)) continue;
      let j = k + 2;
      if (['the', 'a', 'an'].includes(this.tokens[j]!.normal)) j++;
      let speaker: Mention | null = null;
      let anonymous: string | undefined;
      let npEnd: number;
      // "according to the country's health ministry": past a possessive
      const span = this.spanStartingAt(j) ?? (/['’]s$/.test(this.tokens[j]!.text) ? this.spanStartingAt(j + 1) : undefined);
      if (span) {
        const person = this.personAfterQualifier(span, s.to);
        speaker = (person ?? span).mention;
        npEnd = (person ?? span).to;
        const appo = this.body.appositions.find((a) => a.person === speaker!.index);
        if (appo) npEnd = Math.max(npEnd, appo.to);
      } else {
        const anon = this.anonymousAt(k + 2, s.to);
        // "according to preliminary results published by the Central Electoral Commission"
        let by: MentionSpan | undefined;
        for (let m = j; !anon && m < Math.min(s.to - 1, j + 8) && !/[,;:.]/.test(this.tokens[m]!.post); m++) {
          // "according to a statement from vice-chancellor Peter Hall"
          const from_ = this.tokens[m]!.normal === 'from' && /^(statement|letter|email|note|message|post|release|notice|memo)$/.test(this.tokens[m - 1]?.normal ?? '');
          if (this.tokens[m]!.normal !== 'by' && !from_) continue;
          const at = ['the', 'a', 'an'].includes(this.tokens[m + 1]!.normal) ? m + 2 : m + 1;
          by = this.spanStartingAt(at);
          // past a lower-case role: "from vice-chancellor Peter Hall"
          for (let r = at + 1; !by && r <= at + 2 && r < s.to && !/[,;:.]/.test(this.tokens[r - 1]!.post); r++) {
            const sp = this.spanStartingAt(r);
            if (sp && sp.mention.type === 'PERSON' && sp.mention.role) by = sp;
          }
          break;
        }
        if (by) {
          speaker = (this.personAfterQualifier(by, s.to) ?? by).mention;
          npEnd = by.to;
        } else {
          if (!anon) continue;
          anonymous = anon.text;
          npEnd = anon.to;
        }
      }
      let ts: number;
      let te: number;
      const atStart = k === from || (k > from && /,\s*$/.test(this.tokens[k - 1]!.post) && k - from <= 2);
      if (atStart) {
        let c = npEnd - 1;
        while (c < s.to && !/,\s*$/.test(this.tokens[c]!.post)) c++;
        [ts, te] = this.trimmed(c + 1 < s.to ? this.tokens[c + 1]!.start : s.end, s.end);
      } else {
        [ts, te] = this.trimmed(contentStart, this.tokens[k - 1]!.end);
      }
      if (te <= ts) continue;
      this.push('statement.according-to', {
        speaker: speaker?.index ?? null,
        ...(speaker ? { speakerVia: 'according-to' as const, speakerMention: speaker } : {}),
        ...(anonymous ? { anonymousSource: anonymous } : {}),
        verb: 'say',
        verbAsWritten: this.text.slice(this.tokens[k]!.start, this.tokens[k + 1]!.end),
        kind: 'CLAIM',
        text: this.text.slice(ts, te),
        textStart: ts,
        textEnd: te,
        evidence: this.evidence(contentStart, s.end),
        sentence: s.index,
      });
    }
  }

  /** "Healey emphasised …, citing Trump's warning that …": the emphasis cites the warning. */
  private citations(s: Sentence, firstNew: number): void {
    const fresh = this.found.slice(firstNew).filter((f) => f.sentence === s.index);
    for (let k = s.from; k < s.to; k++) {
      if (this.tokens[k]!.normal !== 'citing') continue;
      const at = this.tokens[k]!.start;
      const citing = fresh.filter((f) => f.textEnd <= at).pop();
      const cited = fresh.find((f) => f.textStart > at);
      if (citing && cited && citing !== cited) citing.cites.push(cited);
    }
  }
}

interface Attribution {
  verb: ReportingVerb;
  speaker: Mention | null;
  via: NonNullable<ExtractedStatement['speakerVia']>;
  anonymous?: string;
  /** The subject is a relative pronoun ("X, which said …, warned"): the statement ends with its clause. */
  relative?: boolean;
  /** Offset just past the attribution. */
  end: number;
}

/** The last word of a name, lower case: the head that says what kind of body it is. */
function lastWord(m: Mention): string {
  return m.text.split(' ').pop()!.toLowerCase();
}

/** An organization's kind: as found, else from the head of its name ("… Mining" is a company). */
function orgKind(m: Mention): string | undefined {
  return m.kindHint ?? ORG_KIND_BY_HEAD[lastWord(m)];
}
