import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { pollSettings } from '../../jobs/pollSettings.js';
import { type PollSummary, pollSources } from '../../pipeline/pollSources.js';
import type { RefreshOutcome } from '../../pipeline/refreshSource.js';
import { plural, writeError, writeJsonLine } from '../output.js';
import { withHub } from '../withHub.js';

interface PollFlags {
  all?: boolean;
  json?: boolean;
  database?: string;
}

/** `migration-hub poll`: one round over the due sources (or all); a summary, or JSON Lines with --json. */
export function registerPoll(program: Command): void {
  program
    .command('poll')
    .description('Fetch the sources that are due (or all of them) once, and store what changed')
    .option('--all', 'fetch every source, due or not')
    .option('--json', 'print JSON Lines: one {"type":"source"} line per source, then one {"type":"summary"} line')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (flags: PollFlags) => {
      const settings = pollSettings(loadConfig());
      const progress = pollProgress(!flags.json && process.stderr.isTTY === true);
      const summary = await withHub(flags.database, async (hub) => {
        try {
          return await pollSources(hub, {
            ...settings,
            all: flags.all === true,
            onStart: progress.start,
            onSource(outcome) {
              progress.update(outcome);
              if (flags.json) writeJsonLine(outcomeLine(outcome));
            },
          });
        } finally {
          progress.stop();
        }
      });
      if (flags.json) writeJsonLine({ type: 'summary', ...summary });
      else {
        for (const error of summary.errors) writeError(`error: ${error.message}`);
        process.stdout.write(summaryLine(summary));
      }
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/** The JSON line for one source of a round. */
function outcomeLine(outcome: RefreshOutcome): object {
  const { source } = outcome;
  return {
    type: 'source',
    id: source.id,
    url: source.url,
    name: source.name,
    status: outcome.status,
    added: outcome.added,
    updated: outcome.updated,
    skipped: outcome.skipped,
    itemCount: source.itemCount,
    errorCount: source.errorCount,
    nextFetchAt: source.nextFetchAt,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

function summaryLine(summary: PollSummary): string {
  if (summary.sources === 0) return 'No source is due. Use --all to fetch every source now.\n';
  return (
    `Polled ${plural(summary.sources, 'source')}: ${summary.fetched} fetched, ${summary.notModified} not modified, ` +
    `${summary.unchanged} unchanged, ${summary.failed} failed; items: ${summary.added} added, ` +
    `${summary.updated} updated, ${summary.skipped} unchanged.\n`
  );
}

/** A progress bar on stderr (only on a terminal): sources done, items per second, errors so far. */
function pollProgress(enabled: boolean) {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'polling [{bar}] {value}/{total} sources | {items} items | {rate} items/s | {errors} errors',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  let items = 0;
  let errors = 0;
  let begun = false;
  return {
    start(total: number) {
      if (!enabled || total === 0) return;
      bar.start(total, 0, { items: 0, rate: 0, errors: 0 });
      begun = true;
    },
    update(outcome: RefreshOutcome) {
      done++;
      items += outcome.added + outcome.updated + outcome.skipped;
      if (outcome.status === 'failed') errors++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      if (begun) bar.update(done, { items, errors, rate: Math.round(items / seconds) });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
