import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IngestError } from '../../domain/errors.js';
import { parseDocument } from '../parseDocument.js';
import { parseJsonFeedDocument } from './parseJsonFeed.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url), 'utf8');

describe('parseJsonFeedDocument: JSON Feed 1.0', () => {
  const result = parseJsonFeedDocument(fixture('jsonfeed-1.0.json'), 'jsonfeed-1.0.json');
  const [seasonal, linked] = result.items;

  it('reads every item with provenance json-feed, without warnings', () => {
    assert.equal(result.format, 'json-feed');
    assert.deepEqual(result.warnings, []);
    assert.equal(result.recovered, undefined);
    assert.deepEqual(seasonal?.provenance, { source: 'jsonfeed-1.0.json', format: 'json-feed', position: 0 });
    assert.equal(linked?.provenance.position, 1);
  });

  it('maps id, url, title, content_text, summary, the offset of date_published and tags', () => {
    assert.equal(seasonal?.guid, '1017', 'a numeric id becomes a string');
    assert.equal(seasonal?.url, 'https://delta-notes.example.org/2020/05/seasonal-work');
    assert.equal(seasonal?.title, 'Seasonal work schemes after the lockdown');
    assert.equal(
      seasonal?.text,
      'Growers and unions agreed on travel corridors for seasonal workers.\n\nThe scheme runs until October.',
    );
    assert.equal(seasonal?.summary, 'Travel corridors for seasonal workers.');
    assert.equal(seasonal?.published, '2020-05-14T08:30:00-04:00');
    assert.equal(seasonal?.typeHint, 'news');
    assert.equal(seasonal?.html, undefined);
    assert.equal(seasonal?.sourceOrganization, 'Delta Mobility Notes');
  });

  it('inherits the 1.0 feed author, and an item author replaces it', () => {
    assert.equal(seasonal?.submittedBy, 'Delta editorial team');
    assert.equal(linked?.submittedBy, 'Guest curator');
  });

  it('uses external_url without url, content_html as HTML, date_modified without date_published', () => {
    assert.equal(linked?.url, 'https://elsewhere.example.com/statelessness-report');
    assert.equal(linked?.guid, 'https://delta-notes.example.org/2020/05/link-statelessness');
    assert.match(linked?.html ?? '', /^<p>A new <a href=/);
    assert.equal(linked?.text, 'A new report on statelessness maps gaps in birth registration.');
    assert.equal(linked?.title, linked?.text, 'an untitled item is titled by the start of its text');
    assert.equal(linked?.published, '2020-05-10T12:00:00Z');
  });
});

describe('parseJsonFeedDocument: JSON Feed 1.1', () => {
  const source = 'https://accueil-droits.example.org/feed.json';
  const result = parseJsonFeedDocument(fixture('jsonfeed-1.1.json'), source);
  const [guide, call, note] = result.items;

  it('resolves relative URLs against the document URL and decodes entities in titles', () => {
    assert.equal(guide?.url, 'https://accueil-droits.example.org/actualites/guide-demandeurs-asile');
    assert.equal(guide?.title, 'Un guide pratique pour les demandeurs d’asile');
  });

  it('reads authors, feed- and item-level language, tags through the category table', () => {
    assert.equal(guide?.submittedBy, 'Claire Moreau, Yacine Benali');
    assert.equal(call?.submittedBy, 'Équipe éditoriale');
    assert.equal(guide?.language, 'fr');
    assert.equal(call?.language, 'es');
    assert.equal(guide?.typeHint, 'publication');
    assert.equal(call?.typeHint, 'call');
  });

  it('keeps date_published (not date_modified) with its offset; a bare date is midnight UTC', () => {
    assert.equal(guide?.published, '2023-02-06T10:00:00+01:00');
    assert.equal(call?.published, '2023-03-01T00:00:00Z');
  });

  it('keeps an untitled, unlinked note and skips an empty item with a warning', () => {
    assert.equal(result.items.length, 3);
    assert.equal(note?.title, 'Permanence juridique ce jeudi de 14 h à 18 h au centre social.');
    assert.equal(note?.url, undefined);
    assert.deepEqual(result.warnings, [`${source}: entry 4 has no title, link or text and was skipped.`]);
  });
});

describe('JSON Feed through parseDocument', () => {
  const bytes = (name: string) => readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url));

  it('is detected by its version and parsed', () => {
    const result = parseDocument({ bytes: bytes('jsonfeed-1.1.json'), source: 'jsonfeed-1.1.json' });
    assert.equal(result.format, 'json-feed');
    assert.equal(result.items.length, 3);
  });

  it('is detected by the application/feed+json content type without a version', () => {
    const json = JSON.stringify({ title: 'No version', items: [{ id: '1', content_text: 'Hello' }] });
    const result = parseDocument({
      bytes: new TextEncoder().encode(json),
      source: 'https://x.example.org/feed',
      contentType: 'application/feed+json; charset=utf-8',
    });
    assert.equal(result.format, 'json-feed');
    assert.equal(result.items[0]?.text, 'Hello');
  });

  it('refuses other JSON by name', () => {
    assert.throws(
      () => parseDocument({ bytes: bytes('not-a-jsonfeed.json'), source: 'not-a-jsonfeed.json' }),
      (error: unknown) =>
        error instanceof IngestError &&
        error.code === 'unsupported_format' &&
        /it is a JSON document, but not a JSON Feed/.test(error.message),
    );
  });

  it('says a JSON feed with items but none readable has no entries', () => {
    const json = '{"version": "https://jsonfeed.org/version/1.1", "title": "Empty", "items": []}';
    assert.throws(
      () => parseDocument({ bytes: new TextEncoder().encode(json), source: 'empty.json' }),
      (error: unknown) =>
        error instanceof IngestError && error.code === 'no_items' && /a JSON feed/.test(error.message),
    );
  });

  it('throws malformed_feed for a JSON object that is not a feed despite its version', () => {
    const json = '{"version": "https://jsonfeed.org/version/1.1", "title": "No items list"}';
    assert.throws(
      () => parseJsonFeedDocument(json, 'odd.json'),
      (error: unknown) =>
        error instanceof IngestError && error.code === 'malformed_feed' && /"items"/.test(error.message),
    );
  });
});
