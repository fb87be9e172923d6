import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { type FixtureServer, startFixtureServer } from '../../../test/support/fixtureServer.js';
import { fetchDocument, HostLimiter } from './fetchDocument.js';
import { failure, local } from './testHelpers.js';

describe('fetchDocument: time and size limits', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  beforeEach(() => server.reset());
  after(() => server.close());

  it('times out when the headers are slow to come', async () => {
    server.route('/slow', { delayMs: 5_000, body: 'late' });
    const error = await failure(fetchDocument(server.url('/slow'), { ...local, timeoutMs: 300 }));
    assert.equal(error.code, 'timeout');
    assert.equal(error.message, `${server.url('/slow')}: the server did not send the whole document within 300 ms.`);
  });

  it('times out when the body drips in slowly', async () => {
    server.route('/drip', { body: 'x'.repeat(200), dripMs: 50 });
    const error = await failure(fetchDocument(server.url('/drip'), { ...local, timeoutMs: 300 }));
    assert.equal(error.code, 'timeout');
    await server.idle();
    assert.equal(server.responses[0]?.completed, false, 'the connection was closed mid-body');
  });

  it('refuses a body whose declared length is over the limit, without reading it', async () => {
    server.route('/big', { body: 'x'.repeat(5000) });
    const error = await failure(fetchDocument(server.url('/big'), { ...local, maxBytes: 1000 }));
    assert.equal(error.code, 'too_large');
    assert.equal(
      error.message,
      `${server.url('/big')}: the document is larger than the 1000 bytes limit (the server announced 4.9 KiB).`,
    );
  });

  it('stops reading an undeclared body once it passes the limit', async () => {
    server.route('/endless', { body: 'x'.repeat(200 * 1024), dripMs: 5, dripBytes: 1024 });
    const error = await failure(fetchDocument(server.url('/endless'), { ...local, maxBytes: 8 * 1024 }));
    assert.equal(error.code, 'too_large');
    assert.match(error.message, /larger than the 8 KiB limit\.$/);
    await server.idle();
    assert.equal(server.responses[0]?.completed, false, 'the socket was closed before the server finished');
  });

  it('stops a gzip bomb: small on the wire, huge once uncompressed', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024));
    assert.ok(bomb.length < 64 * 1024);
    server.route('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const error = await failure(fetchDocument(server.url('/bomb'), { ...local, maxBytes: 1024 * 1024 }));
    assert.equal(error.code, 'too_large');
    assert.match(error.message, /larger than the 1 MiB limit once uncompressed/);
  });

  it('accepts a body exactly at the limit', async () => {
    server.route('/exact', { body: 'y'.repeat(1000), encoding: 'br' });
    const outcome = await fetchDocument(server.url('/exact'), { ...local, maxBytes: 1000 });
    assert.equal(outcome.kind === 'ok' && outcome.bytes.byteLength, 1000);
  });
});

describe('fetchDocument: requests per host', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  it('never has more requests in flight to one host than the limiter allows', async () => {
    server.route('/wait', { delayMs: 40, body: 'done' });
    const limiter = new HostLimiter(2);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => fetchDocument(server.url(`/wait?n=${i}`), { ...local, limiter })),
    );
    assert.equal(outcomes.filter((outcome) => outcome.kind === 'ok').length, 6);
    assert.equal(server.requests.length, 6);
    assert.ok(server.maxConcurrent <= 2, `saw ${server.maxConcurrent} at once`);
  });
});
