import { foldName } from '../../core/ids.js';
import { NAME_PARTICLES } from './mentions/words.js';

/**
 * What a person is called after the full name: the last word ("Healey"), or the last words from a
 * particle on ("Ó Flaithearta" of "Pádraig Ó Flaithearta", "van Dijk"). Extraction (a surname
 * that the tagger read as a place) and resolution (a surname joins its full name) share it.
 */

/** "Ó Flaithearta", "van Dijk": a surname of several words that opens with a particle (NAME_PARTICLES). */
export function isParticleSurname(written: string): boolean {
  const words = written.split(' ');
  return words.length > 1 && words.length <= 3 && NAME_PARTICLES.has(words[0]!.toLowerCase());
}

/**
 * A given name written as two syllables joined by a hyphen, the second in lower case ("Wei-ting",
 * "Min-ho"): the romanised Chinese and Korean form, which comes after the family name.
 */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * `written` is the surname of `full`: its last word, or its last words from a particle on; or, in a
 * name of two words whose second is a hyphenated given name ("X Wei-ting"), the first word, the
 * family name written first. `fold` compares.
 */
export function isSurnameOf(full: string, written: string, fold: (s: string) => string = foldName): boolean {
  const n = written.split(' ').length;
  const words = full.split(' ');
  if (words.length === 2 && n === 1 && HYPHENATED_GIVEN_NAME.test(words[1]!) && fold(words[0]!) === fold(written)) return true;
  return words.length > n && fold(words.slice(-n).join(' ')) === fold(written);
}
