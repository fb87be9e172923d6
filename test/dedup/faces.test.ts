import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { buildServer } from '../../src/http/buildServer.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/dedup');

describe('duplicates on the item page and in the API', () => {
  let hub: Hub;
  let app: FastifyInstance;
  let cleanup: () => Promise<void>;

  const idOf = async (title: string): Promise<string> => {
    const hit = (await hub.search.search({ pageSize: 50 })).hits.find((h) => h.item.title.startsWith(title));
    assert.ok(hit, `no item titled "${title}"`);
    return hit.item.id;
  };

  before(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    hub = await openHub({ database: path.join(dir, 'hub.sqlite') });
    await importFiles(hub.store, [FIXTURES]);
    app = await buildServer(hub, { baseUrl: 'https://hub.example.org' });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await hub.close();
    await cleanup();
  });

  it('shows the other sources of a story and related items', async () => {
    const id = await idOf('Niger and IOM open a migrant');
    const html = (await app.inject({ url: `/items/${id}` })).body;
    const row = /<dt>Also published by<\/dt><dd>(.*?)<\/dd>/s.exec(html)?.[1] ?? '';
    assert.match(row, /Border Watch/);
    assert.match(row, /Sahel Daily/);
    assert.doesNotMatch(row, /Migration News Network/, 'its own source is not "also"');
    assert.doesNotMatch(html, /<dt>Also in<\/dt>/, 'all copies are in English');
    assert.match(html, /<h2 id="see-also-heading">See also<\/h2>/);
    assert.match(html, /Niger trains border officials/);
  });

  it('links to the other languages of a publication, in the reader’s language', async () => {
    const id = await idOf('Labour Mobility in West Africa');
    const html = (await app.inject({ url: `/items/${id}?hl=fr` })).body;
    const row = /<dt>Aussi en<\/dt><dd>(.*?)<\/dd>/s.exec(html)?.[1] ?? '';
    const fr = await idOf('Mobilité de la main');
    const es = await idOf('Movilidad laboral');
    assert.match(row, new RegExp(`href="/items/${fr}\\?hl=fr"[^>]*>français<`));
    assert.match(row, new RegExp(`href="/items/${es}\\?hl=fr"[^>]*>espagnol<`));
  });

  it('adds the cluster and related items to the API item', async () => {
    const id = await idOf('Niger and IOM open a migrant');
    const body = (await app.inject({ url: `/api/v1/items/${id}` })).json() as {
      data: { cluster: { id: string; items: { id: string; sourceOrganization: string }[] }; related: { id: string }[] };
    };
    assert.equal(body.data.cluster.items.length, 3);
    assert.ok(body.data.cluster.items.some((item) => item.id === id));
    assert.equal(body.data.related[0]?.id, await idOf('Niger trains border officials'));
    const alone = (await app.inject({ url: `/api/v1/items/${await idOf('Niamey hosts')}` })).json() as {
      data: { cluster: unknown };
    };
    assert.equal(alone.data.cluster, null);
  });
});
