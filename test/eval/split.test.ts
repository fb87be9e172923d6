/** The deterministic tune/holdout split of the development set. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadDevset } from '../../eval/devset.js';
import { inSplit, isSplit, splitOf } from '../../eval/split.js';

describe('devset split', () => {
  test('puts an id always in the same half, whatever the order of the items', () => {
    const ids = ['en-001', 'fr-042', 'es-100', 'en-777'];
    const first = ids.map(splitOf);
    const again = [...ids].reverse().map(splitOf).reverse();
    assert.deepEqual(first, again);
  });

  test('halves are disjoint and together the whole set, each near half of it', () => {
    const items = loadDevset();
    const tune = inSplit(items, 'tune');
    const holdout = inSplit(items, 'holdout');
    assert.equal(tune.length + holdout.length, items.length);
    assert.equal(new Set([...tune, ...holdout].map((i) => i.id)).size, items.length);
    assert.ok(Math.abs(tune.length - holdout.length) < items.length * 0.2, `${tune.length} / ${holdout.length}`);
    assert.equal(inSplit(items, 'all').length, items.length);
  });

  test('accepts only the three split names', () => {
    assert.ok(isSplit('tune') && isSplit('holdout') && isSplit('all'));
    assert.ok(!isSplit('train'));
  });
});
