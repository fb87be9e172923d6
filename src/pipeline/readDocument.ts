import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { IngestError } from '../domain/errors.js';
import { itemId } from '../domain/ids.js';
import type { Item } from '../domain/item.js';
import { enrichItem } from '../enrich/enrichItem.js';
import { parseArchiveRecord } from '../ingest/archive/parseRecord.js';
import { readWarc } from '../ingest/archive/readWarc.js';
import { judgeRelevance } from '../ingest/archive/relevance.js';
import { CONTENT_RECORD_TYPES } from '../ingest/archive/warcRecord.js';
import { MAX_DOCUMENT_BYTES, parseDocumentAsync } from '../ingest/parseDocument.js';

export interface ReadDocumentResult {
  format: string;
  items: Item[];
  warnings: string[];
  /** True when the document was broken and its items were read as a lenient reader would. */
  recovered?: boolean;
}

/** Reads one file, parses it and enriches its items. Stores nothing. Throws IngestError naming the file. */
export async function readDocument(file: string): Promise<ReadDocumentResult> {
  const bytes = await readBounded(file);
  const parsed = await parseDocumentAsync({ bytes, source: file });
  const result: ReadDocumentResult = {
    format: parsed.format,
    items: parsed.items.map(enrichItem),
    warnings: parsed.warnings,
  };
  if (parsed.recovered) result.recovered = true;
  return result;
}

/** What streaming an archive found, for the summary line: the same counts as an import reports. */
export interface ArchiveReadSummary {
  format: 'warc' | 'wet';
  records: number;
  kept: number;
  dropped: number;
  duplicates: number;
  warnings: string[];
}

/**
 * The items of a WARC or WET archive as an import would store them — each record parsed by its content type, kept
 * by the relevance filter, the first capture of a URL only, enriched — yielded one by one without storing, in
 * constant memory. Returns the counts when done.
 */
export async function* readArchive(file: string): AsyncGenerator<Item, ArchiveReadSummary> {
  await (await openReadable(file)).close();
  const summary: ArchiveReadSummary = { format: 'warc', records: 0, kept: 0, dropped: 0, duplicates: 0, warnings: [] };
  const warn = (message: string) => {
    if (summary.warnings.length < 100) summary.warnings.push(message);
  };
  const seen = new Set<string>();
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  try {
    const records = readWarc(stream, {
      source: file,
      readBody: (type) => CONTENT_RECORD_TYPES.has(type),
      onWarning: warn,
    });
    for await (const record of records) {
      summary.records++;
      const format = record.type === 'conversion' ? 'wet' : 'warc';
      if (format === 'wet') summary.format = 'wet';
      let parsed: ReturnType<typeof parseArchiveRecord>;
      try {
        parsed = parseArchiveRecord(record, { source: file, format });
      } catch (error) {
        warn(`${file}: record ${record.index} could not be read (${error instanceof Error ? error.message : error}).`);
        continue;
      }
      if (parsed.kind === 'skipped') continue;
      for (const warning of parsed.warnings) warn(warning);
      for (const item of parsed.items) {
        if (!judgeRelevance({ title: item.title, text: item.text, ...(item.url ? { url: item.url } : {}) }).keep) {
          summary.dropped++;
          continue;
        }
        summary.kept++;
        const id = itemId(item);
        if (seen.has(id)) {
          summary.duplicates++;
          continue;
        }
        seen.add(id);
        yield enrichItem(item);
      }
    }
  } finally {
    stream.destroy();
  }
  return summary;
}

async function openReadable(file: string): Promise<Awaited<ReturnType<typeof open>>> {
  try {
    return await open(file, 'r');
  } catch (error) {
    throw new IngestError('unreadable_file', `${file}: ${describeFsError(error)}`, { cause: error });
  }
}

async function readBounded(file: string): Promise<Uint8Array> {
  const handle = await openReadable(file);
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
