import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IngestError } from '../../domain/errors.js';
import { parseDocument } from '../parseDocument.js';

/** Broken feeds of every dialect, read through the same entry as import, poll and parse. */
const parse = (name: string) =>
  parseDocument({
    bytes: readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url)),
    source: name,
  });

const RECOVERABLE: { file: string; format: string; titles: string[]; broken: RegExp }[] = [
  {
    file: 'malformed.xml',
    format: 'rss',
    titles: ['Shelter capacity rises in three provinces', 'Cash assistance reaches returnees'],
    broken: /recovered from broken XML: .*<description> element is never closed.*bare "&"/,
  },
  {
    file: 'malformed-rss2-truncated.xml',
    format: 'rss',
    titles: ['Weekly arrivals update', 'Reception centre reopens'],
    broken: /recovered from broken XML: .*<channel> element is never closed/,
  },
  {
    file: 'malformed-rss1.xml',
    format: 'rss',
    titles: ['Remittance costs keep falling', 'Diaspora bonds: a primer'],
    broken: /recovered from broken XML: .*<b> element is never closed/,
  },
  {
    file: 'malformed-atom.xml',
    format: 'atom',
    titles: ['Mayors & migrants: a charter', 'Housing first for newcomers', 'Translation hotline extended'],
    broken: /recovered from broken XML: .*<content> element is never closed/,
  },
  {
    file: 'jsonfeed-recoverable.json',
    format: 'json-feed',
    titles: ['Vaccination days at the crossing', 'Mobile clinics'],
    broken: /recovered from broken JSON: comments.*; a line break .* inside a string; a comma before a closing bracket/,
  },
  {
    file: 'jsonfeed-truncated.json',
    format: 'json-feed',
    titles: ['Shelter capacity doubled', 'Legal aid desk opens'],
    broken: /recovered from broken JSON: the file is cut off, so only the entries before the cut were read;/,
  },
];

describe('broken feeds a lenient reader recovers', () => {
  for (const { file, format, titles, broken } of RECOVERABLE) {
    it(`${file}: every readable entry, flagged recovered, with the problems in the warning`, () => {
      const result = parse(file);
      assert.equal(result.format, format);
      assert.equal(result.recovered, true);
      assert.deepEqual(
        result.items.map((item) => item.title),
        titles,
      );
      assert.equal(result.warnings.length, 1, result.warnings.join('\n'));
      assert.match(result.warnings[0]!, new RegExp(`^${file.replace('.', '\\.')}: `));
      assert.match(result.warnings[0]!, broken);
    });
  }

  it('keeps the text inside a tag left open and what came before a cut', () => {
    const [remittances] = parse('malformed-rss1.xml').items;
    assert.equal(remittances?.text, 'Average fees dropped below five per cent');
    assert.equal(remittances?.published, '2021-11-02T10:00:00Z', 'the date after the unclosed tag is still read');
    const truncated = parse('malformed-rss2-truncated.xml').items[1];
    assert.equal(truncated?.text, 'The centre has room for two hundred peo');
  });

  it('reads unescaped HTML in an Atom summary as HTML', () => {
    const [charter] = parse('malformed-atom.xml').items;
    assert.equal(charter?.html, '<p>Forty cities signed.<br></p>');
  });

  it('does not flag well-formed feeds of any dialect', () => {
    for (const file of ['rss091.xml', 'rss1-dc.xml', 'atom03.xml', 'jsonfeed-1.1.json']) {
      assert.equal(parse(file).recovered, undefined, file);
    }
  });
});

describe('broken feeds nothing can be read from', () => {
  const cases: [string, RegExp][] = [
    ['unreadable-rss2.xml', /^unreadable-rss2\.xml: the feed could not be read — it is not well-formed XML \(.+\)\.$/],
    ['unreadable-rss1.xml', /^unreadable-rss1\.xml: the feed could not be read — it is not well-formed XML \(.+\)\.$/],
    ['unreadable-atom.xml', /^unreadable-atom\.xml: the feed could not be read — .*no entry could be recovered\.$/],
    [
      'jsonfeed-broken.json',
      /^jsonfeed-broken\.json: the JSON feed could not be read — it is not valid JSON: expected ',' or '}' after property value at line 5, column 19\.$/,
    ],
  ];
  for (const [file, message] of cases) {
    it(`${file}: malformed_feed with the reason in words`, () => {
      assert.throws(
        () => parse(file),
        (error: unknown) =>
          error instanceof IngestError && error.code === 'malformed_feed' && message.test(error.message),
      );
    });
  }
});
