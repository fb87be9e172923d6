/** Recognises e-mail messages (RFC 822 / 5322) and mbox mailboxes from their first lines and their file name. */

export type MailFormat = 'email' | 'mbox';

/** Headers that open real messages; a document must show two of them (one with an .eml/.mbox name) to count. */
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'mime-version',
  'received',
  'return-path',
  'message-id',
  'delivered-to',
  'content-type',
  'list-id',
  'list-unsubscribe',
  'reply-to',
  'sender',
  'x-mailer',
  'dkim-signature',
  'arc-seal',
  'authentication-results',
]);

/** Headers only mail has; a saved HTTP response (Date, Content-Type) must not pass for an e-mail. */
const MAIL_ONLY = new Set(['from', 'subject', 'received', 'return-path', 'message-id', 'mime-version', 'delivered-to']);

const HEADER_LINE = /^([!-9;-~]+):[ \t]?/;
/** "From sender@example.org Tue Mar  4 09:30:00 2025" — the envelope line ("postmark") that starts each mbox message. */
const POSTMARK = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? .*\d{1,2}:\d{2}.*\d{4}\s*$/;

/** Whether a line is an mbox envelope line: "From " then an address (or MAILER-DAEMON) and a date with a year. */
export function isPostmark(line: string): boolean {
  return line.startsWith('From ') && line.length < 300 && POSTMARK.test(line);
}

/**
 * 'email' when the document starts with a block of RFC 822 headers, 'mbox' when it starts with an mbox envelope line
 * followed by headers, else null. Only the first few kilobytes are read; `source` (a file name or URL) ending in
 * .eml or .mbox lowers the bar to one known header.
 */
export function detectMail(bytes: Uint8Array, source = ''): MailFormat | null {
  // Headers are ASCII by rule; latin1 maps every byte to one character, so nothing can fail to decode.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16384))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  return detectMailText(head, source);
}

/** The same test on the start of a document already decoded to text. */
export function detectMailText(head: string, source = ''): MailFormat | null {
  const hint = /\.(eml|mbox|mbx)$/i.exec(source.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  const lines = head.replace(/^\s*\n/, '').split(/\r?\n/, 80);
  let format: MailFormat = 'email';
  if (lines[0] !== undefined && isPostmark(lines[0])) {
    format = 'mbox';
    lines.shift();
  }
  const { known, mailOnly } = countHeaders(lines);
  return mailOnly && known >= (hint ? 1 : 2) ? format : null;
}

/** Known header names in the leading header block (none when a line before the blank line is not a header). */
function countHeaders(lines: readonly string[]): { known: number; mailOnly: boolean } {
  const none = { known: 0, mailOnly: false };
  let known = 0;
  let mailOnly = false;
  for (const [index, line] of lines.entries()) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (index === 0) return none;
      continue; // a folded continuation of the previous header
    }
    const name = HEADER_LINE.exec(line)?.[1]?.toLowerCase();
    if (!name) return none;
    if (MAIL_HEADERS.has(name)) known++;
    if (MAIL_ONLY.has(name)) mailOnly = true;
  }
  // Ending without a blank line within the lines read: a message of headers only, or a very long header block.
  return { known, mailOnly };
}
