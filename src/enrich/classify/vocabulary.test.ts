import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GCM_PRINCIPLES } from '../../domain/gcm.js';
import { fold, stem, tokenize } from './normalizeText.js';
import { compileMatcher, scanText } from './termMatcher.js';
import { loadObjectiveVocabulary, loadPrincipleVocabulary, VOCABULARY_LANGUAGES } from './vocabulary.js';

describe('vocabulary data files', () => {
  const objectives = loadObjectiveVocabulary();
  const principles = loadPrincipleVocabulary();

  it('gives every objective at least 25 terms, with strong terms in each language', () => {
    for (let n = 1; n <= 23; n++) {
      const target = String(n);
      const all = VOCABULARY_LANGUAGES.flatMap((l) => objectives[l].filter((e) => e.target === target));
      assert.ok(all.length >= 25, `objective ${n} has ${all.length} terms`);
      for (const language of VOCABULARY_LANGUAGES) {
        const strong = objectives[language].filter((e) => e.target === target && e.weight >= 3);
        assert.ok(strong.length >= 1, `objective ${n} has no weight-3 term in ${language}`);
      }
    }
  });

  it('gives every guiding principle terms in each language', () => {
    for (const { id } of GCM_PRINCIPLES) {
      for (const language of VOCABULARY_LANGUAGES) {
        assert.ok(
          principles[language].some((e) => e.target === id && e.weight >= 2),
          `${id} in ${language}`,
        );
      }
    }
  });

  it('rejects a malformed vocabulary with a reason', () => {
    assert.throws(() => loadObjectiveVocabulary({ objectives: [] }));
    assert.throws(() => loadPrincipleVocabulary({ principles: [{ id: 'not-a-principle', en: {}, fr: {}, es: {} }] }));
  });
});

describe('text normalisation', () => {
  it('folds case, accents and ligatures', () => {
    assert.equal(fold("Main-d'Œuvre Éthique"), "main-d'oeuvre ethique");
  });

  it('brings plural and feminine forms together', () => {
    const same = [
      ['remittances', 'remittance'],
      ['countries', 'country'],
      ['migrantes', 'migrant'],
      ['frontières', 'frontière'],
      ['nationaux', 'national'],
      ['réseaux', 'réseau'],
      ['nacionales', 'nacional'],
    ];
    for (const [a, b] of same) assert.equal(stem(fold(a as string)), stem(fold(b as string)), `${a} ~ ${b}`);
    assert.notEqual(stem('integration'), stem('integrated'));
  });

  it('tokenises on apostrophes and hyphens and keeps positions in the original text', () => {
    const text = "L'intégration — gender-responsive";
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.raw),
      ['L', 'intégration', 'gender', 'responsive'],
    );
    assert.equal(text.slice(tokens[1]?.start, tokens[1]?.end), 'intégration');
  });
});

describe('term matcher', () => {
  const matcher = compileMatcher([
    { target: 'a', term: 'border management', weight: 3 },
    { target: 'a', term: 'border', weight: 1 },
    { target: 'b', term: 'management', weight: 1 },
    { target: 'c', term: 'regional integration', weight: 0 },
    { target: 'c', term: 'integration', weight: 2 },
  ]);

  it('takes the longest phrase per target, without blocking other targets', () => {
    const { hits } = scanText(matcher, 'Border Management and border management; a border.');
    const byTerm = Object.fromEntries([...hits.values()].map((h) => [h.term, h.count]));
    assert.deepEqual(byTerm, { 'border management': 2, management: 2, border: 1 });
  });

  it('lets a zero-weight phrase shield its words', () => {
    const { hits } = scanText(matcher, 'Regional integration, and integration of newcomers.');
    const byTerm = Object.fromEntries([...hits.values()].map((h) => [h.term, h.count]));
    assert.deepEqual(byTerm, { 'regional integration': 1, integration: 1 });
  });
});
