/**
 * `npx tsx eval/benchEnrich.ts [ROUNDS]`: average CPU time of `enrichItem` on ~3 KB items built from the devset (each
 * item's text repeated to about 3,000 characters), on one core, after a warm-up. A measurement, never a test.
 */
import type { ParsedItem } from '../src/domain/item.js';
import { enrichItem } from '../src/enrich/enrichItem.js';
import { loadDevset } from './devset.js';

const TARGET_CHARS = 3000;

function threeKb(text: string): string {
  let body = text;
  while (body.length < TARGET_CHARS) body = `${body}\n\n${text}`;
  return body.slice(0, TARGET_CHARS);
}

const items: ParsedItem[] = loadDevset().map((item) => ({
  title: item.title,
  text: threeKb(item.text),
  url: item.url,
  provenance: { source: item.id, format: 'text-page', position: 0 },
}));
const rounds = Number(process.argv[2] ?? 20);
for (const item of items) enrichItem(item);
// CPU time of this process, not wall time: on a shared machine the wall clock also counts waiting for a core.
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const item of items) enrichItem(item);
const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const n = rounds * items.length;
process.stdout.write(
  `enrichItem: ${(cpuMs / n).toFixed(3)} ms CPU per ~3 KB item (wall ${(wallMs / n).toFixed(3)} ms; ` +
    `${items.length} items × ${rounds} rounds, ${process.version})\n`,
);
