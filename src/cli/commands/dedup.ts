import type { Command } from 'commander';
import { clusterStore } from '../../pipeline/clusterItems.js';
import { plural, writeJsonLine } from '../output.js';
import { withHub } from '../withHub.js';

interface DedupFlags {
  rebuild?: boolean;
  json?: boolean;
  database?: string;
}

/**
 * `migration-hub dedup [--rebuild]`: signs every stored item that has no up-to-date signature and groups copies
 * into clusters (imports do this as they go; this catches up after an upgrade). `--rebuild` starts from scratch.
 */
export function registerDedup(program: Command): void {
  program
    .command('dedup')
    .description('Group copies of the same story or publication (other sources, other languages) into clusters')
    .option('--rebuild', 'forget every signature and cluster first, and recompute them for the whole store')
    .option('--json', 'print one JSON line: {"processed","signed","clusters","itemsInClusters","largest"}')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (flags: DedupFlags) => {
      const interactive = !flags.json && process.stderr.isTTY === true;
      const summary = await withHub(flags.database, (hub) =>
        clusterStore(hub.store, {
          rebuild: flags.rebuild === true,
          onProgress: interactive ? (n) => process.stderr.write(`\rsigned ${n} items…`) : undefined,
        }),
      );
      if (interactive && summary.processed > 0) process.stderr.write('\n');
      if (flags.json) {
        writeJsonLine(summary);
        return;
      }
      process.stdout.write(
        `${plural(summary.processed, 'item')} signed; ${plural(summary.clusters, 'cluster')} ` +
          `holding ${plural(summary.itemsInClusters, 'item')}, the largest ${plural(summary.largest, 'item')}.\n`,
      );
    });
}
