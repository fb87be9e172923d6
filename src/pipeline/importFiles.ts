import { HubError } from '../domain/errors.js';
import type { Store } from '../store/types.js';
import { type ArchiveProgress, importArchive, isArchiveFile } from './importArchive.js';
import { listFiles } from './listFiles.js';
import { readDocument } from './readDocument.js';

export interface ImportError {
  file: string;
  code: string;
  message: string;
}

export interface FileOutcome {
  file: string;
  format?: string;
  added: number;
  updated: number;
  skipped: number;
  warnings: string[];
  error?: ImportError;
}

export interface ImportSummary {
  files: number;
  items: number;
  added: number;
  updated: number;
  skipped: number;
  errors: ImportError[];
}

export interface ImportOptions {
  /** Called after each file, for progress displays. */
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
  /** Called while a web archive (WARC/WET) is streamed, which can take minutes for one file. */
  onArchiveProgress?: (progress: ArchiveProgress, file: string, index: number, total: number) => void;
}

/**
 * Imports files and folders: each file is parsed, enriched and stored in one transaction, so a file that fails
 * leaves nothing half-written, and the others are still imported. Returns counts and per-file errors.
 */
export async function importFiles(store: Store, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const files = await listFiles(paths);
  const summary: ImportSummary = { files: files.length, items: 0, added: 0, updated: 0, skipped: 0, errors: [] };
  for (const [index, file] of files.entries()) {
    const outcome = await importOne(store, file, (p) => options.onArchiveProgress?.(p, file, index, files.length));
    if (outcome.error) summary.errors.push(outcome.error);
    summary.added += outcome.added;
    summary.updated += outcome.updated;
    summary.skipped += outcome.skipped;
    summary.items += outcome.added + outcome.updated + outcome.skipped;
    options.onFile?.(outcome, index, files.length);
  }
  return summary;
}

async function importOne(
  store: Store,
  file: string,
  onArchiveProgress: (progress: ArchiveProgress) => void,
): Promise<FileOutcome> {
  try {
    if (await isArchiveFile(file)) {
      return await importArchive(store, file, { onProgress: onArchiveProgress });
    }
    const doc = await readDocument(file);
    const result = await store.items.upsertMany(doc.items);
    return { file, format: doc.format, ...result, warnings: doc.warnings };
  } catch (error) {
    return { file, added: 0, updated: 0, skipped: 0, warnings: [], error: toImportError(file, error) };
  }
}

function toImportError(file: string, error: unknown): ImportError {
  if (error instanceof HubError) return { file, code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, code: 'internal', message: `${file}: could not be imported (${reason}).` };
}
