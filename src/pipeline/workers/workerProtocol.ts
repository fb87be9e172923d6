/** Messages between the import pipeline and its parse workers, and errors in a form that crosses threads. */
import { HubError, IngestError } from '../../domain/errors.js';
import type { ItemSignature } from '../../enrich/dedup/signature.js';
import type { FtsColumns } from '../../store/sqlite/ftsColumns.js';
import type { ReadDocumentResult } from '../readDocument.js';

/** Main thread → worker: read, parse and enrich one file. */
export interface ParseJob {
  id: number;
  file: string;
}

/** An error as plain data: structured clone keeps neither the class nor `code` of an Error. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  status?: number;
}

/**
 * Work done for the writer ahead of time, one entry per item of the result, in order: pure functions of the item,
 * computed in the worker so that the main thread, which stores every item, does not have to.
 */
export interface Precomputed {
  signatures: ItemSignature[];
  fts: FtsColumns[];
}

/** Worker → main thread: the file's document, or the error reading it threw. */
export type ParseReply =
  | { id: number; ok: true; result: ReadDocumentResult; precomputed?: Precomputed }
  | { id: number; ok: false; error: SerializedError };

/** Plain data of an error thrown in a worker. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof HubError) {
    return { name: error.name, message: error.message, code: error.code, status: error.status };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error again, as the class the in-process import would have thrown (same code, same message). */
export function deserializeError(data: SerializedError): Error {
  if (data.name === 'IngestError' && data.code) return new IngestError(data.code, data.message);
  if (data.code) {
    const error = new HubError(data.code, data.message, data.status);
    error.name = data.name;
    return error;
  }
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}
