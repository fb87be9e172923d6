import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { ROOT } from '../support/seeds.js';

const FEED = path.join(ROOT, 'test/fixtures/corrections/entities.rss');

describe('projects, people and events from import to store', () => {
  let hub: Hub;
  before(async () => {
    hub = await openHub({ database: ':memory:' });
  });
  after(() => hub.close());

  it('stores the entities an imported item names, and finds the item by them', async () => {
    const summary = await importFiles(hub.store, [FEED]);
    assert.deepEqual(summary.errors, []);
    const [item] = (await hub.search.search({})).hits.map((hit) => hit.item);
    assert.ok(item);
    assert.ok(item.typeEvidence.length > 0, 'the type comes with its reasons');

    const project = item.projects.find((p) => p.acronym === 'BODAP');
    assert.ok(project, `a project was read: ${JSON.stringify(item.projects)}`);
    const stored = await hub.store.entities.get('project', project.id);
    assert.equal(stored?.itemCount, 1);
    assert.deepEqual((await hub.search.search({ projects: [project.id] })).total, 1);

    const person = item.people.find((p) => p.name === 'Amina Odhiambo');
    assert.ok(person, `a person was read: ${JSON.stringify(item.people)}`);
    assert.equal((await hub.store.entities.get('person', person.id))?.name, 'Amina Odhiambo');

    const event = item.events.find((e) => e.participants === 45);
    assert.ok(event, `an event was read: ${JSON.stringify(item.events)}`);
    assert.equal((await hub.search.search({ events: [event.id] })).total, 1);
  });
});
