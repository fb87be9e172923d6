import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as d from '../../../test/fixtures/archive/documents.js';
import {
  conversionRecord,
  httpResponse,
  responseRecord,
  warcRecord,
} from '../../../test/fixtures/archive/warcBuilder.js';
import { parseHttpResponse } from './httpResponse.js';
import { parseArchiveRecord, type RecordResult } from './parseRecord.js';
import { WarcParser } from './warcParser.js';
import type { WarcRecord } from './warcRecord.js';

const context = { source: 'sample.warc', format: 'warc' as const };

const LISTING_PAGE_URL = 'https://practices.example.org/objective/5/practices';
const LISTING_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Practices | Practice Exchange</title></head><body>
<nav><a href="/">Home</a> <a href="/practices">Practices</a></nav>
<h1>Practices on labour mobility</h1>
<div class="view-content">
${[
  [
    'Seasonal worker welcome kits',
    'seasonal-kits',
    'Ana Ruiz',
    '03/02/2023 - 10:15',
    'Kits with contracts explained in six languages.',
  ],
  [
    'Skills recognition desk',
    'skills-desk',
    'Omar Said',
    '02/14/2023 - 09:00',
    'One desk to have diplomas recognised.',
  ],
  [
    'Fair recruitment pledge',
    'fair-recruitment',
    'Lena Berg',
    '01/30/2023 - 16:40',
    'Employers pledge to charge no fees.',
  ],
]
  .map(
    ([title, slug, name, date, teaser]) => `<div class="views-row"><h3><a href="/practices/${slug}">${title}</a></h3>
<div class="submitted">Submitted by ${name} on Mon, ${date}</div><p>${teaser}</p></div>`,
  )
  .join('\n')}
