/** Compares the hub's predictions with the devset's labels: per-task figures, per-language figures, worst items. */
import type { DevItem } from './devset.js';
import {
  compareSets,
  evaluateMultiLabel,
  evaluateSingleLabel,
  type MultiLabelReport,
  type SingleLabelReport,
} from './metrics.js';
import { expectedLabels, type Prediction, predict, TASKS, type Task } from './predict.js';

/** Tasks with one label per item; the others are sets. */
export const SINGLE_LABEL_TASKS: readonly Task[] = ['type', 'language'];

/** An item as the harness sees it: its labels and the hub's prediction. */
export interface Judged {
  item: DevItem;
  prediction: Prediction;
}

export type TaskReport = { kind: 'multi'; report: MultiLabelReport } | { kind: 'single'; report: SingleLabelReport };

/** One error of one item in one task, with the hub's evidence for what it claimed. */
export interface ItemError {
  task: Task;
  expected: string[];
  got: string[];
  falsePositives: Array<{ label: string; evidence: string[] }>;
  falseNegatives: string[];
}

export interface WorstItem {
  id: string;
  language: string;
  title: string;
  errorCount: number;
  errors: ItemError[];
}

export interface EvalReport {
  /** ISO 8601 with offset. */
  date: string;
  /** Which half of the set was measured ("all" when not given); see eval/split.ts. */
  split?: string;
  items: number;
  byLanguage: Record<string, number>;
  tasks: Partial<Record<Task, TaskReport>>;
  perLanguage: Record<string, Partial<Record<Task, TaskReport>>>;
  worst: WorstItem[];
}

export interface EvaluateOptions {
  tasks?: readonly Task[];
  /** How many items the confusion list shows (default 25). */
  worst?: number;
  /** Clock for the report date; tests pass a fixed one. */
  now?: Date;
}

/** Runs the hub on every item. */
export function judgeAll(items: readonly DevItem[]): Judged[] {
  return items.map((item) => ({ item, prediction: predict(item) }));
}

function taskReport(task: Task, judged: readonly Judged[]): TaskReport {
  // Principles are optional in the devset: only items that carry them are measured.
  const pairs = judged.flatMap(({ item, prediction }) => {
    const expected = expectedLabels(item)[task];
    return expected ? [{ expected, got: prediction.labels[task] }] : [];
  });
  if (SINGLE_LABEL_TASKS.includes(task)) {
    return {
      kind: 'single',
      report: evaluateSingleLabel(pairs.map((p) => ({ expected: p.expected[0] ?? '', got: p.got[0] ?? '' }))),
    };
  }
  return { kind: 'multi', report: evaluateMultiLabel(pairs) };
}

function tasksReport(tasks: readonly Task[], judged: readonly Judged[]): Partial<Record<Task, TaskReport>> {
  return Object.fromEntries(tasks.map((task) => [task, taskReport(task, judged)]));
}

/** The errors of one item in the given tasks. */
export function itemErrors({ item, prediction }: Judged, tasks: readonly Task[]): ItemError[] {
  const errors: ItemError[] = [];
  for (const task of tasks) {
    const expected = expectedLabels(item)[task];
    if (!expected) continue;
    const got = prediction.labels[task];
    const c = compareSets(expected, got);
    if (c.fp === 0 && c.fn === 0) continue;
    errors.push({
      task,
      expected,
      got,
      falsePositives: c.falsePositives.map((label) => ({ label, evidence: prediction.evidence[task][label] ?? [] })),
      falseNegatives: c.falseNegatives,
    });
  }
  return errors;
}

function errorCount(errors: readonly ItemError[]): number {
  // A wrong single label is one error, not a false positive plus a false negative.
  return errors.reduce(
    (sum, e) => sum + (SINGLE_LABEL_TASKS.includes(e.task) ? 1 : e.falsePositives.length + e.falseNegatives.length),
    0,
  );
}

/** Items ranked by number of errors (principles only count when asked for explicitly). */
export function worstItems(judged: readonly Judged[], tasks: readonly Task[], limit: number): WorstItem[] {
  const ranked = tasks.length === TASKS.length ? tasks.filter((t) => t !== 'principles') : tasks;
  return judged
    .map((j) => {
      const errors = itemErrors(j, ranked);
      return { id: j.item.id, language: j.item.language, title: j.item.title, errorCount: errorCount(errors), errors };
    })
    .filter((w) => w.errorCount > 0)
    .sort((a, b) => b.errorCount - a.errorCount || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** ISO 8601 with the local offset, e.g. 2025-06-01T10:00:00+02:00. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The whole evaluation of a set of judged items. */
export function buildReport(judged: readonly Judged[], options: EvaluateOptions = {}): EvalReport {
  const tasks = options.tasks && options.tasks.length > 0 ? options.tasks : TASKS;
  const byLanguage: Record<string, number> = {};
  for (const { item } of judged) byLanguage[item.language] = (byLanguage[item.language] ?? 0) + 1;
  const perLanguage = Object.fromEntries(
    Object.keys(byLanguage)
      .sort()
      .map((lang) => [
        lang,
        tasksReport(
          tasks,
          judged.filter((j) => j.item.language === lang),
        ),
      ]),
  );
  return {
    date: isoWithOffset(options.now ?? new Date()),
    items: judged.length,
    byLanguage,
    tasks: tasksReport(tasks, judged),
    perLanguage,
    worst: worstItems(judged, tasks, options.worst ?? 25),
  };
}

/** Runs the hub on the items and builds the report. */
export function evaluate(items: readonly DevItem[], options: EvaluateOptions = {}): EvalReport {
  return buildReport(judgeAll(items), options);
}
