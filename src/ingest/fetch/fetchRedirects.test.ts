import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type FixtureServer, startFixtureServer } from '../../../test/support/fixtureServer.js';
import { fetchDocument } from './fetchDocument.js';
import { failure, local } from './testHelpers.js';

describe('fetchDocument: redirects', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  beforeEach(() => server.reset());
  after(() => server.close());

  it('follows 302 → 301 → 200 and records the permanent move', async () => {
    server.route('/a', { redirect: '/b' });
    server.route('/b', { status: 301, redirect: 'c/final.xml' });
    server.route('/c/final.xml', { body: '<rss/>', headers: { etag: '"final"' } });
    const outcome = await fetchDocument(server.url('/a'), local);
    assert.equal(outcome.kind, 'ok');
    assert.equal(outcome.url, server.url('/c/final.xml'));
    assert.equal(outcome.requestedUrl, server.url('/a'));
    assert.equal(outcome.permanentRedirect, server.url('/c/final.xml'));
    assert.equal(outcome.etag, '"final"');
    assert.deepEqual(
      server.requests.map((request) => request.path),
      ['/a', '/b', '/c/final.xml'],
    );
  });

  it('records the first of several permanent moves (308, then 301)', async () => {
    server.route('/old', { status: 308, redirect: server.url('/newer') });
    server.route('/newer', { status: 301, redirect: '/newest' });
    server.route('/newest', { body: 'x' });
    const outcome = await fetchDocument(server.url('/old'), local);
    assert.equal(outcome.permanentRedirect, server.url('/newer'));
    assert.equal(outcome.url, server.url('/newest'));
  });

  it('records no permanent move for temporary redirects', async () => {
    server.route('/tmp', { status: 307, redirect: '/there' });
    server.route('/there', { body: 'x' });
    const outcome = await fetchDocument(server.url('/tmp'), local);
    assert.equal(outcome.permanentRedirect, undefined);
    assert.equal(outcome.url, server.url('/there'));
  });

  it('stops a redirect loop', async () => {
    server.route('/loop', { redirect: '/loop' });
    const error = await failure(fetchDocument(server.url('/loop'), local));
    assert.equal(error.code, 'too_many_redirects');
    assert.equal(
      error.message,
      `${server.url('/loop')}: the server redirected more than 5 times (perhaps in a circle), so the hub stopped following.`,
    );
    assert.equal(server.requests.length, 6, 'the first request and five redirects');
  });

  it('honours a smaller maxRedirects', async () => {
    server.route('/1', { redirect: '/2' });
    server.route('/2', { redirect: '/3' });
    server.route('/3', { body: 'x' });
    const error = await failure(fetchDocument(server.url('/1'), { ...local, maxRedirects: 1 }));
    assert.equal(error.code, 'too_many_redirects');
    assert.equal((await fetchDocument(server.url('/1'), { ...local, maxRedirects: 2 })).kind, 'ok');
  });

  // Only 127.0.0.1 is allowed and nothing listens elsewhere: a refusal proves the guard stopped the hop before
  // connecting (a connection attempt to 127.0.0.2 would fail as connection_error instead).
  const forbidden: [string, RegExp][] = [
    ['http://127.0.0.2:PORT/inside', /loopback/],
    ['http://10.1.2.3/admin', /private-network address \(10\.1\.2\.3\)/],
    [
      'http://169.254.169.254/latest/meta-data/',
      /link-local address \(such as a cloud metadata service\) \(169\.254\.169\.254\)/,
    ],
    ['http://0251.0376.0251.0376/latest/meta-data/', /169\.254\.169\.254/],
    ['http://[::ffff:10.0.0.1]/', /private-network address \(10\.0\.0\.1\)/],
  ];
  for (const [target, reason] of forbidden) {
    it(`refuses a redirect from an allowed host to ${target}`, async () => {
      const location = target.replace('PORT', String(server.port));
      server.route('/jump', { redirect: location });
      const error = await failure(fetchDocument(server.url('/jump'), local));
      assert.equal(error.code, 'blocked_address');
      assert.ok(error.message.startsWith(`${server.url('/jump')} (redirected to `), error.message);
      assert.match(error.message, reason);
      assert.match(error.message, /MIGRATION_HUB_ALLOW_PRIVATE/);
    });
  }

  it('refuses a redirect to another scheme', async () => {
    server.route('/file', { redirect: 'file:///etc/passwd' });
    const error = await failure(fetchDocument(server.url('/file'), local));
    assert.equal(error.code, 'unsupported_scheme');
  });

  it('says when a redirect does not say where to go', async () => {
    server.route('/nowhere', { status: 302 });
    const error = await failure(fetchDocument(server.url('/nowhere'), local));
    assert.equal(error.code, 'http_error');
    assert.match(error.message, /302 Found but did not say where the document went/);
  });
});
