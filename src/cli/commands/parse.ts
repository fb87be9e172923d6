import { once } from 'node:events';
import type { Command } from 'commander';
import { HubError } from '../../domain/errors.js';
import { isArchiveFile } from '../../pipeline/importArchive.js';
import { listFiles } from '../../pipeline/listFiles.js';
import { readArchive, readDocument } from '../../pipeline/readDocument.js';
import { plural, writeError, writeJsonLine } from '../output.js';

/**
 * `migration-hub parse FILE…`: prints the items the files would create, as JSON Lines; stores nothing. Web
 * archives (WARC/WET) are streamed record by record through the same parsing and relevance filter as an import.
 */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse and understand files without storing anything; print one JSON item per line')
    .argument('<files...>', 'files, folders or web archives (.warc, .wet, optionally .gz) to parse')
    .action(async (paths: string[]) => {
      let failed = 0;
      for (const file of await listFiles(paths)) {
        try {
          if (await isArchiveFile(file)) await parseArchive(file);
          else {
            const doc = await readDocument(file);
            for (const warning of doc.warnings) writeWarning(file, warning);
            for (const item of doc.items) writeJsonLine(item);
          }
        } catch (error) {
          failed++;
          writeError(`error: ${error instanceof HubError ? error.message : `${file}: ${String(error)}`}`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}

/** Items as they stream out of the archive; the warnings and a summary line once it is read. */
async function parseArchive(file: string): Promise<void> {
  const items = readArchive(file);
  for (;;) {
    const next = await items.next();
    if (next.done) {
      const summary = next.value;
      for (const warning of summary.warnings) writeWarning(file, warning);
      writeError(
        `${file}: ${plural(summary.records, 'record')}, ${plural(summary.kept, 'item')} kept, ` +
          `${summary.dropped} dropped as not about migration.`,
      );
      return;
    }
    // Wait for a slow reader of the output, so that memory stays flat however large the archive.
    if (!process.stdout.write(`${JSON.stringify(next.value)}\n`)) await once(process.stdout, 'drain');
  }
}

/** "warning: FILE: …", without naming the file twice when the warning already starts with it. */
function writeWarning(file: string, warning: string): void {
  writeError(`warning: ${warning.startsWith(`${file}: `) ? warning : `${file}: ${warning}`}`);
}
