/** Worker thread body: reads, parses and enriches the files the pipeline sends, one reply per file. */
import { parentPort } from 'node:worker_threads';
import type { Item } from '../../domain/item.js';
import { itemSignature } from '../../enrich/dedup/signature.js';
import { ftsColumns } from '../../store/sqlite/ftsColumns.js';
import { readDocument } from '../readDocument.js';
import { type ParseJob, type ParseReply, type Precomputed, serializeError } from './workerProtocol.js';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs only as a worker thread.');

port.on('message', async (job: ParseJob) => {
  let reply: ParseReply;
  try {
    const result = await readDocument(job.file);
    reply = { id: job.id, ok: true, result };
    const precomputed = precompute(result.items);
    if (precomputed) reply.precomputed = precomputed;
  } catch (error) {
    reply = { id: job.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});

/** The writer's work for these items, or nothing if it fails: the writer then does it itself, and fails as it would. */
function precompute(items: Item[]): Precomputed | null {
  try {
    return { signatures: items.map((item) => itemSignature(item)), fts: items.map((item) => ftsColumns(item)) };
  } catch {
    return null;
  }
}
