import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openHub } from '../../src/app/openHub.js';
import { clusterItems, clusterStore } from '../../src/pipeline/clusterItems.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { openSqliteStore } from '../../src/store/sqlite/openSqliteStore.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from '../support/itemBuilder.js';
import { POSTGRES_TEST_URL, postgresStores, probePostgres } from '../support/postgres.js';
import { ROOT } from '../support/seeds.js';
import { runStoreContract } from './storeContract.js';

const probe = await probePostgres();

if (!probe.available) {
  describe('postgres store', { skip: probe.reason }, () => {});
} else {
  const stores = postgresStores();
  after(() => stores.dropSchema());

  runStoreContract('postgres', () => stores.open());

  describe('postgres store specifics', () => {
    it('keeps every table in its own schema and survives a reopen', async () => {
      const first = await stores.open();
      await first.migrate();
      await first.items.upsertMany([makeItem({ id: 'persisted' })]);
      await first.close();
      const again = await openPostgresStore(POSTGRES_TEST_URL, { schema: first.schema });
      await again.migrate();
      assert.equal((await again.items.get('persisted'))?.id, 'persisted');
      assert.equal(await again.items.count(), 1);
      await again.close();
    });

    it('migrates concurrently from two instances without harm', async () => {
      const a = await stores.open();
      const b = await openPostgresStore(POSTGRES_TEST_URL, { schema: a.schema });
      await Promise.all([a.migrate(), b.migrate()]);
      await Promise.all([
        a.items.upsertMany([makeItem({ id: 'from-a', projects: [] })]),
        b.items.upsertMany([makeItem({ id: 'from-b' })]),
      ]);
      assert.equal(await b.items.count(), 2);
      await Promise.all([a.close(), b.close()]);
    });

    it('lists a due source to one instance only until it is recorded', async () => {
      const a = await stores.open();
      await a.migrate();
      const b = await openPostgresStore(POSTGRES_TEST_URL, { schema: a.schema });
      const source = await a.sources.add({
        url: 'https://due.example/',
        name: 'Due',
        intervalMinutes: 60,
        adaptive: true,
      });
      const now = new Date(Date.now() + 60_000);
      const [first, second] = await Promise.all([a.sources.due(now), b.sources.due(now)]);
      assert.equal(first.length + second.length, 1, 'claimed by one instance');
      await a.sources.recordFailure(source.id, {
        fetchedAt: new Date().toISOString(),
        nextFetchAt: new Date().toISOString(),
        code: 'timeout',
        message: 'The server did not answer.',
      });
      assert.deepEqual(
        (await b.sources.due(now)).map((s) => s.id),
        [source.id],
        'a recorded fetch ends the claim',
      );
      await Promise.all([a.close(), b.close()]);
    });

    it('strips U+0000, which PostgreSQL text cannot hold, instead of failing the batch', async () => {
      const store = await stores.open();
      await store.migrate();
      await store.items.upsertMany([makeItem({ id: 'nul', title: 'A\u0000B' })]);
      assert.equal((await store.items.get('nul'))?.title, 'AB');
      await store.close();
    });

    it('is what openHub opens for a postgres:// URL, with the schema from the URL', async () => {
      const url = new URL(POSTGRES_TEST_URL);
      url.searchParams.set('schema', stores.schema);
      const hub = await openHub({ database: url.toString() });
      try {
        await hub.store.items.upsertMany([makeItem({ id: 'via-hub', title: 'Seasonal workers' })]);
        const result = await hub.search.search({ q: 'worker' });
        assert.deepEqual(
          result.hits.map((hit) => hit.item.id),
          ['via-hub'],
        );
      } finally {
        await hub.close();
      }
    });

    it('refuses a schema name that is not a plain word', async () => {
      await assert.rejects(openPostgresStore(POSTGRES_TEST_URL, { schema: 'x; DROP' }), { code: 'bad_database' });
    });

    it('says in plain words when the server cannot be reached', async () => {
      await assert.rejects(openPostgresStore('postgres://127.0.0.1:1/none'), { code: 'store_open_failed' });
    });
  });

  describe('postgres duplicate clusters, against SQLite', () => {
    it('groups, relates and updates clusters as SQLite does', async () => {
      const pgStore = await stores.open();
      await pgStore.migrate();
      const sqliteStore = await openSqliteStore(':memory:');
      await sqliteStore.migrate();
      const fixtures = path.join(ROOT, 'test/fixtures/dedup');
      const engines: Store[] = [pgStore, sqliteStore];
      const views = [];
      for (const store of engines) {
        assert.deepEqual((await importFiles(store, [fixtures])).errors, []);
        const summary = await clusterStore(store, { rebuild: true });
        const items = (await Promise.all((await allIds(store)).map((id) => store.items.get(id)))).flatMap(
          (i) => i ?? [],
        );
        const clusters = await Promise.all(items.map((item) => store.clusters.cluster(item.id)));
        const related = await Promise.all(items.map((item) => store.clusters.related(item.id, 5)));
        // A changed item leaves its cluster; changed back, it returns.
        const first = clusters.find((c) => c !== null)?.items[0]?.id as string;
        const original = items.find((item) => item.id === first);
        assert.ok(original);
        const changed = {
          ...original,
          title: 'Unrelated',
          text: 'Nothing alike at all.',
          html: null,
          url: 'https://example.org/unrelated',
          contentHash: 'changed',
        };
        await store.items.upsertMany([changed]);
        await clusterItems(store, [changed]);
        const alone = await store.clusters.of(first);
        await store.items.upsertMany([original]);
        await clusterItems(store, [original]);
        views.push({ summary, clusters, related, alone, back: await store.clusters.cluster(first) });
      }
      assert.equal(views[0]?.summary.clusters, 2);
      assert.deepEqual(views[0], views[1]);
      assert.deepEqual(views[0]?.alone.length, 1);
      await Promise.all([pgStore.close(), sqliteStore.close()]);
    });
  });
}

async function allIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (const item of await store.clusters.unsigned(-1, 1000)) ids.push(item.id);
  return ids.sort();
}
