import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sanitizeHtml } from './sanitizeHtml.js';

const hostile = readFileSync(new URL('../../../test/fixtures/feed/hostile.html', import.meta.url), 'utf8');
const base = 'https://news.example.org/stories/item-1';

describe('sanitizeHtml on a hostile fragment', () => {
  const clean = sanitizeHtml(hostile, base);

  it('removes scripts, styles, frames, forms, svg and embedded objects with their content', () => {
    for (const bad of [
      '<script',
      'document.cookie',
      '<style',
      '<iframe',
      'frame fallback',
      '<form',
      '<input',
      '<svg',
    ]) {
      assert.ok(!clean.includes(bad), `found ${bad}`);
    }
    for (const bad of ['svg text', 'Log in', '<object', '<embed', 'formula', '<math']) {
      assert.ok(!clean.includes(bad), `found ${bad}`);
    }
  });

  it('removes event handlers, style, class and id attributes, and target', () => {
    assert.doesNotMatch(clean, /\son\w+=/i);
    assert.doesNotMatch(clean, /\s(style|class|id|target)=/i);
  });

  it('drops javascript: and data: URLs however they are disguised', () => {
    assert.doesNotMatch(clean, /javascript|data:/i);
    assert.match(clean, /<a rel="nofollow noopener">click me<\/a>/);
  });

  it('drops content its author hid', () => {
    assert.ok(!clean.includes('casino'));
    assert.ok(!clean.includes('Also hidden'));
  });

  it('removes tracking pixels and images without a usable source but keeps real images', () => {
    assert.ok(!clean.includes('pixel.gif'));
    assert.ok(!clean.includes('sendgrid'));
    assert.equal((clean.match(/<img/g) ?? []).length, 1);
    assert.match(clean, /<img src="https:\/\/cdn\.example\.org\/photo\.jpg" alt="Volunteers at a reception centre"/);
  });

  it('makes relative links absolute and marks every link nofollow noopener', () => {
    assert.match(clean, /<a href="https:\/\/news\.example\.org\/reports\/2023" rel="nofollow noopener">/);
    assert.match(clean, /<a href="mailto:press@example\.org" rel="nofollow noopener">/);
    for (const link of clean.match(/<a [^>]*>/g) ?? []) assert.match(link, /rel="nofollow noopener"/);
  });

  it('keeps article content: paragraphs, emphasis, tables, and text of dropped headings', () => {
    assert.match(clean, /<p>Safe <strong>paragraph<\/strong> about/);
    assert.match(clean, /<p>Styled paragraph<\/p>/);
    assert.match(clean, /<table><tr><th>Country<\/th><td>Arrivals<\/td><\/tr><\/table>/);
    assert.ok(clean.includes('Ignored top heading'));
    assert.ok(!clean.includes('<h1'));
  });
});

describe('sanitizeHtml edge cases', () => {
  it('returns an empty string when nothing worth showing is left', () => {
    assert.equal(sanitizeHtml('<script>x()</script><p> </p><div>&nbsp;</div>'), '');
    assert.equal(sanitizeHtml('<img src="https://t.example.org/open.gif" width="1" height="1">'), '');
    assert.equal(sanitizeHtml(''), '');
  });

  it('keeps relative links as paths when no base URL is known, but never protocol-relative ones', () => {
    assert.equal(sanitizeHtml('<a href="/about">About</a>'), '<a href="/about" rel="nofollow noopener">About</a>');
    assert.equal(sanitizeHtml('<a href="//evil.example.net/x">x</a>'), '<a rel="nofollow noopener">x</a>');
  });

  it('resolves protocol-relative and relative image sources against the base', () => {
    const html = sanitizeHtml('<img src="//cdn.example.org/a.png" alt="a"><img src="b.png" alt="b">', base);
    assert.match(html, /src="https:\/\/cdn\.example\.org\/a\.png"/);
    assert.match(html, /src="https:\/\/news\.example\.org\/stories\/b\.png"/);
  });
});
