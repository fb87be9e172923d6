import { fileURLToPath } from 'node:url';
import { type ImportSummary, importFiles } from '../pipeline/importFiles.js';
import type { Store } from '../store/types.js';

/** The folder of fictional demo documents shipped with the hub. */
export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../demo/corpus/', import.meta.url));

/** Imports the demo corpus when the store holds no item yet; returns null when it did nothing. */
export async function loadDemoIfEmpty(store: Store): Promise<ImportSummary | null> {
  if ((await store.items.count()) > 0) return null;
  return importFiles(store, [DEMO_CORPUS_DIR]);
}
