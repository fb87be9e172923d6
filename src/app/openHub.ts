import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { createPostgresSearch } from '../search/postgres/createPostgresSearch.js';
import { createSqliteSearch } from '../search/sqlite/createSqliteSearch.js';
import { isPostgresUrl } from '../store/postgres/connection.js';
import { openPostgresStore } from '../store/postgres/openPostgresStore.js';
import { openSqliteStore } from '../store/sqlite/openSqliteStore.js';
import type { Hub } from './hub.js';

/**
 * Opens the store named by the configuration (a postgres:// URL, else a SQLite file), applies migrations and
 * attaches its search provider.
 */
export async function openHub(config: Pick<Config, 'database'>): Promise<Hub> {
  const { database } = config;
  if (isPostgresUrl(database)) {
    const store = await openPostgresStore(database);
    await store.migrate().catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    return { store, search: createPostgresSearch(store), close: () => store.close() };
  }
  if (database !== ':memory:') await mkdir(path.dirname(path.resolve(database)), { recursive: true });
  const store = await openSqliteStore(database);
  await store.migrate();
  const search = createSqliteSearch(store);
  return { store, search, close: () => store.close() };
}
