import type { SearchProvider } from '../search/types.js';
import type { Store } from '../store/types.js';

/** Everything a face (web, API, feeds, CLI) needs: storage and search, opened once. */
export interface Hub {
  store: Store;
  search: SearchProvider;
  close(): Promise<void>;
}
