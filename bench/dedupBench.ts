/**
 * What duplicate clustering adds to an import: items are enriched, stored with `upsertMany` and clustered with
 * `clusterItems` in batches of 1000, each step timed apart, into a fresh SQLite file.
 * `npx tsx bench/dedupBench.ts [items] [corpus]` — corpus `varied` (default: distinct texts, one in 20 a
 * near-copy of an earlier item from another source, one in 50 a translation sharing a PDF link) or `bench` (the
 * ingest benchmark's corpus, whose texts repeat every 120 items: the worst case, every item has many copies).
 */
import path from 'node:path';
import { openHub } from '../src/app/openHub.js';
import type { ParsedItem } from '../src/domain/item.js';
import { enrichItem } from '../src/enrich/enrichItem.js';
import { parseDocument } from '../src/ingest/parseDocument.js';
import { clusterItems } from '../src/pipeline/clusterItems.js';
import { tempDir } from '../test/support/tempDir.js';
import { generateCorpus } from './generateCorpus.js';

const total = Number(process.argv[2] ?? 100_000);
const corpus = process.argv[3] ?? 'varied';
const BATCH = 1000;

/** A deterministic pseudo-random generator, so that runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const rand = random(42);
const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'sen', 'tal', 'dor', 'fi', 'ga', 'lo', 'ne', 'pra', 'ste', 'vu', 'zan'];
const VOCABULARY = Array.from({ length: 6000 }, () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''),
);
const COMMON = ['the', 'of', 'and', 'to', 'in', 'migrants', 'migration', 'for', 'with', 'border', 'workers', 'data'];
const PLACES = ['Senegal', 'Morocco', 'Colombia', 'Bangladesh', 'Niger', 'Jordan', 'Germany', 'Mexico', 'Fiji'];
const ORGS = ['IOM', 'UNHCR', 'ICMPD', 'ILO', 'OECD'];

function words(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    out.push(
      r < 0.35
        ? (COMMON[Math.floor(rand() * COMMON.length)] as string)
        : (VOCABULARY[Math.floor(r * r * 6000)] as string),
    );
  }
  return out.join(' ');
}

function variedItems(): ParsedItem[] {
  const items: ParsedItem[] = [];
  for (let i = 0; i < total; i++) {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1100) * 86_400_000).toISOString();
    const place = PLACES[i % PLACES.length];
    const org = ORGS[i % ORGS.length];
    const earlier = i > 100 ? items[Math.floor(rand() * i)] : undefined;
    let item: ParsedItem;
    if (earlier && i % 20 === 0) {
      // A near-copy from another source: a few words changed, a line added.
      const text = earlier.text.replace(/\b(\w+) (\w+) (\w+)/, '$2 $1 $3').concat(` ${words(8)}.`);
      item = {
        ...earlier,
        text,
        guid: `copy-${i}`,
        url: `https://copies.example.org/${i}`,
        sourceOrganization: `Copies ${i % 7}`,
      };
    } else {
      const paragraphs = [0, 1, 2, 3].map(() => `${words(70)}.`);
      const pdf = i % 50 === 1 ? `<p><a href="https://docs.example.org/${i}.pdf">PDF</a></p>` : '';
      item = {
        guid: `item-${i}`,
        url: `https://source${i % 40}.example.org/items/${i}`,
        title: `${org} and ${place}: ${words(6)}`,
        published: day,
        text: `${org} met partners in ${place}. ${paragraphs.join('\n\n')}`,
        html: `<p>${org} met partners in ${place}.</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${pdf}`,
        sourceOrganization: `Source ${i % 40}`,
        provenance: { source: 'bench', format: 'rss', position: i },
      };
    }
    items.push(item);
  }
  return items;
}

async function benchCorpusItems(dir: string): Promise<ParsedItem[]> {
  const { readFile } = await import('node:fs/promises');
  const items: ParsedItem[] = [];
  for (const file of await generateCorpus(path.join(dir, 'rss'), total)) {
    items.push(...parseDocument({ bytes: new Uint8Array(await readFile(file)), source: file }).items);
  }
  return items;
}

const { dir, cleanup } = await tempDir('migration-hub-dedup-bench-');
try {
  const parsed = corpus === 'bench' ? await benchCorpusItems(dir) : variedItems();
  const hub = await openHub({ database: path.join(dir, 'bench.sqlite') });
  const ms = { enrich: 0, store: 0, cluster: 0 };
  let links = 0;
  // CPU time rather than wall time: it does not depend on what else the machine is running.
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  for (let start = 0; start < parsed.length; start += BATCH) {
    let t = cpu();
    const items = parsed.slice(start, start + BATCH).map(enrichItem);
    ms.enrich += cpu() - t;
    t = cpu();
    await hub.store.items.upsertMany(items);
    ms.store += cpu() - t;
    t = cpu();
    links += (await clusterItems(hub.store, items)).links;
    ms.cluster += cpu() - t;
  }
  const summary = await hub.store.clusters.summary();
  await hub.close();
  const perItem = (value: number) => (value / parsed.length).toFixed(3);
  console.table({
    corpus,
    items: parsed.length,
    'enrich CPU ms/item': perItem(ms.enrich),
    'store CPU ms/item': perItem(ms.store),
    'cluster CPU ms/item': perItem(ms.cluster),
    'cluster share of enrich+store+cluster': `${((100 * ms.cluster) / (ms.enrich + ms.store + ms.cluster)).toFixed(1)} %`,
    links,
    clusters: summary.clusters,
    'items in clusters': summary.itemsInClusters,
    largest: summary.largest,
  });
} finally {
  await cleanup();
}
