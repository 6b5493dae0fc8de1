/**
 * Dates written as a modifier between a determiner and a noun: the date of what that noun names, never of a verb or
 * another phrase around it. Pure functions of a text and its tokens.
 */
import { EVENT_WORDS } from './rules/event-words.js';
import type { Token } from './text.js';
import { BREAK } from './trigger-words.js';

/** A date's place in the analysed text. */
export interface DateSpan {
  start: number;
  end: number;
}

/**
 * The token of the noun a date modifies ("the 14 August vote", "its December races"), or -1: the date follows a
 * determiner directly and a noun follows it with nothing but a space between. A date opened by a preposition
 * ("on 14 August") is an adverbial, not a modifier.
 */
export function attributiveNoun(tokens: readonly Token[], text: string, d: DateSpan): number {
  const determiner = /(\S+)\s+$/.exec(text.slice(Math.max(0, d.start - 12), d.start));
  if (!determiner || !EVENT_WORDS.dateDeterminers.has(determiner[1]!.toLowerCase())) return -1;
  const k = tokens.findIndex((w) => w.start >= d.end);
  const w = tokens[k];
  if (!w || !/^\s+$/.test(text.slice(d.end, w.start)) || BREAK.test(w.pre)) return -1;
  return w.tags.has('Noun') && !w.tags.has('Date') && !w.tags.has('Pronoun') && !w.tags.has('Value') ? k : -1;
}

/** A date modifying a noun outside `start`…`end`: that noun's, so not the date of the phrase or verb there. */
export function modifiesOtherNoun(tokens: readonly Token[], text: string, d: DateSpan, start: number, end: number): boolean {
  const k = attributiveNoun(tokens, text, d);
  return k >= 0 && !(tokens[k]!.start >= start && tokens[k]!.end <= end);
}

/** The first date with a day or year written that modifies a noun inside `start`…`end` ("the 14 August vote" as the phrase "14 August vote"). */
export function ownModifierDate<D extends DateSpan & { date: string | null; text: string }>(tokens: readonly Token[], text: string, dates: readonly D[], start: number, end: number): D | undefined {
  return dates.find((d) => {
    // (a bare month or weekday may take its year from further on: "lost its December races in 2024")
    if (d.date === null || d.end > end || !/\d/.test(d.text)) return false;
    const k = attributiveNoun(tokens, text, d);
    return k >= 0 && tokens[k]!.start >= start && tokens[k]!.end <= end;
  });
}
