import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WarcParser, type WarcParserOptions } from './warcParser.js';
import type { WarcRecord } from './warcRecord.js';

export type ReadWarcOptions = WarcParserOptions;

/**
 * The records of a WARC or WET archive, read from a stream in constant memory. Gzip is detected by its magic
 * bytes and decompressed on the fly, including the one-member-per-record files Common Crawl publishes. A
 * truncated or damaged compressed stream ends the archive with a warning instead of an exception; errors of the
 * input stream itself (a file that cannot be read) are thrown.
 */
export async function* readWarc(
  input: AsyncIterable<Uint8Array | string>,
  options: ReadWarcOptions = {},
): AsyncGenerator<WarcRecord> {
  const parser = new WarcParser(options);
  const source = options.source ?? 'archive';
  for await (const chunk of decompressed(input, source, options.onWarning ?? (() => {}))) {
    yield* parser.push(chunk);
  }
  yield* parser.end();
}

/** The input's bytes, gunzipped when they start with the gzip magic number. */
async function* decompressed(
  input: AsyncIterable<Uint8Array | string>,
  source: string,
  warn: (message: string) => void,
): AsyncGenerator<Buffer> {
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = toBuffer(first.value);
  const rest: AsyncIterable<Uint8Array | string> = { [Symbol.asyncIterator]: () => iterator };
  if (!(head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)) {
    yield head;
    for await (const chunk of rest) yield toBuffer(chunk);
    return;
  }
  // zlib's Gunzip reads concatenated members one after another, as RFC 1952 allows.
  // pipeline (not pipe) so that an error of the input stream reaches the loop below instead of stalling it.
  const gunzip = pipeline(Readable.from(prepend(head, rest), { objectMode: false }), createGunzip(), () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('Z_')) throw error;
    warn(
      code === 'Z_BUF_ERROR'
        ? `${source}: the compressed archive ends abruptly (the file is truncated); read what came before.`
        : `${source}: the compressed data is damaged (${(error as Error).message}); read what came before.`,
    );
  } finally {
    gunzip.destroy();
  }
}

async function* prepend(head: Buffer, rest: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  yield head;
  for await (const chunk of rest) yield toBuffer(chunk);
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'latin1');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
