import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldWord, maskUrls, PhraseMatcher, tokenize } from './phraseMatcher.js';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>([
    { text: 'Guinea', value: 'GIN', caseRule: 'capitalised' },
    { text: 'Papua New Guinea', value: 'PNG', caseRule: 'capitalised' },
    { text: 'US', value: 'USA', caseRule: 'exact' },
    { text: 'marocain', value: 'MAR', caseRule: 'any' },
    { text: 'Latin America', value: null, caseRule: 'any' },
    { text: 'America', value: 'USA', caseRule: 'capitalised' },
  ]);
  const values = (text: string) => matcher.match(text).map((h) => h.value);

  it('prefers the longest phrase at a position', () => {
    assert.deepEqual(values('Papua New Guinea and Guinea'), ['PNG', 'GIN']);
  });

  it('applies the case rule of each phrase', () => {
    assert.deepEqual(values('tell us about the US'), ['USA']);
    assert.deepEqual(values('guinea pigs'), []);
    assert.deepEqual(values('le Marocain et le marocain'), ['MAR', 'MAR']);
  });

  it('lets a blocker consume its words', () => {
    assert.deepEqual(values('Latin America and America'), ['USA']);
  });

  it('does not join words across sentence punctuation', () => {
    assert.deepEqual(values('Papua New. Guinea'), ['GIN']);
  });

  it('gives the surface as written', () => {
    assert.equal(matcher.match('in PAPUA NEW GUINEA')[0]?.surface, 'PAPUA NEW GUINEA');
  });
});

describe('text helpers', () => {
  it('folds accents, case and ligatures', () => {
    assert.equal(foldWord('Türkiye'), 'turkiye');
    assert.equal(foldWord('Œuvre'), 'oeuvre');
    assert.equal(foldWord('Şanlıurfa'), 'sanliurfa');
  });

  it('splits words at apostrophes and hyphens and keeps offsets', () => {
    const tokens = tokenize('Côte d’Ivoire-Nord');
    assert.deepEqual(
      tokens.map((t) => [t.key, t.start]),
      [
        ['cote', 0],
        ['d', 5],
        ['ivoire', 7],
        ['nord', 14],
      ],
    );
  });

  it('masks URLs without moving the rest of the text', () => {
    const text = 'see https://x.org/a-b and www.y.org then';
    const masked = maskUrls(text);
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes('x.org'));
    assert.ok(masked.endsWith(' then'));
  });
});
