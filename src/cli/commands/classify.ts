import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { classifyRecord } from '../../pipeline/classifyRecord.js';
import { plural, writeError } from '../output.js';

/**
 * `migration-hub classify`: reads JSON Lines `{"id","title","text","url"?,"language"?}` on stdin and prints one
 * line per record with what the hub understands of it; a bad line prints `{id?, error}` and the rest go on.
 */
export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description(
      'Classify JSON Lines records read on stdin ({"id","title","text","url"?,"language"?}); one result a line',
    )
    .action(async () => {
      let line = 0;
      let failed = 0;
      // One record at a time: the input may be larger than memory.
      for await (const text of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        line++;
        if (text.trim() === '') continue;
        const result = classifyRecord(text, line);
        if ('error' in result) failed++;
        // Waits when the reader is slower than the classifier, so output does not pile up in memory.
        if (!process.stdout.write(`${JSON.stringify(result)}\n`)) await once(process.stdout, 'drain');
      }
      if (failed > 0) {
        writeError(`error: ${plural(failed, 'record')} could not be classified (see the "error" lines).`);
        process.exitCode = 1;
      }
    });
}
