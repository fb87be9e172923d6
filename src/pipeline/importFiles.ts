import { HubError } from '../domain/errors.js';
import type { Store } from '../store/types.js';
import { storeItems } from './corrections.js';
import { type ArchiveProgress, importArchive, isArchiveFile } from './importArchive.js';
import { listFiles } from './listFiles.js';
import { type DocumentReader, openDocumentReader } from './workers/documentReader.js';

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
  /** True when the document was broken and its items were read as a lenient reader would (see the warnings). */
  recovered?: boolean;
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
  /**
   * Worker threads that parse and enrich documents while this thread writes (0 = none). Default: one per core
   * (capped by MIGRATION_HUB_WORKERS) for imports of several documents and more than 1 MiB, none otherwise.
   */
  workers?: number;
}

/**
 * Imports files and folders: each file is parsed, enriched and stored in one transaction, so a file that fails
 * leaves nothing half-written, and the others are still imported. Returns counts and per-file errors.
 */
export async function importFiles(store: Store, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const files = await listFiles(paths);
  const summary: ImportSummary = { files: files.length, items: 0, added: 0, updated: 0, skipped: 0, errors: [] };
  // Documents may be parsed ahead in workers, but they are stored one by one in this order, as without workers.
  const reader = await openDocumentReader(files, options.workers);
  try {
    for (const [index, file] of files.entries()) {
      const onArchiveProgress = (p: ArchiveProgress) => options.onArchiveProgress?.(p, file, index, files.length);
      const outcome = await importOne(store, file, () => reader.read(index), onArchiveProgress);
      if (outcome.error) summary.errors.push(outcome.error);
      summary.added += outcome.added;
      summary.updated += outcome.updated;
      summary.skipped += outcome.skipped;
      summary.items += outcome.added + outcome.updated + outcome.skipped;
      options.onFile?.(outcome, index, files.length);
    }
  } finally {
    await reader.close();
  }
  return summary;
}

async function importOne(
  store: Store,
  file: string,
  read: () => ReturnType<DocumentReader['read']>,
  onArchiveProgress: (progress: ArchiveProgress) => void,
): Promise<FileOutcome> {
  try {
    if (await isArchiveFile(file)) {
      return await importArchive(store, file, { onProgress: onArchiveProgress });
    }
    const doc = await read();
    const result = await storeItems(store, doc.items);
    return {
      file,
      format: doc.format,
      ...result,
      warnings: doc.warnings,
      ...(doc.recovered ? { recovered: true } : {}),
    };
  } catch (error) {
    return { file, added: 0, updated: 0, skipped: 0, warnings: [], error: toImportError(file, error) };
  }
}

function toImportError(file: string, error: unknown): ImportError {
  if (error instanceof HubError) return { file, code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, code: 'internal', message: `${file}: could not be imported (${reason}).` };
}
