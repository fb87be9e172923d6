/** Memory while streaming a large generated WARC through the whole archive import (parse, filter, enrich, store). */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { openHub } from '../src/app/openHub.js';
import { importArchive } from '../src/pipeline/importArchive.js';
import { generateArchive } from './generateFormats.js';
import type { Results } from './ingestBench.js';

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Generates a WARC of about `megabytes` MiB (gzip per record, as Common Crawl) and imports it, sampling RSS every second. */
export async function benchWarcMemory(dir: string, megabytes: number, results: Results): Promise<void> {
  const file = path.join(dir, 'big.warc.gz');
  let t = performance.now();
  // Pages of ~24 KiB (hidden padding stands in for the markup of real pages); one in two is not about migration.
  const generated = await generateArchive(file, {
    kind: 'warc',
    bytes: megabytes * 1024 * 1024,
    gzip: false,
    unrelatedEvery: 2,
    padding: 20_000,
  });
  results['warc file MiB'] = mib((await stat(file)).size);
  results['warc records'] = generated.records;
  results['warc generate s'] = ((performance.now() - t) / 1000).toFixed(1);

  const hub = await openHub({ database: path.join(dir, 'warc.sqlite') });
  const samples: number[] = [process.memoryUsage().rss];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss), 1000);
  t = performance.now();
  const outcome = await importArchive(hub.store, file);
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  samples.push(process.memoryUsage().rss);
  await hub.close();

  results['warc import s'] = seconds.toFixed(1);
  results['warc records/s'] = Math.round(outcome.records / seconds);
  results['warc MiB/s'] = (results['warc file MiB'] / seconds).toFixed(1);
  results['warc kept / dropped'] = `${outcome.kept} / ${outcome.dropped}`;
  const at = (fraction: number) =>
    mib(samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))] ?? 0);
  results['RSS MiB start'] = mib(samples[0] ?? 0);
  results['RSS MiB at 25% / 50% / 75%'] = `${at(0.25)} / ${at(0.5)} / ${at(0.75)}`;
  results['RSS MiB peak'] = mib(Math.max(...samples));
  results['RSS MiB end'] = mib(samples.at(-1) ?? 0);
  results['RSS samples'] = samples.length;
}
