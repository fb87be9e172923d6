import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { type ArchiveOutcome, type ArchiveProgress, importArchive } from '../../src/pipeline/importArchive.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { sampleWetRecords } from '../fixtures/archive/makeFixtures.js';
import { conversionRecord, warcinfoRecord } from '../fixtures/archive/warcBuilder.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const SAMPLE_WARC = path.join(ROOT, 'test/fixtures/archive/sample.warc');
const TOPICS = ['migrants and asylum seekers', 'refugees and resettlement', 'remittances from the diaspora'];

/** A WET archive of `n` texts, most about migration, some not, and one URL captured twice with different text. */
function generatedWet(n: number): Buffer {
  const records = [warcinfoRecord()];
  for (let i = 0; i < n; i++) {
    const relevant = i % 4 !== 3;
    const text = relevant
      ? `Report ${i} on ${TOPICS[i % 3]}\nThe ministry met ${TOPICS[(i + 1) % 3]} in district ${i}. Migration officials listened to migrants.`
      : `Match report ${i}\nThe home side won ${i % 5} to nil in front of a large crowd on a cold evening.`;
    records.push(conversionRecord(`https://wet.example.org/${i}`, text, 'eng'));
  }
  records.push(
    conversionRecord(
      'https://wet.example.org/0',
      'Report 0, revised\nMigrants, refugees and asylum seekers: a new text on migration.',
      'eng',
    ),
  );
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

/** Every row of every table (timestamps left out), so two stores can be compared whole. */
function dumpStore(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      dump[table] = rows
        .map((row) =>
          JSON.stringify(Object.entries(row).filter(([column]) => !/(_at|applied|timestamp)$/.test(column))),
        )
        .sort();
    }
    return dump;
  } finally {
    db.close();
  }
}

describe('importArchive', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const hubs: Hub[] = [];
  const open = async (name: string) => {
    const hub = await openHub({ database: path.join(dir, name) });
    hubs.push(hub);
    return hub;
  };

  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(async () => {
    for (const hub of hubs) await hub.close();
    await cleanup();
  });

  it('imports a WARC end to end: relevant pages and feed items stored, the others dropped with reasons', async () => {
    const hub = await open('warc.sqlite');
    const summary = await importFiles(hub.store, [SAMPLE_WARC]);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.added, 5);
    assert.equal(await hub.store.items.count(), 5);

    const french = (await hub.search.search({ q: 'réfugiés' })).hits[0]?.item;
    assert.equal(french?.title, 'Accueil des réfugiés dans les villes moyennes');
    assert.equal(french?.language, 'fr');
    assert.equal(french?.provenance.format, 'warc');
    assert.equal((await hub.search.search({ q: 'derby' })).total, 0);
    assert.equal((await hub.search.search({ q: 'marathon' })).total, 0);

    const again = await importFiles(hub.store, [SAMPLE_WARC]);
    assert.deepEqual([again.added, again.updated, again.skipped], [0, 0, 5]);
  });

  it('reports kept and dropped counts, a sample of reasons, progress and a verdict per item', async () => {
    const hub = await open('verdicts.sqlite');
    const progress: ArchiveProgress[] = [];
    const verdicts: string[] = [];
    const outcome = await importArchive(hub.store, SAMPLE_WARC, {
      onProgress: (p) => progress.push(p),
      onVerdict: (v) => verdicts.push(`${v.keep ? 'kept' : 'dropped'} ${v.title}`),
    });
    assert.deepEqual([outcome.records, outcome.kept, outcome.dropped, outcome.added], [16, 5, 3, 5]);
    assert.equal(outcome.format, 'warc');
    assert.ok(verdicts.includes('dropped Late goal settles the derby'));
    assert.ok(verdicts.includes('dropped Notes on our database migration'));
    assert.ok(verdicts.includes('kept Pilot counselling service opens in two cities'));
    assert.ok(
      outcome.reasons.some((r) => /^https:\/\/sport\.example\.com\/.* — dropped: 1 migration term \(border\)/.test(r)),
    );
    assert.ok(outcome.reasons.some((r) => r.includes('not counted, not about people: database migration ×2')));
    assert.deepEqual(progress.at(-1), {
      records: 16,
      items: 8,
      kept: 5,
      dropped: 3,
      batches: 1,
      errors: 0,
      recordsPerSecond: progress.at(-1)?.recordsPerSecond,
    });
  });

  it('finds a gzip WET archive by its first bytes whatever its name, in en, fr and es', async () => {
    const hub = await open('wet.sqlite');
    const file = path.join(dir, 'crawl-segment.data');
    await writeFile(file, Buffer.concat(sampleWetRecords().map((r) => gzipSync(r))));
    const outcomes: ArchiveOutcome[] = [];
    const summary = await importFiles(hub.store, [file], { onFile: (o) => outcomes.push(o as ArchiveOutcome) });
    assert.deepEqual(summary.errors, []);
    assert.deepEqual([outcomes[0]?.format, outcomes[0]?.kept, outcomes[0]?.dropped], ['wet', 3, 2]);
    const languages = [];
    for (const q of ['remittances', 'sauvetages', 'integración']) {
      const item = (await hub.search.search({ q })).hits[0]?.item;
      languages.push(item?.language);
    }
    assert.deepEqual(languages, ['en', 'fr', 'es']);
  });

  it('ends with exactly the same store when an import is stopped after some batches and run again', async () => {
    const file = path.join(dir, 'generated.wet.gz');
    await writeFile(file, generatedWet(40));

    const whole = await open('whole.sqlite');
    const full = await importArchive(whole.store, file, { batchSize: 4 });
    assert.equal(full.interrupted, undefined);
    assert.deepEqual([full.kept, full.dropped], [31, 10]);
    assert.equal(full.duplicates, 1);
    assert.equal(await whole.store.items.count(), 30); // one URL was captured twice: the first capture wins

    for (const stopAfter of [1, 3, 7]) {
      const name = `interrupted-${stopAfter}.sqlite`;
      const hub = await open(name);
      const controller = new AbortController();
      const first = await importArchive(hub.store, file, {
        batchSize: 4,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.batches === stopAfter) controller.abort();
        },
      });
      assert.equal(first.interrupted, true);
      assert.equal(first.added, stopAfter * 4);
      await importArchive(hub.store, file, { batchSize: 4 });
      assert.deepEqual(
        dumpStore(path.join(dir, name)),
        dumpStore(path.join(dir, 'whole.sqlite')),
        `stopped after ${stopAfter}`,
      );
    }
    assert.equal((await whole.search.search({ q: 'revised' })).total, 0);
    const again = await importArchive(whole.store, file, { batchSize: 4 });
    assert.deepEqual([again.added, again.updated, again.skipped], [0, 0, 30]);
  });

  it('prints kept and dropped counts from the command line, in words and in JSON', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/migration-hub.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, MIGRATION_HUB_DATA_DIR: dir },
        timeout: 60_000,
      });
    const text = run(['import', SAMPLE_WARC, '--database', path.join(dir, 'cli.sqlite')]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /sample\.warc: 16 records, 5 items kept, 3 dropped as not about migration\./);
    const json = run(['import', SAMPLE_WARC, '--json', '--database', path.join(dir, 'cli-json.sqlite')]);
    const fileLine = JSON.parse(json.stdout.split('\n')[0] ?? '{}');
    assert.deepEqual(
      [fileLine.type, fileLine.format, fileLine.kept, fileLine.dropped, fileLine.added],
      ['file', 'warc', 5, 3, 5],
    );
    assert.ok(Array.isArray(fileLine.reasons) && fileLine.reasons.length > 0);
  });
});
