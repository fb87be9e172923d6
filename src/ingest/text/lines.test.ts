import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinParagraphs, toLines, wordCount, wordRegex } from './lines.js';

describe('lines', () => {
  it('splits on any line break, trims, and makes odd spaces plain', () => {
    assert.deepEqual(toLines('a\r\nb\rc\n\u00a0\n  d\t\te  '), ['a', 'b', 'c', '', 'd e']);
    assert.deepEqual(toLines('A  |  B'), ['A | B']);
  });
  it('joins paragraphs with one blank line and drops empty ones', () => {
    assert.equal(joinParagraphs([' one ', '', 'two', '  ']), 'one\n\ntwo');
    assert.equal(joinParagraphs([]), '');
  });
  it('counts words', () => {
    assert.equal(wordCount('Call for Proposals'), 3);
    assert.equal(wordCount(''), 0);
  });
  it('matches whole words next to accented letters', () => {
    const re = wordRegex('étude|informe');
    assert.ok(re.test('une étude récente'));
    assert.ok(!re.test('préétude'));
    assert.ok(!re.test('informes'));
  });
});
