/** Parse-only rates per format and end-to-end import rates into SQLite. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { openHub } from '../src/app/openHub.js';
import type { ParsedItem } from '../src/domain/item.js';
import { enrichItem } from '../src/enrich/enrichItem.js';
import { parseHtmlRecord } from '../src/ingest/archive/htmlRecord.js';
import { parseArchiveRecord } from '../src/ingest/archive/parseRecord.js';
import { readWarc } from '../src/ingest/archive/readWarc.js';
import { judgeRelevance } from '../src/ingest/archive/relevance.js';
import { parseDocument } from '../src/ingest/parseDocument.js';
import { importArchive } from '../src/pipeline/importArchive.js';
import { importFiles } from '../src/pipeline/importFiles.js';
import { generateCorpus } from './generateCorpus.js';
import { generateArchive, generateAtom, generateTextFeeds, htmlPage } from './generateFormats.js';

export type Results = Record<string, string | number>;

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));

/** parseDocument over files (read beforehand, so only parsing is timed); keeps a sample of items for later steps. */
async function parseFiles(files: string[]): Promise<{ items: number; ms: number; parsed: ParsedItem[] }> {
  const parsed: ParsedItem[] = [];
  const contents = await Promise.all(files.map((f) => readFile(f)));
  let items = 0;
  const t = performance.now();
  for (const [i, file] of files.entries()) {
    const doc = parseDocument({ bytes: new Uint8Array(contents[i] as Buffer), source: file });
    items += doc.items.length;
    for (const item of doc.items) if (parsed.length < 2000) parsed.push(item);
  }
  return { items, ms: performance.now() - t, parsed };
}

/** Records streamed and parsed from an archive file (no relevance, no store). */
async function parseArchive(file: string, format: 'warc' | 'wet'): Promise<{ items: number; ms: number; mb: number }> {
  const t = performance.now();
  let items = 0;
  let bytes = 0;
  for await (const record of readWarc(createReadStream(file, { highWaterMark: 1 << 20 }), { source: file })) {
    bytes += record.contentLength;
    const result = parseArchiveRecord(record, { source: file, format });
    if (result.kind === 'items') items += result.items.length;
  }
  const ms = performance.now() - t;
  return { items, ms, mb: bytes / (1024 * 1024) / (ms / 1000) };
}

/** The ingest benchmark: `total` items end to end, a sample of each format parse-only. */
export async function benchIngest(dir: string, total: number, results: Results): Promise<string> {
  const sample = Math.min(total, 20_000);
  const rssFiles = await generateCorpus(path.join(dir, 'rss'), total);
  const rssSample = rssFiles.slice(0, Math.ceil(sample / 1000));

  const rss = await parseFiles(rssSample);
  results['parse rss items/s'] = rate(rss.items, rss.ms);
  const atom = await parseFiles(await generateAtom(path.join(dir, 'atom'), sample));
  results['parse atom items/s'] = rate(atom.items, atom.ms);
  const text = await parseFiles(await generateTextFeeds(path.join(dir, 'text'), sample));
  results['parse text-dump items/s'] = rate(text.items, text.ms);

  const pages = Array.from({ length: Math.min(sample, 5000) }, (_, i) => htmlPage(i));
  let t = performance.now();
  const provenance = { source: 'bench', format: 'warc' as const, position: 0 };
  for (const page of pages) parseHtmlRecord(page, { provenance });
  results['parse html page (archive) items/s'] = rate(pages.length, performance.now() - t);

  const warcFile = path.join(dir, 'bench.warc.gz');
  await generateArchive(warcFile, { kind: 'warc', records: sample, gzip: true, unrelatedEvery: 4 });
  const warc = await parseArchive(warcFile, 'warc');
  results['parse warc.gz (html) items/s'] = rate(warc.items, warc.ms);
  const wetFile = path.join(dir, 'bench.wet.gz');
  await generateArchive(wetFile, { kind: 'wet', records: sample, gzip: true, unrelatedEvery: 4 });
  const wet = await parseArchive(wetFile, 'wet');
  results['parse wet.gz items/s'] = rate(wet.items, wet.ms);

  t = performance.now();
  for (const item of rss.parsed) judgeRelevance(item);
  results['relevance filter items/s'] = rate(rss.parsed.length, performance.now() - t);
  for (const item of rss.parsed.slice(0, 200)) enrichItem(item); // warm-up: compiled code, loaded dictionaries
  t = performance.now();
  for (const item of rss.parsed) enrichItem(item);
  results['enrich ms/item (one core)'] = ((performance.now() - t) / rss.parsed.length).toFixed(3);

  // End to end twice, into fresh stores: in this thread only, then with parse workers (BENCH_WORKERS, default one
  // per core). CPU time counts every thread of the process; items/s on an idle machine ≈ cores × 1000 / CPU ms.
  const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
  let database = '';
  for (const count of [0, workers]) {
    database = path.join(dir, `bench-${count}.sqlite`);
    const store = await openHub({ database });
    t = performance.now();
    const cpu = process.cpuUsage();
    const summary = await importFiles(store.store, rssFiles, { workers: count });
    const importMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const label = count === 0 ? 'import rss, no workers' : `import rss, ${count} workers`;
    results[`${label}: items`] = summary.added;
    results[`${label}: items/s`] = rate(summary.added, importMs);
    results[`${label}: CPU ms/item`] = ((used.user + used.system) / 1000 / summary.added).toFixed(3);
    await store.close();
  }
  const hub = await openHub({ database });
  t = performance.now();
  const archive = await importArchive(hub.store, wetFile);
  results['import wet.gz end-to-end items/s (kept+dropped)'] = rate(
    archive.kept + archive.dropped,
    performance.now() - t,
  );
  // maxRSS is the process's peak, worker threads included.
  results['peak RSS MiB'] = Math.round(process.resourceUsage().maxRSS / 1024);
  await hub.close();
  return database;
}
