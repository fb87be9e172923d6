import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IngestError } from '../../domain/errors.js';
import { parseDocument } from '../parseDocument.js';
import { parsePage } from './parsePage.js';

const fixtureUrl = (path: string) => new URL(`../../../test/fixtures/page/${path}`, import.meta.url);
const read = (path: string) => readFileSync(fixtureUrl(path), 'utf8');

describe('parsePage: article pages', () => {
  it('gives one article item with metadata, text and HTML', () => {
    const result = parsePage(read('articles/news-article.html'), 'news-article.html');
    assert.equal(result.format, 'html-article');
    assert.equal(result.items.length, 1);
    const { text, html, ...item } = result.items[0]!;
    assert.deepEqual(item, {
      title: 'Coastal cities agree on shared reception standards',
      url: 'https://observer.example.org/news/2024/coastal-cities-reception-charter',
      published: '2024-03-14T09:30:00+01:00',
      summary: 'Twelve coastal municipalities signed a charter on reception standards for new arrivals.',
      language: 'en',
      sourceOrganization: 'Harbour Migration Observer',
      submittedBy: 'Lena Vasquez',
      provenance: { source: 'news-article.html', format: 'html-article', position: 0 },
    });
    assert.match(text, /^Twelve coastal municipalities signed a charter on Thursday/);
    assert.match(html ?? '', /<p>Twelve coastal municipalities/);
    assert.deepEqual(result.feeds, [
      { url: 'https://observer.example.org/feeds/news.xml', format: 'rss', title: 'Observer news' },
    ]);
  });

  it('takes the type from JSON-LD and the byline "Submitted by … on …" of a Drupal node', () => {
    const event = parsePage(read('articles/event-page.html'), 'event.html').items[0]!;
    assert.equal(event.typeHint, 'event');
    const node = parsePage(read('articles/drupal-node.html'), 'node.html').items[0]!;
    assert.equal(node.submittedBy, 'Joana Ferreira');
    assert.equal(node.published, '2023-05-09T00:00:00+00:00');
    assert.equal(node.url, 'https://practices.example.org/practice/mobile-legal-clinics');
  });

  it('uses the page address given as source when there is no canonical link', () => {
    const item = parsePage(read('articles/split-lead.html'), 'https://watch.example.org/news/law').items[0]!;
    assert.equal(item.url, 'https://watch.example.org/news/law');
  });

  it('dates a page from a visible date line when no tag carries a date', () => {
    const item = parsePage(read('articles/french-encadre.html'), 'f.html').items[0]!;
    assert.equal(item.published, '2024-02-03T00:00:00+00:00');
    assert.equal(item.language, 'fr');
  });

  it('gives no item, with a warning, for a page with neither title nor text', () => {
    const result = parsePage('<html><body><img src="x.png"></body></html>', 'empty.html');
    assert.deepEqual(result.items, []);
    assert.match(result.warnings.join(), /no title and no text/);
  });

  it('uses the description when no main text is found', () => {
    const result = parsePage(read('hostile/no-body.html'), 'no-body.html');
    assert.equal(result.items[0]?.text, 'A page whose body was lost.');
    assert.match(result.warnings.join(), /description is used/);
  });
});

describe('parsePage: listing pages', () => {
  it('gives one practice per row, each tagged with the objective the page is about', () => {
    const result = parsePage(read('listings/practice-listing.html'), 'objective-23.html');
    assert.equal(result.format, 'html-listing');
    assert.equal(result.items.length, 4);
    const first = result.items[0]!;
    assert.equal(first.typeHint, 'practice');
    assert.equal(first.submittedBy, 'Adaeze Nwosu');
    assert.equal(first.sourceOrganization, 'Practice hub of the migration network');
    // No page URL was given: the canonical link tells where the page lives.
    assert.equal(first.url, 'https://practicehub.example.org/practice/joint-labour-migration-programme');
    assert.deepEqual(
      first.context?.map((c) => c.objective),
      [23],
    );
    assert.deepEqual(
      result.items.map((i) => i.provenance.position),
      [0, 1, 2, 3],
    );
    assert.deepEqual(result.feeds, [
      { url: 'https://practicehub.example.org/taxonomy/term/123/feed', format: 'rss', title: 'Objective 23' },
    ]);
  });

  it('names the type of entries from the page heading: events, news', () => {
    assert.equal(parsePage(read('listings/events-fr.html'), 'agenda.html').items[0]?.typeHint, 'event');
    assert.equal(parsePage(read('listings/news-listing.html'), 'news.html').items[0]?.typeHint, 'news');
  });
});

describe('parseDocument: HTML end to end', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads an HTML article page from its bytes', () => {
    const result = parseDocument({
      bytes: new Uint8Array(readFileSync(fixtureUrl('articles/spanish-article.html'))),
      source: 'es.html',
    });
    assert.equal(result.format, 'html-article');
    assert.equal(result.items[0]?.title, 'Nueva guía para la regularización de trabajadores agrícolas');
    assert.equal(result.items[0]?.published, '2024-01-09T12:00:00-05:00');
  });

  it('reads a listing page into several items', () => {
    const result = parseDocument({ bytes: bytes(read('listings/news-listing.html')), source: 'news.html' });
    assert.equal(result.format, 'html-listing');
    assert.equal(result.items.length, 4);
  });

  it('decodes a windows-1252 page declared in <meta charset>', () => {
    const html =
      '<!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252"><title>Accueil des réfugiés</title></head><body><article><h1>Accueil des réfugiés</h1><p>Les communes ont ouvert des centres d\'accueil et proposé des cours de français à toutes les personnes arrivées cet été.</p></article></body></html>';
    // Latin-1 letters only: Node 20's TextDecoder maps 0x80–0x9F of windows-1252 to C1 controls.
    const latin = Uint8Array.from([...html].map((c) => c.charCodeAt(0)));
    const item = parseDocument({ bytes: latin, source: 'fr.html' }).items[0]!;
    assert.equal(item.title, 'Accueil des réfugiés');
    assert.match(item.text, /proposé des cours de français/);
  });

  it('reports an HTML page with nothing in it as having no items', () => {
    assert.throws(
      () =>
        parseDocument({ bytes: bytes('<!DOCTYPE html><html><head></head><body></body></html>'), source: 'blank.html' }),
      (error: unknown) =>
        error instanceof IngestError && error.code === 'no_items' && /blank\.html: /.test(error.message),
    );
  });
});
