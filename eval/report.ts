/** Formats an evaluation report as plain-text tables for the terminal and docs/quality.md. */
import { objectiveByNumber } from '../src/domain/gcm.js';
import type { EvalReport, TaskReport, WorstItem } from './evaluate.js';
import type { LabelScores } from './metrics.js';
import type { Task } from './predict.js';

const f3 = (n: number) => n.toFixed(3);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function summaryRow(task: string, t: TaskReport): string[] {
  if (t.kind === 'single') {
    const r = t.report;
    return [
      task,
      String(r.items),
      '',
      '',
      '',
      f3(r.macro.precision),
      f3(r.macro.recall),
      f3(r.macro.f1),
      f3(r.accuracy),
    ];
  }
  const r = t.report;
  return [
    task,
    String(r.items),
    f3(r.micro.precision),
    f3(r.micro.recall),
    f3(r.micro.f1),
    f3(r.macro.precision),
    f3(r.macro.recall),
    f3(r.macro.f1),
    '',
  ];
}

function labelRows(perLabel: LabelScores[], name: (label: string) => string = (l) => l): string[][] {
  return perLabel.map((l) => [
    name(l.label),
    String(l.support),
    String(l.tp),
    String(l.fp),
    String(l.fn),
    f3(l.precision),
    f3(l.recall),
    f3(l.f1),
  ]);
}

const LABEL_HEADER = ['label', 'support', 'tp', 'fp', 'fn', 'P', 'R', 'F1'];

function objectiveName(label: string): string {
  const objective = objectiveByNumber(Number(label));
  return objective ? `${label.padStart(2)} ${objective.label}` : label;
}

/** Headline figure of a task: micro-F1, or accuracy for single-label tasks. */
export function headline(t: TaskReport | undefined): string {
  if (!t) return '';
  return f3(t.kind === 'single' ? t.report.accuracy : t.report.micro.f1);
}

function worstLines(worst: WorstItem[]): string[] {
  const lines: string[] = [];
  for (const w of worst) {
    lines.push(`${w.id} (${w.errorCount} errors) ${w.title}`);
    for (const e of w.errors) {
      lines.push(`  ${e.task}: expected [${e.expected.join(', ')}] got [${e.got.join(', ')}]`);
      for (const fp of e.falsePositives) {
        const why = fp.evidence.length > 0 ? ` because: ${fp.evidence.slice(0, 6).join('; ')}` : '';
        lines.push(`    + ${fp.label}${why}`);
      }
      if (e.falseNegatives.length > 0 && !['type', 'language'].includes(e.task)) {
        lines.push(`    - missed ${e.falseNegatives.join(', ')}`);
      }
    }
  }
  return lines;
}

/** The whole report as text. */
export function formatReport(report: EvalReport): string {
  const out: string[] = [];
  const langs = Object.entries(report.byLanguage)
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
  const split = report.split && report.split !== 'all' ? ` — ${report.split} half` : '';
  out.push(`Migration Hub tagging quality — ${report.items} items (${langs})${split} — ${report.date}`, '');

  const summary = Object.entries(report.tasks).map(([task, t]) => summaryRow(task, t));
  out.push('Summary (micro and macro over labels; accuracy for single-label tasks)');
  out.push(table(['task', 'items', 'P', 'R', 'F1', 'macro P', 'macro R', 'macro F1', 'accuracy'], summary), '');

  const objectives = report.tasks.objectives;
  if (objectives?.kind === 'multi') {
    out.push('Per objective', table(LABEL_HEADER, labelRows(objectives.report.perLabel, objectiveName)), '');
  }
  const principles = report.tasks.principles;
  if (principles?.kind === 'multi') {
    out.push('Per principle', table(LABEL_HEADER, labelRows(principles.report.perLabel)), '');
  }
  for (const task of ['type', 'language'] as const) {
    const t = report.tasks[task];
    if (t?.kind !== 'single') continue;
    const heading = task === 'type' ? 'Per type' : 'Language detection';
    out.push(`${heading} (accuracy ${f3(t.report.accuracy)})`, table(LABEL_HEADER, labelRows(t.report.perLabel)));
    const confusions = t.report.confusions.slice(0, 12).map((c) => `${c.expected} → ${c.got} ×${c.count}`);
    if (confusions.length > 0) out.push(`Most frequent confusions: ${confusions.join(', ')}`);
    out.push('');
  }

  const tasks = Object.keys(report.tasks) as Task[];
  const perLanguage = Object.entries(report.perLanguage).map(([lang, reports]) => [
    lang,
    String(report.byLanguage[lang] ?? 0),
    ...tasks.map((task) => headline(reports[task])),
  ]);
  out.push('Per language (micro-F1; accuracy for type and language)');
  out.push(table(['language', 'items', ...tasks], perLanguage), '');

  out.push(`Worst items (${report.worst.length}): + false positive with the hub's evidence, - missed label`);
  out.push(...worstLines(report.worst));
  return `${out.join('\n')}\n`;
}
