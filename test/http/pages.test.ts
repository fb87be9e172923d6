import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildCorpus } from '../fixtures/http/corpus.js';
import { startServer, type TestServer } from './harness.js';

/** Decodes the few entities preact writes in attribute values, to compare hrefs. */
const hrefs = (html: string): string[] =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

describe('web pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(buildCorpus());
  });
  after(() => server.close());

  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

  it('renders the home page with latest items, objectives and chrome', async () => {
    const response = await get('/');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    const html = response.body;
    assert.match(html, /^<!doctype html><html lang="en">/);
    assert.match(html, /<title>Migration Hub/);
    assert.match(html, /<a class="skip-link" href="#main">/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /Webinar on digital remittances/, 'newest item listed');
    assert.match(html, /11 ?<\/span><span class="objective-label">Manage borders/);
    const links = hrefs(html);
    assert.ok(links.includes('/objectives/20'));
    assert.ok(links.includes('/api/v1/items') && links.includes('/feeds/rss') && links.includes('/feeds/atom'));
  });

  it('sends security headers and the stylesheet', async () => {
    const page = await get('/');
    assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
    assert.doesNotMatch(String(page.headers['content-security-policy']), /unsafe-inline/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.ok(page.headers['referrer-policy']);
    const css = await get('/assets/site.css');
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /text\/css/);
  });

  it('renders search results with highlighted snippets, facets, paging and subscribe links', async () => {
    const html = (await get('/search?q=remittances&objective=20')).body;
    assert.match(html, /3 results/);
    assert.match(html, /<mark>[Rr]emittance/);
    const links = hrefs(html);
    // Facet toggles keep the query and add or remove one value.
    assert.ok(links.includes('/search?q=remittances&type=event&objective=20'), 'type facet adds a filter');
    assert.ok(links.includes('/search?q=remittances'), 'selected objective links to its removal');
    assert.match(html, /aria-current="true"[^>]*>.*?✓.*?20 · Remittances/s);
    assert.match(html, />Kenya</, 'country facet shows names');
    assert.match(html, />IOM</, 'organisation facet shows names');
    assert.ok(links.includes('/feeds/rss?q=remittances&objective=20'));
    assert.ok(links.includes('/feeds/atom?q=remittances&objective=20'));
    assert.match(html, /Remove filter: GCM objective: 20 · Remittances/);
  });

  it('paginates long listings', async () => {
    const html = (await get('/search?type=news&page=2')).body;
    const links = hrefs(html);
    assert.ok(links.includes('/search?type=news'), 'previous page link');
    assert.ok(links.includes('/search?type=news&page=1') || links.includes('/search?type=news'));
    assert.match(html, /aria-current="page"[^>]*>2</);
  });

  it('suggests removing filters when nothing matches', async () => {
    const html = (await get('/search?q=remittances&country=FRA')).body;
    assert.match(html, /Nothing matches this search/);
    assert.match(html, /Try fewer or different words, or remove some filters/);
    assert.ok(hrefs(html).includes('/search?q=remittances'));
  });

  it('renders an item with its facts, evidence, links and provenance', async () => {
    const html = (await get('/items/remit-1')).body;
    assert.match(html, /<h1 lang="en">Cheaper remittances for families in Kenya<\/h1>/);
    assert.match(html, /Tagged because: <span><q>remittances<\/q>/);
    assert.match(html, /confidence 90%/);
    assert.match(html, /<p>The report compares providers.<\/p>/);
    assert.match(html, /remittance-digest\.txt/);
    assert.doesNotMatch(html, /\/srv\/imports/, 'no server paths');
    const links = hrefs(html);
    for (const link of [
      '/objectives/20',
      '/objectives/19',
      '/countries/KEN',
      '/regions/africa',
      '/organizations/iom',
    ]) {
      assert.ok(links.includes(link), link);
    }
    assert.ok(links.includes('https://example.org/items/remit-1'), 'link to the source');
  });

  it('renders sanitised item HTML as HTML', async () => {
    const html = (await get('/items/remit-3')).body;
    assert.match(html, /<p>An online event on <strong>remittances<\/strong>/);
  });

  it('never lets a hostile title through unescaped', async () => {
    for (const url of ['/items/hostile', '/search?objective=23', '/objectives/23', '/']) {
      const html = (await get(url)).body;
      assert.doesNotMatch(html, /<script/i, url);
      assert.doesNotMatch(html, /<img src=x/i, url);
      assert.match(html, /&lt;script>alert|&lt;script&gt;alert/, url);
    }
  });

  it('renders objective, country, organisation and region pages with feeds', async () => {
    const objective = (await get('/objectives/11')).body;
    assert.match(objective, /Manage borders/);
    assert.match(objective, /Manage borders in an integrated, secure and coordinated manner/);
    assert.ok(hrefs(objective).includes('/objectives/11/feed.rss'));
    assert.ok(hrefs(objective).includes('/search?objective=11'));
    const country = (await get('/countries/KEN')).body;
    assert.match(country, /<h1>Kenya<\/h1>/);
    assert.match(country, /3 items/);
    assert.ok(hrefs(country).includes('/countries/KEN/feed.atom'));
    assert.ok(hrefs(country).includes('/regions/africa'), 'country page links to its region');
    const org = (await get('/organizations/icmpd')).body;
    assert.match(org, /<h1>ICMPD<\/h1>/);
    assert.match(org, /International Centre for Migration Policy Development/);
    const region = (await get('/regions/europe')).body;
    assert.match(region, /2 items/);
  });

  it('answers friendly 404 and 400 pages', async () => {
    for (const url of [
      '/items/unknown',
      '/objectives/99',
      '/no/such/page',
      '/organizations/nobody',
      '/countries/XYZ',
    ]) {
      const response = await get(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /Page not found/, url);
      assert.match(response.body, /href="\/"/, url);
    }
    const bad = await get('/search?objective=abc');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /objective/);
    assert.match(bad.body, /<html lang="en">/);
  });

  it('speaks French when asked by ?hl= or Accept-Language, and keeps the choice on links', async () => {
    const byParam = (await get('/search?hl=fr')).body;
    assert.match(byParam, /<html lang="fr">/);
    assert.match(byParam, /Aller au contenu principal/);
    assert.ok(hrefs(byParam).includes('/objectives?hl=fr'));
    const byHeader = (await get('/', { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' })).body;
    assert.match(byHeader, /<html lang="es">/);
    assert.match(byHeader, /Ir al contenido principal/);
  });
});

describe('web pages on an empty hub', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer([]);
  });
  after(() => server.close());

  it('explains that the hub is empty', async () => {
    const html = (await server.app.inject({ method: 'GET', url: '/' })).body;
    assert.match(html, /The hub is empty/);
    assert.match(html, /1 ?<\/span><span class="objective-label">Data/);
  });
});
