import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Source } from '../../src/domain/source.js';
import { refreshSource } from '../../src/pipeline/refreshSource.js';
import { type FixtureServer, startFixtureServer } from '../support/fixtureServer.js';
import { type FeedEntry, openTestHub, rssFeed, TWO_ENTRIES } from './support.js';

const ALLOW = { fetch: { allowPrivate: ['127.0.0.1'] } };
const MINUTE = 60_000;

describe('refreshSource against a real HTTP server', () => {
  let server: FixtureServer;
  let hub: Awaited<ReturnType<typeof openTestHub>>;
  let source: Source;

  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());
  afterEach(() => hub.close());
  beforeEach(async () => {
    server.reset();
    hub = await openTestHub();
    source = await hub.store.sources.add({
      url: server.url('/feed.xml'),
      name: 'Observatory',
      intervalMinutes: 60,
      adaptive: true,
    });
  });

  /** Serves the feed with an ETag, answering 304 to a request that sends it back. */
  function serveWithEtag(entries: FeedEntry[], etag: string) {
    server.route('/feed.xml', (request) =>
      request.headers['if-none-match'] === etag
        ? { status: 304, headers: { etag } }
        : { body: rssFeed(entries), headers: { 'content-type': 'application/rss+xml', etag } },
    );
  }

  const updatedAt = () =>
    hub.store.sqlite.prepare('SELECT id, updated_at FROM items ORDER BY id').all() as { id: string }[];

  it('stores the items of a new source and its state', async () => {
    serveWithEtag(TWO_ENTRIES, '"v1"');
    const now = new Date();
    const outcome = await refreshSource(hub, source, { ...ALLOW, now });
    assert.equal(outcome.status, 'fetched', outcome.error?.message);
    assert.deepEqual([outcome.added, outcome.updated, outcome.skipped], [2, 0, 0]);
    assert.equal(await hub.store.items.count(), 2);
    const stored = await hub.store.sources.get(source.id);
    assert.equal(stored?.itemCount, 2);
    assert.equal(stored?.etag, '"v1"');
    assert.equal(stored?.errorCount, 0);
    assert.equal(stored?.lastSuccessAt, now.toISOString());
    // Entries three hours apart: the source is polled every three hours.
    assert.equal(stored?.intervalMinutes, 180);
    assert.equal(stored?.nextFetchAt, new Date(now.getTime() + 180 * MINUTE).toISOString());
    const item = await hub.store.items.get((await itemIds(hub))[0] ?? '');
    assert.equal(item?.provenance.source, server.url('/feed.xml'));
  });

  it('writes nothing when the feed answers 304, or sends the same bytes again', async () => {
    serveWithEtag(TWO_ENTRIES, '"v1"');
    await refreshSource(hub, source, ALLOW);
    const before = updatedAt();
    const second = await refreshSource(hub, (await hub.store.sources.get(source.id)) as Source, ALLOW);
    assert.equal(second.status, 'not-modified');
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], '"v1"');
    assert.deepEqual([second.added, second.updated, second.skipped], [0, 0, 0]);
    assert.equal(second.source.etag, '"v1"', 'the validators stay');

    // The same body without validators: recognised by its hash, not parsed again.
    server.route('/feed.xml', { body: rssFeed(TWO_ENTRIES) });
    const third = await refreshSource(hub, second.source, ALLOW);
    assert.equal(third.status, 'unchanged');
    assert.deepEqual([third.added, third.updated, third.skipped], [0, 0, 0]);
    assert.equal(third.source.etag, undefined, 'the server no longer sends an ETag');
    assert.deepEqual(updatedAt(), before);
    assert.equal(await hub.store.items.count(), 2);
  });

  it('updates a changed item and keeps its previous version', async () => {
    serveWithEtag(TWO_ENTRIES, '"v1"');
    await refreshSource(hub, source, ALLOW);
    const [first, second] = TWO_ENTRIES as [FeedEntry, FeedEntry];
    serveWithEtag([{ ...first, title: 'Remittance corridors report: second edition' }, second], '"v2"');
    const outcome = await refreshSource(hub, (await hub.store.sources.get(source.id)) as Source, ALLOW);
    assert.equal(outcome.status, 'fetched');
    assert.deepEqual([outcome.added, outcome.updated, outcome.skipped], [0, 1, 1]);
    assert.equal(outcome.source.etag, '"v2"');
    const changed = (await Promise.all((await itemIds(hub)).map((i) => hub.store.items.get(i)))).find((item) =>
      item?.title.includes('second edition'),
    );
    assert.ok(changed, 'the changed item was updated');
    const revisions = await hub.store.items.revisions(changed.id);
    assert.equal(revisions.length, 1);
    assert.equal(revisions[0]?.title, 'Remittance corridors report published');
    assert.equal(outcome.source.itemCount, 2);
  });

  it('stores the errors of a failing source on it, keeps its items, and clears them once it recovers', async () => {
    serveWithEtag(TWO_ENTRIES, '"v1"');
    await refreshSource(hub, source, ALLOW);
    server.route('/feed.xml', { status: 500, body: 'database down' });
    const t1 = new Date();
    const first = await refreshSource(hub, (await hub.store.sources.get(source.id)) as Source, { ...ALLOW, now: t1 });
    assert.equal(first.status, 'failed');
    assert.equal(first.source.errorCount, 1);
    assert.equal(first.source.lastErrorCode, 'http_error');
    assert.match(first.source.lastError ?? '', /500/);
    assert.equal(first.source.errorSince, t1.toISOString());
    assert.ok(Date.parse(first.source.nextFetchAt) > t1.getTime(), 'retried later');
    assert.equal(first.source.etag, '"v1"', 'the validators of the last good fetch stay');

    const t2 = new Date(t1.getTime() + 10 * MINUTE);
    const second = await refreshSource(hub, first.source, { ...ALLOW, now: t2 });
    assert.equal(second.source.errorCount, 2);
    assert.equal(second.source.errorSince, t1.toISOString(), 'since the first error');
    const gap = (s: Source) => Date.parse(s.nextFetchAt) - Date.parse(s.lastFetchedAt ?? '');
    assert.ok(gap(second.source) > gap(first.source), 'backs off further');
    assert.equal(await hub.store.items.count(), 2, 'nothing stored is lost');

    server.route('/feed.xml', { body: rssFeed(TWO_ENTRIES) });
    const recovered = await refreshSource(hub, second.source, ALLOW);
    assert.equal(recovered.status, 'unchanged', 'the same feed as before the failure');
    assert.equal(recovered.source.errorCount, 0);
    assert.equal(recovered.source.lastError, undefined);
    assert.equal(recovered.source.errorSince, undefined);
  });

  it('stores a parse error in words and keeps what was stored', async () => {
    serveWithEtag(TWO_ENTRIES, '"v1"');
    await refreshSource(hub, source, ALLOW);
    server.route('/feed.xml', { body: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]) });
    const outcome = await refreshSource(hub, (await hub.store.sources.get(source.id)) as Source, ALLOW);
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.source.lastError ?? '', /^http:\/\/127\.0\.0\.1:\d+\/feed\.xml: /);
    assert.equal(outcome.source.etag, '"v1"');
    assert.equal(await hub.store.items.count(), 2);
  });

  it('honours Retry-After on 429 when scheduling the next attempt', async () => {
    server.route('/feed.xml', { status: 429, headers: { 'retry-after': '7200' } });
    const now = new Date();
    const outcome = await refreshSource(hub, source, { ...ALLOW, now });
    assert.equal(outcome.source.lastErrorCode, 'rate_limited');
    // The backoff alone would retry after about 5 minutes; the server asked for two hours.
    assert.ok(Date.parse(outcome.source.nextFetchAt) >= now.getTime() + 119 * MINUTE, outcome.source.nextFetchAt);
  });

  it('refuses a source on 127.0.0.1 unless it is allow-listed, saying why on the source', async () => {
    server.route('/feed.xml', { body: rssFeed(TWO_ENTRIES) });
    const outcome = await refreshSource(hub, source, {});
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.source.lastErrorCode, 'blocked_address');
    assert.match(outcome.source.lastError ?? '', /127\.0\.0\.1/);
    assert.equal(server.requests.length, 0, 'no request reached the server');
    assert.equal(await hub.store.items.count(), 0);
  });

  it('moves a source to the target of a permanent redirect', async () => {
    server.route('/feed.xml', { status: 301, redirect: server.url('/new-feed.xml') });
    server.route('/new-feed.xml', { body: rssFeed(TWO_ENTRIES) });
    const outcome = await refreshSource(hub, source, ALLOW);
    assert.equal(outcome.status, 'fetched', outcome.error?.message);
    assert.equal(outcome.source.url, server.url('/new-feed.xml'));
  });

  it('gives items the source type when the feed says nothing of their type, and honours <ttl>', async () => {
    const vacancies = await hub.store.sources.add({
      url: server.url('/jobs.xml'),
      name: 'Jobs',
      type: 'vacancy',
      intervalMinutes: 30,
      adaptive: false,
    });
    server.route('/jobs.xml', { body: rssFeed(TWO_ENTRIES, { ttl: 240 }) });
    const now = new Date();
    const outcome = await refreshSource(hub, vacancies, { ...ALLOW, now });
    const items = await Promise.all((await itemIds(hub)).map((id) => hub.store.items.get(id)));
    assert.deepEqual(
      items.map((item) => item?.type),
      ['vacancy', 'vacancy'],
    );
    assert.equal(outcome.source.intervalMinutes, 30, 'a fixed interval stays');
    assert.equal(outcome.source.nextFetchAt, new Date(now.getTime() + 240 * MINUTE).toISOString());
  });
});

async function itemIds(hub: Awaited<ReturnType<typeof openTestHub>>): Promise<string[]> {
  const rows = hub.store.sqlite.prepare('SELECT id FROM items ORDER BY id').all() as { id: string }[];
  return rows.map((row) => row.id);
}
