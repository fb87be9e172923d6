import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_CORPUS_DIR } from '../../src/app/demoCorpus.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { createPostgresSearch } from '../../src/search/postgres/createPostgresSearch.js';
import { createSqliteSearch } from '../../src/search/sqlite/createSqliteSearch.js';
import type { SearchProvider, SearchQuery, SearchResult } from '../../src/search/types.js';
import type { PostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/openSqliteStore.js';
import { postgresStores, probePostgres } from '../support/postgres.js';
import { runSearchContract } from './searchContract.js';

const probe = await probePostgres();

if (!probe.available) {
  describe('postgres search', { skip: probe.reason }, () => {});
} else {
  const stores = postgresStores();
  after(() => stores.dropSchema());
  runSearchContract('postgres', async () => {
    const store = await stores.open();
    await store.migrate();
    return { store, search: createPostgresSearch(store) };
  });

  describe('postgres search on the demo corpus, against SQLite', () => {
    let pgStore: PostgresStore;
    let sqliteStore: SqliteStore;
    let pgSearch: SearchProvider;
    let sqliteSearch: SearchProvider;
    before(async () => {
      pgStore = await stores.open();
      await pgStore.migrate();
      sqliteStore = await openSqliteStore(':memory:');
      await sqliteStore.migrate();
      const [onPg, onSqlite] = [
        await importFiles(pgStore, [DEMO_CORPUS_DIR]),
        await importFiles(sqliteStore, [DEMO_CORPUS_DIR]),
      ];
      assert.deepEqual(onPg.errors, []);
      assert.ok(onPg.added > 50, `the demo corpus has items (${onPg.added})`);
      assert.equal(onPg.added, onSqlite.added);
      pgSearch = createPostgresSearch(pgStore);
      sqliteSearch = createSqliteSearch(sqliteStore);
    });
    after(async () => {
      await pgStore.close();
      await sqliteStore.close();
    });

    const both = async (query: SearchQuery): Promise<[SearchResult, SearchResult]> => [
      await pgSearch.search({ pageSize: 100, ...query }),
      await sqliteSearch.search({ pageSize: 100, ...query }),
    ];
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.item.id);

    it('lists, filters and facets exactly as SQLite, in the same order', async () => {
      for (const query of [
        {},
        { types: ['event' as const] },
        { objectives: [11, 23] },
        { languages: ['fr', 'es'], sort: 'date' as const },
        { q: 'migrants', sort: 'date' as const },
        { from: '2024-01-01', to: '2024-12-31' },
        { page: 2, pageSize: 7 },
      ]) {
        const [pg, lite] = await both(query);
        assert.equal(pg.total, lite.total, JSON.stringify(query));
        assert.deepEqual(ids(pg), ids(lite), JSON.stringify(query));
        assert.deepEqual(pg.facets, lite.facets, JSON.stringify(query));
      }
    });

    it('matches the same items for text queries (ranking may differ: ts_rank_cd is not bm25)', async () => {
      for (const q of [
        'migration',
        'labour migration',
        '"labour migration"',
        'travailleurs migrants',
        'migrantes',
        'trabajadores',
        'climate OR disaster',
        'migrants -children',
        '-migration',
        'skills NOT recruitment',
      ]) {
        const [pg, lite] = await both({ q });
        assert.ok(pg.total > 0, `query "${q}" finds something`);
        assert.equal(pg.total, lite.total, `query "${q}"`);
        // Beyond one page the two rankings may cut the list at different items; the counts still agree.
        if (pg.total <= 100) assert.deepEqual(ids(pg).sort(), ids(lite).sort(), `query "${q}"`);
        assert.deepEqual(pg.facets, lite.facets, `query "${q}"`);
      }
    });

    it('shows the same snippets', async () => {
      const [pg, lite] = await both({ q: 'recruitment', sort: 'date' });
      assert.ok(pg.total > 0);
      assert.deepEqual(
        pg.hits.map((hit) => hit.snippet),
        lite.hits.map((hit) => hit.snippet),
      );
    });
  });
}
