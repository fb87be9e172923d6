import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decodeText.js';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 by default, without warnings', () => {
    const result = decodeText(utf8('Réfugiés — “quotes”'), 'doc');
    assert.deepEqual(result, { text: 'Réfugiés — “quotes”', encoding: 'utf-8', warnings: [] });
  });

  it('honours a byte-order mark first and strips it', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>')]);
    const result = decodeText(bom, 'doc');
    assert.equal(result.text, '<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>');
    assert.deepEqual(result.warnings, []);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<a>é</a>', 'utf16le')]);
    assert.equal(decodeText(utf16, 'doc').text, '<a>é</a>');
  });

  it('recognises UTF-16 without a BOM from its first "<"', () => {
    assert.equal(decodeText(new Uint8Array(Buffer.from('<rss/>', 'utf16le')), 'doc').text, '<rss/>');
  });

  it('uses the encoding the XML prolog declares', () => {
    const result = decodeText(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Élaboration</t>'), 'doc');
    assert.equal(result.text, '<?xml version="1.0" encoding="ISO-8859-1"?><t>Élaboration</t>');
    assert.equal(result.encoding, 'windows-1252');
    assert.deepEqual(result.warnings, []);
  });

  it('uses an HTML meta charset and a Content-Type charset', () => {
    const html = latin1('<html><head><meta charset="windows-1252"></head><body>Café – ok</body></html>');
    assert.match(decodeText(html, 'doc').text, /Café/);
    assert.match(decodeText(latin1('Café'), 'doc', 'text/plain; charset=ISO-8859-1').text, /^Café$/);
  });

  it('prefers UTF-8 with a warning when the declaration is contradicted by the bytes', () => {
    const result = decodeText(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Élaboration</t>'), 'feed.xml');
    assert.match(result.text, /<t>Élaboration<\/t>/);
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!, /^feed\.xml: the XML prolog says iso-8859-1 but the text is UTF-8/);
  });

  it('falls back to Windows-1252 with a warning when undeclared text is not UTF-8', () => {
    const result = decodeText(latin1('Migración “segura”'.replace(/[“”]/g, '"')), 'notes.txt');
    assert.equal(result.text, 'Migración "segura"');
    assert.equal(result.encoding, 'windows-1252');
    assert.match(result.warnings[0]!, /^notes\.txt: the text is not valid UTF-8/);
  });

  it('falls back to Windows-1252 when a UTF-8 declaration is wrong, and ignores unknown labels', () => {
    const wrong = decodeText(latin1('<?xml version="1.0" encoding="utf-8"?><t>é</t>'), 'doc');
    assert.match(wrong.text, /<t>é<\/t>/);
    assert.match(wrong.warnings[0]!, /says UTF-8 but the bytes are not valid UTF-8/);
    const unknown = decodeText(utf8('<?xml version="1.0" encoding="x-martian"?><t>é</t>'), 'doc');
    assert.match(unknown.text, /<t>é<\/t>/);
    assert.match(unknown.warnings[0]!, /unknown character encoding "x-martian"/);
  });
  it('maps windows-1252 punctuation bytes 0x80–0x9F to their characters, not to control codes', () => {
    // l’Europe — 5 € … as a windows-1252 page writes them: 0x92, 0x97, 0x80, 0x85
    const bytes = new Uint8Array([
      ...latin1('<meta charset="windows-1252">l'),
      0x92,
      ...latin1('Europe '),
      0x97,
      ...latin1(' 5 '),
      0x80,
      0x85,
    ]);
    const result = decodeText(bytes, 'page.html');
    assert.equal(result.encoding, 'windows-1252');
    assert.match(result.text, /l’Europe — 5 €…$/);
  });
});
