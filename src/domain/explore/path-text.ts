/**
 * A path in one line that reads like the claim it carries:
 * `Institute for the Study of War —assessed→ “only proper military assistance to Ukraine…” —about→ negotiations`.
 * A statement shows its opening words in quotes, the STATED step its verb in the past tense, and
 * every other relationship a phrase from the closed map below.
 */
import nlp from 'compromise';
import type { GraphNode } from '../node/graph-node.js';
import { Direction, RelationshipType, nodeLabel } from './graph-elements.js';
import type { PathStep } from './paths.type.js';

/** How each relationship reads from its start node to its end node. */
const PHRASES: Record<RelationshipType, (props: Record<string, unknown>) => string> = {
  [RelationshipType.STATED]: (props) => (typeof props.verb === 'string' ? pastTense(props.verb) : 'stated'),
  [RelationshipType.ABOUT]: () => 'about',
  [RelationshipType.MENTIONS]: () => 'mentions',
  [RelationshipType.TAGGED]: () => 'tagged',
  [RelationshipType.WRITTEN_BY]: () => 'written by',
  [RelationshipType.REPORTED_IN]: () => 'reported in',
  [RelationshipType.PARTICIPATED_IN]: () => 'took part in',
  [RelationshipType.HOLDS_ROLE]: (props) => (typeof props.title === 'string' ? `${props.title} of` : 'holds a role in'),
};

/** Past tenses already made: reporting verbs are a few dozen lemmas, so this stays small; capped all the same. */
const PAST = new Map<string, string>();
const MAX_REMEMBERED = 1_000;

/** "assess" → "assessed", "point out" → "pointed out" (compromise's conjugation of the first word). */
export function pastTense(lemma: string): string {
  const known = PAST.get(lemma);
  if (known !== undefined) return known;
  const [head = '', ...rest] = lemma.split(' ');
  const conjugated = (nlp(head).verbs().conjugate() as Array<Record<string, string | undefined>>)[0]?.PastTense;
  const past = [conjugated || head, ...rest].join(' ');
  if (PAST.size < MAX_REMEMBERED) PAST.set(lemma, past);
  return past;
}

function describe(node: GraphNode): string {
  return node.__typename === 'Statement' ? `“${nodeLabel(node)}”` : nodeLabel(node);
}

export function pathText(nodes: GraphNode[], steps: PathStep[]): string {
  let text = describe(nodes[0]!);
  for (const step of steps) {
    const phrase = PHRASES[step.relationship](step.properties);
    text += step.direction === Direction.OUTGOING ? ` —${phrase}→ ` : ` ←${phrase}— `;
    text += describe(step.to);
  }
  return text;
}
