import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { FetchError, sizeInWords } from './fetchError.js';
import { header } from './responseHandler.js';

/** The encodings we ask for in Accept-Encoding and can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Reads a response body, undoing its Content-Encoding as it streams, and stops as soon as either the bytes on the
 * wire or the decoded bytes pass `maxBytes` — so a huge download or a small "zip bomb" never fills memory.
 * The caller destroys the request when this throws.
 */
export async function readBody(
  response: IncomingMessage,
  options: { maxBytes: number; label: string; signal: AbortSignal },
): Promise<Uint8Array> {
  const { maxBytes, label, signal } = options;
  const tooLarge = (what: string) =>
    new FetchError('too_large', `${label}: the document is larger than the ${sizeInWords(maxBytes)} limit${what}.`);

  const declared = Number(header(response.headers, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes)
    throw tooLarge(` (the server announced ${sizeInWords(declared)})`);

  const decoders = decodersFor(header(response.headers, 'content-encoding'), label);
  let wire = 0;
  const countWire = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      wire += chunk.length;
      done(wire > maxBytes ? tooLarge('') : null, chunk);
    },
  });
  const chunks: Buffer[] = [];
  let decoded = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      decoded += chunk.length;
      if (decoded > maxBytes) return done(tooLarge(decoders.length > 0 ? ' once uncompressed' : ''));
      chunks.push(chunk);
      done();
    },
  });
  await pipeline([response, countWire, ...decoders, collect], { signal });
  return Buffer.concat(chunks, decoded);
}

// Lenient flushing, as browsers are: a stream cut short at the end still yields what arrived.
function decodersFor(contentEncoding: string | undefined, label: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  // Codings are listed in the order they were applied, so they are undone from the last one.
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'deflate':
        return zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'br':
        return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      default:
        throw new FetchError(
          'http_error',
          `${label}: the server sent the document compressed as "${coding}", which the hub cannot read.`,
        );
    }
  });
}
