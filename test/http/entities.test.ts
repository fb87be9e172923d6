import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../src/app/hub.js';
import type { ProjectRef } from '../../src/domain/entities.js';
import { buildServer } from '../../src/http/buildServer.js';
import { createSqliteSearch } from '../../src/search/sqlite/createSqliteSearch.js';
import { openSqliteStore } from '../../src/store/sqlite/openSqliteStore.js';
import { makeItem } from '../support/itemBuilder.js';

const BASE = 'https://hub.example.org';
const TOKEN = 'ana-secret-token-0123456789';
const supreme: ProjectRef = {
  id: 'supreme',
  name: 'Support to Migration Reform',
  acronym: 'SUPREME',
  funders: ['GBR'],
  implementers: ['icmpd'],
  countries: ['TUR'],
  start: '2019-01-01',
  durationMonths: 48,
  evidence: 'implemented by ICMPD from 1 January 2019 for 48 months',
};

const items = [
  makeItem({
    id: 'launch',
    type: 'event',
    title: 'Launch of the SUPREME project',
    published: '2019-02-01T09:00:00+01:00',
    typeEvidence: ['title: launch', 'text: gathering on a date'],
    principles: [{ id: 'human-rights', score: 0.75, evidence: [{ kind: 'term', text: 'human rights' }] }],
    projects: [supreme],
    people: [
      { id: 'ana-lima', name: 'Ana Lima', role: 'Director', organization: 'icmpd', evidence: 'Ana Lima, Director' },
    ],
    events: [
      {
        id: 'launch-meeting-2019',
        name: 'Launch meeting',
        date: '2019-01-30',
        place: 'Ankara',
        participants: 80,
        countriesRepresented: 33,
        evidence: '80 participants representing 33 countries',
      },
    ],
    countries: ['TUR'],
  }),
  makeItem({
    id: 'report',
    title: 'SUPREME final report',
    published: '2022-12-20T10:00:00+00:00',
    projects: [supreme],
  }),
  makeItem({ id: 'undated', title: 'About SUPREME', published: null, projects: [supreme] }),
];

