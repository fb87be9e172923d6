import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldTokens } from '../../src/domain/analyzer.js';
import {
  bandKeys,
  estimateJaccard,
  exactJaccard,
  LSH_BANDS,
  MINHASH_SIZE,
  minhash,
  shingleHashes,
} from '../../src/enrich/dedup/minhash.js';

const STORY =
  'The Government of Niger and the International Organization for Migration opened a migrant resource centre in ' +
  'Agadez on Monday, offering information, counselling and referrals to people travelling through the Sahel. The ' +
  'centre will give migrants accurate information on the risks of irregular journeys across the desert, on legal ' +
  'pathways to work and study, and on assisted voluntary return for those who wish to go home.';
const EDITED = STORY.replace('on Monday', 'on Tuesday').replace('go home', 'return home').concat(' More soon.');
const UNRELATED =
  'Statisticians from the central bank met in Niamey to improve how remittance flows are counted, comparing ' +
  'household surveys with data from money transfer operators, and agreed on a calendar for publishing figures.';

const shingles = (text: string) => shingleHashes(foldTokens(text));
const signature = (text: string) => minhash(shingles(text));

describe('shingles', () => {
  it('makes one 3-word shingle per position, and one for texts of fewer words', () => {
    assert.equal(shingles('one two three four five').length, 3);
    assert.equal(shingles('one two').length, 1);
    assert.equal(shingles('').length, 0);
  });

  it('depends on word order and is the same across runs', () => {
    assert.notDeepEqual(shingles('a b c'), shingles('c b a'));
    assert.deepEqual(shingles('Côte d’Ivoire'), shingles('cote d ivoire'));
  });
});

describe('minhash', () => {
  it('has one value per permutation and is deterministic', () => {
    const a = signature(STORY);
    assert.equal(a.length, MINHASH_SIZE);
    assert.deepEqual(a, signature(STORY));
  });

  it('estimates 1 for identical texts, high for small edits, near 0 for unrelated texts', () => {
    assert.equal(estimateJaccard(signature(STORY), signature(STORY)), 1);
    const exact = exactJaccard(shingles(STORY), shingles(EDITED));
    const estimate = estimateJaccard(signature(STORY), signature(EDITED));
    assert.ok(exact > 0.7 && exact < 0.95, `exact ${exact}`);
    assert.ok(Math.abs(estimate - exact) < 0.15, `estimate ${estimate} vs exact ${exact}`);
    assert.ok(estimateJaccard(signature(STORY), signature(UNRELATED)) < 0.1);
  });

  it('keeps the estimate within 0.15 of the exact value over many edited pairs', () => {
    const words = foldTokens(`${STORY} ${UNRELATED}`);
    let worst = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const edited = words.map((word, i) => ((i * seed) % 11 === 0 ? `${word}x` : word));
      const exact = exactJaccard(shingleHashes(words), shingleHashes(edited));
      const estimate = estimateJaccard(minhash(shingleHashes(words)), minhash(shingleHashes(edited)));
      worst = Math.max(worst, Math.abs(exact - estimate));
    }
    assert.ok(worst < 0.15, `worst error ${worst}`);
  });
});

describe('LSH bands', () => {
  it('gives one key per band, distinct across bands', () => {
    const keys = bandKeys(signature(STORY));
    assert.equal(keys.length, LSH_BANDS);
    assert.equal(new Set(keys).size, LSH_BANDS);
    for (const key of keys) assert.ok(Number.isSafeInteger(key));
  });

  it('shares bands between near-duplicates and none with an unrelated text', () => {
    const story = new Set(bandKeys(signature(STORY)));
    assert.ok(bandKeys(signature(EDITED)).some((key) => story.has(key)));
    assert.ok(!bandKeys(signature(UNRELATED)).some((key) => story.has(key)));
  });
});
