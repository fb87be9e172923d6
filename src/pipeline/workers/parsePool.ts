import { Worker } from 'node:worker_threads';
import { rememberSignature } from '../../enrich/dedup/signatureCache.js';
import { rememberFtsColumns } from '../../store/sqlite/ftsColumns.js';
import type { ReadDocumentResult } from '../readDocument.js';
import { deserializeError, type ParseJob, type ParseReply, type Precomputed } from './workerProtocol.js';

/** Worker threads that read, parse and enrich files; the caller decides the order in which results are used. */
export interface ParsePool {
  readonly size: number;
  /** Same result, or same error (code and message), as `readDocument(file)` in this thread. */
  parse(file: string): Promise<ReadDocumentResult>;
  /** Stops the workers; jobs still running are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: ReadDocumentResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  dead: boolean;
}

const ENTRY = new URL('./parseWorker.mjs', import.meta.url);

/** Starts `size` workers (at least one). A worker that dies fails its own jobs only and is replaced. */
export function startParsePool(size: number): ParsePool {
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let restarts = 0;

  const spawn = (): Slot => {
    // execArgv [] so that the parent's loader flags are not applied twice: the entry registers tsx itself.
    const slot: Slot = { worker: new Worker(ENTRY, { execArgv: [] }), pending: new Map(), dead: false };
    slot.worker.unref();
    slot.worker.on('message', (reply: ParseReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if (reply.ok) {
        if (reply.precomputed) remember(reply.result, reply.precomputed);
        job.resolve(reply.result);
      } else job.reject(deserializeError(reply.error));
    });
    const fail = (reason: string) => {
      // 'error' is followed by 'exit': only the first one counts.
      if (slot.dead) return;
      slot.dead = true;
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      for (const job of slot.pending.values()) job.reject(new Error(`the parse worker stopped (${reason})`));
      slot.pending.clear();
      // A replacement keeps the pool at its size; a worker that keeps dying is not restarted forever.
      if (!closed && restarts < size * 2) {
        restarts++;
        slots.push(spawn());
      }
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => {
      if (!closed) fail(`exit code ${code}`);
    });
    return slot;
  };
  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  return {
    size: slots.length,
    parse(file) {
      const slot = slots.reduce<Slot | undefined>(
        (best, s) => (!best || s.pending.size < best.pending.size ? s : best),
        undefined,
      );
      if (closed || !slot) return Promise.reject(new Error('the parse workers are not running'));
      const id = nextId++;
      return new Promise<ReadDocumentResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        // Referenced only while it has work, so that an idle pool never keeps the process alive.
        slot.worker.ref();
        const job: ParseJob = { id, file };
        slot.worker.postMessage(job);
      });
    },
    async close() {
      closed = true;
      const all = slots.splice(0);
      for (const slot of all) {
        for (const job of slot.pending.values()) job.reject(new Error('the import was stopped'));
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Attaches what the worker computed to the item objects it was computed for, where the writer will look for it. */
function remember(result: ReadDocumentResult, precomputed: Precomputed): void {
  for (const [index, item] of result.items.entries()) {
    const signature = precomputed.signatures[index];
    const fts = precomputed.fts[index];
    if (signature) rememberSignature(item, signature);
    if (fts) rememberFtsColumns(item, fts);
  }
}
