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
  it('reads an HTML response as one page: title, text without scripts, dateline, language, provenance', () => {
    const result = parseArchiveRecord(
      record(responseRecord(d.MIGRATION_PAGE_URL, d.MIGRATION_PAGE, 'text/html')),
      context,
    );
    const [page] = items(result);
    assert.equal(result.kind === 'items' && result.contentFormat, 'html');
    assert.equal(page?.title, 'Coastal towns welcome migrant workers & their families');
    assert.equal(page?.url, d.MIGRATION_PAGE_URL);
    assert.equal(page?.published, '2024-02-12T00:00:00+00:00');
    assert.equal(page?.language, 'en');
    assert.match(page?.text ?? '', /^Home About\n\nCoastal towns welcome migrant workers/);
    assert.doesNotMatch(page?.text ?? '', /tracking|color/);
    assert.deepEqual(page?.provenance, { source: 'sample.warc', format: 'warc', position: 0 });
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
