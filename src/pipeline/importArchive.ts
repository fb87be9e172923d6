import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';
import { itemId } from '../domain/ids.js';
import type { Item } from '../domain/item.js';
import { enrichItem } from '../enrich/enrichItem.js';
import { parseArchiveRecord } from '../ingest/archive/parseRecord.js';
import { readWarc } from '../ingest/archive/readWarc.js';
import { judgeRelevance } from '../ingest/archive/relevance.js';
import { CONTENT_RECORD_TYPES } from '../ingest/archive/warcRecord.js';
import type { Store } from '../store/types.js';
import { storeItems } from './corrections.js';
import type { FileOutcome } from './importFiles.js';

/** Counts for a progress display, reported after every batch and every few hundred records. */
export interface ArchiveProgress {
  records: number;
  /** Items found in the records (kept + dropped). */
  items: number;
  kept: number;
  dropped: number;
  /** Batches written to the store. */
  batches: number;
  errors: number;
  recordsPerSecond: number;
}

/** Why one archived item was kept or dropped. */
export interface ArchiveVerdict {
  record: number;
  url: string | null;
  title: string;
  keep: boolean;
  score: number;
  reasons: string[];
}

/** A file outcome with what the relevance filter did; `reasons` holds a sample ("URL — kept: …"). */
export interface ArchiveOutcome extends FileOutcome {
  records: number;
  kept: number;
  dropped: number;
  /** Kept items whose URL (or id) came earlier in the same archive: the first capture wins, so re-runs agree. */
  duplicates: number;
  reasons: string[];
  /** True when the signal stopped the import; what was written so far stays, and a re-run completes it. */
  interrupted?: boolean;
}

export interface ImportArchiveOptions {
  /** Items per transaction (default 500). */
  batchSize?: number;
  onProgress?: (progress: ArchiveProgress) => void;
  /** Called for every item the relevance filter judged, kept or dropped. */
  onVerdict?: (verdict: ArchiveVerdict) => void;
  /** Stops after the batch being written. */
  signal?: AbortSignal;
  /** Store every item, relevant or not (the verdicts are still reported). */
  keepAll?: boolean;
  maxBodyBytes?: number;
}

const MAX_WARNINGS = 100;
const REASON_SAMPLES = 10;

/**
 * Imports a WARC or WET archive in constant memory: records are streamed, parsed by their content type, judged
 * by the relevance filter, enriched, and stored in batches of `batchSize` items, one transaction each. Item ids
 * are stable, so an import stopped at any point and run again ends with the same store as an uninterrupted one.
 * When an archive holds the same URL twice, the first capture is stored and the later ones are counted as
 * duplicates: otherwise every re-run would flip the item between its versions and add revisions.
 */
export async function importArchive(
  store: Store,
  file: string,
  options: ImportArchiveOptions = {},
): Promise<ArchiveOutcome> {
  const batchSize = options.batchSize ?? 500;
  const outcome: ArchiveOutcome = {
    file,
    format: 'warc',
    added: 0,
    updated: 0,
    skipped: 0,
    warnings: [],
    records: 0,
    kept: 0,
    dropped: 0,
    duplicates: 0,
    reasons: [],
  };
  const seen = new Set<string>();
  let extraWarnings = 0;
  const warn = (message: string) => {
    if (outcome.warnings.length < MAX_WARNINGS) outcome.warnings.push(message);
    else extraWarnings++;
  };
  const samples = { kept: [] as string[], dropped: [] as string[] };
  const started = performance.now();
  let lastReport = started;
  let batches = 0;
  let errors = 0;
  let batch: Item[] = [];

  const report = () => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    options.onProgress?.({
      records: outcome.records,
      items: outcome.kept + outcome.dropped,
      kept: outcome.kept,
      dropped: outcome.dropped,
      batches,
      errors,
      recordsPerSecond: Math.round(outcome.records / seconds),
    });
    lastReport = performance.now();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await storeItems(store, batch);
    outcome.added += result.added;
    outcome.updated += result.updated;
    outcome.skipped += result.skipped;
    batch = [];
    batches++;
    report();
  };

  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  try {
    const records = readWarc(stream, {
      source: file,
      readBody: (type) => CONTENT_RECORD_TYPES.has(type),
      onWarning: warn,
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    });
    for await (const record of records) {
      outcome.records++;
      if (record.type === 'conversion') outcome.format = 'wet';
      let parsed: ReturnType<typeof parseArchiveRecord>;
      try {
        parsed = parseArchiveRecord(record, { source: file, format: record.type === 'conversion' ? 'wet' : 'warc' });
      } catch (error) {
        errors++;
        warn(`${file}: record ${record.index} could not be read (${error instanceof Error ? error.message : error}).`);
        continue;
      }
      if (parsed.kind === 'skipped') continue;
      for (const warning of parsed.warnings) warn(warning);
      for (const item of parsed.items) {
        const verdict = judgeRelevance({ title: item.title, text: item.text, ...(item.url ? { url: item.url } : {}) });
        const label = item.url ?? item.title;
        options.onVerdict?.({ record: record.index, url: item.url ?? null, title: item.title, ...verdict });
        const sample = verdict.keep ? samples.kept : samples.dropped;
        if (sample.length < REASON_SAMPLES / 2) sample.push(`${label} — ${verdict.reasons.join('; ')}`);
        if (!verdict.keep && !options.keepAll) {
          outcome.dropped++;
          continue;
        }
        if (verdict.keep) outcome.kept++;
        else outcome.dropped++;
        const id = itemId(item);
        if (seen.has(id)) {
          outcome.duplicates++;
          continue;
        }
        seen.add(id);
        try {
          batch.push(enrichItem(item));
        } catch (error) {
          errors++;
          warn(`${label}: could not be understood (${error instanceof Error ? error.message : error}).`);
        }
      }
      if (batch.length >= batchSize) {
        await flush();
        if (options.signal?.aborted) {
          outcome.interrupted = true;
          break;
        }
      } else if (outcome.records % 200 === 0 && performance.now() - lastReport > 250) report();
    }
    if (!outcome.interrupted) await flush();
  } finally {
    stream.destroy();
  }
  if (extraWarnings > 0) outcome.warnings.push(`${file}: ${extraWarnings} more warnings were left out.`);
  outcome.reasons = [...samples.kept, ...samples.dropped];
  report();
  return outcome;
}

/** Archive by name (.warc, .wet, optionally .gz). */
export function isArchiveName(file: string): boolean {
  return /\.(warc|wet)(\.gz)?$/i.test(file);
}

/** Archive by name, or by first bytes: `WARC/1.` plain or inside gzip. Never throws (unreadable → false). */
export async function isArchiveFile(file: string): Promise<boolean> {
  if (isArchiveName(file)) return true;
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      // Z_SYNC_FLUSH decompresses the start of a stream without complaining that the rest is missing.
      head = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return false;
    }
  }
  return head.subarray(0, 7).toString('latin1') === 'WARC/1.';
}
