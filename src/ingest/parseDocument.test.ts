import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IngestError } from '../domain/errors.js';
import { MAX_DOCUMENT_BYTES, parseDocument } from './parseDocument.js';

const fixtureUrl = (name: string) => new URL(`../../test/fixtures/feed/${name}`, import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixtureUrl(name)));
const parseFixture = (name: string) => parseDocument({ bytes: bytesOf(name), source: name });

/** Asserts that parsing throws an IngestError with this code and a message that starts with the source name. */
function assertIngestError(run: () => unknown, code: string, source: string, message: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof IngestError, `expected IngestError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.ok(error.message.startsWith(`${source}: `), error.message);
    assert.match(error.message, message);
    return true;
  });
}

describe('parseDocument: feeds', () => {
  it('dispatches RSS 2.0, RSS 1.0 and Atom fixtures to the feed parser', () => {
    assert.equal(parseFixture('rss2-content.xml').format, 'rss');
    assert.equal(parseFixture('rss1-rdf.xml').format, 'rss');
    const atom = parseFixture('atom-xmlbase.xml');
    assert.equal(atom.format, 'atom');
    assert.equal(atom.items.length, 3);
  });

  it('reads an ISO-8859-1 feed whose prolog declares it', () => {
    const result = parseFixture('latin1-fr.xml');
    assert.equal(result.items[0]?.title, "Élaboration d'un plan régional pour l'intégration des réfugiés");
    assert.equal(result.items[0]?.sourceOrganization, 'Réseau francophone des migrations');
    assert.deepEqual(result.warnings, []);
  });

  it('reads a UTF-8 feed whose prolog wrongly says ISO-8859-1, without garbling, and warns', () => {
    const result = parseFixture('utf8-mislabelled.xml');
    assert.equal(result.items[0]?.title, "Élaboration d'un plan régional pour l'intégration des réfugiés");
    assert.equal(result.items[0]?.sourceOrganization, 'Réseau mal étiqueté');
    assert.ok(!JSON.stringify(result.items).includes('Ã'));
    assert.match(
      result.warnings.join('\n'),
      /utf8-mislabelled\.xml: the XML prolog says iso-8859-1 but the text is UTF-8/,
    );
  });

  it('recovers a malformed feed with a warning', () => {
    const result = parseFixture('malformed.xml');
    assert.equal(result.items[0]?.title, 'Shelter capacity rises in three provinces');
    assert.match(result.warnings.join('\n'), /not well-formed XML/);
  });

  it('throws no_items for a feed without entries', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet feed</title></channel></rss>';
    assertIngestError(
      () => parseDocument({ bytes: new TextEncoder().encode(xml), source: 'quiet.xml' }),
      'no_items',
      'quiet.xml',
      /no items found — the document is an RSS feed but has no entries/,
    );
  });

  it('throws malformed_feed when nothing can be read', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0"?><rss><<<');
    assertIngestError(
      () => parseDocument({ bytes, source: 'broken.xml' }),
      'malformed_feed',
      'broken.xml',
      /could not be read/,
    );
  });
});

describe('parseDocument: refusals', () => {
  it('reads an HTML page through page extraction (no longer refused)', () => {
    const page = parseFixture('page.html');
    assert.equal(page.format, 'html-article');
    assert.equal(page.items[0]?.title, 'Migration governance toolkit');
  });

  it('refuses other XML vocabularies by name', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0"?><opml version="2.0"><body/></opml>');
    assertIngestError(() => parseDocument({ bytes, source: 'subs.opml' }), 'unsupported_format', 'subs.opml', /<opml>/);
  });

  it('refuses binary files: a PNG header, a ZIP header, random bytes with NULs', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    assertIngestError(
      () => parseDocument({ bytes: png, source: 'logo.png' }),
      'unsupported_format',
      'logo.png',
      /a PNG image/,
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    assertIngestError(
      () => parseDocument({ bytes: zip, source: 'a.zip' }),
      'unsupported_format',
      'a.zip',
      /ZIP archive/,
    );
    const noise = new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0x43]);
    assertIngestError(
      () => parseDocument({ bytes: noise, source: 'x.bin' }),
      'unsupported_format',
      'x.bin',
      /binary file/,
    );
  });

  it('refuses empty and whitespace-only documents', () => {
    assertIngestError(() => parseFixture('empty.txt'), 'empty_document', 'empty.txt', /empty/);
    assertIngestError(() => parseFixture('whitespace.txt'), 'empty_document', 'whitespace.txt', /empty/);
  });

  it('refuses documents over the size limit before reading them', () => {
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    assertIngestError(
      () => parseDocument({ bytes: huge, source: 'huge.xml' }),
      'file_too_large',
      'huge.xml',
      /64 MiB limit/,
    );
  });

  it('reads UTF-16 feeds instead of mistaking them for binary', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>T</title><item><title>Réfugiés</title></item></channel></rss>';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]);
    assert.equal(parseDocument({ bytes, source: 'u16.xml' }).items[0]?.title, 'Réfugiés');
  });
});

describe('parseDocument: plain text', () => {
  it('hands plain text to the text-dump parser', () => {
    const text = [
      'Regional consultation on labour migration',
      '',
      'Officials from coastal states met in Port Valen on 3 March 2023 to discuss fair recruitment and the recognition of skills for seasonal workers.',
      '',
      'They agreed to publish a joint roadmap before the end of the year.',
    ].join('\n');
    const result = parseDocument({ bytes: new TextEncoder().encode(text), source: 'notes.txt' });
    assert.match(result.format, /^text-/);
    assert.ok(result.items.length >= 1);
    assert.ok(result.items.every((item) => item.provenance.source === 'notes.txt'));
    assert.match(result.items.map((item) => item.text).join('\n'), /fair recruitment/);
  });

  const seeds = new URL('../../../shared/seeds/', import.meta.url);
  it('reads every seed document without throwing', {
    skip: !existsSync(seeds) && 'shared seeds are not present',
  }, () => {
    for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
      const result = parseDocument({ bytes: new Uint8Array(readFileSync(new URL(name, seeds))), source: name });
      assert.ok(result.items.length > 0, `${name} gave no items`);
    }
  });
});
