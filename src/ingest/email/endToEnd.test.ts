import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../../../test/support/tempDir.js';
import type { Hub } from '../../app/hub.js';
import { openHub } from '../../app/openHub.js';
import { importFiles } from '../../pipeline/importFiles.js';
import { emailFixture } from './fixtures.js';

describe('importing newsletters into a store', () => {
  let hub: Hub;
  let cleanup: () => Promise<void>;

  before(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    hub = await openHub({ database: path.join(temp.dir, 'hub.sqlite') });
  });
  after(async () => {
    await hub.close();
    await cleanup();
  });

  it('stores each story of an .eml and a .mbox, understood, and adds nothing the second time', async () => {
    const files = [emailFixture('digest-sections.eml'), emailFixture('three-messages.mbox')];
    const summary = await importFiles(hub.store, files);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.added, 15);

    const result = await hub.search.search({ q: 'search and rescue protocol' });
    const item = result.hits[0]?.item;
    assert.equal(item?.title, 'Coastal states agree on a joint search and rescue protocol');
    assert.equal(item?.type, 'news');
    assert.equal(item?.published, '2025-03-12T14:05:00+00:00');
    assert.equal(item?.provenance.format, 'email');
    assert.equal(item?.language, 'en');
    assert.ok(item?.countries.includes('MLT'), 'Valletta places the story in Malta');

    const vacancy = (await hub.search.search({ q: 'coordinator Hamburg' })).hits[0]?.item;
    assert.equal(vacancy?.type, 'vacancy');

    const again = await importFiles(hub.store, files);
    assert.deepEqual([again.added, again.updated, again.skipped], [0, 0, 15]);
  });
});
