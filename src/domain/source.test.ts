import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { intervalMinutes, nameFromUrl, type Source, sourceStatus, sourceUrl } from './source.js';

describe('sourceUrl', () => {
  it('keeps an http(s) address, without its fragment', () => {
    assert.equal(sourceUrl(' https://Example.org/feed.xml?a=1#top '), 'https://example.org/feed.xml?a=1');
    assert.equal(sourceUrl('http://127.0.0.1:8080/rss'), 'http://127.0.0.1:8080/rss');
  });
  it('refuses what cannot be fetched, saying why', () => {
    assert.throws(() => sourceUrl('example.org/feed'), /not a web address; give a full address/);
    assert.throws(() => sourceUrl('file:///etc/passwd'), /only http:\/\/ and https:\/\//);
    assert.throws(
      () => sourceUrl('javascript:alert(1)'),
      (e: unknown) => (e as { code?: string }).code === 'bad_request',
    );
  });
});

describe('intervalMinutes', () => {
  it('reads whole minutes from 1 to a week', () => {
    assert.equal(intervalMinutes('30'), 30);
    assert.equal(intervalMinutes(10_080), 10_080);
  });
  it('refuses anything else', () => {
    for (const bad of ['0', '-5', '1.5', 'hourly', '', '10081'])
      assert.throws(() => intervalMinutes(bad), /whole number/);
  });
});

describe('sourceStatus and nameFromUrl', () => {
  const base: Source = {
    id: 1,
    url: 'https://www.example.org/feed',
    name: 'x',
    intervalMinutes: 60,
    adaptive: true,
    createdAt: '2024-01-01T00:00:00Z',
    nextFetchAt: '2024-01-01T00:00:00Z',
    errorCount: 0,
    itemCount: 0,
  };
  it('tells new, ok and failing sources apart', () => {
    assert.equal(sourceStatus(base), 'new');
    assert.equal(sourceStatus({ ...base, lastFetchedAt: '2024-01-01T00:00:00Z' }), 'ok');
    assert.equal(sourceStatus({ ...base, lastFetchedAt: '2024-01-01T00:00:00Z', errorCount: 2 }), 'failing');
  });
  it('names a source after its host', () => {
    assert.equal(nameFromUrl(base.url), 'example.org');
  });
});
