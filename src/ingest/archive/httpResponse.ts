import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The HTTP response stored in a WARC `response` record: status, headers and the decoded payload. */
export interface HttpPayload {
  status: number;
  /** Header fields by lower-case name. */
  headers: Record<string, string>;
  contentType?: string;
  body: Buffer;
}

const MAX_HEAD_BYTES = 64 * 1024;
/** A decompressed payload may not grow beyond this (a "zip bomb" stops here). */
const MAX_DECODED_BYTES = 32 * 1024 * 1024;

/**
 * Splits a response record block into status, headers and payload. Chunked transfer coding and gzip, deflate or
 * brotli content coding are undone when the archive kept them (Common Crawl removes them; wget keeps them).
 * Returns a reason instead when the block is not an HTTP response.
 */
export function parseHttpResponse(block: Buffer): HttpPayload | string {
  const window = block.subarray(0, MAX_HEAD_BYTES);
  const crlf = window.indexOf('\r\n\r\n');
  const lf = window.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? { at: crlf, size: 4 } : lf >= 0 ? { at: lf, size: 2 } : null;
  const headText = block.subarray(0, end ? end.at : block.length).toString('latin1');
  const lines = headText.split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '')?.[1];
  if (!status) return 'the record does not hold an HTTP response';
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end ? block.subarray(end.at + end.size) : Buffer.alloc(0);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body) ?? body;
  body = decodeContent(body, headers['content-encoding']);
  return {
    status: Number(status),
    headers,
    ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
    body,
  };
}

/** Undoes chunked transfer coding; null when the body is not validly chunked (the archiver already undid it). */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

/** Undoes a content coding when the bytes are still coded; keeps them as they are otherwise. */
function decodeContent(body: Buffer, coding: string | undefined): Buffer {
  const name = coding?.trim().toLowerCase();
  if (!name || name === 'identity' || body.length === 0) return body;
  const options = { maxOutputLength: MAX_DECODED_BYTES };
  try {
    if ((name === 'gzip' || name === 'x-gzip') && body[0] === 0x1f && body[1] === 0x8b)
      return gunzipSync(body, options);
    if (name === 'deflate') {
      // Servers send deflate both with and without the zlib wrapper.
      return (body[0] ?? 0) % 16 === 8 ? inflateSync(body, options) : inflateRawSync(body, options);
    }
    if (name === 'br') return brotliDecompressSync(body, options);
  } catch {
    // Not coded after all, or damaged: the text parsers will say what they can read.
  }
  return body;
}
