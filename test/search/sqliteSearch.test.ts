import { createSqliteSearch } from '../../src/search/sqlite/createSqliteSearch.js';
import { openSqliteStore } from '../../src/store/sqlite/openSqliteStore.js';
import { runSearchContract } from './searchContract.js';

runSearchContract('sqlite', async () => {
  const store = await openSqliteStore(':memory:');
  await store.migrate();
  return { store, search: createSqliteSearch(store) };
});
