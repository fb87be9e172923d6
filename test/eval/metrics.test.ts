/** The metric functions of the evaluation harness, on cases computed by hand. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compareLabels,
  compareSets,
  evaluateMultiLabel,
  evaluateSingleLabel,
  organizationLabels,
  type Scores,
  scores,
  slugify,
} from '../../eval/metrics.js';

function assertScores(actual: Scores, expected: Scores) {
  for (const key of ['precision', 'recall', 'f1'] as const) {
    assert.ok(Math.abs(actual[key] - expected[key]) < 1e-9, `${key}: ${actual[key]} ≠ ${expected[key]}`);
  }
}

describe('scores', () => {
  test('precision, recall and F1 from counts', () => {
    // P = 3/4, R = 3/5, F1 = 2·0.75·0.6 / 1.35 = 2/3
    assertScores(scores({ tp: 3, fp: 1, fn: 2 }), { precision: 0.75, recall: 0.6, f1: 2 / 3 });
  });

  test('nothing expected and nothing claimed is perfect, not NaN', () => {
    assertScores(scores({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
  });

  test('only false positives, or only misses, score zero', () => {
    assertScores(scores({ tp: 0, fp: 2, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
    assertScores(scores({ tp: 0, fp: 0, fn: 3 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('compareSets', () => {
  test('counts hits, false positives and misses, duplicates once', () => {
    const c = compareSets(['a', 'b', 'b'], ['b', 'c', 'c']);
    assert.deepEqual(
      { tp: c.tp, fp: c.fp, fn: c.fn, fps: c.falsePositives, fns: c.falseNegatives },
      { tp: 1, fp: 1, fn: 1, fps: ['c'], fns: ['a'] },
    );
  });
});

describe('evaluateMultiLabel', () => {
  // Item 1: expected {1, 2}, got {1, 3}; item 2: expected {3}, got {3, 2}.
  const report = evaluateMultiLabel([
    { expected: ['1', '2'], got: ['1', '3'] },
    { expected: ['3'], got: ['3', '2'] },
  ]);

  test('micro sums the counts of all items', () => {
    assert.deepEqual([report.micro.tp, report.micro.fp, report.micro.fn], [2, 2, 1]);
    assertScores(report.micro, { precision: 0.5, recall: 2 / 3, f1: 4 / 7 });
  });

  test('per-label counts and scores', () => {
    const byLabel = Object.fromEntries(report.perLabel.map((l) => [l.label, l]));
    assert.deepEqual(
      report.perLabel.map((l) => [l.label, l.tp, l.fp, l.fn, l.support]),
      [
        ['1', 1, 0, 0, 1],
        ['2', 0, 1, 1, 1],
        ['3', 1, 1, 0, 1],
      ],
    );
    assertScores(byLabel['3']!, { precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  test('macro averages the labels', () => {
    // P = (1 + 0 + 0.5) / 3, R = (1 + 0 + 1) / 3, F1 = (1 + 0 + 2/3) / 3
    assertScores(report.macro, { precision: 0.5, recall: 2 / 3, f1: 5 / 9 });
  });

  test('labels sort numerically', () => {
    const sorted = evaluateMultiLabel([{ expected: ['10', '2'], got: ['23', '9'] }]).perLabel.map((l) => l.label);
    assert.deepEqual(sorted, ['2', '9', '10', '23']);
    assert.ok(compareLabels('2', '10') < 0);
    assert.ok(compareLabels('ESP', 'BEL') > 0);
  });
});

describe('evaluateSingleLabel', () => {
  const report = evaluateSingleLabel([
    { expected: 'news', got: 'news' },
    { expected: 'news', got: 'event' },
    { expected: 'event', got: 'event' },
    { expected: 'page', got: 'news' },
  ]);

  test('accuracy and confusions', () => {
    assert.equal(report.correct, 2);
    assert.equal(report.accuracy, 0.5);
    assert.deepEqual(
      report.confusions.map((c) => `${c.expected}>${c.got}×${c.count}`),
      ['news>event×1', 'page>news×1'],
    );
  });

  test('per-class and macro scores', () => {
    const byLabel = Object.fromEntries(report.perLabel.map((l) => [l.label, l]));
    assertScores(byLabel.news!, { precision: 0.5, recall: 0.5, f1: 0.5 });
    assertScores(byLabel.event!, { precision: 0.5, recall: 1, f1: 2 / 3 });
    assertScores(byLabel.page!, { precision: 0, recall: 0, f1: 0 });
    assert.ok(Math.abs(report.macro.f1 - (0.5 + 2 / 3 + 0) / 3) < 1e-9);
  });
});

describe('organizationLabels', () => {
  test('gazetteer ids stay; a learnt organisation matches "new:" by acronym or full name', () => {
    const labels = organizationLabels(
      ['iom', 'new:NACOT', 'new:ministry-of-labour'],
      [
        { id: 'iom', name: 'IOM', known: true },
        { id: 'nacot', name: 'NACOT', fullName: 'National Commission against Trafficking', known: false },
        { id: 'mol', name: 'MoL', fullName: 'Ministry of Labour', known: false },
        { id: 'xyz', name: 'XYZ', fullName: 'Xenial Youth Zone', known: false },
      ],
    );
    assert.deepEqual(labels, ['iom', 'new:NACOT', 'new:ministry-of-labour', 'new:XYZ']);
  });

  test('slugs fold case and accents', () => {
    assert.equal(slugify('  Ministère du Travail (MdT) '), 'ministere-du-travail-mdt');
  });
});
