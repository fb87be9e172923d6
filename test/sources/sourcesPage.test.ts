import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type TestServer } from '../http/harness.js';

describe('the /sources page', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer([]);
  });
  after(() => server.close());

  it('says there are no sources yet', async () => {
    const response = await server.app.inject('/sources');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /No sources yet/);
    assert.match(response.body, /<a href="\/sources" aria-current="page">Sources<\/a>/);
  });

  it('lists sources with their status and last error in words, escaped', async () => {
    const { sources } = server.hub.store;
    const ok = await sources.add({
      url: 'https://a.example/feed',
      name: 'Observatory',
      intervalMinutes: 180,
      adaptive: true,
    });
    await sources.recordSuccess(ok.id, {
      fetchedAt: '2024-06-01T12:00:00+00:00',
      nextFetchAt: '2024-06-01T15:00:00+00:00',
      intervalMinutes: 180,
      itemIds: [],
    });
    const failing = await sources.add({
      url: 'https://b.example/rss',
      name: 'Forum <b>',
      intervalMinutes: 30,
      adaptive: false,
    });
    await sources.recordFailure(failing.id, {
      fetchedAt: '2024-06-01T12:00:00+00:00',
      nextFetchAt: '2024-06-01T12:05:00+00:00',
      code: 'http_error',
      message: 'https://b.example/rss: the server answered 500 Internal Server Error, a problem on its side.',
    });
    await sources.add({ url: 'https://c.example/new', name: 'Newcomer', intervalMinutes: 60, adaptive: true });

    const { body } = await server.app.inject('/sources');
    assert.match(body, /Observatory[\s\S]*Working[\s\S]*every 3 hours, adapted to how often it publishes/);
    assert.match(body, /Failing since Jun 1, 2024, 12:00 PM UTC \(1 failed attempt\)/);
    assert.match(body, /What went wrong:<\/strong> https:\/\/b\.example\/rss: the server answered 500/);
    assert.match(body, /Forum &lt;b>/);
    assert.match(body, /Not fetched yet/);

    const fr = await server.app.inject('/sources?hl=fr');
    assert.match(fr.body, /En échec depuis le/);
    assert.match(fr.body, /toutes les 30 minutes/);
  });
});
