import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../src/app/hub.js';
import type { Item } from '../../src/domain/item.js';
import { buildServer } from '../../src/http/buildServer.js';
import { createSqliteSearch } from '../../src/search/sqlite/createSqliteSearch.js';
import { openSqliteStore } from '../../src/store/sqlite/openSqliteStore.js';

export const BASE_URL = 'https://hub.example.org';

export interface TestServer {
  app: FastifyInstance;
  hub: Hub;
  close(): Promise<void>;
}

/** A server on a real in-memory SQLite store holding `items`; requests go through `app.inject`. */
export async function startServer(items: Item[]): Promise<TestServer> {
  const store = await openSqliteStore(':memory:');
  await store.migrate();
  if (items.length) await store.items.upsertMany(items);
  const hub: Hub = { store, search: createSqliteSearch(store), close: () => store.close() };
  const app = await buildServer(hub, { baseUrl: BASE_URL });
  await app.ready();
  return {
    app,
    hub,
    close: async () => {
      await app.close();
      await hub.close();
    },
  };
}
