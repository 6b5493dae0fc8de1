/**
 * A worker thread of the analysis pool (analysis-pool.ts): keeps its own copy of the graph's names,
 * replaying the changes the main thread sends after each committed batch, and parses and extracts
 * the articles it is given, in the order the messages arrive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { applyOps, emptyKnowledge, type KnowledgeOp } from '../known.js';
import type { KnownEntity } from '../resolve/types.js';
import { parseAndExtract } from './analysis-steps.js';

export type ToWorker = { type: 'ops'; ops: KnowledgeOp[] } | { type: 'analyse'; id: number; name: string; content: string | Uint8Array };

const knowledge = emptyKnowledge();
const start = workerData as { entities: KnownEntity[]; tags: string[] };
applyOps(knowledge, [...start.entities.map((entity): KnowledgeOp => ({ op: 'add', entity })), { op: 'tags', tags: start.tags }]);

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'ops') applyOps(knowledge, message.ops);
  else parentPort!.postMessage({ id: message.id, result: parseAndExtract(message.name, message.content, knowledge) });
});