describe('entities and corrections on the web and in the API', () => {
  let app: FastifyInstance;
  let hub: Hub;
  let closed: FastifyInstance | undefined;
  before(async () => {
    const store = await openSqliteStore(':memory:');
    await store.migrate();
    await store.items.upsertMany(items);
    hub = { store, search: createSqliteSearch(store), close: () => store.close() };
    app = await buildServer(hub, { baseUrl: BASE, editorTokens: [{ name: 'Ana', token: TOKEN }] });
  });
  after(async () => {
    await app.close();
    await closed?.close();
    await hub.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('answers an entity as JSON with its details, item count and links', async () => {
    const res = await get('/api/v1/entities/project/supreme');
    assert.equal(res.statusCode, 200);
    const { data } = res.json();
    assert.equal(data.kind, 'project');
    assert.equal(data.acronym, 'SUPREME');
    assert.deepEqual(data.funders, ['GBR']);
    assert.equal(data.itemCount, 3);
    assert.equal(data.links.html, `${BASE}/projects/supreme`);
    assert.equal(data.links.items, `${BASE}/api/v1/items?project=supreme`);
    assert.equal((await get('/api/v1/entities/people/ana-lima')).json().data.role, 'Director');
    const list = (await get('/api/v1/entities/events')).json();
    assert.equal(list.meta.total, 1);
    assert.equal(list.data[0].participants, 80);
  });

  it('answers 404 in JSON for an unknown entity or kind, 400 for a bad page', async () => {
    for (const url of ['/api/v1/entities/project/nothing', '/api/v1/entities/planets/x']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().error.code, 'not_found');
    }
    assert.equal((await get('/api/v1/entities/project?page=0')).statusCode, 400);
  });

  it('gives the new understanding fields in the item JSON, and filters items by entity', async () => {
    const { data } = (await get('/api/v1/items/launch')).json();
    assert.deepEqual(data.typeEvidence, ['title: launch', 'text: gathering on a date']);
    assert.equal(data.principles[0].label, 'Human rights');
    assert.equal(data.projects[0].links.html, `${BASE}/projects/supreme`);
    assert.equal(data.people[0].links.self, `${BASE}/api/v1/entities/person/ana-lima`);
    const search = (await get('/api/v1/items?project=supreme&principle=human-rights')).json();
    assert.deepEqual(
      search.data.map((item: { id: string }) => item.id),
      ['launch'],
    );
  });

  it('shows a project page with its details and its items grouped by year, newest first', async () => {
    const res = await get('/projects/SUPREME');
    assert.equal(res.statusCode, 200);
    const body = res.body;
    assert.match(body, /<h1>Support to Migration Reform<\/h1>/);
    assert.match(body, /Funded by/);
    assert.match(body, /href="\/organizations\/icmpd"/);
    assert.match(body, /href="\/countries\/GBR"/);
    assert.match(body, /48 months/);
    const years = [...body.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    assert.deepEqual(years, ['2022', '2019', 'Undated']);
    assert.ok(body.indexOf('/items/report') < body.indexOf('/items/launch'));
    assert.match(body, /href="\/feeds\/rss\?project=supreme"/);
    assert.match((await get('/projects/supreme?hl=fr')).body, /Financé par/);
  });

  it('shows person and event pages, and 404 for an unknown one', async () => {
    assert.match((await get('/people/ana-lima')).body, /Director/);
    const event = (await get('/events/launch-meeting-2019')).body;
    assert.match(event, /Ankara/);
    assert.match(event, /33 countries represented/);
    assert.equal((await get('/events/nothing')).statusCode, 404);
  });

  it('shows principles, type evidence, entity links and the editors’ form on the item page', async () => {
    const body = (await get('/items/launch')).body;
    assert.match(body, /Guiding principles/);
    assert.match(body, /Classified as Event because: title: launch; text: gathering on a date/);
    assert.match(body, /href="\/projects\/supreme"/);
    assert.match(body, /href="\/people\/ana-lima"/);
    assert.match(body, /href="\/events\/launch-meeting-2019"/);
    assert.match(body, /<form method="post" action="\/items\/launch\/corrections"/);
    assert.match(body, /type="password" name="token"/);
  });

  it('takes a correction through the API only with a valid editor token', async () => {
    const post = (headers: Record<string, string>, payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/v1/items/report/corrections', headers, payload: payload as object });
    const body = { field: 'objectives', action: 'add', value: '23', note: 'cooperation report' };
    const missing = await post({}, body);
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.json().error.code, 'unauthorized');
    const wrong = await post({ authorization: 'Bearer not-the-token' }, body);
    assert.equal(wrong.statusCode, 403);
    assert.equal(wrong.json().error.code, 'forbidden');
    const invalid = await post({ authorization: `Bearer ${TOKEN}` }, { field: 'mood', action: 'add', value: 'x' });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().error.code, 'bad_request');

    const ok = await post({ authorization: `Bearer ${TOKEN}` }, body);
    assert.equal(ok.statusCode, 201);
    const { correction, item } = ok.json().data;
    assert.equal(correction.editor, 'Ana');
    assert.equal(correction.note, 'cooperation report');
    assert.equal(item.objectives[0].objective, 23);
    assert.match(item.objectives[0].evidence[0].text, /^corrected by Ana on \d{4}-\d{2}-\d{2}$/);
    assert.equal((await hub.search.search({ objectives: [23] })).total, 1);
    const unknownItem = await app.inject({
      method: 'POST',
      url: '/api/v1/items/nope/corrections',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: body,
    });
    assert.equal(unknownItem.statusCode, 404);
  });

  it('takes a correction from the item page form and shows it after the redirect', async () => {
    const form = (fields: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/items/launch/corrections',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    const fields = { field: 'countries', action: 'add', value: 'col', note: '' };
    const refused = await form(fields);
    assert.equal(refused.statusCode, 401);
    assert.match(refused.headers['content-type'] as string, /text\/html/);
    assert.equal((await form({ ...fields, token: 'wrong-token-wrong-token' })).statusCode, 403);

    const saved = await form({ ...fields, token: TOKEN });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/items/launch?corrected=1');
    const page = (await get('/items/launch?corrected=1')).body;
    assert.match(page, /Your correction was saved/);
    assert.match(page, /href="\/countries\/COL"/);
    assert.equal((await hub.store.corrections.list('launch'))[0]?.value, 'COL');
  });

  it('refuses every correction when no editor is configured', async () => {
    closed = await buildServer(hub, { baseUrl: BASE });
    const res = await closed.inject({
      method: 'POST',
      url: '/api/v1/items/launch/corrections',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { field: 'countries', action: 'add', value: 'COL' },
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.json().error.message, /no editor is configured/);
  });
});
