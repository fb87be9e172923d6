import type { Command } from 'commander';
import { HubError } from '../../domain/errors.js';
import { addCorrection, parseCorrectionRequest } from '../../pipeline/corrections.js';
import { exportCorrectedItems } from '../../pipeline/exportCorrections.js';
import { writeError, writeJsonLine } from '../output.js';
import { withHub } from '../withHub.js';

interface AddFlags {
  field: string;
  action: string;
  value: string;
  editor: string;
  note?: string;
  database?: string;
}

/** `migration-hub corrections add|list|export`: editors' corrections of tags, kept across re-imports. */
export function registerCorrections(program: Command): void {
  const corrections = program
    .command('corrections')
    .description("Correct an item's tags, list the corrections, export corrected items as labelled data");

  corrections
    .command('add')
    .description('Correct one tag of an item (applied at once, and again after every re-import)')
    .argument('<id>', 'the item id')
    .requiredOption('--field <field>', 'type, objectives, principles, countries, regions or organizations')
    .requiredOption('--action <action>', 'add or remove (set for the type)')
    .requiredOption('--value <value>', 'e.g. 10 (objective), COL, americas, iom, human-rights, event')
    .requiredOption('--editor <name>', 'who makes the correction')
    .option('--note <text>', 'why')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (id: string, flags: AddFlags) => {
      await report(async () => {
        const request = parseCorrectionRequest({
          field: flags.field,
          action: flags.action,
          value: flags.value,
          ...(flags.note ? { note: flags.note } : {}),
        });
        const { correction } = await withHub(flags.database, (hub) =>
          addCorrection(hub.store, { itemId: id, editor: flags.editor, request }),
        );
        writeJsonLine(correction);
      });
    });

  corrections
    .command('list')
    .description('Print the corrections of one item, or of every item, as JSON Lines (oldest first)')
    .argument('[id]', 'the item id')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (id: string | undefined, flags: { database?: string }) => {
      await report(async () => {
        const list = await withHub(flags.database, (hub) =>
          id ? hub.store.corrections.list(id) : hub.store.corrections.all(),
        );
        for (const correction of list) writeJsonLine(correction);
      });
    });

  corrections
    .command('export')
    .description('Print every corrected item with its corrected labels, in the development-set format (JSON Lines)')
    .option('--number-from <n>', 'rename the items <language>-<n>, <language>-<n+1>… as the development set does')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (flags: { numberFrom?: string; database?: string }) => {
      await report(async () => {
        const numberFrom = flags.numberFrom === undefined ? undefined : Number(flags.numberFrom);
        if (numberFrom !== undefined && (!Number.isInteger(numberFrom) || numberFrom < 0)) {
          throw new HubError('bad_request', 'The --number-from option needs a whole number, for example 400.');
        }
        const lines = await withHub(flags.database, (hub) => exportCorrectedItems(hub.store, { numberFrom }));
        for (const line of lines) writeJsonLine(line);
      });
    });
}

/** Runs a sub-command, printing a HubError as a sentence and setting exit code 1. */
async function report(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    writeError(`error: ${error.message}`);
    process.exitCode = 1;
  }
}
