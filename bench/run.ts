/**
 * Speed and memory measurements; never timed tests. `npm run bench` runs ingest and search;
 * `npm run bench -- ingest`, `-- search` or `-- warc` one of them.
 * BENCH_ITEMS sets the end-to-end corpus size (default 100000); BENCH_WARC_MB the size of the generated WARC for
 * `warc` (default 1024). Figures go to stdout as a table and to bench/out/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openHub } from '../src/app/openHub.js';
import { importFiles } from '../src/pipeline/importFiles.js';
import { tempDir } from '../test/support/tempDir.js';
import { generateCorpus } from './generateCorpus.js';
import { benchIngest, type Results } from './ingestBench.js';
import { benchWarcMemory } from './warcMemory.js';

const total = Number(process.env.BENCH_ITEMS ?? 100_000);
const which = process.argv[2] ?? 'all';
const results: Results = which === 'warc' ? { node: process.version } : { items: total, node: process.version };

if (which === 'extraction') {
  // Main-text extraction quality on the page fixtures; needs no corpus (see bench/extraction/run.ts).
  await (await import('./extraction/run.js')).runExtractionBench();
  process.exit(0);
}

const { dir, cleanup } = await tempDir('migration-hub-bench-');
try {
  let database: string | undefined;
  if (which === 'all' || which === 'ingest') database = await benchIngest(dir, total, results);
  if (which === 'all' || which === 'search') await benchSearch(database);
  if (which === 'warc') await benchWarcMemory(dir, Number(process.env.BENCH_WARC_MB ?? 1024), results);
} finally {
  await cleanup();
}

console.table(results);
await mkdir('bench/out', { recursive: true });
await writeFile(`bench/out/bench-${which}-${Date.now()}.json`, `${JSON.stringify(results, null, 2)}\n`);

/** Search latency over the imported corpus (imports one first when run alone). */
async function benchSearch(existing: string | undefined): Promise<void> {
  const database = existing ?? path.join(dir, 'search.sqlite');
  const hub = await openHub({ database });
  if (!existing) await importFiles(hub.store, await generateCorpus(path.join(dir, 'corpus'), total));
  const queries = [
    { q: 'border management' },
    { q: '"trafficking in persons"' },
    { q: 'remittances', objectives: [20] },
    { countries: ['SEN'] },
    {},
    { q: 'migrants', sort: 'date' as const, page: 5 },
  ];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const s = performance.now();
      await hub.search.search(q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  results['search p50 ms'] = (times[Math.floor(times.length * 0.5)] ?? 0).toFixed(1);
  results['search p95 ms'] = (times[Math.floor(times.length * 0.95)] ?? 0).toFixed(1);
  await hub.close();
}
