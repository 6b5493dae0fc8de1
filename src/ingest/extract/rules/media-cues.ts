/**
 * Words that say the name beside them is a news outlet: "the newspaper X", "the radio station X",
 * "the X television channel". Outlets are named with anything (a first name, a word in another
 * language, an acronym), so the descriptor is the only evidence of their type; without it such a
 * name stays untyped and is dropped, or is read as a person. A name the word lists already know
 * (a city: "the Tarvo newspaper") keeps its own type.
 */

export interface MediaCueRule {
  /** Stable id, `mention.media.<variant>`. */
  id: 'mention.media.descriptor-before' | 'mention.media.descriptor-after';
  /** Where the descriptor stands: right before the name or right after it. */
  position: 'before' | 'after';
  /** Lower-case descriptors, each a word sequence. */
  descriptors: string[][];
  /** [text, outlet's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const MEDIA_CUES: readonly MediaCueRule[] = [
  {
    id: 'mention.media.descriptor-before',
    position: 'before',
    descriptors: [
      ['newspaper'], ['daily'], ['weekly'], ['tabloid'], ['broadcaster'], ['radio', 'station'], ['radio'], ['television', 'channel'], ['television', 'station'],
      ['tv', 'channel'], ['tv', 'station'], ['channel'], ['news', 'agency'], ['news', 'website'], ['news', 'site'], ['news', 'portal'], ['news', 'outlet'],
      ['website'], ['journal'], ['magazine'],
    ],
    examples: [
      ['A trader told the newspaper Al-Misbar that prices had doubled.', 'Al-Misbar'],
      ['The mayor told the radio station KVT that the road would reopen.', 'KVT'],
      ['The story was first reported by the news website Pelo Nuvo, which cited two officials.', 'Pelo Nuvo'],
      ['The team published its results in the journal Strata Letters on Monday.', 'Strata Letters'],
      ['Its chief executive told the state news agency Orvena that sales had fallen.', 'Orvena'],
    ],
  },
  {
    id: 'mention.media.descriptor-after',
    position: 'after',
    descriptors: [['newspaper'], ['broadcaster'], ['radio', 'station'], ['television', 'channel'], ['television', 'station'], ['tv', 'channel'], ['news', 'agency'], ['news', 'website']],
    examples: [
      ['The minister told the Velmark Rundschau newspaper that he would not resign.', 'Velmark Rundschau'],
      ['Farmers told the Kanal Sedam television channel that the aid had not arrived.', 'Kanal Sedam'],
    ],
  },
];

/**
 * Names that no list, tag or descriptor types but whose place in the sentence shows a title: a
 * name written with its own capital "The" inside a sentence ("published in The X") and a name told
 * something ("told X that …") that nothing marks as a person's. Each applies only to a name still
 * untyped, so a person the tagger knows ("told Anna Berg that") stays a person.
 */
export interface MediaTitleRule {
  id: 'mention.media.own-article' | 'mention.media.told-that';
  about: string;
  /** [text, outlet's name]: the unit tests run them. */
  examples: Array<[string, string]>;
}

export const MEDIA_TITLE_RULES: readonly MediaTitleRule[] = [
  {
    id: 'mention.media.own-article',
    about: 'an untyped name written with its own capital "The" inside a sentence is a title: an outlet or journal',
    examples: [
      ['The results were published in The Sable Quarterly in January.', 'The Sable Quarterly'],
      ['A nurse told The Dapple that half of her class had left.', 'The Dapple'],
    ],
  },
  {
    id: 'mention.media.told-that',
    about: 'an untyped name right after "told" and right before "that" is an outlet told the news',
    examples: [['A student told Vexpresso that an agent had offered her a place.', 'Vexpresso']],
  },
];
