import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type FixtureServer, startFixtureServer } from '../../../test/support/fixtureServer.js';
import { fetchDocument } from './fetchDocument.js';
import { failure } from './testHelpers.js';

// The server listens on 127.0.0.1; every refusal below must happen before a single connection reaches it.
describe('fetchDocument: the SSRF guard', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  beforeEach(() => {
    server.reset();
    server.route('/secret', { body: 'internal data' });
  });
  after(() => server.close());

  const spellings = [
    '127.0.0.1',
    '2130706433',
    '0177.0.0.1',
    '0x7f.0.0.1',
    '0x7f000001',
    '127.1',
    '[::ffff:127.0.0.1]',
  ];
  for (const host of spellings) {
    it(`refuses http://${host}/ without connecting`, async () => {
      const url = `http://${host}:${server.port}/secret`;
      const error = await failure(fetchDocument(url));
      assert.equal(error.code, 'blocked_address');
      assert.equal(
        error.message,
        `${url}: refused to fetch this machine's own (loopback) address (127.0.0.1). ` +
          'An operator can allow it with MIGRATION_HUB_ALLOW_PRIVATE.',
      );
      assert.equal(server.connections, 0);
    });
  }

  it('refuses a host name that resolves to loopback', async () => {
    const error = await failure(fetchDocument(server.url('/secret').replace('127.0.0.1', 'localhost')));
    assert.equal(error.code, 'blocked_address');
    assert.match(error.message, /refused to fetch localhost, which leads to this machine's own \(loopback\) address/);
    assert.equal(server.connections, 0);
  });

  it('fetches it when the operator allows the host name', async () => {
    const url = server.url('/secret').replace('127.0.0.1', 'localhost');
    const outcome = await fetchDocument(url, { allowPrivate: ['localhost'] });
    assert.equal(outcome.kind === 'ok' && Buffer.from(outcome.bytes).toString(), 'internal data');
  });

  it('fetches it when the operator allows the address or its network', async () => {
    for (const allowPrivate of [['127.0.0.1'], ['127.0.0.0/8'], ['::ffff:127.0.0.0/104']]) {
      const outcome = await fetchDocument(server.url('/secret'), { allowPrivate });
      assert.equal(outcome.kind, 'ok', allowPrivate.join());
    }
  });

  it('allows a named host by name only: its address reached by a redirect is refused', async () => {
    server.route('/to-address', { redirect: server.url('/secret') });
    const url = server.url('/to-address').replace('127.0.0.1', 'localhost');
    const error = await failure(fetchDocument(url, { allowPrivate: ['localhost'] }));
    assert.equal(error.code, 'blocked_address');
    assert.ok(error.message.startsWith(`${url} (redirected to ${server.url('/secret')}): refused to fetch`));
    assert.equal(server.requests.length, 1, 'only the first, allowed request arrived');
  });
});
