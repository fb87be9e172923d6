import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { HubError, IngestError } from '../../domain/errors.js';
import { decodeText } from '../../ingest/decode/decodeText.js';
import { parsePage } from '../../ingest/page/parsePage.js';
import { MAX_DOCUMENT_BYTES } from '../../ingest/parseDocument.js';
import { writeError } from '../output.js';

interface ExtractFlags {
  url?: string;
  pretty?: boolean;
  html?: boolean;
}

/**
 * `migration-hub extract FILE.html [--url URL] [--pretty] [--html]`: prints what the hub reads in one web page —
 * main text, metadata, announced feeds and, for a listing page, its entries — as one JSON object.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the main text, metadata, feeds and listing entries of an HTML page; prints one JSON object')
    .argument('<file>', 'a saved web page (.html)')
    .option('--url <url>', 'the address the page was fetched from, to resolve its relative links')
    .option('--pretty', 'indent the JSON for reading')
    .option('--html', 'include the main content as HTML (unsanitised)')
    .action(async (file: string, flags: ExtractFlags) => {
      try {
        process.stdout.write(`${JSON.stringify(await extractFile(file, flags), null, flags.pretty ? 2 : 0)}\n`);
      } catch (error) {
        writeError(`error: ${error instanceof HubError ? error.message : `${file}: ${String(error)}`}`);
        process.exitCode = 1;
      }
    });
}

async function extractFile(file: string, flags: ExtractFlags): Promise<Record<string, unknown>> {
  if (flags.url !== undefined && !/^https?:\/\/\S+$/i.test(flags.url)) {
    throw new HubError(
      'bad_request',
      `--url must be a web address starting with http:// or https://, not "${flags.url}".`,
    );
  }
  const bytes = await readPage(file);
  const decoded = decodeText(bytes, file);
  const page = parsePage(decoded.text, file, flags.url);
  const listing = page.listing;
  const text = listing
    ? listing.map((entry) => [entry.title, entry.teaser].filter(Boolean).join('\n')).join('\n\n')
    : (page.article?.text ?? '');
  const output: Record<string, unknown> = {
    source: file,
    format: page.format,
    title: page.metadata.title ?? page.article?.title ?? '',
    text,
  };
  if (flags.html && page.article?.html) output.html = page.article.html;
  if (page.article?.excerpt) output.excerpt = page.article.excerpt;
  const { warnings: _, ...metadata } = page.metadata;
  output.metadata = metadata;
  output.feeds = page.feeds;
  if (listing) output.listing = listing;
  output.warnings = [...decoded.warnings, ...page.warnings];
  return output;
}

async function readPage(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new IngestError('unreadable_file', `${file}: is a folder, not a file.`);
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new IngestError('file_too_large', `${file}: the file is larger than the limit for a single document.`);
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof HubError) throw error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code === 'ENOENT' ? 'no such file.' : 'the file cannot be read.';
    throw new IngestError('unreadable_file', `${file}: ${reason}`, { cause: error });
  }
}
