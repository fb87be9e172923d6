import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { HubError } from '../domain/errors.js';
import { createSqliteSearch } from '../search/sqlite/createSqliteSearch.js';
import { openSqliteStore } from '../store/sqlite/openSqliteStore.js';
import type { Hub } from './hub.js';

/** Opens the store named by the configuration, applies migrations and attaches its search provider. */
export async function openHub(config: Pick<Config, 'database'>): Promise<Hub> {
  const { database } = config;
  if (/^postgres(ql)?:\/\//i.test(database)) {
    throw new HubError('unsupported_database', 'PostgreSQL is not supported yet: use a SQLite file path.', 500);
  }
  if (database !== ':memory:') await mkdir(path.dirname(path.resolve(database)), { recursive: true });
  const store = await openSqliteStore(database);
  await store.migrate();
  const search = createSqliteSearch(store);
  return { store, search, close: () => store.close() };
}
