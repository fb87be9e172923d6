import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { readOpml } from './readOpml.js';
import { writeOpml } from './writeOpml.js';

const FIXTURE = new URL('../../../test/fixtures/sources/subscriptions.opml', import.meta.url);

describe('readOpml', () => {
  it('finds every feed in nested folders, with names, folders and hub attributes', async () => {
    const entries = readOpml(await readFile(FIXTURE, 'utf8'), 'subscriptions.opml');
    assert.deepEqual(entries, [
      {
        url: 'https://observatory.example.org/feed.xml',
        name: 'Sahel Mobility Observatory',
        folders: ['Regional bodies', 'West Africa'],
      },
      {
        url: 'https://labour-forum.example.net/rss?lang=en&section=news',
        name: 'Coastal Labour Forum',
        folders: ['Regional bodies', 'West Africa'],
      },
      {
        url: 'https://jobs.example.org/atom',
        name: 'Vacancies board',
        type: 'vacancy',
        intervalMinutes: 120,
        folders: ['Regional bodies'],
      },
      { url: 'https://observatory.example.org/feed.xml', name: 'Duplicate of the observatory', folders: [] },
      { url: 'ftp://files.example.org/feed', name: 'Not a web address', folders: [] },
    ]);
  });

  it('refuses a file that is not OPML, naming it', () => {
    assert.throws(
      () => readOpml('<rss><channel/></rss>', 'feeds.xml'),
      (error: unknown) => {
        assert.equal((error as { code?: unknown }).code, 'invalid_opml');
        assert.match((error as Error).message, /^feeds\.xml: this is not an OPML/);
        return true;
      },
    );
  });
});

describe('writeOpml', () => {
  it('writes a list that reads back the same, escaping what must be escaped', () => {
    const feeds = [
      { url: 'https://a.example/feed?x=1&y=2', name: 'Cities & Migration "Network"' },
      { url: 'https://b.example/rss', name: 'Calls', type: 'call' as const, intervalMinutes: 30 },
    ];
    const text = writeOpml(feeds, { title: 'Sources', now: new Date('2024-01-01T00:00:00Z') });
    assert.match(text, /<opml version="2\.0">/);
    assert.match(text, /x=1&amp;y=2/);
    assert.deepEqual(readOpml(text, 'export.opml'), [
      { url: 'https://a.example/feed?x=1&y=2', name: 'Cities & Migration "Network"', folders: [] },
      { url: 'https://b.example/rss', name: 'Calls', type: 'call', intervalMinutes: 30, folders: [] },
    ]);
  });

  it('writes an empty list', () => {
    assert.deepEqual(readOpml(writeOpml([], { title: 'Nothing' }), 'empty.opml'), []);
  });
});
