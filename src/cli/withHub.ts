import type { Hub } from '../app/hub.js';
import { openHub } from '../app/openHub.js';
import { loadConfig } from '../config/config.js';

/** Opens the configured hub (or the --database given), runs the work, and always closes it. */
export async function withHub<T>(database: string | undefined, work: (hub: Hub) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const hub = await openHub({ database: database ?? config.database });
  try {
    return await work(hub);
  } finally {
    await hub.close();
  }
}
