import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import type { Item } from '../../src/domain/item.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { SEEDS_DIR, seedFile, seedsAvailable } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const skip = seedsAvailable ? false : 'the shared seed documents are not beside the project';

/** Every item stored from one seed file, in document order. */
async function itemsOf(hub: Hub, prefix: string): Promise<Item[]> {
  const file = seedFile(prefix);
  const result = await hub.search.search({ pageSize: 100, sort: 'date' });
  const all: Item[] = [];
  for (let page = 1; page <= Math.ceil(result.total / 100); page++) {
    const r = await hub.search.search({ pageSize: 100, page, sort: 'date' });
    all.push(...r.hits.map((h) => h.item));
  }
  return all
    .filter((item) => path.resolve(item.provenance.source) === path.resolve(file))
    .sort((a, b) => a.provenance.position - b.provenance.position);
}

describe('acceptance: importing the five seed documents', { skip }, () => {
  let hub: Hub;
  let cleanup: () => Promise<void>;

  before(async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    hub = await openHub({ database: path.join(tmp.dir, 'hub.sqlite') });
    const summary = await importFiles(hub.store, [SEEDS_DIR]);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.added, 32);
  });

  after(async () => {
    await hub?.close();
    await cleanup?.();
  });

  it('000: a practice listing becomes 9 practices tagged objective 23 by context', async () => {
    const items = await itemsOf(hub, '000');
    assert.equal(items.length, 9);
    assert.equal(items[0]?.title, 'The New EU Pact on Migration and Asylum');
    assert.equal(items[8]?.title, "Project for Entrepreneurial Mobility between Ivory Coast and Belgium (PEM N'Zassa)");
    for (const item of items) {
      assert.equal(item.type, 'practice');
      assert.equal(item.submittedBy, 'Costanza Bindi');
      const tag = item.objectives.find((t) => t.objective === 23);
      assert.ok(tag, `${item.title} is tagged objective 23`);
      assert.ok(
        tag.evidence.some((e) => e.kind === 'context'),
        'with context evidence',
      );
      assert.doesNotMatch(item.text, /Submitted by/);
      assert.doesNotMatch(item.text, /Subscribe to/);
    }
    const barranquilla = items.find((i) => i.title.includes('Barranquilla'));
    assert.ok(barranquilla?.countries.includes('COL'));
    assert.ok(items.find((i) => i.title.includes("N'Zassa"))?.countries.includes('CIV'));
  });

  it('001: a flattened news feed becomes 10 dated news items with links and full text', async () => {
    const items = await itemsOf(hub, '001');
    assert.equal(items.length, 10);
    const first = items[0];
    const last = items[9];
    assert.equal(
      first?.title,
      'Project News: MMD Support Project – Rabat Process organised Thematic Meeting on Border Management',
    );
    assert.equal(first?.published, '2019-07-16T15:32:30+02:00');
    assert.equal(last?.title, 'Project News :ICMPD expert panel at the 2019 European Development Days');
    assert.equal(last?.published, '2019-06-19T16:32:19+02:00');
    for (const item of items) {
      assert.equal(item.type, 'news');
      assert.match(item.url ?? '', /^https:\/\/www\.icmpd\.org\//);
      assert.ok(
        item.organizations.some((o) => o.name === 'ICMPD'),
        `${item.title} names ICMPD`,
      );
      assert.ok(item.text.length > 400, 'the body is the full text');
      assert.doesNotMatch(item.text, /\.\.\.$/);
    }
    assert.ok(first?.text.includes('80 participants representing 33 partner countries'));
    assert.equal(new Set(items.map((i) => i.published)).size, 10, 'each item has its own date');
  });

  it('002: a knowledge-library page becomes one publication with its partner organisations', async () => {
    const items = await itemsOf(hub, '002');
    assert.equal(items.length, 1);
    const item = items[0]!;
    assert.equal(item.type, 'publication');
    assert.equal(
      item.title,
      'Local Inclusion of Migrants and Refugees: A Gateway to Existing Ideas, Resources and Capacities for Cities Across the World',
    );
    const names = item.organizations.map((o) => o.name);
    for (const org of ['CMI', 'OECD', 'UN-Habitat', 'UNICEF', 'UNCTAD', 'UNESCO', 'WHO']) {
      assert.ok(names.includes(org), `organisations include ${org} (got ${names.join(', ')})`);
    }
    assert.doesNotMatch(item.text, /^(About|Contact Us|- Programs)$/m);
  });

  it('003: a monthly newsletter is split into 4 news, 1 publication and 1 call, dated from the issue', async () => {
    const items = await itemsOf(hub, '003');
    const byType = (t: string) => items.filter((i) => i.type === t);
    assert.equal(items.length, 6);
    assert.equal(byType('news').length, 4);
    assert.equal(byType('publication').length, 1);
    assert.equal(byType('call').length, 1);
    const news = byType('news').map((i) => `${i.title}\n${i.text}`);
    for (const cue of [/ENIGMMA/, /Council of Europe/, /Silk Routes/, /MICIC/]) {
      assert.ok(
        news.some((n) => cue.test(n)),
        `a news item about ${cue}`,
      );
    }
    assert.match(byType('publication')[0]!.title, /A Survey on Migration Policies in West Africa/);
    assert.match(byType('call')[0]!.title, /FMM West Africa|Non-State Actors/);
    for (const item of items) {
      assert.match(item.published ?? '', /^2015-07-01T/);
      assert.doesNotMatch(item.text, /Find out more about|click here|\s\|\s/);
    }
  });

  it('004: an organisation page is split into 3 projects and 3 statements without markers', async () => {
    const items = await itemsOf(hub, '004');
    const projects = items.filter((i) => i.type === 'project');
    const statements = items.filter((i) => i.type === 'statement');
    assert.equal(projects.length, 3);
    assert.equal(statements.length, 3);
    const projectTitles = projects.map((i) => i.title).join('\n');
    assert.match(projectTitles, /Emergency Resettlement Project/);
    assert.match(projectTitles, /Linking in EU resettlement/);
    assert.match(projectTitles, /DRIVE Referral/);
    const statementTitles = statements.map((i) => i.title).join('\n');
    assert.match(statementTitles, /International Migrants Day/);
    assert.match(statementTitles, /ILO Tripartite Technical Meeting on Labour Migration/);
    assert.match(statementTitles, /High-level Dialogue.*Informal Interactive Hearings/);
    for (const item of items) {
      assert.doesNotMatch(item.text, /Read more<|<$/m);
      assert.doesNotMatch(item.text, /^(fr|es)$/m);
    }
  });

  it('finds the seeds by full text, objective, country and organisation', async () => {
    const phrase = await hub.search.search({ q: '"border management"' });
    assert.ok(phrase.hits.some((h) => h.item.title.includes('Thematic Meeting on Border Management')));
    const stemmed = await hub.search.search({ q: 'trafficking persons zimbabwe' });
    assert.ok(stemmed.hits[0]?.item.title.startsWith('The Zimbabwe Trafficking in Persons'));
    const accents = await hub.search.search({ q: 'Cote d Ivoire' });
    assert.ok(accents.hits.some((h) => h.item.title.includes("PEM N'Zassa")));
    const byObjective = await hub.search.search({ objectives: [23] });
    assert.ok(byObjective.total >= 9);
    const byCountry = await hub.search.search({ countries: ['GEO'] });
    assert.ok(byCountry.hits.some((h) => h.item.text.includes('Kvareli')));
    const byOrg = await hub.search.search({ organizations: ['icmc'] });
    assert.ok(byOrg.total >= 6);
  });

  it('importing the same documents again adds nothing', async () => {
    const again = await importFiles(hub.store, [SEEDS_DIR]);
    assert.equal(again.added, 0);
    assert.equal(again.updated, 0);
    assert.equal(again.skipped, 32);
    assert.equal(await hub.store.items.count(), 32);
  });
});
