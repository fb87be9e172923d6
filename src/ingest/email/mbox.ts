/**
 * Splits an mbox mailbox into its messages. A message starts at an envelope line ("From sender date") that follows
 * a blank line (or opens the file) and is itself followed by a header line, so a body sentence starting "From " is
 * not taken for a new message. Body lines escaped as ">From " (mboxrd: any number of ">") lose one ">".
 */

import { isPostmark } from './detectMail.js';

/** One message of a mailbox: its envelope line and its bytes, ready for the MIME parser. */
export interface MboxMessage {
  postmark: string;
  bytes: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const HEADER_NAME = /^[!-9;-~]+:/;

/**
 * Splits a mailbox fed in chunks (as a file stream yields them): `push` returns the messages completed so far and
 * `end` the last one, so memory holds one message at a time. Each message is joined once from its lines, so the
 * cost stays linear in its size.
 */
export class MboxSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private lines: Uint8Array[] = [];
  private postmark = '';
  /** An envelope line waiting for the next line to tell whether it really opens a message. */
  private candidate: Uint8Array | undefined;
  private previousBlank = true;

  push(chunk: Uint8Array): MboxMessage[] {
    const out: MboxMessage[] = [];
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let start = 0;
    for (let i = data.indexOf(LF, start); i !== -1; i = data.indexOf(LF, start)) {
      this.line(data.subarray(start, i + 1), out);
      start = i + 1;
    }
    // A copy, so the caller may reuse its chunk; only a partial line is ever carried over.
    this.carry = data.slice(start);
    return out;
  }

  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.carry.length > 0) this.line(this.carry, out);
    this.carry = new Uint8Array(0);
    if (this.candidate) this.lines.push(this.candidate);
    this.candidate = undefined;
    this.emit(out);
    return out;
  }

  private line(line: Uint8Array, out: MboxMessage[]): void {
    if (this.candidate) {
      const candidate = this.candidate;
      this.candidate = undefined;
      if (HEADER_NAME.test(latin1(line, 200))) {
        this.emit(out);
        this.postmark = latin1(candidate).trimEnd();
      } else {
        this.lines.push(candidate);
        this.previousBlank = false;
      }
    }
    if (this.previousBlank && startsWithFrom(line, 0) && isPostmark(latin1(line, 400).trimEnd())) {
      this.candidate = line;
      return;
    }
    this.lines.push(line[0] === 0x3e && isEscapedFrom(line) ? line.subarray(1) : line);
    this.previousBlank = isBlank(line);
  }

  private emit(out: MboxMessage[]): void {
    const lines = this.lines;
    this.lines = [];
    // The blank line before the next envelope line belongs to the mailbox format, not to the message.
    if (lines.length > 0 && isBlank(lines[lines.length - 1]!)) lines.pop();
    if (lines.every(isBlank)) return;
    out.push({ postmark: this.postmark, bytes: Buffer.concat(lines) });
  }
}

/** The messages of a whole mailbox held in memory, one at a time. */
export function* splitMbox(bytes: Uint8Array): Generator<MboxMessage> {
  const splitter = new MboxSplitter();
  yield* splitter.push(bytes);
  yield* splitter.end();
}

function startsWithFrom(line: Uint8Array, offset: number): boolean {
  for (let i = 0; i < FROM_.length; i++) if (line[offset + i] !== FROM_[i]) return false;
  return true;
}

/** ">From ", ">>From " …: a body line the mailbox writer escaped. */
function isEscapedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (line[i] === 0x3e) i++;
  return startsWithFrom(line, i);
}

function isBlank(line: Uint8Array): boolean {
  return (
    line.length === 0 ||
    (line[0] === LF && line.length === 1) ||
    (line[0] === CR && line[1] === LF && line.length === 2)
  );
}

function latin1(bytes: Uint8Array, max = bytes.length): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(max, bytes.length)).toString('latin1');
}
