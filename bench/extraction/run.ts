/**
 * Main-text extraction benchmark: token precision/recall/F1 of plain Readability ("before") and of the hub's
 * extractor ("after") on the article fixtures, each `NAME.html` with its expected main text in `NAME.expected.txt`.
 * Run with `npx tsx bench/extraction/run.ts` or `npm run bench -- extraction`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/ingest/page/extractArticle.js';
import { plainReadabilityText } from './baseline.js';
import { type Score, scoreText } from './score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../../test/fixtures/page/articles');

interface Row {
  fixture: string;
  'before P': string;
  'before R': string;
  'before F1': string;
  'after P': string;
  'after R': string;
  'after F1': string;
  'after ms': string;
}

const fixed = (n: number) => n.toFixed(3);

/** Scores every fixture with both extractors and prints one table row per fixture plus the macro average. */
export async function runExtractionBench(): Promise<Row[]> {
  const names = (await readdir(fixtures)).filter((name) => name.endsWith('.html')).sort();
  const rows: Row[] = [];
  const before: Score[] = [];
  const after: Score[] = [];
  let totalMs = 0;
  for (const name of names) {
    const html = await readFile(path.join(fixtures, name), 'utf8');
    const expected = await readFile(path.join(fixtures, name.replace(/\.html$/, '.expected.txt')), 'utf8');
    const b = scoreText(plainReadabilityText(html), expected);
    const start = performance.now();
    const a = scoreText(extractArticle(html).text, expected);
    const ms = performance.now() - start;
    totalMs += ms;
    before.push(b);
    after.push(a);
    rows.push(row(name.replace(/\.html$/, ''), b, a, ms));
  }
  rows.push(row('MEAN', mean(before), mean(after), totalMs / names.length));
  console.table(rows);
  return rows;
}

function row(fixture: string, b: Score, a: Score, ms: number): Row {
  return {
    fixture,
    'before P': fixed(b.precision),
    'before R': fixed(b.recall),
    'before F1': fixed(b.f1),
    'after P': fixed(a.precision),
    'after R': fixed(a.recall),
    'after F1': fixed(a.f1),
    'after ms': ms.toFixed(1),
  };
}

function mean(scores: Score[]): Score {
  const avg = (pick: (s: Score) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / (scores.length || 1);
  return { precision: avg((s) => s.precision), recall: avg((s) => s.recall), f1: avg((s) => s.f1) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runExtractionBench();
}
