import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheFields, errorForStatus, parseRetryAfter, statusInWords } from './responseHandler.js';

const now = new Date('2025-03-01T12:00:00.000Z');

describe('caching headers', () => {
  it('reads validators and max-age, less the Age already spent', () => {
    const fields = cacheFields(
      {
        etag: '"v1"',
        'last-modified': 'Sat, 01 Mar 2025 10:00:00 GMT',
        'cache-control': 'public, max-age=600',
        age: '100',
      },
      now,
    );
    assert.deepEqual(fields, {
      etag: '"v1"',
      lastModified: 'Sat, 01 Mar 2025 10:00:00 GMT',
      freshUntil: '2025-03-01T12:08:20.000Z',
    });
  });

  it('prefers max-age to Expires and reads Expires alone', () => {
    const expires = 'Sat, 01 Mar 2025 18:00:00 GMT';
    assert.equal(cacheFields({ 'cache-control': 'max-age=60', expires }, now).freshUntil, '2025-03-01T12:01:00.000Z');
    assert.equal(cacheFields({ expires }, now).freshUntil, '2025-03-01T18:00:00.000Z');
    assert.equal(cacheFields({ expires: '0' }, now).freshUntil, now.toISOString());
  });

  it('gives no freshness for no-store, no-cache or nothing', () => {
    assert.equal(cacheFields({ 'cache-control': 'no-cache, max-age=600' }, now).freshUntil, undefined);
    assert.equal(cacheFields({ 'cache-control': 'no-store' }, now).freshUntil, undefined);
    assert.deepEqual(cacheFields({}, now), {});
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('120', now), '2025-03-01T12:02:00.000Z');
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 13:30:00 GMT', now), '2025-03-01T13:30:00.000Z');
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });
});

describe('statuses in words', () => {
  it('names the status', () => {
    assert.equal(statusInWords(404), '404 Not Found');
    assert.equal(statusInWords(599), '599');
  });

  it('makes 429 and 503 rate limits and the rest HTTP errors', () => {
    const limited = errorForStatus('http://x/feed', 503, { 'retry-after': '60' }, now);
    assert.equal(limited.code, 'rate_limited');
    assert.equal(limited.retryAfter, '2025-03-01T12:01:00.000Z');
    assert.equal(limited.httpStatus, 503);
    const gone = errorForStatus('http://x/feed', 410, {}, now);
    assert.equal(gone.code, 'http_error');
    assert.equal(gone.message, 'http://x/feed: the server answered 410 Gone.');
  });
});
