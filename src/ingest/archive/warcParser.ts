import { ByteQueue } from './byteQueue.js';
import type { WarcRecord } from './warcRecord.js';

/** Largest record block read into memory by default; larger ones are skipped with a warning. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
/** A record header longer than this is not a header: the reader resynchronises. */
const MAX_HEADER_BYTES = 64 * 1024;

export interface WarcParserOptions {
  /** Name of the archive in messages. */
  source?: string;
  maxBodyBytes?: number;
  /** Whether to read the block of a record of this type; others are skipped unread. Default: read all. */
  readBody?: (type: string) => boolean;
  onWarning?: (message: string) => void;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');
const LFLF = Buffer.from('\n\n');
const MAGIC = Buffer.from('WARC/');
const NEXT_RECORD = Buffer.from('\nWARC/1.');
const BODY_OVERRUN = Buffer.from('\r\n\r\nWARC/1.');

type State =
  | { kind: 'header' }
  | { kind: 'body'; record: WarcRecord }
  | { kind: 'trailer'; record: WarcRecord }
  | { kind: 'skip'; record: WarcRecord; remaining: number };

/**
 * Incremental WARC 1.0/1.1 parser over decompressed bytes: push chunks as they arrive, get the records they
 * complete. Holds at most one record block (up to the cap) plus one chunk. Tolerates LF-only separators, junk
 * between records and wrong Content-Length values (resynchronising at the next `WARC/1.` line, with a warning).
 */
export class WarcParser {
  private readonly queue = new ByteQueue();
  private state: State = { kind: 'header' };
  private count = 0;
  private junkBytes = 0;
  /** Line feeds seen after the current block, across chunks. */
  private trailerLineFeeds = 0;
  private readonly source: string;
  private readonly maxBodyBytes: number;
  private readonly readBody: (type: string) => boolean;
  private readonly warn: (message: string) => void;

  constructor(options: WarcParserOptions = {}) {
    this.source = options.source ?? 'archive';
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.readBody = options.readBody ?? (() => true);
    this.warn = options.onWarning ?? (() => {});
  }

  /** Adds bytes; returns the records they complete. */
  push(chunk: Buffer): WarcRecord[] {
    this.queue.push(chunk);
    return this.drain(false);
  }

  /** Signals the end of the archive; returns the last records and warns about a truncated one. */
  end(): WarcRecord[] {
    const out = this.drain(true);
    const state = this.state;
    if (state.kind === 'body') {
      this.warn(
        `${this.describe(state.record)} is cut short: the archive ends after ${this.queue.length} of its ` +
          `${state.record.contentLength} bytes (the file is truncated); the record was left out.`,
      );
    } else if (state.kind === 'skip' && state.remaining > 0) {
      this.warn(`${this.describe(state.record)} is cut short: the archive ends inside it (the file is truncated).`);
    } else if (state.kind === 'header' && this.queue.length > 0) {
      const rest = this.queue.peek(this.queue.length).toString('latin1');
      if (rest.startsWith('WARC/')) {
        this.warn(`${this.source}: the archive ends in the middle of a record header (the file is truncated).`);
      } else if (rest.trim() !== '') this.junkBytes += this.queue.length;
    }
    this.flushJunkWarning();
    this.queue.skip(this.queue.length);
    return out;
  }

  private drain(eof: boolean): WarcRecord[] {
    const out: WarcRecord[] = [];
    for (;;) {
      const state = this.state;
      if (state.kind === 'header') {
        if (!this.readHeader(eof)) return out;
      } else if (state.kind === 'body') {
        if (this.queue.length < state.record.contentLength) return out;
        state.record.body = this.queue.take(state.record.contentLength);
        this.trailerLineFeeds = 0;
        this.state = { kind: 'trailer', record: state.record };
      } else if (state.kind === 'skip') {
        state.remaining -= this.queue.skip(state.remaining);
        if (state.remaining > 0) return out;
        this.trailerLineFeeds = 0;
        this.state = { kind: 'trailer', record: state.record };
      } else {
        const verdict = this.checkTrailer(eof);
        if (verdict === 'wait') return out;
        if (verdict === 'ok' || this.recoverOverrun(state.record)) out.push(state.record);
        this.state = { kind: 'header' };
      }
    }
  }

  /** Reads one record header if it is all there; returns false when more bytes are needed. */
  private readHeader(eof: boolean): boolean {
    if (!this.seekRecordStart(eof)) return false;
    const limit = Math.min(this.queue.length, MAX_HEADER_BYTES);
    const crlf = this.queue.indexOf(CRLFCRLF, limit);
    const lf = this.queue.indexOf(LFLF, limit);
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? { at: crlf, size: 4 } : lf >= 0 ? { at: lf, size: 2 } : null;
    if (!end) {
      if (this.queue.length < MAX_HEADER_BYTES) return false; // wait for more; end() reports a cut header
      this.warn(
        `${this.source}: a record header is longer than 64 KiB, so it is not one; looking for the next record.`,
      );
      this.queue.skip(MAGIC.length);
      return true;
    }
    const headerText = this.queue.take(end.at).toString('utf8');
    this.queue.skip(end.size);
    const record = parseHeader(headerText, ++this.count);
    if (typeof record === 'string') {
      this.warn(`${this.source}: record ${this.count} ${record}; it was left out.`);
      return true; // the header state looks for the next `WARC/` line
    }
    if (!this.readBody(record.type)) {
      record.skipped = 'type';
      this.state = { kind: 'skip', record, remaining: record.contentLength };
    } else if (record.contentLength > this.maxBodyBytes) {
      record.skipped = 'too-large';
      this.warn(
        `${this.describe(record)} is ${mebibytes(record.contentLength)} MiB, more than the ` +
          `${mebibytes(this.maxBodyBytes)} MiB a record may have; it was skipped.`,
      );
      this.state = { kind: 'skip', record, remaining: record.contentLength };
    } else {
      this.state = { kind: 'body', record };
    }
    return true;
  }

