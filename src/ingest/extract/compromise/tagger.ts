import nlp from 'compromise';
import { match, matchInternalsLoaded } from './match.js';
import { type Net, type SweepMethods, bulkMatch } from './sweep.js';

/**
 * compromise's tagger as the extractor runs it, for less CPU and the same tags: its post-tagger
 * sweep replaced by an equivalent one (sweep.ts), and its last step, phrase chunking, left out.
 * Tagging is most of what analysing an article costs.
 */

interface World {
  hooks: string[];
  methods: { one: SweepMethods['one'] & { bulkMatch: typeof bulkMatch; match: typeof match } };
}

const world = nlp.world() as World;

/** compromise's own sweep, kept so a test can compare the two. */
export const compromiseBulkMatch: (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[] = world.methods.one.bulkMatch;
/** compromise's own match, kept so a test can compare the two. */
export const compromiseMatch: typeof match = world.methods.one.match;

/**
 * The release sweep.ts mirrors (and compromise.test.ts checks); under another, compromise keeps its
 * own sweep until someone checks the new one's.
 */
const MIRRORED_VERSION = '14.17.0';
export const fasterSweep = nlp.version === MIRRORED_VERSION;
if (fasterSweep) nlp.plugin({ methods: { one: matchInternalsLoaded ? { bulkMatch, match } : { bulkMatch } } });

/**
 * nlp(text) without the 'chunks' step: chunking only sets each term's `chunk` (noun, verb,
 * adjective phrase), which nothing here reads, and costs a twentieth of the tagging. The step list
 * is read at each call, as compromise's own plugins may have appended to it.
 */
export function tagText(text: string): ReturnType<typeof nlp> {
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}
