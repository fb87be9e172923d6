import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from '../../src/domain/entities.js';
import { parseSearchParams, toSearchParams } from '../../src/search/queryParams.js';
import type { SearchQuery } from '../../src/search/types.js';
import { makeItem } from '../support/itemBuilder.js';
import type { SearchFixture } from './searchContract.js';

const projectRef = (id: string): ProjectRef => ({
  id,
  name: id.toUpperCase(),
  funders: [],
  implementers: [],
  countries: [],
  evidence: id,
});
const personRef = (id: string): PersonRef => ({ id, name: id, evidence: id });
const eventRef = (id: string): EventRef => ({ id, name: id, evidence: id });
const principle = (id: string): PrincipleTag => ({ id, score: 0.8, evidence: [] });

/** Filters on principles and on the projects, people and events items name. */
export function runEntitySearchContract(engine: string, open: () => Promise<SearchFixture>): void {
  describe(`search contract (entities and principles): ${engine}`, () => {
    let fixture: SearchFixture;
    before(async () => {
      fixture = await open();
      await fixture.store.items.upsertMany([
        makeItem({
          id: 'e1',
          title: 'Border workshop',
          projects: [projectRef('supreme')],
          people: [personRef('ana-lima')],
          principles: [principle('human-rights')],
        }),
        makeItem({
          id: 'e2',
          title: 'Border conference',
          projects: [projectRef('supreme'), projectRef('mmc')],
          events: [eventRef('summit-2019')],
          principles: [principle('gender-responsive'), principle('human-rights')],
        }),
        makeItem({
          id: 'e3',
          title: 'Labour news',
          people: [personRef('ana-lima')],
          events: [eventRef('summit-2019')],
        }),
        makeItem({ id: 'e4', title: 'Unrelated border item' }),
      ]);
    });
    after(() => fixture.store.close());

    const ids = async (query: SearchQuery) =>
      (await fixture.search.search(query)).hits.map((hit) => hit.item.id).sort();

    it('filters by project, person and event, OR-ing values of one filter', async () => {
      assert.deepEqual(await ids({ projects: ['supreme'] }), ['e1', 'e2']);
      assert.deepEqual(await ids({ projects: ['mmc', 'nothing'] }), ['e2']);
      assert.deepEqual(await ids({ people: ['ana-lima'] }), ['e1', 'e3']);
      assert.deepEqual(await ids({ events: ['summit-2019'] }), ['e2', 'e3']);
      assert.deepEqual(await ids({ projects: ['unknown'] }), []);
    });

    it('filters by principle', async () => {
      assert.deepEqual(await ids({ principles: ['human-rights'] }), ['e1', 'e2']);
      assert.deepEqual(await ids({ principles: ['gender-responsive'] }), ['e2']);
    });

    it('ANDs entity filters with each other, with other filters and with text', async () => {
      assert.deepEqual(await ids({ people: ['ana-lima'], events: ['summit-2019'] }), ['e3']);
      assert.deepEqual(await ids({ projects: ['supreme'], q: 'workshop' }), ['e1']);
      assert.deepEqual(await ids({ principles: ['human-rights'], people: ['ana-lima'] }), ['e1']);
      const result = await fixture.search.search({ projects: ['supreme'] });
      assert.equal(result.total, 2);
      assert.equal(
        result.facets.type.reduce((n, v) => n + v.count, 0),
        2,
        'facets count the filtered set',
      );
    });

    it('reads and writes the filters as URL parameters', () => {
      const query = parseSearchParams(
        new URLSearchParams('project=SUPREME&person=ana-lima&event=summit-2019&principle=human-rights'),
      );
      assert.deepEqual(query.projects, ['supreme']);
      assert.deepEqual(query.people, ['ana-lima']);
      assert.deepEqual(query.events, ['summit-2019']);
      assert.deepEqual(query.principles, ['human-rights']);
      assert.equal(
        toSearchParams(query).toString(),
        'principle=human-rights&project=supreme&person=ana-lima&event=summit-2019',
      );
      assert.throws(() => parseSearchParams({ principle: 'kindness' }), { code: 'bad_request' });
      assert.throws(() => parseSearchParams({ project: 'a b' }), { code: 'bad_request' });
    });
  });
}
