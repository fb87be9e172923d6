import { HubError } from '../domain/errors.js';
import { DEFAULT_INTERVAL_MINUTES, nameFromUrl, sourceUrl } from '../domain/source.js';
import { readOpml } from '../ingest/opml/readOpml.js';
import type { Store } from '../store/types.js';

/** What an OPML import did: feeds read, sources added, duplicates skipped, and why any entry was refused. */
export interface OpmlImportSummary {
  feeds: number;
  added: number;
  duplicates: number;
  invalid: { url: string; message: string }[];
}

/**
 * Adds every feed of an OPML list as a source. A feed already a source (or listed twice) is skipped, an entry
 * whose address cannot be fetched is reported, and the rest are still added. Throws when the file is not OPML.
 */
export async function importOpml(store: Store, text: string, file: string): Promise<OpmlImportSummary> {
  const entries = readOpml(text, file);
  const summary: OpmlImportSummary = { feeds: entries.length, added: 0, duplicates: 0, invalid: [] };
  for (const entry of entries) {
    let url: string;
    try {
      url = sourceUrl(entry.url);
    } catch (error) {
      summary.invalid.push({ url: entry.url, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (await store.sources.getByUrl(url)) {
      summary.duplicates++;
      continue;
    }
    try {
      await store.sources.add({
        url,
        name: entry.name ?? nameFromUrl(url),
        ...(entry.type ? { type: entry.type } : {}),
        intervalMinutes: entry.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
        adaptive: entry.intervalMinutes === undefined,
      });
      summary.added++;
    } catch (error) {
      if (error instanceof HubError && error.code === 'source_exists') summary.duplicates++;
      else throw error;
    }
  }
  return summary;
}
