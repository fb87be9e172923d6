import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Hub } from '../../app/hub.js';
import { badRequest, HubError } from '../../domain/errors.js';
import { ITEM_TYPES, isItemType } from '../../domain/item.js';
import { DEFAULT_INTERVAL_MINUTES, intervalMinutes, nameFromUrl, type Source, sourceUrl } from '../../domain/source.js';
import { writeOpml } from '../../ingest/opml/writeOpml.js';
import { importOpml } from '../../pipeline/importOpml.js';
import { plural, writeError, writeJsonLine } from '../output.js';
import { withHub } from '../withHub.js';
import { sourceLine, sourcesTable } from './sourcesTable.js';

interface CommonFlags {
  database?: string;
  json?: boolean;
}

interface AddFlags extends CommonFlags {
  name?: string;
  type?: string;
  interval?: string;
}

/** `migration-hub sources …`: add, list, remove, import and export the feeds and pages the hub polls. */
export function registerSources(program: Command): void {
  const sources = program.command('sources').description('Manage the feeds and pages the hub polls');
  const database = ['--database <path>', 'SQLite file to use instead of the configured one'] as const;

  sources
    .command('add')
    .description('Add a source; `migration-hub poll` fetches it next')
    .argument('<url>', 'address of the feed or page')
    .option('--name <name>', 'display name (default: the host name)')
    .option('--type <type>', `type of its items when they do not say (${ITEM_TYPES.join(', ')})`)
    .option('--interval <minutes>', 'fixed minutes between fetches (default: adapted to how often it publishes)')
    .option('--json', 'print the new source as one JSON line')
    .option(...database)
    .action(async (raw: string, flags: AddFlags) => {
      const url = sourceUrl(raw);
      if (flags.type !== undefined && !isItemType(flags.type)) {
        throw badRequest(`The type "${flags.type}" is unknown; use one of: ${ITEM_TYPES.join(', ')}.`);
      }
      const interval = flags.interval === undefined ? undefined : intervalMinutes(flags.interval);
      const source = await withHub(flags.database, (hub) =>
        hub.store.sources.add({
          url,
          name: flags.name?.trim() || nameFromUrl(url),
          ...(flags.type && isItemType(flags.type) ? { type: flags.type } : {}),
          intervalMinutes: interval ?? DEFAULT_INTERVAL_MINUTES,
          adaptive: interval === undefined,
        }),
      );
      if (flags.json) writeJsonLine(sourceLine(source));
      else process.stdout.write(`Added source ${source.id}: ${source.name} <${source.url}>.\n`);
    });

  sources
    .command('list')
    .description('List the sources with their status, last fetch, last error and item count')
    .option('--json', 'print one JSON line per source')
    .option(...database)
    .action(async (flags: CommonFlags) => {
      const list = await withHub(flags.database, (hub) => hub.store.sources.list());
      if (flags.json) for (const source of list) writeJsonLine(sourceLine(source));
      else process.stdout.write(sourcesTable(list));
    });

  sources
    .command('remove')
    .description('Remove a source (the items it brought stay)')
    .argument('<source>', 'the source number shown by `sources list`, or its URL')
    .option(...database)
    .action(async (ref: string, flags: CommonFlags) => {
      const removed = await withHub(flags.database, async (hub) => {
        const source = await findSource(hub, ref);
        await hub.store.sources.remove(source.id);
        return source;
      });
      process.stdout.write(`Removed source ${removed.id}: ${removed.name} <${removed.url}>.\n`);
    });

  sources
    .command('import-opml')
    .description('Add every feed of an OPML subscription list; feeds already present are skipped')
    .argument('<file>', 'OPML file, as feed readers export them')
    .option('--json', 'print the summary as one JSON line')
    .option(...database)
    .action(async (file: string, flags: CommonFlags) => {
      const text = await readText(file);
      const summary = await withHub(flags.database, (hub) => importOpml(hub.store, text, file));
      if (flags.json) writeJsonLine({ type: 'summary', file, ...summary });
      else {
        for (const problem of summary.invalid) writeError(`skipped: ${problem.message}`);
        process.stdout.write(
          `Read ${plural(summary.feeds, 'feed')} from ${file}: ${summary.added} added, ` +
            `${summary.duplicates} already present, ${summary.invalid.length} invalid.\n`,
        );
      }
      if (summary.invalid.length > 0) process.exitCode = 1;
    });

  sources
    .command('export-opml')
    .description('Write the sources as an OPML subscription list (to standard output by default)')
    .argument('[file]', 'file to write')
    .option(...database)
    .action(async (file: string | undefined, flags: CommonFlags) => {
      const list = await withHub(flags.database, (hub) => hub.store.sources.list());
      const opml = writeOpml(list.map(toOpmlFeed), { title: 'Migration Hub sources' });
      if (!file) {
        process.stdout.write(opml);
        return;
      }
      await writeFile(file, opml);
      process.stderr.write(`Wrote ${plural(list.length, 'source')} to ${file}.\n`);
    });
}

function toOpmlFeed(source: Source) {
  return {
    url: source.url,
    name: source.name,
    ...(source.type ? { type: source.type } : {}),
    ...(source.adaptive ? {} : { intervalMinutes: source.intervalMinutes }),
  };
}

/** A source by its number or its URL; a HubError `not_found` otherwise. */
async function findSource(hub: Hub, ref: string): Promise<Source> {
  const trimmed = ref.trim();
  const source = /^\d+$/.test(trimmed)
    ? await hub.store.sources.get(Number(trimmed))
    : await hub.store.sources.getByUrl(sourceUrl(trimmed));
  if (!source) throw new HubError('not_found', `There is no source "${ref}"; see \`migration-hub sources list\`.`, 404);
  return source;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new HubError('unreadable_file', `${file}: ${reason}.`, 400, { cause: error });
  }
}
