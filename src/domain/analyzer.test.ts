import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, foldText, foldTokens, stemLanguage, stemToken } from './analyzer.js';

describe('analyzer', () => {
  it('folds case, accents and ligatures', () => {
    assert.equal(foldText('Côte d’Ivoire'), 'cote d’ivoire');
    assert.equal(foldText('ŒUVRE Straße São'), 'oeuvre strasse sao');
    // Decomposed input folds like composed input.
    assert.equal(foldText('Co\u0302te'), foldText('Côte'));
  });
  it('splits on anything that is not a letter or digit', () => {
    assert.deepEqual(foldTokens("Côte d'Ivoire, 2019: e-mail/SMS!"), [
      'cote',
      'd',
      'ivoire',
      '2019',
      'e',
      'mail',
      'sms',
    ]);
    assert.deepEqual(foldTokens('移民 مهاجر'), ['移民', 'مهاجر']);
    assert.deepEqual(foldTokens('"*" -- ()'), []);
  });
  it('stems English so that inflections meet', () => {
    assert.equal(stemToken('migrants', 'en'), stemToken('migrant', 'en'));
    assert.equal(stemToken('managing', 'en'), stemToken('management', 'en'));
    assert.equal(stemToken('2019', 'en'), '2019');
  });
  it('stems French and Spanish with their own stemmers', () => {
    assert.equal(stemToken('frontieres', 'fr'), stemToken('frontiere', 'fr'));
    assert.equal(stemToken('migrantes', 'es'), stemToken('migrante', 'es'));
    assert.equal(stemLanguage('fr'), 'fr');
    assert.equal(stemLanguage('de'), 'en');
  });
  it('analyses a text into space-joined stems', () => {
    assert.equal(analyze('Managing Borders'), 'manag border');
    assert.equal(analyze(''), '');
  });
});
