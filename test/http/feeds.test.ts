import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildCorpus, HOSTILE_TITLE } from '../fixtures/http/corpus.js';
import { BASE_URL, startServer, type TestServer } from './harness.js';
import { assertWellFormedXml } from './xmlCheck.js';

describe('RSS and Atom feeds', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(buildCorpus());
  });
  after(() => server.close());

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('serves a search as RSS 2.0 with self link, guids and objective categories', async () => {
    const response = await get('/feeds/rss?objective=20');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(assertWellFormedXml(response.body), 'rss');
    assert.match(response.body, /<atom:link href="https:\/\/hub\.example\.org\/feeds\/rss\?objective=20" rel="self"/);
    const feed = parseFeed(response.body);
    assert.match(feed.title ?? '', /Objective 20 · Remittances/);
    assert.equal(feed.items.length, 3);
    // Newest first.
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['remit-3', 'remit-1', 'remit-2'].map((id) => `${BASE_URL}/items/${id}`),
    );
    const first = feed.items[0];
    assert.ok(first?.categories.some((c) => c.term.includes('20 · Remittances')));
    assert.equal(first?.published?.toISOString(), '2024-01-10T14:00:00.000Z');
  });

  it('serves the same search as Atom 1.0', async () => {
    const response = await get('/feeds/atom?objective=20');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/atom+xml; charset=utf-8');
    assert.equal(assertWellFormedXml(response.body), 'feed');
    const feed = parseFeed(response.body);
    assert.equal(feed.items.length, 3);
    assert.equal(feed.items[0]?.id, `${BASE_URL}/items/remit-3`);
    assert.equal(feed.items[0]?.url, `${BASE_URL}/items/remit-3`);
    assert.ok(feed.items[0]?.categories.some((c) => c.term === '20' && c.label === '20 · Remittances'));
    assert.match(response.body, /<link href="https:\/\/hub\.example\.org\/feeds\/atom\?objective=20" rel="self"/);
  });

  it('lists at most 50 newest items, whatever page is asked', async () => {
    const items = [...buildCorpus()];
    assert.ok(items.length < 50);
    const feed = parseFeed((await get('/feeds/rss?page=3&pageSize=2')).body);
    assert.equal(feed.items.length, items.length);
  });

  it('escapes hostile titles and summaries', async () => {
    for (const format of ['rss', 'atom']) {
      const response = await get(`/feeds/${format}?objective=23`);
      assertWellFormedXml(response.body);
      assert.doesNotMatch(response.body.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''), /<script/);
      const feed = parseFeed(response.body);
      assert.equal(feed.items[0]?.title?.trim(), HOSTILE_TITLE, format);
    }
  });

  it('serves feeds for an objective, a country, an organisation and a region', async () => {
    const cases = [
      ['/objectives/11/feed.rss', 2],
      ['/objectives/11/feed.atom', 2],
      ['/countries/KEN/feed.rss', 3],
      ['/countries/fra/feed.atom', 2],
      ['/organizations/icmpd/feed.rss', 2],
      ['/regions/africa/feed.atom', 3],
    ] as const;
    for (const [url, count] of cases) {
      const response = await get(url);
      assert.equal(response.statusCode, 200, url);
      assertWellFormedXml(response.body);
      assert.equal(parseFeed(response.body).items.length, count, url);
    }
  });

  it('answers unknown objectives with 404 and bad parameters with 400, in JSON', async () => {
    const missing = await get('/objectives/24/feed.rss');
    assert.equal(missing.statusCode, 404);
    assert.equal((missing.json() as { error: { code: string } }).error.code, 'not_found');
    const bad = await get('/feeds/atom?year=soon');
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as { error: { code: string } }).error.code, 'bad_request');
  });
});
