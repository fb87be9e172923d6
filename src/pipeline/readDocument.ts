import { open } from 'node:fs/promises';
import { IngestError } from '../domain/errors.js';
import type { Item } from '../domain/item.js';
import { enrichItem } from '../enrich/enrichItem.js';
import { MAX_DOCUMENT_BYTES, parseDocumentAsync } from '../ingest/parseDocument.js';

export interface ReadDocumentResult {
  format: string;
  items: Item[];
  warnings: string[];
}

/** Reads one file, parses it and enriches its items. Stores nothing. Throws IngestError naming the file. */
export async function readDocument(file: string): Promise<ReadDocumentResult> {
  const bytes = await readBounded(file);
  const parsed = await parseDocumentAsync({ bytes, source: file });
  return { format: parsed.format, items: parsed.items.map(enrichItem), warnings: parsed.warnings };
}

async function readBounded(file: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new IngestError('unreadable_file', `${file}: ${describeFsError(error)}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new IngestError('unreadable_file', `${file}: is a folder, not a file.`);
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new IngestError(
        'file_too_large',
        `${file}: the file is ${formatBytes(info.size)}, more than the ${formatBytes(MAX_DOCUMENT_BYTES)} a single document may have.`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: the hub may not read this file.';
  if (code === 'EISDIR') return 'is a folder, not a file.';
  return `cannot be read (${error instanceof Error ? error.message : String(error)}).`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