  /** Drops separators and junk before the next `WARC/` line; returns false when more bytes are needed. */
  private seekRecordStart(eof: boolean): boolean {
    for (;;) {
      const head = this.queue.peek(Math.min(this.queue.length, 16));
      let blank = 0;
      while (blank < head.length && (head[blank] === 0x0d || head[blank] === 0x0a)) blank++;
      if (blank > 0) {
        this.queue.skip(blank);
        continue;
      }
      if (head.length < MAGIC.length) return false;
      if (head.subarray(0, MAGIC.length).equals(MAGIC)) {
        this.flushJunkWarning();
        return true;
      }
      const next = this.queue.indexOf(NEXT_RECORD, this.queue.length);
      if (next < 0) {
        // Keep the tail in case a `\nWARC/1.` straddles this chunk and the next.
        const keep = eof ? 0 : NEXT_RECORD.length;
        this.junkBytes += this.queue.skip(Math.max(0, this.queue.length - keep));
        return false;
      }
      this.junkBytes += this.queue.skip(next + 1);
    }
  }

  /** After a block: CRLF CRLF (or any line breaks) then the next `WARC/` line or the end of the archive. */
  private checkTrailer(eof: boolean): 'ok' | 'bad' | 'wait' {
    for (;;) {
      const look = this.queue.peek(Math.min(this.queue.length, 64));
      let blank = 0;
      while (blank < look.length && (look[blank] === 0x0d || look[blank] === 0x0a)) {
        if (look[blank] === 0x0a) this.trailerLineFeeds++;
        blank++;
      }
      if (blank === 0) break;
      this.queue.skip(blank);
    }
    const rest = this.queue.peek(Math.min(this.queue.length, MAGIC.length));
    if (rest.length < MAGIC.length && !eof) return 'wait';
    // The separator (a blank line) ends the block where its Content-Length said: junk after it is skipped later.
    if (rest.length < MAGIC.length || this.trailerLineFeeds >= 2) return 'ok';
    return rest.equals(MAGIC) ? 'ok' : 'bad';
  }

  /**
   * A block that is not followed by a record boundary had a wrong Content-Length. When the block runs into the
   * next record (the length was too long), cut it there and give the rest back to the queue; otherwise drop it.
   */
  private recoverOverrun(record: WarcRecord): boolean {
    const body = record.body;
    const at = body ? body.indexOf(BODY_OVERRUN) : -1;
    if (body && at >= 0) {
      this.queue.unshift(body.subarray(at + 4));
      record.body = Buffer.from(body.subarray(0, at));
      this.warn(
        `${this.describe(record)} declares ${record.contentLength} bytes but the next record starts after ` +
          `${at}; read it up to there.`,
      );
      record.contentLength = at;
      return true;
    }
    this.warn(
      `${this.describe(record)} declares ${record.contentLength} bytes, which does not match where the next ` +
        'record starts; the record was left out.',
    );
    return false;
  }

  private flushJunkWarning(): void {
    if (this.junkBytes === 0) return;
    this.warn(`${this.source}: skipped ${this.junkBytes} bytes that are not part of any WARC record.`);
    this.junkBytes = 0;
  }

  private describe(record: WarcRecord): string {
    return `${this.source}: record ${record.index}${record.targetUri ? ` (${record.targetUri})` : ''}`;
  }
}

/** Parses a record header; returns a reason when it is not a usable WARC header. */
function parseHeader(text: string, index: number): WarcRecord | string {
  const lines = text.split(/\r?\n/);
  const version = /^WARC\/(\d+\.\d+)\s*$/.exec(lines[0] ?? '')?.[1];
  if (!version) return `does not start with a WARC version line ("${(lines[0] ?? '').slice(0, 40)}")`;
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers[last] = `${headers[last]} ${line.trim()}`; // a folded continuation line
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers[last] = line.slice(colon + 1).trim();
  }
  const lengthText = headers['content-length'];
  if (lengthText === undefined) return 'has no Content-Length';
  if (!/^\d{1,15}$/.test(lengthText)) return `has an invalid Content-Length ("${lengthText.slice(0, 20)}")`;
  const targetUri = headers['warc-target-uri']?.replace(/^<(.*)>$/, '$1'); // WARC 1.0 drafts wrote <uri>
  return {
    index,
    version,
    type: (headers['warc-type'] ?? 'unknown').toLowerCase(),
    headers,
    ...(targetUri ? { targetUri } : {}),
    ...(headers['warc-date'] ? { date: headers['warc-date'] } : {}),
    ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
    contentLength: Number(lengthText),
    body: null,
  };
}

function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
