import { stat } from 'node:fs/promises';
import { isArchiveFile } from '../importArchive.js';
import { type ReadDocumentResult, readDocument } from '../readDocument.js';
import { type ParsePool, startParsePool } from './parsePool.js';
import { chooseWorkerCount } from './workerCount.js';

/** Reads the documents of an import, in this thread or ahead of time in worker threads. */
export interface DocumentReader {
  /** Parse workers in use (0: everything runs in this thread). */
  readonly workers: number;
  /** The document `files[index]`, parsed and enriched: the same result, or error, as `readDocument`. */
  read(index: number): Promise<ReadDocumentResult>;
  close(): Promise<void>;
}

/** Jobs kept queued per worker, so that a worker never waits for the writer to ask for the next file. */
const AHEAD_PER_WORKER = 2;

/**
 * A reader for the files of one import. With workers, documents are parsed ahead of the writer, at most a few per
 * worker (memory stays bounded), and handed out in the order asked for, so the store ends exactly as a
 * single-threaded import leaves it. Archives are never sent to workers: the importer streams them itself.
 */
export async function openDocumentReader(files: string[], requested?: number): Promise<DocumentReader> {
  const inProcess: DocumentReader = { workers: 0, read: (i) => readDocument(files[i] ?? ''), close: async () => {} };
  if (requested === 0 || files.length < 2) return inProcess;
  const documents: number[] = [];
  let bytes = 0;
  for (const [index, file] of files.entries()) {
    if (await isArchiveFile(file)) continue;
    documents.push(index);
    bytes += (await stat(file).catch(() => null))?.size ?? 0;
  }
  const count = chooseWorkerCount({ requested, documents: documents.length, bytes });
  if (count === 0) return inProcess;

  const pool: ParsePool = startParsePool(count);
  const queued = new Map<number, Promise<ReadDocumentResult>>();
  let next = 0;
  const fill = () => {
    while (next < documents.length && queued.size < count * AHEAD_PER_WORKER) {
      const index = documents[next++] as number;
      const job = pool.parse(files[index] ?? '');
      // Failures are handled when the file's turn comes; until then the rejection must not count as unhandled.
      job.catch(() => {});
      queued.set(index, job);
    }
  };
  fill();
  return {
    workers: count,
    read(index) {
      const job = queued.get(index);
      queued.delete(index);
      fill();
      return job ?? readDocument(files[index] ?? '');
    },
    close: () => pool.close(),
  };
}
