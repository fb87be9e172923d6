/** One RFC 822 message → the fields a newsletter importer needs, decoded by postal-mime (MIME, QP, base64, charsets). */

import PostalMime, { decodeWords, type Email, type Mailbox } from 'postal-mime';
import { IngestError } from '../../domain/errors.js';
import { isoToIso, rfc822ToIso } from '../text/dates.js';
import { findWebVersionInText, findWebVersionLink } from './webVersion.js';

/** What an e-mail says about itself and its body; every field is optional because real mail omits anything. */
export interface EmailMessage {
  /** Message-ID without its angle brackets. */
  messageId?: string;
  subject?: string;
  from?: { name?: string; address?: string };
  /** Date header as ISO 8601, keeping the sender's offset. */
  date?: string;
  /** The list's identifier from List-Id ("news.example.org") and its description ("Migration Digest"). */
  listId?: string;
  listName?: string;
  /** http(s) and mailto: addresses from List-Unsubscribe. */
  listUnsubscribe: string[];
  /** Primary language subtag from Content-Language. */
  language?: string;
  /** The "view in browser" link, as written (tracking parameters kept). */
  webVersionUrl?: string;
  html?: string;
  text?: string;
  /** Problems met while reading, in sentences for the operator. */
  warnings: string[];
}

/** Parses one message; throws IngestError only when nothing at all can be read. `source` names it in messages. */
export async function parseEmail(raw: Uint8Array, source: string): Promise<EmailMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError('malformed_email', `${source}: the e-mail could not be read (${reason}).`, { cause: error });
  }
  const warnings = mimeWarnings(raw, source);
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value;
  const list = parseListId(header('list-id'));
  const html = email.html?.trim() ? email.html : undefined;
  const text = email.text?.trim() ? email.text : undefined;
  if (!html && !text) warnings.push(`${source}: the e-mail "${email.subject ?? ''}" has no text or HTML body.`);
  const date = readDate(header('date'), email.date);
  if (!date) warnings.push(`${source}: the e-mail "${email.subject ?? ''}" has no readable date.`);
  return {
    messageId: email.messageId?.trim().replace(/^<|>$/g, '') || undefined,
    subject: email.subject?.replace(/\s+/g, ' ').trim() || undefined,
    from: mailbox(email.from),
    date,
    listId: list?.id,
    listName: list?.name,
    listUnsubscribe: parseListUnsubscribe(header('list-unsubscribe')),
    language:
      header('content-language')
        ?.trim()
        .split(/[-_,\s]/)[0]
        ?.toLowerCase() || undefined,
    webVersionUrl: (html ? findWebVersionLink(html) : undefined) ?? (text ? findWebVersionInText(text) : undefined),
    html,
    text,
    warnings,
  };
}

function mailbox(address: Email['from']): EmailMessage['from'] {
  if (!address) return undefined;
  const box: Mailbox | undefined = address.group ? address.group[0] : address;
  const name = (box?.name || address.name).trim() || undefined;
  const mail = box?.address?.trim() || undefined;
  return name || mail ? { name, address: mail } : undefined;
}

/** The Date header with the sender's offset; postal-mime's own reading (in UTC) when the header is unusual. */
function readDate(headerValue: string | undefined, parsed: string | undefined): string | undefined {
  const cleaned = headerValue
    ?.replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned && (rfc822ToIso(cleaned) ?? isoToIso(cleaned))) || (parsed ? isoToIso(parsed) : undefined);
}

/** `List-Id: Migration Digest <digest.example.org>` → its id and its decoded description. */
function parseListId(value: string | undefined): { id: string; name?: string } | undefined {
  if (!value) return undefined;
  const m = /^(.*?)<([^>]+)>\s*$/s.exec(value.trim());
  if (!m) return { id: value.trim() };
  const name = decodeWords(m[1]!.trim().replace(/^"|"$/g, '')).trim();
  return { id: m[2]!.trim(), name: name || undefined };
}

/** `List-Unsubscribe: <mailto:…>, <https://…>` → the addresses inside the angle brackets. */
function parseListUnsubscribe(value: string | undefined): string[] {
  if (!value) return [];
  return [...value.matchAll(/<([^>]+)>/g)].map((m) => m[1]!.trim()).filter((u) => /^(?:https?|mailto):/i.test(u));
}

/**
 * postal-mime reads a message whose multipart body was cut off without complaint; a boundary that never closes
 * says the message is incomplete, which the operator should know.
 */
function mimeWarnings(raw: Uint8Array, source: string): string[] {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const warnings: string[] = [];
  for (const m of text.matchAll(/boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/gi)) {
    const boundary = m[1] ?? m[2]!;
    if (!text.includes(`--${boundary}--`)) {
      warnings.push(
        `${source}: the e-mail is incomplete — a MIME part (boundary "${boundary}") is never closed; what could be read was kept.`,
      );
    }
  }
  return warnings;
}
