import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { clusterItems, clusterStore } from '../../src/pipeline/clusterItems.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/dedup');

describe('duplicate clusters in a SQLite store', () => {
  let hub: Hub;
  let cleanup: () => Promise<void>;
  const ids = new Map<string, string>();

  /** The id of the stored item whose title starts with `title`. */
  async function idOf(title: string): Promise<string> {
    const cached = ids.get(title);
    if (cached) return cached;
    const result = await hub.search.search({ pageSize: 50 });
    const hit = result.hits.find((h) => h.item.title.startsWith(title));
    assert.ok(hit, `no item titled "${title}"`);
    ids.set(title, hit.item.id);
    return hit.item.id;
  }

  before(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    hub = await openHub({ database: path.join(dir, 'hub.sqlite') });
    const summary = await importFiles(hub.store, [FIXTURES]);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.added, 8);
  });
  after(async () => {
    await hub.close();
    await cleanup();
  });

  it('groups one story published by three sources', async () => {
    const first = await idOf('Niger and IOM open a migrant');
    const cluster = await hub.store.clusters.cluster(first);
    assert.ok(cluster);
    const sources = cluster.items.map((item) => item.sourceOrganization).sort();
    assert.deepEqual(sources, ['Border Watch', 'Migration News Network', 'Sahel Daily']);
    assert.equal(cluster.id, [...cluster.items.map((item) => item.id)].sort()[0], 'the smallest id names it');
    assert.deepEqual((await hub.store.clusters.of(first)).sort(), cluster.items.map((item) => item.id).sort());
  });

  it('groups one publication announced in English, French and Spanish', async () => {
    const en = await idOf('Labour Mobility in West Africa');
    const cluster = await hub.store.clusters.cluster(en);
    assert.deepEqual(
      cluster?.items.map((item) => item.language),
      ['en', 'fr', 'es'],
    );
  });

  it('leaves alone items that share only a country or an organisation', async () => {
    assert.equal(await hub.store.clusters.cluster(await idOf('Niamey hosts a workshop')), null);
    assert.equal(await hub.store.clusters.cluster(await idOf('Niger trains border officials')), null);
    assert.deepEqual(await hub.store.clusters.of(await idOf('Niamey hosts a workshop')), [await idOf('Niamey hosts')]);
    assert.deepEqual(await hub.store.clusters.summary(), { signed: 8, clusters: 2, itemsInClusters: 6, largest: 3 });
  });

  it('relates items by shared entities and words, the cluster excluded', async () => {
    const story = await idOf('Niger and IOM open a migrant');
    const related = await hub.store.clusters.related(story, 5);
    const mates = new Set(await hub.store.clusters.of(story));
    assert.ok(related.length >= 1);
    assert.equal(related[0]?.id, await idOf('Niger trains border officials'), 'same country, organisation and place');
    assert.ok(related.every((item) => !mates.has(item.id)));
    assert.ok(related.every((item, i) => i === 0 || (related[i - 1]?.score ?? 0) >= item.score));
  });

  it('keeps cluster ids when the same files are imported again or the clusters rebuilt', async () => {
    const before = await hub.store.clusters.cluster(await idOf('Niger and IOM open a migrant'));
    const again = await importFiles(hub.store, [FIXTURES]);
    assert.equal(again.skipped, 8);
    const rebuilt = await clusterStore(hub.store, { rebuild: true });
    assert.deepEqual(rebuilt, { processed: 8, signed: 8, clusters: 2, itemsInClusters: 6, largest: 3 });
    assert.deepEqual(await hub.store.clusters.cluster(await idOf('Niger and IOM open a migrant')), before);
  });

  it('takes a changed item out of its cluster, and puts it back when it changes back', async () => {
    const id = await idOf('New resource centre for migrants');
    const item = await hub.store.items.get(id);
    assert.ok(item);
    const changed = {
      ...item,
      title: 'Sahel Daily corrects its report',
      text: 'The newspaper published a correction about the opening date of a health post in Tahoua, unrelated to the earlier story.',
      html: null,
      contentHash: `${item.contentHash}-changed`,
    };
    await hub.store.items.upsertMany([changed]);
    await clusterItems(hub.store, [changed]);
    assert.deepEqual(await hub.store.clusters.of(id), [id]);
    assert.equal((await hub.store.clusters.cluster(await idOf('Niger and IOM open a migrant')))?.items.length, 2);
    await hub.store.items.upsertMany([item]);
    await clusterItems(hub.store, [item]);
    assert.equal((await hub.store.clusters.cluster(id))?.items.length, 3);
  });
});

describe('translations found through title cues', () => {
  it('clusters an English item and its French version, not a French item on another story', async () => {
    const { openSqliteStore } = await import('../../src/store/sqlite/openSqliteStore.js');
    const { makeItem } = await import('../support/itemBuilder.js');
    const store = await openSqliteStore(':memory:');
    await store.migrate();
    const common = { countries: ['NER', 'MLI'], organizations: [{ id: 'iom', name: 'IOM' }] };
    const en = makeItem({
      ...common,
      id: 'en-roadmap',
      title: 'Niger and Mali sign the Agadez 2025 roadmap',
      published: '2025-05-12T08:00:00Z',
    });
    const fr = makeItem({
      ...common,
      id: 'fr-roadmap',
      language: 'fr',
      title: 'Le Niger et le Mali signent la feuille de route d’Agadez 2025',
      published: '2025-05-13T08:00:00Z',
    });
    const other = makeItem({
      ...common,
      id: 'fr-other',
      language: 'fr',
      title: 'Le Niger accueille un atelier sur les statistiques',
      published: '2025-05-12T08:00:00Z',
    });
    try {
      await store.items.upsertMany([en]);
      await clusterItems(store, [en]);
      await store.items.upsertMany([fr, other]);
      await clusterItems(store, [fr, other]);
      assert.deepEqual(await store.clusters.of('fr-roadmap'), ['en-roadmap', 'fr-roadmap']);
      assert.deepEqual(await store.clusters.of('fr-other'), ['fr-other']);
    } finally {
      await store.close();
    }
  });
});
