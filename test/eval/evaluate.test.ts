/** The evaluation harness: report building on hand-made predictions, and a run of the real hub on two items. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DevItem } from '../../eval/devset.js';
import { buildReport, evaluate, type Judged } from '../../eval/evaluate.js';
import { expectedLabels, type Prediction, TASKS } from '../../eval/predict.js';
import { formatReport } from '../../eval/report.js';

const item = (id: string, language: string, labels: DevItem['labels']): DevItem => ({
  id,
  language,
  title: `Title ${id}`,
  text: 'Text.',
  labels,
});

function prediction(labels: Record<(typeof TASKS)[number], string[]>, why: string[] = []): Prediction {
  const evidence = Object.fromEntries(
    TASKS.map((task) => [task, Object.fromEntries(labels[task].map((l) => [l, why]))]),
  ) as Prediction['evidence'];
  return { labels, evidence };
}

const perfect = item('en-001', 'en', {
  type: 'news',
  objectives: [10],
  countries: ['ZWE'],
  organizations: ['iom'],
});
const wrong = item('fr-001', 'fr', {
  type: 'call',
  objectives: [20],
  principles: ['human-rights'],
  countries: [],
  organizations: [],
});

const judged: Judged[] = [
  {
    item: perfect,
    prediction: prediction({
      objectives: ['10'],
      principles: ['gender-responsive'],
      countries: ['ZWE'],
      organizations: ['iom'],
      type: ['news'],
      language: ['en'],
    }),
  },
  {
    item: wrong,
    prediction: prediction(
      {
        objectives: ['20', '6'],
        principles: [],
        countries: ['FRA'],
        organizations: [],
        type: ['news'],
        language: ['fr'],
      },
      ['français'],
    ),
  },
];

describe('buildReport', () => {
  const report = buildReport(judged, { now: new Date('2025-06-01T10:00:00Z') });

  test('per-task figures', () => {
    const objectives = report.tasks.objectives;
    assert.equal(objectives?.kind, 'multi');
    if (objectives?.kind === 'multi')
      assert.deepEqual([objectives.report.micro.tp, objectives.report.micro.fp], [2, 1]);
    const type = report.tasks.type;
    assert.equal(type?.kind === 'single' ? type.report.accuracy : -1, 0.5);
  });

  test('principles are measured only on items that carry them', () => {
    assert.equal(report.tasks.principles?.report.items, 1);
    assert.equal(expectedLabels(perfect).principles, undefined);
  });

  test('per-language figures and a dated report', () => {
    assert.deepEqual(Object.keys(report.perLanguage), ['en', 'fr']);
    assert.equal(
      report.perLanguage.en?.countries?.kind === 'multi' && report.perLanguage.en.countries.report.micro.f1,
      1,
    );
    assert.match(report.date, /^2025-06-01T\d\d:00:00[+-]\d\d:\d\d$/);
  });

  test('the worst list names the errors and the evidence of false positives', () => {
    assert.deepEqual(
      report.worst.map((w) => [w.id, w.errorCount]),
      [['fr-001', 3]],
    );
    const countries = report.worst[0]?.errors.find((e) => e.task === 'countries');
    assert.deepEqual(countries?.falsePositives, [{ label: 'FRA', evidence: ['français'] }]);
  });

  test('--task limits the report', () => {
    const limited = buildReport(judged, { tasks: ['objectives'] });
    assert.deepEqual(Object.keys(limited.tasks), ['objectives']);
    assert.deepEqual(
      limited.worst[0]?.errors.map((e) => e.task),
      ['objectives'],
    );
  });

  test('the text report has the summary, the objective table and the worst items', () => {
    const text = formatReport(report);
    for (const part of ['Summary', 'Per objective', '10 Eradicate trafficking', 'Per language', 'fr-001']) {
      assert.ok(text.includes(part), part);
    }
  });
});

describe('evaluate with the hub', () => {
  test('enriches devset items and reads their labels', () => {
    const items: DevItem[] = [
      {
        id: 'en-901',
        language: 'en',
        title: 'Cost of remittances to Zimbabwe falls',
        text: 'The cost of sending remittances from South Africa to Zimbabwe fell to 5%, IOM said. Migrants now send money home through mobile wallets, and remittance fees keep falling.',
        labels: { type: 'news', objectives: [20], countries: ['ZAF', 'ZWE'], organizations: ['iom'] },
      },
    ];
    const report = evaluate(items);
    assert.equal(report.items, 1);
    const countries = report.tasks.countries;
    assert.equal(countries?.kind === 'multi' && countries.report.micro.tp, 2);
    const language = report.tasks.language;
    assert.equal(language?.kind === 'single' && language.report.accuracy, 1);
  });
});
