import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IngestError } from '../domain/errors.js';
import type { Item } from '../domain/item.js';
import { type ArchiveReadSummary, readArchive, readDocument } from './readDocument.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));

async function readAll(file: string): Promise<{ items: Item[]; summary: ArchiveReadSummary }> {
  const items: Item[] = [];
  const reader = readArchive(file);
  for (;;) {
    const next = await reader.next();
    if (next.done) return { items, summary: next.value };
    items.push(next.value);
  }
}

describe('readDocument', () => {
  it('says when a broken feed was recovered, and not otherwise', async () => {
    const broken = await readDocument(fixture('feed/malformed-rss1.xml'));
    assert.equal(broken.recovered, true);
    assert.equal(broken.items.length, 2);
    assert.match(broken.warnings[0] ?? '', /recovered from broken XML/);
    assert.equal((await readDocument(fixture('feed/rss1-dc.xml'))).recovered, undefined);
  });

  it('reads a JSON Feed into enriched items', async () => {
    const doc = await readDocument(fixture('feed/jsonfeed-1.1.json'));
    assert.equal(doc.format, 'json-feed');
    assert.equal(doc.items[0]?.type, 'publication');
    assert.equal(doc.items[0]?.provenance.format, 'json-feed');
  });
});

describe('readArchive', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-archive-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('streams the kept items of a WARC, enriched, and counts what it read as an import does', async () => {
    const { items, summary } = await readAll(fixture('archive/sample.warc'));
    assert.deepEqual(
      items.map((item) => item.title),
      [
        'Coastal towns welcome migrant workers and their families',
        'Accueil des réfugiés dans les villes moyennes',
        'Pilot counselling service opens in two cities',
        'Ministers agree on safe pathways for migrants',
        'New report on human trafficking along the coast',
      ],
    );
    assert.ok(items.every((item) => item.id && item.provenance.format === 'warc'));
    assert.deepEqual(
      [summary.format, summary.records, summary.kept, summary.dropped, summary.duplicates],
      ['warc', 16, 5, 3, 0],
    );
  });

  it('reads a gzip WET file, whatever its name', async () => {
    const file = path.join(dir, 'texts.bin');
    writeFileSync(file, gzipSync(readFileSync(fixture('archive/sample.wet'))));
    const { items, summary } = await readAll(file);
    assert.equal(summary.format, 'wet');
    assert.ok(items.length >= 3);
    assert.ok(items.every((item) => item.provenance.format === 'wet'));
  });

  it('throws unreadable_file for a missing archive', async () => {
    await assert.rejects(
      () => readAll(path.join(dir, 'missing.warc')),
      (error: unknown) => error instanceof IngestError && error.code === 'unreadable_file',
    );
  });
});