</div></body></html>`;
const LISTING_ENTRIES = [
  [
    'Seasonal worker welcome kits',
    'https://practices.example.org/practices/seasonal-kits',
    '2023-03-02T00:00:00+00:00',
    'Ana Ruiz',
  ],
  [
    'Skills recognition desk',
    'https://practices.example.org/practices/skills-desk',
    '2023-02-14T00:00:00+00:00',
    'Omar Said',
  ],
  [
    'Fair recruitment pledge',
    'https://practices.example.org/practices/fair-recruitment',
    '2023-01-30T00:00:00+00:00',
    'Lena Berg',
  ],
];

function record(bytes: Buffer): WarcRecord {
  const parser = new WarcParser();
  const [first] = [...parser.push(bytes), ...parser.end()];
  assert.ok(first, 'the test record parses');
  return first;
}

function items(result: RecordResult) {
  assert.equal(result.kind, 'items', result.kind === 'skipped' ? result.reason : '');
  return result.kind === 'items' ? result.items : [];
}

describe('parseArchiveRecord', () => {
  it('reads an HTML response through the page parser: headline, main text and HTML, dateline, language', () => {
    const result = parseArchiveRecord(
      record(responseRecord(d.MIGRATION_PAGE_URL, d.MIGRATION_PAGE, 'text/html')),
      context,
    );
    const [page] = items(result);
    assert.equal(result.kind === 'items' && result.contentFormat, 'html');
    assert.equal(page?.title, 'Coastal towns welcome migrant workers and their families');
    assert.equal(page?.url, d.MIGRATION_PAGE_URL);
    assert.equal(page?.published, '2024-02-12T00:00:00+00:00', 'the dateline, not the capture date');
    assert.equal(page?.language, 'en');
    assert.match(page?.text ?? '', /^Three coastal towns agreed on a joint plan/);
    assert.doesNotMatch(page?.text ?? '', /Home|About|tracking|color/, 'menu, scripts and styles are not main text');
    assert.match(page?.html ?? '', /<p>A community centre will offer advice/);
    assert.deepEqual(page?.provenance, { source: 'sample.warc', format: 'warc', position: 0 });
  });

  it('falls back to the capture date for a page without a date', () => {
    const warc = responseRecord(d.IOM_PAGE_URL, d.IOM_PAGE, 'text/html');
    const [page] = items(parseArchiveRecord(record(warc), context));
    assert.equal(page?.title, 'Pilot counselling service opens in two cities');
    assert.match(page?.published ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  });

  it('splits an archived listing page into one item per entry, each with the record provenance', () => {
    const warc = record(responseRecord(LISTING_PAGE_URL, LISTING_PAGE, 'text/html; charset=utf-8'));
    const entries = items(parseArchiveRecord(warc, { source: 'crawl.warc.gz', format: 'warc' }));
    assert.deepEqual(
      entries.map((entry) => [entry.title, entry.url, entry.published, entry.submittedBy]),
      LISTING_ENTRIES,
    );
    assert.ok(
      entries.every((entry) => entry.provenance.source === 'crawl.warc.gz' && entry.provenance.format === 'warc'),
    );
    assert.ok(entries.every((entry) => entry.typeHint === 'practice'));
  });

  it('decodes a page in the charset its HTTP header names', () => {
    const latin1 = Buffer.from(d.FRENCH_PAGE, 'latin1');
    const result = parseArchiveRecord(
      record(responseRecord(d.FRENCH_PAGE_URL, latin1, 'text/html; charset=iso-8859-1')),
      context,
    );
    const [page] = items(result);
    assert.equal(page?.title, 'Accueil des réfugiés dans les villes moyennes');
    assert.match(page?.text ?? '', /demandeurs d'asile/);
  });

  it('sends an RSS response to the feed parser: one item per entry', () => {
    const result = parseArchiveRecord(record(responseRecord(d.FEED_URL, d.FEED, 'application/rss+xml')), context);
    const feedItems = items(result);
    assert.equal(result.kind === 'items' && result.contentFormat, 'rss');
    assert.deepEqual(
      feedItems.map((i) => i.title),
      [
        'Ministers agree on safe pathways for migrants',
        'New report on human trafficking along the coast',
        'City marathon moves to April',
      ],
    );
    assert.ok(feedItems.every((i) => i.provenance.format === 'warc' && i.provenance.source === 'sample.warc'));
  });

  it('recognises a feed served as text/html by its first bytes', () => {
    const [first] = items(parseArchiveRecord(record(responseRecord(d.FEED_URL, d.FEED, 'text/html')), context));
    assert.equal(first?.title, 'Ministers agree on safe pathways for migrants');
  });

  it('reads a WET conversion record: heading line as title, lines as paragraphs, language and dateline', () => {
    const [uri, language, text] = d.WET_TEXTS[0] ?? ['', '', ''];
    const wet = parseArchiveRecord(record(conversionRecord(uri, text, language, '2024-03-10T08:15:00Z')), {
      source: 'sample.wet',
      format: 'wet',
    });
    const [item] = items(wet);
    assert.equal(item?.title, 'Remittances held steady in 2023');
    assert.equal(item?.language, 'en');
    assert.equal(item?.published, '2024-03-05T00:00:00+00:00');
    assert.equal(item?.text.split('\n\n').length, 4);
    assert.equal(item?.provenance.format, 'wet');
  });

  it('falls back to the URL for the title and to the capture date for the date of a WET text', () => {
    const [uri, language, text] = d.WET_TEXTS[4] ?? ['', '', ''];
    const [item] = items(
      parseArchiveRecord(record(conversionRecord(uri, text, language, '2024-03-10T08:15:00Z')), context),
    );
    assert.equal(item?.title, 'Weekend');
    assert.equal(item?.published, '2024-03-10T08:15:00+00:00');
    assert.equal(item?.language, 'en');
  });

  it('skips error responses, media, and records that hold no document, with a reason', () => {
    const skip = (bytes: Buffer) => {
      const result = parseArchiveRecord(record(bytes), context);
      return result.kind === 'skipped' ? result.reason : 'not skipped';
    };
    assert.equal(skip(responseRecord('https://x.example/a', 'gone', 'text/html', 404)), 'HTTP status 404');
    assert.equal(
      skip(responseRecord('https://x.example/a.png', Buffer.alloc(8), 'image/png')),
      'content type image/png is not read',
    );
    assert.equal(skip(warcRecord({ type: 'metadata', body: 'a: b\r\n' })), 'a metadata record holds no document');
    assert.equal(skip(warcRecord({ type: 'response', body: 'not http' })), 'the record does not hold an HTTP response');
  });
});

describe('parseHttpResponse', () => {
  it('undoes chunked transfer coding and gzip content coding kept by the archiver', () => {
    const gz = gzipSync(Buffer.from('<p>réfugiés</p>'));
    const chunked = Buffer.concat([
      Buffer.from(`${(10).toString(16)}\r\n`),
      gz.subarray(0, 10),
      Buffer.from(`\r\n${(gz.length - 10).toString(16)}\r\n`),
      gz.subarray(10),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const block = httpResponse(chunked, 'text/html', 200, 'Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n');
    const http = parseHttpResponse(block);
    assert.ok(typeof http !== 'string');
    assert.equal(http.status, 200);
    assert.equal(http.body.toString('utf8'), '<p>réfugiés</p>');
  });

  it('keeps a payload the archiver already decoded although the header still names gzip', () => {
    const http = parseHttpResponse(httpResponse('<p>plain</p>', 'text/html', 200, 'Content-Encoding: gzip\r\n'));
    assert.ok(typeof http !== 'string');
    assert.equal(http.body.toString('utf8'), '<p>plain</p>');
  });
});
