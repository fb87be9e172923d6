/**
 * `npm run eval [-- --task objectives] [--lang en] [--split tune|holdout|all] [--json] [--out FILE] [--worst N]
 * [--dir DIR]`: runs the hub's
 * enrichment on the labelled development set and prints precision, recall and F1 per task, per objective and per
 * language, and the items with the most errors. `--json` prints the figures as JSON instead of text; `--out`
 * also writes the JSON to a file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HubError } from '../src/domain/errors.js';
import { DEVSET_DIR, loadDevset } from './devset.js';
import { evaluate } from './evaluate.js';
import { isTask, TASKS, type Task } from './predict.js';
import { formatReport } from './report.js';
import { inSplit, isSplit, SPLITS } from './split.js';

function listOption(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      task: { type: 'string', multiple: true },
      lang: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      worst: { type: 'string', default: '25' },
      dir: { type: 'string', default: DEVSET_DIR },
      split: { type: 'string', default: 'all' },
    },
  });
  const requested = listOption(values.task);
  const unknown = requested.filter((t) => !isTask(t));
  if (unknown.length > 0) {
    throw new HubError('bad_request', `Unknown task "${unknown.join(', ')}"; choose among ${TASKS.join(', ')}.`);
  }
  const worst = Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) throw new HubError('bad_request', '--worst takes a whole number.');
  const split = values.split;
  if (!isSplit(split))
    throw new HubError('bad_request', `Unknown split "${split}"; choose among ${SPLITS.join(', ')}.`);
  const langs = listOption(values.lang);
  const items = inSplit(loadDevset(values.dir), split).filter(
    (item) => langs.length === 0 || langs.includes(item.language),
  );
  if (items.length === 0) throw new HubError('bad_request', 'No devset item matches the chosen languages.');

  const report = { ...evaluate(items, { tasks: requested as Task[], worst }), split };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  process.stdout.write(values.json ? json : formatReport(report));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`eval: ${message}\n`);
  process.exitCode = 1;
}
