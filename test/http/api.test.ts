import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildCorpus } from '../fixtures/http/corpus.js';
import { BASE_URL, startServer, type TestServer } from './harness.js';

interface ApiList {
  data: { id: string; title: string; objectives: { objective: number; label: string; evidence: unknown[] }[] }[];
  meta: { total: number; page: number; pageSize: number; pages: number };
  facets: Record<string, { value: string; count: number }[]>;
  links: { self: string; next: string | null; prev: string | null; rss: string; atom: string };
}

describe('JSON API', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(buildCorpus());
  });
  after(() => server.close());

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('lists items with filters, facets and links', async () => {
    const response = await get('/api/v1/items?objective=20&country=ken');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /application\/json/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const body = response.json() as ApiList;
    assert.equal(body.meta.total, 3);
    assert.deepEqual(body.data.map((item) => item.id).sort(), ['remit-1', 'remit-2', 'remit-3']);
    const typeCounts = Object.fromEntries(body.facets.type?.map((f) => [f.value, f.count]) ?? []);
    assert.deepEqual(typeCounts, { event: 1, news: 1, publication: 1 });
    assert.equal(body.links.self, `${BASE_URL}/api/v1/items?objective=20&country=KEN`);
    assert.equal(body.links.rss, `${BASE_URL}/feeds/rss?objective=20&country=KEN`);
    assert.equal(body.links.next, null);
  });

  it('pages through results with next and prev links', async () => {
    const first = (await get('/api/v1/items?type=news&pageSize=10')).json() as ApiList;
    assert.equal(first.meta.total, 26);
    assert.equal(first.meta.pages, 3);
    assert.equal(first.data.length, 10);
    assert.equal(first.links.prev, null);
    assert.equal(first.links.next, `${BASE_URL}/api/v1/items?type=news&page=2&pageSize=10`);
    const last = (await get('/api/v1/items?type=news&pageSize=10&page=3')).json() as ApiList;
    assert.equal(last.data.length, 6);
    assert.equal(last.links.next, null);
    assert.equal(last.links.prev, `${BASE_URL}/api/v1/items?type=news&page=2&pageSize=10`);
    const ids = new Set([...first.data, ...last.data].map((item) => item.id));
    assert.equal(ids.size, 16, 'pages do not overlap');
  });

  it('accepts comma lists and repeated parameters alike', async () => {
    const comma = (await get('/api/v1/items?objective=11,20')).json() as ApiList;
    const repeated = (await get('/api/v1/items?objective=11&objective=20')).json() as ApiList;
    assert.equal(comma.meta.total, 5);
    assert.deepEqual(
      comma.data.map((i) => i.id),
      repeated.data.map((i) => i.id),
    );
  });

  it('returns one item with its public fields only', async () => {
    const response = await get('/api/v1/items/remit-1');
    assert.equal(response.statusCode, 200);
    const { data } = response.json() as { data: Record<string, unknown> };
    assert.equal(data.title, 'Cheaper remittances for families in Kenya');
    assert.deepEqual(data.links, { self: `${BASE_URL}/api/v1/items/remit-1`, html: `${BASE_URL}/items/remit-1` });
    assert.equal('contentHash' in data, false);
    assert.deepEqual(data.objectives, [
      { objective: 20, label: '20 · Remittances', score: 0.9, evidence: [{ kind: 'term', text: 'remittances' }] },
      {
        objective: 19,
        label: '19 · Migrant and diaspora contributions',
        score: 0.4,
        evidence: [{ kind: 'context', text: 'listed under Objective 19' }],
      },
    ]);
    assert.deepEqual(data.provenance, { source: 'remittance-digest.txt', format: 'text-newsletter', position: 0 });
    assert.deepEqual(data.organizations, [
      { id: 'iom', name: 'IOM', fullName: 'International Organization for Migration' },
    ]);
  });

  it('answers 404 in JSON for an unknown item and an unknown route', async () => {
    for (const url of ['/api/v1/items/nope', '/api/v1/nothing-here']) {
      const response = await get(url);
      assert.equal(response.statusCode, 404, url);
      const body = response.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'not_found');
      assert.ok(body.error.message.length > 10);
    }
  });

  it('answers 400 with a clear sentence for invalid parameters', async () => {
    for (const [url, words] of [
      ['/api/v1/items?objective=42', /objective.*1 to 23/],
      ['/api/v1/items?type=poem', /type.*news/],
      ['/api/v1/items?from=2020-13-45', /YYYY-MM-DD/],
      ['/api/v1/items?from=2021-01-01&to=2020-01-01', /after the end date/],
      ['/api/v1/items?pageSize=1000', /pageSize/],
    ] as const) {
      const response = await get(url);
      assert.equal(response.statusCode, 400, url);
      const body = response.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'bad_request');
      assert.match(body.error.message, words);
    }
  });

  it('lists the 23 objectives with counts', async () => {
    const { data } = (await get('/api/v1/objectives')).json() as {
      data: { number: number; count: number; links: { items: string } }[];
    };
    assert.equal(data.length, 23);
    assert.equal(data.find((o) => o.number === 20)?.count, 3);
    assert.equal(data.find((o) => o.number === 11)?.count, 2);
    assert.equal(data.find((o) => o.number === 1)?.count, 0);
    assert.equal(data[19]?.links.items, `${BASE_URL}/api/v1/items?objective=20`);
  });
});

describe('server errors', () => {
  it('answers 500 with a stable code and no internals when storage fails', async () => {
    const server = await startServer(buildCorpus());
    // Closing the database under the running server makes every query fail for real.
    await server.hub.close();
    try {
      const api = await server.app.inject({ method: 'GET', url: '/api/v1/items/remit-1' });
      assert.equal(api.statusCode, 500);
      const body = api.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'internal');
      assert.doesNotMatch(body.error.message, /sqlite|database connection|stack/i);
      const page = await server.app.inject({ method: 'GET', url: '/items/remit-1' });
      assert.equal(page.statusCode, 500);
      assert.match(page.body, /Something went wrong/);
    } finally {
      await server.app.close();
    }
  });
});
