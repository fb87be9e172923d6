import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import type { Correction } from '../../src/domain/correction.js';
import { applyCorrections } from '../../src/pipeline/applyCorrections.js';
import { addCorrection } from '../../src/pipeline/corrections.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { makeItem } from '../support/itemBuilder.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const FEED = path.join(ROOT, 'test/fixtures/corrections/feed.rss');
const AT = '2024-03-15T10:00:00+00:00';

function correction(overrides: Partial<Correction>): Correction {
  return { itemId: 'x', field: 'objectives', action: 'add', value: '10', editor: 'ana', createdAt: AT, ...overrides };
}

describe('applyCorrections', () => {
  const item = makeItem({
    id: 'x',
    type: 'news',
    typeEvidence: ['text: meeting'],
    countries: ['KEN', 'UGA'],
    regions: ['africa'],
    objectives: [
      { objective: 8, score: 0.9, evidence: [{ kind: 'term', text: 'rescue' }] },
      { objective: 10, score: 0.5, evidence: [{ kind: 'term', text: 'victims' }] },
    ],
    principles: [{ id: 'human-rights', score: 0.6, evidence: [] }],
    organizations: [{ id: 'iom', name: 'IOM' }],
  });

  it('returns the item itself when there is nothing to apply', () => {
    assert.equal(applyCorrections(item, []), item);
  });

  it('adds a tag with score 1 and the editor as evidence, and removes tags', () => {
    const out = applyCorrections(item, [
      correction({ value: '23' }),
      correction({ action: 'remove', value: '8' }),
      correction({ field: 'countries', action: 'remove', value: 'UGA' }),
      correction({ field: 'countries', value: 'COL' }),
      correction({ field: 'regions', value: 'americas' }),
      correction({ field: 'principles', value: 'child-sensitive' }),
      correction({ field: 'organizations', value: 'icmpd' }),
      correction({ field: 'organizations', action: 'remove', value: 'iom' }),
    ]);
    assert.deepEqual(
      out.objectives.map((t) => [t.objective, t.score]),
      [
        [23, 1],
        [10, 0.5],
      ],
    );
    assert.deepEqual(out.objectives[0]?.evidence, [{ kind: 'correction', text: 'corrected by ana on 2024-03-15' }]);
    assert.deepEqual(out.countries, ['KEN', 'COL']);
    assert.deepEqual(out.regions, ['africa', 'americas']);
    assert.deepEqual(
      out.principles.map((p) => p.id),
      ['child-sensitive', 'human-rights'],
    );
    assert.deepEqual(
      out.organizations.map((o) => o.id),
      ['icmpd'],
    );
    assert.equal(out.organizations[0]?.name, 'ICMPD', 'a gazetteer organisation gets its display name');
    assert.equal(out.contentHash, item.contentHash, 'the hash stays that of the enriched content');
    assert.equal(item.objectives.length, 2, 'the input is not changed');
  });

  it('confirms an existing tag by raising it to 1 and keeping its evidence', () => {
    const out = applyCorrections(item, [correction({ value: '10', editor: 'bo' })]);
    assert.deepEqual(out.objectives[0], {
      objective: 10,
      score: 1,
      evidence: [
        { kind: 'term', text: 'victims' },
        { kind: 'correction', text: 'corrected by bo on 2024-03-15' },
      ],
    });
  });

  it('sets the type with its own evidence, and a later correction wins', () => {
    const out = applyCorrections(item, [
      correction({ field: 'type', action: 'set', value: 'event' }),
      correction({ field: 'objectives', action: 'remove', value: '10' }),
      correction({ field: 'objectives', action: 'add', value: '10' }),
    ]);
    assert.equal(out.type, 'event');
    assert.deepEqual(out.typeEvidence, ['correction: corrected by ana on 2024-03-15']);
    assert.ok(out.objectives.some((t) => t.objective === 10 && t.score === 1));
  });

  it('ignores corrections of another item', () => {
    assert.deepEqual(applyCorrections(item, [correction({ itemId: 'other', value: '1' })]).objectives, item.objectives);
  });
});

describe('corrections through the pipeline', () => {
  let hub: Hub;
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  let template: string;

  before(async () => {
    ({ dir, cleanup } = await tempDir());
    hub = await openHub({ database: path.join(dir, 'hub.sqlite') });
    template = await readFile(FEED, 'utf8');
    file = path.join(dir, 'feed.rss');
    await writeFile(file, template.replace('VERSION_MARK', ''));
  });
  after(async () => {
    await hub.close();
    await cleanup();
  });

  const only = async () => {
    const hit = (await hub.search.search({})).hits[0];
    assert.ok(hit);
    const item = await hub.store.items.get(hit.item.id);
    assert.ok(item);
    return item;
  };

  it('applies a correction at once, and keeps it through re-import of the same and of a changed file', async () => {
    await importFiles(hub.store, [file]);
    const before = await only();
    assert.ok(before.countries.includes('MLT'), 'the fixture names Malta');
    assert.ok(
      before.objectives.some((t) => t.objective === 8),
      'the fixture is about rescue at sea',
    );

    const request = (field: 'countries' | 'objectives' | 'type', action: 'add' | 'remove' | 'set', value: string) =>
      addCorrection(hub.store, { itemId: before.id, editor: 'ana', request: { field, action, value } });
    await request('countries', 'remove', 'MLT');
    await request('objectives', 'add', '23');
    await request('objectives', 'remove', '8');
    await request('type', 'set', 'event');

    const check = async (when: string) => {
      const item = await only();
      assert.ok(!item.countries.includes('MLT'), `${when}: the removed country stays removed`);
      assert.ok(!item.objectives.some((t) => t.objective === 8), `${when}: the removed objective stays removed`);
      const added = item.objectives.find((t) => t.objective === 23);
      assert.ok(
        added?.evidence.some((e) => e.kind === 'correction' && /^corrected by ana on \d{4}-\d{2}-\d{2}$/.test(e.text)),
      );
      assert.equal(item.type, 'event', `${when}: the set type stays`);
      assert.deepEqual((await hub.search.search({ countries: ['MLT'] })).total, 0, `${when}: search agrees`);
      assert.deepEqual((await hub.search.search({ objectives: [23] })).total, 1, `${when}: search agrees`);
    };
    await check('after correcting');

    const same = await importFiles(hub.store, [file]);
    assert.equal(same.skipped, 1);
    await check('after re-importing the same file');

    await writeFile(file, template.replace('VERSION_MARK', 'The exercises will be repeated in Tunis next spring.'));
    const changed = await importFiles(hub.store, [file]);
    assert.equal(changed.updated, 1);
    assert.match((await only()).text, /repeated in Tunis/);
    await check('after importing a changed version');
  });

  it('refuses a value that does not fit the field, and an unknown item', async () => {
    const item = await only();
    const add = (itemId: string, value: string) =>
      addCorrection(hub.store, { itemId, editor: 'ana', request: { field: 'objectives', action: 'add', value } });
    await assert.rejects(add(item.id, '24'), { code: 'bad_request' });
    await assert.rejects(add('no-such-item', '3'), { code: 'not_found' });
    await assert.rejects(
      addCorrection(hub.store, {
        itemId: item.id,
        editor: 'ana',
        request: { field: 'type', action: 'add', value: 'event' },
      }),
      { code: 'bad_request' },
    );
    await assert.rejects(
      addCorrection(hub.store, {
        itemId: item.id,
        editor: ' ',
        request: { field: 'countries', action: 'add', value: 'COL' },
      }),
      { code: 'bad_request' },
    );
  });
});
