import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Item } from '../../src/domain/item.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from '../support/itemBuilder.js';
import { runEntityCorrectionContract } from './entityCorrectionContract.js';

/** Runs the storage contract against any engine; each test gets a fresh, migrated store from `open`. */
export function runStoreContract(engine: string, open: () => Promise<Store>): void {
  describe(`store contract: ${engine}`, () => {
    const stores: Store[] = [];
    async function fresh(): Promise<Store> {
      const store = await open();
      await store.migrate();
      stores.push(store);
      return store;
    }
    after(async () => {
      for (const store of stores) await store.close();
    });

    it('starts empty', async () => {
      const store = await fresh();
      assert.equal(await store.items.count(), 0);
      assert.equal(await store.items.get('nope'), null);
    });

    it('round-trips every field of an item', async () => {
      const store = await fresh();
      const item = makeItem({
        id: 'full',
        type: 'publication',
        title: 'Côte d’Ivoire: réintégration des migrants',
        url: 'https://example.org/a?b=1',
        published: '2019-07-16T15:32:30+02:00',
        language: 'fr',
        summary: 'Un résumé.',
        text: 'Premier paragraphe.\n\nSecond paragraphe.',
        html: '<p>Premier paragraphe.</p>',
        sourceOrganization: 'IOM',
        submittedBy: 'Jane Doe',
        organizations: [
          { id: 'iom', name: 'IOM', fullName: 'International Organization for Migration' },
          { id: 'unhcr', name: 'UNHCR' },
        ],
        countries: ['CIV', 'FRA'],
        regions: ['africa', 'europe'],
        objectives: [
          { objective: 21, score: 0.9, evidence: [{ kind: 'term', text: 'réintégration' }] },
          { objective: 7, score: 0.4, evidence: [{ kind: 'context', text: 'listed under Objective 7' }] },
        ],
        provenance: { source: 'file.txt', format: 'text-page', position: 3 },
      });
      assert.deepEqual(await store.items.upsertMany([item]), { added: 1, updated: 0, skipped: 0 });
      assert.deepEqual(await store.items.get('full'), item);
    });

    it('adds, skips unchanged and updates changed items by id', async () => {
      const store = await fresh();
      const a = makeItem({ id: 'a', objectives: [{ objective: 1, score: 1, evidence: [] }] });
      const b = makeItem({ id: 'b' });
      assert.deepEqual(await store.items.upsertMany([a, b]), { added: 2, updated: 0, skipped: 0 });
      const changed = makeItem({ id: 'a', title: 'New title', objectives: [{ objective: 2, score: 1, evidence: [] }] });
      assert.deepEqual(await store.items.upsertMany([changed, b]), { added: 0, updated: 1, skipped: 1 });
      assert.equal((await store.items.get('a'))?.title, 'New title');
      assert.equal(await store.items.count(), 2);
      const byObjective = await store.items.countByObjective();
      assert.equal(byObjective.get(1), 0, 'the old objective link is replaced');
      assert.equal(byObjective.get(2), 1);
    });

    it('skips an item whose hash is unchanged even if other fields differ', async () => {
      const store = await fresh();
      const a = makeItem({ id: 'a', title: 'Original' });
      await store.items.upsertMany([a]);
      await store.items.upsertMany([{ ...a, title: 'Ignored' }]);
      assert.equal((await store.items.get('a'))?.title, 'Original');
    });

    it('rolls back the whole batch when one item is invalid', async () => {
      const store = await fresh();
      const before = makeItem({ id: 'kept', title: 'Before' });
      await store.items.upsertMany([before]);
      const batch: Item[] = [
        makeItem({ id: 'new-1' }),
        makeItem({ id: 'kept', title: 'After' }),
        makeItem({ id: 'bad', objectives: [{ objective: 99, score: 1, evidence: [] }] }),
      ];
      await assert.rejects(store.items.upsertMany(batch), (error: unknown) => {
        assert.equal((error as { code?: unknown }).code, 'invalid_item');
        return true;
      });
      assert.equal(await store.items.count(), 1);
      assert.equal(await store.items.get('new-1'), null);
      assert.deepEqual(await store.items.get('kept'), before);
    });

    it('rejects an unknown type', async () => {
      const store = await fresh();
      const bad = { ...makeItem({ id: 'x' }), type: 'rumour' } as unknown as Item;
      await assert.rejects(store.items.upsertMany([bad]), /type "rumour"/);
      assert.equal(await store.items.count(), 0);
    });

    it('counts items by objective, with zeros for untagged objectives', async () => {
      const store = await fresh();
      const tag = (objective: number) => ({ objective, score: 0.5, evidence: [] });
      await store.items.upsertMany([
        makeItem({ objectives: [tag(1), tag(23)] }),
        makeItem({ objectives: [tag(1)] }),
        makeItem({}),
      ]);
      const counts = await store.items.countByObjective();
      assert.equal(counts.size, 23);
      assert.equal(counts.get(1), 2);
      assert.equal(counts.get(23), 1);
      assert.equal(counts.get(5), 0);
    });

    it('keeps organisations seen on items, the latest names winning', async () => {
      const store = await fresh();
      await store.items.upsertMany([
        makeItem({ organizations: [{ id: 'icmpd', name: 'ICMPD', fullName: 'International Centre for MPD' }] }),
        makeItem({
          organizations: [
            { id: 'icmpd', name: 'ICMPD' },
            { id: 'ilo', name: 'ILO' },
          ],
        }),
      ]);
      assert.deepEqual(await store.items.getOrganization('icmpd'), {
        id: 'icmpd',
        name: 'ICMPD',
        fullName: 'International Centre for MPD',
      });
      assert.deepEqual(await store.items.getOrganization('ilo'), { id: 'ilo', name: 'ILO' });
      assert.equal(await store.items.getOrganization('nobody'), null);
    });

    it('treats an empty batch and repeated ids in one batch sensibly', async () => {
      const store = await fresh();
      assert.deepEqual(await store.items.upsertMany([]), { added: 0, updated: 0, skipped: 0 });
      const first = makeItem({ id: 'dup', title: 'One' });
      const second = makeItem({ id: 'dup', title: 'Two' });
      assert.deepEqual(await store.items.upsertMany([first, first, second]), { added: 1, updated: 1, skipped: 1 });
      assert.equal((await store.items.get('dup'))?.title, 'Two');
    });

    it('keeps the previous version of a changed item as a revision, newest first', async () => {
      const store = await fresh();
      const v1 = makeItem({ id: 'rev', title: 'First', text: 'One.', published: '2024-01-01T00:00:00+00:00' });
      await store.items.upsertMany([v1]);
      assert.deepEqual(await store.items.revisions('rev'), []);
      await store.items.upsertMany([v1]);
      assert.deepEqual(await store.items.revisions('rev'), [], 'an unchanged item keeps no revision');
      const v2 = makeItem({ id: 'rev', title: 'Second', text: 'Two.', published: '2024-01-01T00:00:00+00:00' });
      const v3 = makeItem({ id: 'rev', title: 'Third', text: 'Two.', published: '2024-01-02T00:00:00+00:00' });
      await store.items.upsertMany([v2]);
      await store.items.upsertMany([v3]);
      const revisions = await store.items.revisions('rev');
      assert.deepEqual(
        revisions.map((r) => [r.title, r.text, r.published, r.contentHash]),
        [
          ['Second', 'Two.', '2024-01-01T00:00:00+00:00', v2.contentHash],
          ['First', 'One.', '2024-01-01T00:00:00+00:00', v1.contentHash],
        ],
      );
      for (const revision of revisions) {
        assert.equal(revision.itemId, 'rev');
        assert.ok(Date.parse(revision.seenAt) <= Date.parse(revision.replacedAt));
      }
      assert.equal((await store.items.get('rev'))?.title, 'Third');
      assert.deepEqual(await store.items.revisions('nope'), []);
    });

    it('keeps no revision when only the tags of an item changed', async () => {
      const store = await fresh();
      const item = makeItem({ id: 'retag' });
      await store.items.upsertMany([item]);
      const retagged = { ...item, objectives: [{ objective: 3, score: 1, evidence: [] }], contentHash: 'other' };
      assert.deepEqual(await store.items.upsertMany([retagged]), { added: 0, updated: 1, skipped: 0 });
      assert.deepEqual(await store.items.revisions('retag'), []);
    });

    it('keeps no revision from a batch that was rolled back', async () => {
      const store = await fresh();
      await store.items.upsertMany([makeItem({ id: 'kept', title: 'Before' })]);
      const bad = makeItem({ id: 'bad', objectives: [{ objective: 0, score: 1, evidence: [] }] });
      await assert.rejects(store.items.upsertMany([makeItem({ id: 'kept', title: 'After' }), bad]));
      assert.deepEqual(await store.items.revisions('kept'), []);
    });

    it('adds, finds, lists and removes sources; a URL is a source only once', async () => {
      const store = await fresh();
      assert.deepEqual(await store.sources.list(), []);
      const a = await store.sources.add({
        url: 'https://a.example/feed',
        name: 'A',
        type: 'vacancy',
        intervalMinutes: 60,
        adaptive: true,
      });
      const b = await store.sources.add({
        url: 'https://b.example/rss',
        name: 'B',
        intervalMinutes: 30,
        adaptive: false,
      });
      assert.equal(a.type, 'vacancy');
      assert.equal(b.type, undefined);
      assert.equal(b.adaptive, false);
      assert.equal(a.errorCount, 0);
      assert.equal(a.itemCount, 0);
      assert.ok(!Number.isNaN(Date.parse(a.nextFetchAt)));
      assert.deepEqual(await store.sources.get(a.id), a);
      assert.deepEqual(await store.sources.getByUrl('https://b.example/rss'), b);
      assert.deepEqual(
        (await store.sources.list()).map((s) => s.name),
        ['A', 'B'],
      );
      await assert.rejects(
        store.sources.add({ url: 'https://a.example/feed', name: 'again', intervalMinutes: 5, adaptive: true }),
        (error: unknown) => (error as { code?: unknown }).code === 'source_exists',
      );
      assert.equal(await store.sources.remove(a.id), true);
      assert.equal(await store.sources.remove(a.id), false);
      assert.equal(await store.sources.get(a.id), null);
      assert.equal(await store.sources.getByUrl('https://a.example/feed'), null);
    });

    it('lists the sources that are due, the longest waiting first', async () => {
      const store = await fresh();
      const add = (url: string, nextFetchAt: string) =>
        store.sources.add({ url, name: url, intervalMinutes: 60, adaptive: true, nextFetchAt });
      await add('https://later.example/', '2030-01-01T00:00:00+00:00');
      await add('https://soon.example/', '2024-01-01T12:00:00+02:00');
      await add('https://sooner.example/', '2024-01-01T11:00:00+00:00');
      const due = await store.sources.due(new Date('2024-06-01T00:00:00Z'));
      // 12:00+02:00 is 10:00 UTC: before 11:00 UTC although it sorts after it as text.
      assert.deepEqual(
        due.map((s) => s.url),
        ['https://soon.example/', 'https://sooner.example/'],
      );
    });

    it('records failures with errorSince from the first one, and a success that clears them', async () => {
      const store = await fresh();
      const source = await store.sources.add({
        url: 'https://x.example/',
        name: 'X',
        intervalMinutes: 60,
        adaptive: true,
      });
      const fail = (at: string, message: string) =>
        store.sources.recordFailure(source.id, { fetchedAt: at, nextFetchAt: at, code: 'http_error', message });
      await fail('2024-01-01T00:00:00+00:00', 'first');
      const second = await fail('2024-01-01T01:00:00+00:00', 'The server answered 500.');
      assert.equal(second.errorCount, 2);
      assert.equal(second.lastError, 'The server answered 500.');
      assert.equal(second.lastErrorCode, 'http_error');
      assert.equal(second.errorSince, '2024-01-01T00:00:00+00:00');
      assert.equal(second.lastFetchedAt, '2024-01-01T01:00:00+00:00');
      assert.equal(second.lastSuccessAt, undefined);
      await store.items.upsertMany([makeItem({ id: 's1' }), makeItem({ id: 's2' })]);
      const ok = await store.sources.recordSuccess(source.id, {
        fetchedAt: '2024-01-01T02:00:00+00:00',
        nextFetchAt: '2024-01-01T03:00:00+00:00',
        intervalMinutes: 45,
        etag: '"v1"',
        lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
        contentHash: 'abc',
        itemIds: ['s1', 's2', 's1'],
      });
      assert.equal(ok.errorCount, 0);
      assert.equal(ok.lastError, undefined);
      assert.equal(ok.errorSince, undefined);
      assert.equal(ok.lastSuccessAt, '2024-01-01T02:00:00+00:00');
      assert.equal(ok.nextFetchAt, '2024-01-01T03:00:00+00:00');
      assert.equal(ok.intervalMinutes, 45);
      assert.equal(ok.etag, '"v1"');
      assert.equal(ok.contentHash, 'abc');
      assert.equal(ok.itemCount, 2);
      const again = await store.sources.recordSuccess(source.id, {
        fetchedAt: '2024-01-01T03:00:00+00:00',
        nextFetchAt: '2024-01-01T04:00:00+00:00',
        intervalMinutes: 45,
        itemIds: ['s2'],
      });
      assert.equal(again.itemCount, 2, 'items are counted once');
      assert.equal(again.etag, undefined, 'validators are stored as given');
      assert.equal(await store.items.count(), 2);
    });

    it('moves a source to its new address after a permanent redirect, unless another source has it', async () => {
      const store = await fresh();
      const add = (url: string) => store.sources.add({ url, name: url, intervalMinutes: 60, adaptive: true });
      const a = await add('https://old.example/feed');
      await add('https://taken.example/feed');
      const success = (url: string) => ({
        fetchedAt: '2024-01-01T00:00:00+00:00',
        nextFetchAt: '2024-01-01T01:00:00+00:00',
        intervalMinutes: 60,
        itemIds: [],
        url,
      });
      assert.equal((await store.sources.recordSuccess(a.id, success('https://taken.example/feed'))).url, a.url);
      assert.equal(
        (await store.sources.recordSuccess(a.id, success('https://new.example/feed'))).url,
        'https://new.example/feed',
      );
    });

    it('migrates twice without harm', async () => {
      const store = await fresh();
      await store.migrate();
      assert.equal(await store.items.count(), 0);
    });

    runEntityCorrectionContract(fresh);

    describe('a batch of a thousand items', () => {
      let store: Store;
      before(async () => {
        store = await fresh();
      });
      it('is stored in one call and can be read back', async () => {
        const items = Array.from({ length: 1000 }, (_, i) =>
          makeItem({
            id: `bulk-${i}`,
            countries: ['KEN'],
            objectives: [{ objective: (i % 23) + 1, score: 1, evidence: [] }],
          }),
        );
        assert.deepEqual(await store.items.upsertMany(items), { added: 1000, updated: 0, skipped: 0 });
        assert.equal(await store.items.count(), 1000);
        assert.deepEqual(await store.items.get('bulk-999'), items[999]);
        assert.deepEqual(await store.items.upsertMany(items), { added: 0, updated: 0, skipped: 1000 });
      });
    });
  });
}
