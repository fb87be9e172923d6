import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyQuery, MAX_QUERY_TERMS, parseQuery } from '../../src/search/parseQuery.js';
import { buildFtsMatch } from '../../src/search/sqlite/ftsExpression.js';

const terms = (q: string) => parseQuery(q).groups.map((group) => group.map((term) => term.tokens.join(' ')));

describe('parseQuery', () => {
  it('ANDs words and keeps quoted phrases together', () => {
    assert.deepEqual(terms('Border  "Integrated Management" Côte'), [['border'], ['integrated management'], ['cote']]);
  });
  it('treats a word with inner punctuation as a phrase', () => {
    assert.deepEqual(terms("d'Ivoire e-mail"), [['d ivoire'], ['e mail']]);
  });
  it('excludes -words, -"phrases" and NOT words', () => {
    const parsed = parseQuery('migrants -smuggling -"border control" NOT trafficking');
    assert.deepEqual(terms('migrants'), [['migrants']]);
    assert.deepEqual(
      parsed.excluded.map((t) => t.tokens.join(' ')),
      ['smuggling', 'border control', 'trafficking'],
    );
    assert.equal(parsed.groups.length, 1);
  });
  it('ORs terms around an upper-case OR only', () => {
    assert.deepEqual(terms('a OR b c'), [['a', 'b'], ['c']]);
    assert.deepEqual(terms('a OR b OR "c d"'), [['a', 'b', 'c d']]);
    assert.deepEqual(terms('a or b'), [['a'], ['or'], ['b']]);
    assert.deepEqual(terms('OR a OR'), [['a']]);
  });
  it('drops operators and punctuation that stand alone', () => {
    for (const q of ['', '"', '""', '-', '- -', '*', 'AND OR', 'NOT', '(((', '\u0000']) {
      assert.ok(isEmptyQuery(parseQuery(q)), JSON.stringify(q));
    }
  });
  it('runs an unbalanced quote to the end of the text', () => {
    assert.deepEqual(terms('a "b c'), [['a'], ['b c']]);
  });
  it('keeps at most MAX_QUERY_TERMS terms of a huge query', () => {
    const parsed = parseQuery('word '.repeat(5000));
    assert.equal(parsed.groups.length, MAX_QUERY_TERMS);
  });
});

describe('buildFtsMatch', () => {
  it('quotes analysed tokens only, for English and native columns', () => {
    const match = buildFtsMatch(parseQuery('Managing "border NEAR(control" -x*'));
    assert.equal(
      match.positive,
      '({title body} : "manag" OR {title_native body_native} : ("managing")) AND ' +
        '({title body} : "border near control" OR {title_native body_native} : ("bord near control"))',
    );
    assert.equal(match.negative, '({title body} : "x" OR {title_native body_native} : ("x"))');
  });
  it('returns nulls for an empty query', () => {
    assert.deepEqual(buildFtsMatch(parseQuery('"')), { positive: null, negative: null });
  });
});
