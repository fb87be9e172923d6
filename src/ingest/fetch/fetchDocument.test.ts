import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type FixtureServer, startFixtureServer } from '../../../test/support/fixtureServer.js';
import { type FetchOutcome, fetchDocument } from './fetchDocument.js';
import { failure, local } from './testHelpers.js';

const FEED = readFileSync(new URL('../../../test/fixtures/fetch/feed.xml', import.meta.url));
const text = (outcome: FetchOutcome) => (outcome.kind === 'ok' ? Buffer.from(outcome.bytes).toString('utf8') : '');

describe('fetchDocument: answers, caching and errors', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  beforeEach(() => server.reset());
  after(() => server.close());

  it('fetches a document with its validators, then gets 304 on a conditional GET', async () => {
    const etag = '"feed-v1"';
    const lastModified = 'Tue, 04 Mar 2025 09:00:00 GMT';
    server.route('/feed.xml', (request) =>
      request.headers['if-none-match'] === etag
        ? { status: 304, headers: { etag } }
        : {
            body: FEED,
            headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified },
          },
    );
    const first = await fetchDocument(server.url('/feed.xml'), local);
    assert.equal(first.kind, 'ok');
    assert.equal(first.status, 200);
    assert.equal(first.etag, etag);
    assert.equal(first.lastModified, lastModified);
    assert.equal(first.url, server.url('/feed.xml'));
    assert.equal(first.requestedUrl, server.url('/feed.xml'));
    assert.equal(first.permanentRedirect, undefined);
    assert.ok(first.kind === 'ok' && first.contentType === 'application/rss+xml; charset=utf-8');
    assert.equal(text(first), FEED.toString('utf8'));

    const second = await fetchDocument(server.url('/feed.xml'), { ...local, etag, lastModified });
    assert.equal(second.kind, 'not-modified');
    assert.equal(second.status, 304);
    assert.equal(second.etag, etag);
    assert.equal(second.lastModified, lastModified, 'the validator sent is kept when the 304 omits it');
    assert.equal(server.requests[1]?.headers['if-none-match'], etag);
    assert.equal(server.requests[1]?.headers['if-modified-since'], lastModified);
    assert.equal(server.requests[0]?.headers['if-none-match'], undefined);
  });

  for (const encoding of ['gzip', 'br', 'deflate'] as const) {
    it(`undoes ${encoding} compression`, async () => {
      server.route('/packed', { body: FEED, encoding, chunked: true });
      const outcome = await fetchDocument(server.url('/packed'), local);
      assert.equal(text(outcome), FEED.toString('utf8'));
      assert.equal(server.requests[0]?.headers['accept-encoding'], 'gzip, deflate, br');
    });
  }

  it('says when a compressed body is damaged', async () => {
    server.route('/broken', { body: 'this is not gzip at all', headers: { 'content-encoding': 'gzip' } });
    const error = await failure(fetchDocument(server.url('/broken'), local));
    assert.equal(error.code, 'http_error');
    assert.match(error.message, /damaged compressed document/);
  });

  it('sends the hub User-Agent, or the one given', async () => {
    server.route('/ua', { body: 'ok' });
    await fetchDocument(server.url('/ua'), local);
    await fetchDocument(server.url('/ua'), { ...local, userAgent: 'TestAgent/1.0' });
    assert.match(String(server.requests[0]?.headers['user-agent']), /^MigrationHub\/\d+\.\d+\.\d+ \(\+https:\/\//);
    assert.equal(server.requests[1]?.headers['user-agent'], 'TestAgent/1.0');
  });

  it('turns Cache-Control max-age into freshUntil', async () => {
    server.route('/cached', { body: 'x', headers: { 'cache-control': 'public, max-age=600' } });
    const before = Date.now();
    const outcome = await fetchDocument(server.url('/cached'), local);
    const after = Date.now();
    const fresh = Date.parse(outcome.freshUntil ?? '');
    assert.ok(fresh >= before + 600_000 && fresh <= after + 600_000, outcome.freshUntil);
  });

  it('turns Expires into freshUntil', async () => {
    server.route('/expires', { body: 'x', headers: { expires: 'Thu, 21 Oct 2060 07:28:00 GMT' } });
    const outcome = await fetchDocument(server.url('/expires'), local);
    assert.equal(outcome.freshUntil, '2060-10-21T07:28:00.000Z');
  });

  it('explains 404 and 500 in words', async () => {
    server.route('/missing', { status: 404, body: 'nope' });
    server.route('/crash', { status: 500, body: 'oops' });
    const missing = await failure(fetchDocument(server.url('/missing'), local));
    assert.equal(missing.code, 'http_error');
    assert.equal(missing.httpStatus, 404);
    assert.equal(missing.message, `${server.url('/missing')}: the server answered 404 Not Found.`);
    const crash = await failure(fetchDocument(server.url('/crash'), local));
    assert.equal(crash.httpStatus, 500);
    assert.match(crash.message, /^http:\/\/127\.0\.0\.1:\d+\/crash: the server answered 500 Internal Server Error/);
  });

  it('reports 429 with Retry-After in seconds as rate_limited', async () => {
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const before = Date.now();
    const error = await failure(fetchDocument(server.url('/busy'), local));
    const after = Date.now();
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.httpStatus, 429);
    const retry = Date.parse(error.retryAfter ?? '');
    assert.ok(retry >= before + 120_000 - 1000 && retry <= after + 120_000, error.retryAfter);
    assert.match(error.message, /429 Too Many Requests/);
  });

  it('reports 429 with Retry-After as an HTTP date, and 503 without one', async () => {
    server.route('/later', { status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2065 07:28:00 GMT' } });
    server.route('/down', { status: 503 });
    const later = await failure(fetchDocument(server.url('/later'), local));
    assert.equal(later.retryAfter, '2065-10-21T07:28:00.000Z');
    assert.match(later.message, /wait until 2065-10-21T07:28:00\.000Z/);
    const down = await failure(fetchDocument(server.url('/down'), local));
    assert.equal(down.code, 'rate_limited');
    assert.equal(down.retryAfter, undefined);
    assert.match(down.message, /503 Service Unavailable/);
  });

  it('says when the server refuses the connection', async () => {
    const closed = await startFixtureServer();
    const url = closed.url('/gone');
    await closed.close();
    const error = await failure(fetchDocument(url, local));
    assert.equal(error.code, 'connection_error');
    assert.equal(error.message, `${url}: the server refused the connection.`);
  });

  it('sends credentials written in the URL but keeps them out of messages', async () => {
    server.route('/private', { status: 403 });
    const url = server.url('/private').replace('http://', 'http://reader:s3cret@');
    const error = await failure(fetchDocument(url, local));
    assert.equal(error.message, `${server.url('/private')}: the server answered 403 Forbidden.`);
    assert.equal(server.requests[0]?.headers.authorization, `Basic ${Buffer.from('reader:s3cret').toString('base64')}`);
  });

  it('says when the compression is one it cannot read', async () => {
    server.route('/zstd', { body: 'abc', headers: { 'content-encoding': 'zstd' } });
    const error = await failure(fetchDocument(server.url('/zstd'), local));
    assert.equal(error.code, 'http_error');
    assert.match(error.message, /compressed as "zstd", which the hub cannot read/);
  });

  it('refuses what is not a web address', async () => {
    const error = await failure(fetchDocument('not a url', local));
    assert.equal(error.code, 'invalid_url');
    assert.equal(error.message, 'not a url: this is not a valid web address.');
  });
});
