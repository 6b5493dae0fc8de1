import { foldName } from '../../core/ids.js';
import { applyOps, type GraphKnowledge, type KnowledgeOp } from '../known.js';

/** Letters and digits only: a name can only be in a text whose squashed form contains its squashed form. */
export const squash = (text: string): string => foldName(text).replace(/[^a-z0-9]/g, '');

function keysOf(op: KnowledgeOp): string[] {
  if (op.op === 'add') return [op.entity.name, ...(op.entity.aliases ?? [])].map(squash);
  if (op.op === 'removeAlias') return [squash(op.alias)];
  // Tag splitting also weighs the words of known tags.
  return op.tags.flatMap((t) => [squash(t), ...foldName(t).split(/[^a-z0-9]+/).filter((w) => w.length >= 3)]);
}

/**
 * The main thread's changes to the shared knowledge during bulk ingest. Changes of the batch being
 * written are applied at once (the next article of the batch resolves against them) and can be
 * taken back if the batch's transaction fails; `commit` hands them over for the workers' copies.
 * Every change is also logged with a sequence number, so an article extracted by a worker against
 * the names as of sequence `stamp` can tell whether a later change could have altered its
 * extraction: only if one of the changed names occurs in its text.
 */
export class KnowledgeJournal {
  private ops: KnowledgeOp[] = [];
  private undo: (() => void)[] = [];
  private log: { seq: number; keys: string[] }[] = [];
  private seq = 0;
  /** The sequence number every worker's copy has reached once it reads the last broadcast. */
  committedSeq = 0;

  constructor(readonly knowledge: GraphKnowledge) {}

  apply(ops: KnowledgeOp[]): void {
    this.undo = [...applyOps(this.knowledge, ops), ...this.undo];
    this.ops.push(...ops);
    for (const op of ops) this.log.push({ seq: ++this.seq, keys: keysOf(op) });
  }

  /** Takes back the changes since the last commit (a failed or retried transaction). */
  rollback(): void {
    for (const u of this.undo) u();
    this.undo = [];
    this.ops = [];
  }

  /** The batch committed: its changes stay, and are returned for the workers. */
  commit(): KnowledgeOp[] {
    const ops = this.ops;
    this.ops = [];
    this.undo = [];
    this.committedSeq = this.seq;
    return ops;
  }

  /** Whether a change after `stamp` names something in the (squashed) text; forgets changes before it. */
  affects(stamp: number, squashedText: string): boolean {
    while (this.log.length && this.log[0]!.seq <= stamp) this.log.shift();
    return this.log.some((entry) => entry.seq > stamp && entry.keys.some((k) => squashedText.includes(k)));
  }
}
