import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDom } from './dom.js';
import { languageCode, readMetadata } from './metadata.js';

const fixture = (path: string) =>
  parseDom(readFileSync(new URL(`../../../test/fixtures/page/${path}`, import.meta.url), 'utf8'));
const page = (head: string, body = '', lang = '') =>
  parseDom(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`);
const ldScript = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('readMetadata: meta tags', () => {
  it('reads OpenGraph, article:* and author tags, keeping the page offset in dates', () => {
    const meta = readMetadata(fixture('articles/news-article.html'), 'https://observer.example.org/x');
    assert.equal(meta.title, 'Coastal cities agree on shared reception standards');
    assert.equal(meta.published, '2024-03-14T09:30:00+01:00');
    assert.equal(meta.modified, '2024-03-15T11:00:00+01:00');
    assert.equal(meta.author, 'Lena Vasquez');
    assert.equal(meta.language, 'en');
    assert.equal(meta.publisher, 'Harbour Migration Observer');
    assert.equal(meta.image, 'https://observer.example.org/media/charter-signing.jpg');
    assert.equal(meta.canonicalUrl, 'https://observer.example.org/news/2024/coastal-cities-reception-charter');
    assert.match(meta.description ?? '', /^Twelve coastal municipalities/);
  });

  it('reads Highwire citation_* tags: several authors, slashed date, publisher; a report is a publication', () => {
    const meta = readMetadata(fixture('articles/report-landing.html'));
    assert.equal(meta.title, 'Remittance corridors in West Africa: costs and digital channels');
    assert.equal(meta.author, 'Diallo, Aminata; Okafor, Chidi');
    assert.equal(meta.published, '2022-06-30T00:00:00Z');
    assert.equal(meta.publisher, 'Centre for Migration and Development Studies');
    assert.equal(meta.typeHint, 'publication');
  });

  it('reads Dublin Core dates and creators, and the language from og:locale when <html lang> is missing', () => {
    const meta = readMetadata(
      page(
        '<meta name="DC.date" content="2021-05-04"><meta name="DC.creator" content="Ana Ruiz"><meta property="og:locale" content="es_ES">',
      ),
    );
    assert.equal(meta.published, '2021-05-04T00:00:00Z');
    assert.equal(meta.author, 'Ana Ruiz');
    assert.equal(meta.language, 'es');
  });

  it('ignores an article:author that is a profile URL', () => {
    const meta = readMetadata(page('<meta property="article:author" content="https://social.example/lena">'));
    assert.equal(meta.author, undefined);
  });

  it('falls back to the <h1>, then the <title>, for the title', () => {
    assert.equal(readMetadata(page('<title>Site | Page</title>', '<h1>The page</h1>')).title, 'The page');
    assert.equal(readMetadata(page('<title>Site | Page</title>')).title, 'Site | Page');
  });

  it('resolves a relative canonical URL against <base href>', () => {
    const meta = readMetadata(page('<base href="https://example.org/fr/"><link rel="canonical" href="actualites/1">'));
    assert.equal(meta.canonicalUrl, 'https://example.org/fr/actualites/1');
  });
});

describe('readMetadata: JSON-LD', () => {
  it('follows @graph and @id references to the publisher', () => {
    const meta = readMetadata(fixture('articles/ngo-press-release.html'));
    assert.equal(meta.title, 'New helpline for migrant domestic workers');
    assert.equal(meta.publisher, 'Fair Work Alliance');
    assert.equal(meta.author, 'Fair Work Alliance press office');
    assert.equal(meta.published, '2023-11-02T00:00:00Z');
    assert.deepEqual(meta.types, ['NewsArticle']);
    assert.equal(meta.typeHint, 'news');
    assert.equal(meta.language, 'en');
  });

  it('reads a top-level array; an Event is an event, its organiser the publisher', () => {
    const meta = readMetadata(fixture('articles/event-page.html'));
    assert.equal(meta.typeHint, 'event');
    assert.equal(meta.publisher, 'Labour Mobility Forum');
    assert.deepEqual(meta.types, ['Event', 'og:website']);
  });

  it('repairs a trailing comma; a JobPosting is a vacancy posted by its hiring organisation', () => {
    const meta = readMetadata(fixture('articles/job-vacancy.html'));
    assert.equal(meta.typeHint, 'vacancy');
    assert.equal(meta.publisher, 'Regional Migration Secretariat');
    assert.equal(meta.published, '2024-02-01T08:00:00+01:00');
    assert.equal(meta.title, 'Programme Officer, Labour Migration');
    assert.deepEqual(meta.warnings, []);
  });

  it('reads several authors, an array @type and a ScholarlyArticle as a publication', () => {
    const json = `{"@context":"https://schema.org","@type":["ScholarlyArticle","CreativeWork"],"headline":"Return and reintegration",
      "author":[{"@type":"Person","name":"Kofi Mensah"},{"@type":"Person","name":"Sara Lind"}],"datePublished":"2020-02-03T10:00:00-03:00",
      "publisher":"Institute of Migration Studies","image":{"@type":"ImageObject","url":"https://ims.example.org/cover.png"}}`;
    const meta = readMetadata(page(ldScript(json)));
    assert.equal(meta.title, 'Return and reintegration');
    assert.equal(meta.author, 'Kofi Mensah; Sara Lind');
    assert.equal(meta.published, '2020-02-03T10:00:00-03:00');
    assert.equal(meta.publisher, 'Institute of Migration Studies');
    assert.equal(meta.image, 'https://ims.example.org/cover.png');
    assert.equal(meta.typeHint, 'publication');
  });

  it('skips a broken block with a warning and still reads the good one and the meta tags', () => {
    const meta = readMetadata(
      page(
        `${ldScript('{"@type": "NewsArticle", "headline": ')}${ldScript('{"@type":"Organization","name":"Good Org"}')}<meta property="og:title" content="Meta title">`,
      ),
    );
    assert.equal(meta.title, 'Meta title');
    assert.equal(meta.publisher, 'Good Org');
    assert.equal(meta.warnings.length, 1);
    assert.match(meta.warnings[0]!, /JSON-LD/);
  });

  it('does not fail on JSON-LD that is a number, null, or deeply nested', () => {
    let nested = '{"@type":"Thing"}';
    for (let i = 0; i < 200; i++) nested = `{"@graph":[${nested}]}`;
    const meta = readMetadata(page(ldScript('42') + ldScript('null') + ldScript(nested)));
    assert.deepEqual(meta.warnings, []);
  });
});

describe('languageCode', () => {
  it('reduces language tags to ISO 639-1 and rejects other values', () => {
    assert.equal(languageCode('en-GB'), 'en');
    assert.equal(languageCode('fr_FR'), 'fr');
    assert.equal(languageCode('ES'), 'es');
    assert.equal(languageCode('english please'), undefined);
    assert.equal(languageCode(''), undefined);
  });
});
