import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { detectTextShape } from './detectTextShape.js';
import { toLines } from './lines.js';

const fixture = (name: string) =>
  toLines(readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8'));

describe('detectTextShape', () => {
  const cases: [string, string][] = [
    ['feed-en.txt', 'feed'],
    ['listing-practices-fr.txt', 'submitted-listing'],
    ['teaser-listing-en.txt', 'teaser-listing'],
    ['newsletter-en.txt', 'newsletter'],
    ['newsletter-es.txt', 'newsletter'],
    ['page-report-en.txt', 'page'],
    ['page-heading-fr.txt', 'page'],
  ];
  for (const [name, shape] of cases) {
    it(`sees ${name} as ${shape}`, () => assert.equal(detectTextShape(fixture(name)), shape));
  }
  it('sees blank text as empty and a lone paragraph as a page', () => {
    assert.equal(detectTextShape(toLines(' \n\u00a0\n')), 'empty');
    assert.equal(detectTextShape(toLines('Just one paragraph of text, nothing else.')), 'page');
  });
  it('does not take a page that mentions a date and a link for a feed', () => {
    const lines = toLines('See the agenda https://example.org/agenda for details.\n\nMore text follows here.');
    assert.equal(detectTextShape(lines), 'page');
  });
  it('does not take a page menu for a newsletter', () => {
    assert.equal(detectTextShape(toLines('News\nEvents\nHome | About\nA page about our work in the region.')), 'page');
  });
});
