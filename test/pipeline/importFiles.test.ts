import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const NEWS = path.join(ROOT, 'test/fixtures/pipeline/news.rss');

describe('importFiles', () => {
  let hub: Hub;
  let dir: string;
  let cleanup: () => Promise<void>;

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    hub = await openHub({ database: path.join(dir, 'hub.sqlite') });
  });
  after(async () => {
    await hub.close();
    await cleanup();
  });

  it('stores the items of a feed, understood and sanitised', async () => {
    const summary = await importFiles(hub.store, [NEWS]);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.added, 2);
    const result = await hub.search.search({ q: 'rescue' });
    const item = result.hits[0]?.item;
    assert.equal(item?.title, 'Search and rescue coordination centre opens in Valletta');
    assert.equal(item?.published, '2025-03-03T09:15:00+01:00');
    assert.equal(item?.language, 'en');
    assert.ok(item?.countries.includes('MLT'));
    assert.ok(item?.objectives.some((t) => t.objective === 8));
    assert.ok(item?.organizations.some((o) => o.name === 'IOM'));
    assert.doesNotMatch(item?.html ?? '', /<script/);
  });

  it('reports unreadable files by name and reason, stores nothing from them, keeps the others', async () => {
    const empty = path.join(dir, 'empty.xml');
    const binary = path.join(dir, 'picture.png');
    const missing = path.join(dir, 'missing.rss');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const before = await hub.store.items.count();
    const summary = await importFiles(hub.store, [empty, binary, missing, NEWS]);
    assert.equal(summary.errors.length, 3);
    for (const [error, file] of [
      [summary.errors[0], empty],
      [summary.errors[1], binary],
      [summary.errors[2], missing],
    ] as const) {
      assert.equal(error?.file, file);
      assert.ok(error?.message.startsWith(file), `the message names the file: ${error?.message}`);
    }
    assert.equal(summary.errors[2]?.code, 'unreadable_file');
    assert.equal(summary.skipped, 2, 'the good feed is still read, unchanged');
    assert.equal(await hub.store.items.count(), before);
  });
});
