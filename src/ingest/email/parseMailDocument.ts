/** E-mail documents (.eml messages and .mbox mailboxes) → items: the entry the document parser dispatches to. */

import { IngestError } from '../../domain/errors.js';
import type { ParsedItem, SourceFormat } from '../../domain/item.js';
import type { MailFormat } from './detectMail.js';
import { MboxSplitter } from './mbox.js';
import { messageItems } from './messageItems.js';
import { parseEmail } from './parseEmail.js';

export interface MailParseResult {
  format: SourceFormat;
  items: ParsedItem[];
  warnings: string[];
}

/** The items of one message of a mailbox, with the problems met reading it. */
export interface MailboxMessageResult {
  /** 0-based index of the message in the mailbox. */
  index: number;
  items: ParsedItem[];
  warnings: string[];
}

/** Parses an .eml message or an .mbox mailbox held in memory; throws IngestError when it yields no item. */
export async function parseMailDocument(
  bytes: Uint8Array,
  source: string,
  format: MailFormat,
): Promise<MailParseResult> {
  const items: ParsedItem[] = [];
  const warnings: string[] = [];
  const messages = format === 'mbox' ? readMailbox([bytes], source) : readMessage(bytes, source);
  for await (const message of messages) {
    for (const item of message.items) items.push(item);
    warnings.push(...message.warnings);
  }
  if (items.length === 0) {
    const what = format === 'mbox' ? 'a mailbox' : 'an e-mail';
    throw new IngestError(
      'no_items',
      `${source}: no items found — the document is ${what} but has no readable message.`,
    );
  }
  return { format: 'email', items, warnings };
}

async function* readMessage(bytes: Uint8Array, source: string): AsyncGenerator<MailboxMessageResult> {
  const message = await parseEmail(bytes, source);
  yield { index: 0, items: messageItems(message, source, 0), warnings: message.warnings };
}

/**
 * Reads a mailbox chunk by chunk (a file stream, or one buffer in a list), one message at a time, so a large
 * mailbox never sits whole in memory. Item positions run on across messages. A message that cannot be read is
 * reported as a warning and the next one is still read.
 */
export async function* readMailbox(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  source: string,
): AsyncGenerator<MailboxMessageResult> {
  const splitter = new MboxSplitter();
  let index = 0;
  let position = 0;
  const read = async (bytes: Uint8Array): Promise<MailboxMessageResult> => {
    const where = `${source} (message ${index + 1})`;
    try {
      const message = await parseEmail(bytes, where);
      const items = messageItems(message, source, position);
      position += items.length;
      return { index: index++, items, warnings: message.warnings };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { index: index++, items: [], warnings: [reason] };
    }
  };
  for await (const chunk of chunks) {
    for (const message of splitter.push(chunk)) yield await read(message.bytes);
  }
  for (const message of splitter.end()) yield await read(message.bytes);
}
