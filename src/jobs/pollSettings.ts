import type { Config } from '../config/config.js';
import { AllowList } from '../ingest/fetch/fetchDocument.js';
import type { RefreshOptions } from '../pipeline/refreshSource.js';

/**
 * Polling options from the configuration: the SSRF allow-list and the interval bounds. Checks the allow-list
 * once here, so a mistyped entry stops `poll` or `serve` with its name instead of failing every fetch.
 */
export function pollSettings(
  config: Pick<Config, 'allowPrivate' | 'pollMinMinutes' | 'pollMaxMinutes'>,
): Required<Pick<RefreshOptions, 'fetch' | 'bounds'>> {
  new AllowList(config.allowPrivate);
  return {
    fetch: { allowPrivate: config.allowPrivate },
    bounds: { minMinutes: config.pollMinMinutes, maxMinutes: config.pollMaxMinutes },
  };
}
