import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findCountries, regionsOf } from './findCountries.js';

interface Case {
  text: string;
  expect: string[];
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/entities/countries.json', import.meta.url), 'utf8'),
);

describe('findCountries', () => {
  for (const c of cases) {
    it(`finds ${c.expect.join(', ') || 'nothing'} in "${c.text}"`, () => {
      assert.deepEqual(
        findCountries(c.text).map((m) => m.code),
        c.expect,
      );
    });
  }

  it('gives the matched surface forms as evidence, once each', () => {
    const [morocco] = findCountries('Morocco and the Moroccan coast guard; back in Morocco, Rabat said');
    assert.deepEqual(morocco, { code: 'MAR', evidence: ['Morocco', 'Moroccan', 'Rabat'] });
  });

  it('reads the curly apostrophe of French typography', () => {
    assert.deepEqual(findCountries('en Côte d’Ivoire'), [{ code: 'CIV', evidence: ['Côte d’Ivoire'] }]);
  });

  it('ignores accents and letter case of words but not of acronyms', () => {
    assert.deepEqual(
      findCountries('MEXICO and Mexico and Mexico City').map((m) => m.code),
      ['MEX'],
    );
    assert.deepEqual(findCountries('us'), []);
    assert.deepEqual(
      findCountries('Cote d Ivoire').map((m) => m.code),
      ['CIV'],
    );
  });
});

describe('regionsOf', () => {
  it('returns unique Hub regions in the Hub order', () => {
    assert.deepEqual(regionsOf(['TUR', 'MAR', 'ESP', 'COL', 'SEN', 'XXX']), ['africa', 'americas', 'asia', 'europe']);
  });

  it('returns nothing for no codes', () => {
    assert.deepEqual(regionsOf([]), []);
  });
});
