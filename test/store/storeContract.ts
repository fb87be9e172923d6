import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Item } from '../../src/domain/item.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from '../support/itemBuilder.js';

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

    it('migrates twice without harm', async () => {
      const store = await fresh();
      await store.migrate();
      assert.equal(await store.items.count(), 0);
    });

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
