import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/openSqliteStore.js';
import { makeItem } from '../support/itemBuilder.js';
import { runStoreContract } from './storeContract.js';

runStoreContract('sqlite (memory)', () => openSqliteStore(':memory:'));

describe('sqlite store on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-store-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates parent folders, uses WAL and keeps data across opens', async () => {
    const file = join(dir, 'nested', 'deeper', 'hub.db');
    const store = await openSqliteStore(file);
    await store.migrate();
    assert.equal(store.sqlite.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.sqlite.pragma('foreign_keys', { simple: true }), 1);
    await store.items.upsertMany([makeItem({ id: 'persisted' })]);
    await store.close();
    assert.ok(existsSync(file));

    const reopened = await openSqliteStore(file);
    await reopened.migrate();
    assert.equal((await reopened.items.get('persisted'))?.id, 'persisted');
    await reopened.close();
  });
});
