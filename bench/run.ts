/**
 * Speed and memory measurements. `npm run bench` runs all; `npm run bench -- ingest` or `-- search` one.
 * BENCH_ITEMS sets the corpus size (default 20000). Figures go to stdout as a small table and to bench/out/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openHub } from '../src/app/openHub.js';
import { enrichItem } from '../src/enrich/enrichItem.js';
import { parseDocument } from '../src/ingest/parseDocument.js';
import { importFiles } from '../src/pipeline/importFiles.js';
import { tempDir } from '../test/support/tempDir.js';
import { generateCorpus } from './generateCorpus.js';

const total = Number(process.env.BENCH_ITEMS ?? 20_000);
const which = process.argv[2] ?? 'all';
const results: Record<string, string | number> = { items: total };

const { dir, cleanup } = await tempDir('migration-hub-bench-');
try {
  const files = await generateCorpus(path.join(dir, 'corpus'), total);
  if (which === 'all' || which === 'ingest' || which === 'search') {
    let t = performance.now();
    let parsed = 0;
    let enrichMs = 0;
    for (const file of files) {
      const doc = parseDocument({ bytes: new Uint8Array(await readFile(file)), source: file });
      parsed += doc.items.length;
      const e = performance.now();
      for (const p of doc.items) enrichItem(p);
      enrichMs += performance.now() - e;
    }
    const parseEnrichMs = performance.now() - t;
    results['parse (rss) items/s'] = Math.round(parsed / ((parseEnrichMs - enrichMs) / 1000));
    results['enrich ms/item'] = (enrichMs / parsed).toFixed(3);

    const hub = await openHub({ database: path.join(dir, 'bench.sqlite') });
    t = performance.now();
    const summary = await importFiles(hub.store, files);
    const importMs = performance.now() - t;
    results['import end-to-end items/s'] = Math.round(summary.added / (importMs / 1000));
    results['peak RSS MiB'] = Math.round(process.memoryUsage().rss / 1024 / 1024);

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
    results['search p50 ms'] = times[Math.floor(times.length * 0.5)]!.toFixed(1);
    results['search p95 ms'] = times[Math.floor(times.length * 0.95)]!.toFixed(1);
    await hub.close();
  }
} finally {
  await cleanup();
}

console.table(results);
await mkdir('bench/out', { recursive: true });
await writeFile(`bench/out/bench-${Date.now()}.json`, `${JSON.stringify(results, null, 2)}\n`);
