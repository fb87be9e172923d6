import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openHub } from '../../src/app/openHub.js';
import { IngestError } from '../../src/domain/errors.js';
import { type FileOutcome, type ImportSummary, importFiles } from '../../src/pipeline/importFiles.js';
import { openDocumentReader } from '../../src/pipeline/workers/documentReader.js';
import { chooseWorkerCount, MIN_PARALLEL_BYTES } from '../../src/pipeline/workers/workerCount.js';
import { deserializeError, serializeError } from '../../src/pipeline/workers/workerProtocol.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const FIXTURES = path.join(ROOT, 'test/fixtures');

/** Every row of every table but the FTS shadow tables, timestamps left out, sorted: two stores compared whole. */
function dumpStore(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      dump[table] = rows
        .map((row) =>
          JSON.stringify(Object.entries(row).filter(([column]) => !/(_at|applied|timestamp)$/.test(column))),
        )
        .sort();
    }
    // The search index, compared through what it finds: the same terms must lead to the same documents.
    const fts = db.prepare('SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid').all('migrant*');
    dump.fts_migrant = fts.map((row) => JSON.stringify(row));
    return dump;
  } finally {
    db.close();
  }
}

/** A feed whose items share guids with the other generated feeds, so the order of files decides what is stored. */
function overlappingFeed(n: number): string {
  const items = Array.from({ length: 40 }, (_, i) => {
    const id = (i * 3 + n) % 50;
    return `<item><title>Bulletin ${id}, edition ${n}</title><guid>bulletin-${id}</guid><link>https://ex.example.org/${id}</link><description><![CDATA[<p>Edition ${n}: migrants in Senegal and Morocco, remittances and labour mobility, item ${id}.</p>]]></description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bulletins</title><link>https://ex.example.org/</link>${items.join('')}</channel></rss>`;
}

async function importAndDump(dir: string, name: string, files: string[], workers: number) {
  const database = path.join(dir, `${name}.sqlite`);
  const hub = await openHub({ database });
  const outcomes: FileOutcome[] = [];
  let summary: ImportSummary;
  try {
    summary = await importFiles(hub.store, files, { workers, onFile: (o) => outcomes.push(o) });
  } finally {
    await hub.close();
  }
  return { summary, outcomes, dump: dumpStore(database) };
}

describe('import with parse workers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let files: string[];

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    const generated: string[] = [];
    for (let n = 0; n < 6; n++) {
      const file = path.join(dir, `bulletins-${n}.rss`);
      await writeFile(file, overlappingFeed(n));
      generated.push(file);
    }
    const broken = path.join(dir, 'broken.rss');
    await writeFile(broken, '<rss><channel><title>Nothing here');
    // Folders, a web archive in the middle (streamed in this thread), failures, and items met again later.
    files = [
      path.join(FIXTURES, 'feed'),
      ...generated.slice(0, 3),
      path.join(FIXTURES, 'archive/sample.wet'),
      path.join(FIXTURES, 'text'),
      broken,
      path.join(FIXTURES, 'email'),
      ...generated.slice(3),
      path.join(FIXTURES, 'pipeline/news.rss'),
    ];
  });
  after(() => cleanup());

  it('ends with exactly the store, outcomes and errors of the import in one thread', async () => {
    const single = await importAndDump(dir, 'single', files, 0);
    const parallel = await importAndDump(dir, 'parallel', files, 2);
    assert.ok(single.summary.added > 100, `a corpus worth comparing: ${single.summary.added} items`);
    assert.ok(single.summary.updated > 0, 'later files change items of earlier ones');
    assert.ok(single.summary.errors.length > 2, 'failures are compared too');
    assert.deepEqual(parallel.summary, single.summary);
    assert.deepEqual(parallel.outcomes, single.outcomes);
    assert.deepEqual(Object.keys(parallel.dump), Object.keys(single.dump));
    for (const table of Object.keys(single.dump)) {
      assert.deepEqual(parallel.dump[table], single.dump[table], `table ${table}`);
    }
  });

  it('reports an error from a worker with the file name, code and message the in-process import gives', async () => {
    const empty = path.join(dir, 'empty.xml');
    const binary = path.join(dir, 'picture.png');
    const missing = path.join(dir, 'missing.rss');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const list = [empty, binary, missing, path.join(FIXTURES, 'pipeline/news.rss')];
    const reader = await openDocumentReader(list, 2);
    try {
      assert.equal(reader.workers, 2, 'the documents are read by workers');
      await assert.rejects(reader.read(0), (error: unknown) => {
        assert.ok(error instanceof IngestError);
        assert.equal(error.code, 'empty_document');
        assert.equal(error.message, `${empty}: the document is empty.`);
        return true;
      });
    } finally {
      await reader.close();
    }
    const parallel = await importAndDump(dir, 'errors-parallel', list, 2);
    const single = await importAndDump(dir, 'errors-single', list, 0);
    assert.deepEqual(
      parallel.summary.errors.map((e) => [e.file, e.code]),
      [
        [empty, 'empty_document'],
        [binary, 'unsupported_format'],
        [missing, 'unreadable_file'],
      ],
    );
    assert.deepEqual(parallel.summary, single.summary);
  });
});

describe('chooseWorkerCount', () => {
  it('keeps small imports and single documents in this thread', () => {
    assert.equal(chooseWorkerCount({ requested: undefined, documents: 1, bytes: 50 * MIN_PARALLEL_BYTES }), 0);
    assert.equal(chooseWorkerCount({ requested: undefined, documents: 2, bytes: 2000 }), 0);
  });

  it('uses the configured cap for large imports, never more workers than documents', () => {
    const env = { MIGRATION_HUB_WORKERS: '3' };
    assert.equal(chooseWorkerCount({ requested: undefined, documents: 10, bytes: 4 * MIN_PARALLEL_BYTES, env }), 3);
    assert.equal(chooseWorkerCount({ requested: undefined, documents: 2, bytes: 4 * MIN_PARALLEL_BYTES, env }), 2);
    const off = { MIGRATION_HUB_WORKERS: '0' };
    assert.equal(
      chooseWorkerCount({ requested: undefined, documents: 10, bytes: 4 * MIN_PARALLEL_BYTES, env: off }),
      0,
    );
    assert.equal(chooseWorkerCount({ requested: 4, documents: 2, bytes: 10 }), 2, 'asked for: used as given');
    assert.equal(chooseWorkerCount({ requested: 0, documents: 20, bytes: 4 * MIN_PARALLEL_BYTES }), 0);
  });
});

describe('worker errors as data', () => {
  it('keeps class, code, status and message across the thread boundary', () => {
    const back = deserializeError(structuredClone(serializeError(new IngestError('no_items', 'a.rss: no items.'))));
    assert.ok(back instanceof IngestError);
    assert.deepEqual([back.code, back.status, back.message], ['no_items', 422, 'a.rss: no items.']);
    const plain = deserializeError(structuredClone(serializeError(new TypeError('boom'))));
    assert.deepEqual([plain.name, plain.message, 'code' in plain], ['TypeError', 'boom', false]);
  });
});
