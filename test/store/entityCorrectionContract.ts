import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRef, PersonRef, ProjectRef } from '../../src/domain/entities.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from '../support/itemBuilder.js';

const project = (overrides: Partial<ProjectRef> = {}): ProjectRef => ({
  id: 'supreme',
  name: 'SUPREME',
  acronym: 'SUPREME',
  funders: ['GBR'],
  implementers: ['icmpd'],
  countries: ['TUR'],
  start: '2019-01-01',
  durationMonths: 48,
  evidence: 'implemented by ICMPD from 1 January 2019 for 48 months',
  ...overrides,
});
const person: PersonRef = {
  id: 'ana-lima',
  name: 'Ana Lima',
  role: 'Director',
  organization: 'icmpd',
  evidence: 'Ana Lima, Director at ICMPD',
};
const event: EventRef = {
  id: 'regional-meeting-2015',
  name: 'Regional meeting',
  date: '2015-05-12',
  place: 'Istanbul',
  participants: 80,
  evidence: '80 participants',
};

/** Projects, people, events, principles and corrections: part of the store contract every engine honours. */
export function runEntityCorrectionContract(fresh: () => Promise<Store>): void {
  describe('entities, principles and corrections', () => {
    it('round-trips principles, type evidence, projects, people and events', async () => {
      const store = await fresh();
      const item = makeItem({
        id: 'rich',
        principles: [{ id: 'human-rights', score: 0.7, evidence: [{ kind: 'term', text: 'human rights' }] }],
        typeEvidence: ['title: workshop'],
        projects: [project()],
        people: [person],
        events: [event],
      });
      await store.items.upsertMany([item]);
      assert.deepEqual(await store.items.get('rich'), item);
    });

    it('records each named entity once, merges what several items say, and counts their items', async () => {
      const store = await fresh();
      await store.items.upsertMany([
        makeItem({ id: 'a', projects: [project()], people: [person] }),
        makeItem({
          id: 'b',
          projects: [project({ funders: ['eu'], countries: ['TUR', 'GRC'], end: '2022-12-31', start: '2020-01-01' })],
        }),
      ]);
      const stored = await store.entities.get('project', 'supreme');
      assert.ok(stored && stored.kind === 'project');
      assert.equal(stored.name, 'SUPREME');
      assert.equal(stored.itemCount, 2);
      assert.deepEqual(stored.data.funders, ['GBR', 'eu']);
      assert.deepEqual(stored.data.countries, ['TUR', 'GRC']);
      assert.equal(stored.data.start, '2019-01-01', 'a detail both give keeps the first value');
      assert.equal(stored.data.end, '2022-12-31', 'a detail only the newcomer gives is added');
      assert.equal((await store.entities.get('person', 'ana-lima'))?.itemCount, 1);
      assert.equal(await store.entities.get('event', 'supreme'), null, 'kinds are separate');
    });

    it('lists entities of a kind, most cited first, with paging and a total', async () => {
      const store = await fresh();
      const p = (id: string, name: string) => project({ id, name, acronym: undefined });
      await store.items.upsertMany([
        makeItem({ id: 'i1', projects: [p('zeta', 'Zeta'), p('alpha', 'Alpha')] }),
        makeItem({ id: 'i2', projects: [p('zeta', 'Zeta'), p('beta', 'Beta')] }),
      ]);
      const first = await store.entities.list('project', { limit: 2 });
      assert.equal(first.total, 3);
      assert.deepEqual(
        first.entities.map((e) => e.id),
        ['zeta', 'alpha'],
      );
      const second = await store.entities.list('project', { limit: 2, offset: 2 });
      assert.deepEqual(
        second.entities.map((e) => e.id),
        ['beta'],
      );
      assert.equal((await store.entities.list('person')).total, 0);
    });

    it('replaces an item’s links when it changes, and an entity no item names drops out of lists', async () => {
      const store = await fresh();
      await store.items.upsertMany([makeItem({ id: 'x', title: 'v1', projects: [project()], events: [event] })]);
      await store.items.upsertMany([makeItem({ id: 'x', title: 'v2', projects: [], events: [event] })]);
      assert.equal((await store.entities.get('project', 'supreme'))?.itemCount, 0);
      assert.equal((await store.entities.list('project')).total, 0);
      assert.equal((await store.entities.get('event', event.id))?.itemCount, 1);
    });

    it('re-writes an unchanged item only when forced', async () => {
      const store = await fresh();
      const item = makeItem({ id: 'f', countries: ['KEN'] });
      await store.items.upsertMany([item]);
      const retagged = { ...item, countries: ['UGA'] };
      assert.deepEqual(await store.items.upsertMany([retagged]), { added: 0, updated: 0, skipped: 1 });
      assert.deepEqual((await store.items.get('f'))?.countries, ['KEN']);
      assert.deepEqual(await store.items.upsertMany([retagged], { force: true }), { added: 0, updated: 1, skipped: 0 });
      assert.deepEqual((await store.items.get('f'))?.countries, ['UGA']);
      assert.deepEqual(await store.items.revisions('f'), [], 'a re-tag is not a new version of the text');
    });

    it('stores corrections and lists them per item, for all items and for a batch', async () => {
      const store = await fresh();
      const base = { editor: 'ana', createdAt: '2024-03-15T10:00:00+00:00' };
      const c1 = await store.corrections.add({ itemId: 'a', field: 'objectives', action: 'add', value: '10', ...base });
      const c2 = await store.corrections.add({
        itemId: 'b',
        field: 'countries',
        action: 'remove',
        value: 'KEN',
        note: 'Nairobi is only the venue',
        ...base,
      });
      const c3 = await store.corrections.add({ itemId: 'a', field: 'type', action: 'set', value: 'event', ...base });
      assert.ok(typeof c1.id === 'number' && typeof c2.id === 'number');
      assert.deepEqual(c2, {
        id: c2.id,
        itemId: 'b',
        field: 'countries',
        action: 'remove',
        value: 'KEN',
        ...base,
        note: 'Nairobi is only the venue',
      });
      assert.deepEqual(await store.corrections.list('a'), [c1, c3]);
      assert.deepEqual(await store.corrections.list('none'), []);
      assert.deepEqual(await store.corrections.all(), [c1, c2, c3]);
      const batch = await store.corrections.forItems(['a', 'zzz']);
      assert.deepEqual([...batch.keys()], ['a']);
      assert.deepEqual(batch.get('a'), [c1, c3]);
      assert.equal((await store.corrections.forItems([])).size, 0);
    });
  });
}
