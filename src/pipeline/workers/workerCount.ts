import { availableParallelism } from 'node:os';

/** Below this many bytes of documents, starting workers (a few hundred ms each) costs more than it saves. */
export const MIN_PARALLEL_BYTES = 1024 * 1024;

export interface WorkerCountInput {
  /** Asked for by the caller: a number is used as given (0 = in this thread); undefined = decide. */
  requested: number | undefined;
  /** Documents a worker could read (archives are streamed in this thread). */
  documents: number;
  bytes: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * How many parse workers an import uses: none for one document or a small import, otherwise one per core, capped
 * by `MIGRATION_HUB_WORKERS` (0 turns workers off) and by the number of documents.
 */
export function chooseWorkerCount(input: WorkerCountInput): number {
  const { requested, documents, bytes } = input;
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), documents));
  if (documents < 2 || bytes < MIN_PARALLEL_BYTES) return 0;
  return Math.min(workerCap(input.env ?? process.env), documents);
}

/** `MIGRATION_HUB_WORKERS` when it is a whole number ≥ 0, else the cores this process may use. */
export function workerCap(env: NodeJS.ProcessEnv): number {
  const raw = env.MIGRATION_HUB_WORKERS?.trim();
  if (raw && /^\d+$/.test(raw)) return Number(raw);
  return availableParallelism();
}
