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

/** `written` is the surname of `full`: its last word, or its last words from a particle on; `fold` compares. */
export function isSurnameOf(full: string, written: string, fold: (s: string) => string = foldName): boolean {
  const n = written.split(' ').length;
  const words = full.split(' ');
  return words.length > n && fold(words.slice(-n).join(' ')) === fold(written);
}
