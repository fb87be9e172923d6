import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IngestError } from '../../domain/errors.js';
import { durationInWords, FetchError, networkError, sizeInWords } from './fetchError.js';

const withCode = (code: string) => Object.assign(new Error(`low-level ${code}`), { code });

describe('network errors in words', () => {
  const cases: [string, string, RegExp][] = [
    ['ENOTFOUND', 'dns_error', /host name could not be found/],
    ['EAI_AGAIN', 'dns_error', /DNS did not answer/],
    ['ECONNREFUSED', 'connection_error', /refused the connection/],
    ['ECONNRESET', 'connection_error', /cut off before the whole document arrived/],
    ['EHOSTUNREACH', 'connection_error', /could not be reached/],
    ['CERT_HAS_EXPIRED', 'connection_error', /secure \(HTTPS\) connection could not be verified \(CERT_HAS_EXPIRED\)/],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'connection_error', /could not be verified/],
    ['HPE_INVALID_CONSTANT', 'http_error', /not valid HTTP/],
    ['Z_DATA_ERROR', 'http_error', /damaged compressed document/],
    ['ERR__ERROR_FORMAT_PADDING_1', 'http_error', /damaged compressed document/],
    ['ESOMETHINGELSE', 'connection_error', /the connection failed \(low-level ESOMETHINGELSE\)/],
  ];
  for (const [code, expected, words] of cases) {
    it(`explains ${code}`, () => {
      const error = networkError('https://example.org/feed', withCode(code));
      assert.equal(error.code, expected);
      assert.ok(error.message.startsWith('https://example.org/feed: '));
      assert.match(error.message, words);
    });
  }

  it('passes a FetchError through and is an IngestError with status 422', () => {
    const original = new FetchError('timeout', 'x: slow.');
    assert.equal(networkError('y', original), original);
    assert.ok(original instanceof IngestError);
    assert.equal(original.status, 422);
  });
});

describe('sizes and durations in words', () => {
  it('says them as a person would', () => {
    assert.equal(sizeInWords(1000), '1000 bytes');
    assert.equal(sizeInWords(20 * 1024 * 1024), '20 MiB');
    assert.equal(sizeInWords(1536), '1.5 KiB');
    assert.equal(durationInWords(300), '300 ms');
    assert.equal(durationInWords(20_000), '20 seconds');
    assert.equal(durationInWords(1000), '1 second');
  });
});
