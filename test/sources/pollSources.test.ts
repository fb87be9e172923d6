import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startScheduler } from '../../src/jobs/scheduler.js';
import { pollSources } from '../../src/pipeline/pollSources.js';
import { type FixtureServer, startFixtureServer } from '../support/fixtureServer.js';
import { openTestHub, rssFeed, TWO_ENTRIES } from './support.js';

const ALLOW = { fetch: { allowPrivate: ['127.0.0.1'] } };

describe('pollSources and the scheduler', () => {
  let server: FixtureServer;
  let hub: Awaited<ReturnType<typeof openTestHub>>;

  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());
  afterEach(() => hub.close());
  beforeEach(async () => {
    server.reset();
    hub = await openTestHub();
    server.route('/a.xml', { body: rssFeed(TWO_ENTRIES) });
    server.route('/broken.xml', { status: 503 });
    const add = (path: string, nextFetchAt?: string) =>
      hub.store.sources.add({ url: server.url(path), name: path, intervalMinutes: 60, adaptive: true, nextFetchAt });
    await add('/a.xml');
    await add('/broken.xml');
    await add('/later.xml', '2999-01-01T00:00:00+00:00');
  });

  it('fetches the due sources only, and sums up the round', async () => {
    const seen: string[] = [];
    let total = -1;
    const summary = await pollSources(hub, {
      ...ALLOW,
      onStart: (n) => {
        total = n;
      },
      onSource: (outcome) => seen.push(`${outcome.source.name} ${outcome.status}`),
    });
    assert.equal(total, 2);
    assert.deepEqual(seen.sort(), ['/a.xml fetched', '/broken.xml failed']);
    assert.equal(summary.sources, 2);
    assert.equal(summary.fetched, 1);
    assert.equal(summary.failed, 1);
    assert.equal(summary.added, 2);
    assert.equal(summary.errors.length, 1);
    assert.equal(summary.errors[0]?.code, 'rate_limited');
    assert.match(summary.errors[0]?.message ?? '', /broken\.xml/);
    assert.ok(!server.requests.some((r) => r.path === '/later.xml'), 'a source not due is left alone');

    const again = await pollSources(hub, ALLOW);
    assert.equal(again.sources, 0, 'nothing is due right after a round');
  });

  it('fetches every source with `all`', async () => {
    server.route('/later.xml', { body: rssFeed(TWO_ENTRIES) });
    const summary = await pollSources(hub, { ...ALLOW, all: true, concurrency: 3 });
    assert.equal(summary.sources, 3);
    assert.equal(summary.fetched + summary.unchanged, 2);
    assert.equal(await hub.store.items.count(), 2, 'the same items from two sources are stored once');
  });

  it('runs rounds on a timer and stops cleanly', async () => {
    const logged: string[] = [];
    const scheduler = startScheduler({
      hub,
      poll: ALLOW,
      everyMs: 3_600_000,
      log: { info: (_details, message) => logged.push(message), error: (_details, message) => logged.push(message) },
    });
    // The first round starts at once; tick() joins it rather than starting a second one.
    const first = await scheduler.tick();
    assert.equal(first?.sources, 2);
    assert.equal(await hub.store.items.count(), 2);
    assert.deepEqual(logged, ['polled due sources']);
    await scheduler.stop();
  });
});
