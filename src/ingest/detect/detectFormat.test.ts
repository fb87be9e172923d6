import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeBinary, looksLikeBinaryText } from './detectBinary.js';
import { detectFormat } from './detectFormat.js';

describe('detectFormat', () => {
  it('recognises RSS 2.0, RSS 1.0 and Atom by their root element', () => {
    assert.equal(
      detectFormat('<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>').format,
      'rss',
    );
    assert.equal(detectFormat('<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>').format, 'rss');
    assert.equal(
      detectFormat('\uFEFF  <?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="a"/>').format,
      'atom',
    );
    assert.equal(detectFormat('<!DOCTYPE rss PUBLIC "-//Netscape" "x.dtd"><rss version="0.91"></rss>').format, 'rss');
  });

  it('recognises HTML pages', () => {
    assert.equal(detectFormat('<!DOCTYPE html><html><body>x</body></html>').format, 'html');
    assert.equal(detectFormat('<html lang="fr"><p>x</p></html>').format, 'html');
    assert.equal(detectFormat('  <body><p>x</p></body>').format, 'html');
  });

  it('names other XML vocabularies by their root', () => {
    assert.deepEqual(detectFormat('<?xml version="1.0"?><opml version="2.0"><body/></opml>'), {
      format: 'xml',
      root: 'opml',
    });
  });

  it('recognises JSON Feed by its version, its keys or its media type, and other JSON by its shape', () => {
    assert.equal(
      detectFormat('\uFEFF {"version": "https://jsonfeed.org/version/1.1", "items": []}').format,
      'json-feed',
    );
    assert.equal(
      detectFormat('{"items": [], "title": "T", "version": "https://jsonfeed.org/version/1"}').format,
      'json-feed',
    );
    assert.equal(detectFormat('{"title": "T", "home_page_url": "https://a.example", "items": [').format, 'json-feed');
    assert.equal(detectFormat('{"title": "T"}', 'application/feed+json').format, 'json-feed');
    assert.equal(detectFormat('{"name": "config", "list": [1, 2]}').format, 'json');
    assert.equal(detectFormat('[{"a": 1}]\n').format, 'json');
  });

  it('treats everything else as plain text, even text that mentions tags', () => {
    assert.equal(detectFormat('[Draft] Notes on the {regional} meeting').format, 'text');
    assert.equal(detectFormat('{Untitled} notes about migration').format, 'text');
    assert.equal(detectFormat('Newsletter July 2015\n\nIn this issue: <rss> feeds explained').format, 'text');
    assert.equal(detectFormat('<Untitled draft> notes about migration').format, 'text');
  });
});

describe('describeBinary', () => {
  it('names common binary files and spots NUL bytes', () => {
    assert.equal(describeBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG image');
    assert.equal(
      describeBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])),
      'a ZIP archive (or an Office document)',
    );
    assert.equal(describeBinary(new TextEncoder().encode('%PDF-1.7\n')), 'a PDF file');
    assert.equal(describeBinary(new Uint8Array([0x41, 0x00, 0x42])), 'a binary file');
    assert.equal(describeBinary(new TextEncoder().encode('plain text é')), null);
  });

  it('spots decoded text made mostly of control characters', () => {
    assert.equal(looksLikeBinaryText('\u0001\u0002\u0003abc\u0004\u0005'), true);
    assert.equal(looksLikeBinaryText('Normal text\twith tabs\r\n'), false);
  });
});
