import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverFeeds } from './discoverFeeds.js';
import { parseDom } from './dom.js';

const head = (links: string) => parseDom(`<html><head>${links}</head><body><p>x</p></body></html>`);

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON feeds and resolves them against the page URL', () => {
    const document = head(`
      <link rel="alternate" type="application/rss+xml" title="News" href="/feeds/news.xml">
      <link rel="alternate" type="application/atom+xml" href="feed.atom">
      <link rel="alternate" type="application/feed+json" title=" JSON  feed " href="https://cdn.example.org/feed.json">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="/style.css">`);
    assert.deepEqual(discoverFeeds(document, 'https://example.org/en/news/'), [
      { url: 'https://example.org/feeds/news.xml', format: 'rss', title: 'News' },
      { url: 'https://example.org/en/news/feed.atom', format: 'atom' },
      { url: 'https://cdn.example.org/feed.json', format: 'json-feed', title: 'JSON feed' },
    ]);
  });

  it('prefers <base href> to the page URL, and reads rel and type case-insensitively with parameters', () => {
    const document = head(`<base href="https://mirror.example.net/site/">
      <link rel="Alternate home" type="Application/RSS+XML; charset=utf-8" href="rss.xml">`);
    assert.deepEqual(discoverFeeds(document, 'https://example.org/page'), [
      { url: 'https://mirror.example.net/site/rss.xml', format: 'rss' },
    ]);
  });

  it('lists a feed once even when announced twice, and ignores javascript: and empty links', () => {
    const document = head(`
      <link rel="alternate" type="application/rss+xml" href="/rss">
      <link rel="alternate" type="application/rss+xml" href="https://example.org/rss">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="">`);
    assert.deepEqual(discoverFeeds(document, 'https://example.org/'), [
      { url: 'https://example.org/rss', format: 'rss' },
    ]);
  });

  it('keeps a relative feed link as written when the page address is unknown', () => {
    const document = head('<link rel="alternate" type="application/atom+xml" href="/atom.xml">');
    assert.deepEqual(discoverFeeds(document), [{ url: '/atom.xml', format: 'atom' }]);
  });

  it('finds nothing on a page without feed links', () => {
    assert.deepEqual(discoverFeeds(parseDom('<p>no head</p>'), 'https://example.org/'), []);
  });
});
