import { sha256 } from '../../src/domain/ids.js';
import type { Item } from '../../src/domain/item.js';

let counter = 0;

/**
 * A valid Item for tests: defaults for every field, overridden by `overrides`. The id is unique per call
 * unless given, and contentHash follows the content unless given, so changing a field makes a "changed" item.
 */
export function makeItem(overrides: Partial<Item> = {}): Item {
  counter++;
  const base: Item = {
    id: `item-${counter}`,
    type: 'news',
    title: `Test item ${counter}`,
    url: null,
    published: '2024-03-15T10:00:00+00:00',
    language: 'en',
    summary: '',
    text: 'A short body about migration governance.',
    html: null,
    sourceOrganization: null,
    submittedBy: null,
    organizations: [],
    countries: [],
    regions: [],
    objectives: [],
    principles: [],
    typeEvidence: [],
    projects: [],
    people: [],
    events: [],
    provenance: { source: 'test', format: 'rss', position: counter },
    contentHash: '',
  };
  const item = { ...base, ...overrides };
  if (overrides.url === undefined && overrides.id !== undefined) item.url = `https://example.org/items/${item.id}`;
  if (!overrides.contentHash) {
    const { contentHash: _ignored, provenance: _p, ...content } = item;
    item.contentHash = sha256(JSON.stringify(content));
  }
  return item;
}
