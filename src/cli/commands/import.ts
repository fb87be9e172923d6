import type { Command } from 'commander';
import type { ArchiveOutcome } from '../../pipeline/importArchive.js';
import { importFiles } from '../../pipeline/importFiles.js';
import { plural, writeError, writeJsonLine } from '../output.js';
import { fileProgress } from '../progress.js';
import { withHub } from '../withHub.js';

interface ImportFlags {
  json?: boolean;
  database?: string;
}

/** `migration-hub import FILE…`: parses, understands and stores files; prints added/updated/skipped/errors. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import files or folders (RSS, Atom, plain-text dumps) into the store')
    .argument('<files...>', 'files or folders to import')
    .option('--json', 'print JSON Lines: one {"type":"file"} line per file, then one {"type":"summary"} line')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (paths: string[], flags: ImportFlags) => {
      const archiveLines: string[] = [];
      const summary = await withHub(flags.database, async (hub) => {
        const progress = fileProgress(!flags.json && process.stderr.isTTY === true);
        try {
          return await importFiles(hub.store, paths, {
            onFile(outcome, index, total) {
              progress.onFile(outcome, index, total);
              if (flags.json) writeJsonLine({ type: 'file', ...outcome });
              else if ('kept' in outcome) archiveLines.push(describeArchive(outcome as ArchiveOutcome));
            },
            onArchiveProgress: (p, _file, index, total) => progress.onArchive(p, index, total),
          });
        } finally {
          progress.stop();
        }
      });
      if (flags.json) writeJsonLine({ type: 'summary', ...summary });
      else {
        for (const error of summary.errors) writeError(`error: ${error.message}`);
        for (const line of archiveLines) process.stdout.write(`${line}\n`);
        process.stdout.write(
          `Imported ${plural(summary.files, 'file')}: ${summary.added} added, ${summary.updated} updated, ` +
            `${summary.skipped} skipped, ${plural(summary.errors.length, 'error')}.\n`,
        );
      }
      if (summary.errors.length > 0) process.exitCode = 1;
    });
}

/** "crawl.warc.gz: 12000 records, 340 items kept, 9100 dropped as not about migration." */
function describeArchive(outcome: ArchiveOutcome): string {
  return (
    `${outcome.file}: ${plural(outcome.records, 'record')}, ${plural(outcome.kept, 'item')} kept, ` +
    `${outcome.dropped} dropped as not about migration.`
  );
}
