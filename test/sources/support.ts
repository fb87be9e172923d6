import type { Hub } from '../../src/app/hub.js';
import { createSqliteSearch } from '../../src/search/sqlite/createSqliteSearch.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/openSqliteStore.js';

/** A hub on a fresh in-memory SQLite store; `store` keeps the SQLite handles for checks on the rows. */
export async function openTestHub(): Promise<Hub & { store: SqliteStore }> {
  const store = await openSqliteStore(':memory:');
  await store.migrate();
  return { store, search: createSqliteSearch(store), close: () => store.close() };
}

export interface FeedEntry {
  guid: string;
  title: string;
  text: string;
  /** ISO 8601. */
  date: string;
}

/** An RSS 2.0 feed of fictional entries, written for these tests. */
export function rssFeed(entries: FeedEntry[], options: { ttl?: number } = {}): string {
  const items = entries
    .map(
      (e) => `    <item>
      <guid isPermaLink="false">${e.guid}</guid>
      <title>${e.title}</title>
      <link>https://observatory.example.org/news/${e.guid}</link>
      <description>${e.text}</description>
      <pubDate>${new Date(e.date).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Sahel Mobility Observatory</title>
    <link>https://observatory.example.org/</link>
    <description>News of a fictional observatory</description>${options.ttl ? `\n    <ttl>${options.ttl}</ttl>` : ''}
${items}
  </channel>
</rss>
`;
}

/** Two entries three hours apart, about labour migration and remittances. */
export const TWO_ENTRIES: FeedEntry[] = [
  {
    guid: 'obs-2',
    title: 'Remittance corridors report published',
    text: 'The observatory published a report on the cost of sending remittances between Senegal and France.',
    date: '2024-05-31T15:00:00Z',
  },
  {
    guid: 'obs-1',
    title: 'Labour mobility dialogue opens in Dakar',
    text: 'Ministers met in Dakar to discuss fair recruitment and labour migration pathways.',
    date: '2024-05-31T12:00:00Z',
  },
];
