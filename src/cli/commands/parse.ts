import type { Command } from 'commander';
import { HubError } from '../../domain/errors.js';
import { listFiles } from '../../pipeline/listFiles.js';
import { readDocument } from '../../pipeline/readDocument.js';
import { writeError, writeJsonLine } from '../output.js';

/** `migration-hub parse FILE…`: prints the items the files would create, as JSON Lines; stores nothing. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse and understand files without storing anything; print one JSON item per line')
    .argument('<files...>', 'files or folders to parse')
    .action(async (paths: string[]) => {
      let failed = 0;
      for (const file of await listFiles(paths)) {
        try {
          const doc = await readDocument(file);
          for (const warning of doc.warnings) writeError(`warning: ${file}: ${warning}`);
          for (const item of doc.items) writeJsonLine(item);
        } catch (error) {
          failed++;
          writeError(`error: ${error instanceof HubError ? error.message : `${file}: ${String(error)}`}`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
