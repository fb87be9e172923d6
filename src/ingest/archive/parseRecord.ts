import { HubError } from '../../domain/errors.js';
import type { ParsedItem, Provenance } from '../../domain/item.js';
import { decodeText } from '../decode/decodeText.js';
import { detectFormat } from '../detect/detectFormat.js';
import { parseDocument } from '../parseDocument.js';
import { parseHtmlRecord } from './htmlRecord.js';
import { parseHttpResponse } from './httpResponse.js';
import { isHeadingLike, languageHint, publishedDate, titleFromUrl } from './recordTitle.js';
import type { WarcRecord } from './warcRecord.js';

/** What one archive record gave: items (maybe none) with warnings, or the reason it was not read. */
export type RecordResult =
  | { kind: 'items'; contentFormat: string; items: ParsedItem[]; warnings: string[] }
  | { kind: 'skipped'; reason: string };

export interface RecordContext {
  /** The archive file, for provenance and messages. */
  source: string;
  /** 'wet' when the archive holds text conversions, else 'warc'. */
  format: 'warc' | 'wet';
}

/**
 * Sends a record to the parser its content calls for: an HTTP response by its Content-Type and first bytes (HTML
 * page, RSS/Atom feed, text), a WET `conversion` record as one text item. warcinfo, request, metadata and revisit
 * records, error responses and media are skipped with a reason.
 */
export function parseArchiveRecord(record: WarcRecord, context: RecordContext): RecordResult {
  if (!record.body) return { kind: 'skipped', reason: `a ${record.type} record holds no document` };
  const provenance: Provenance = { source: context.source, format: context.format, position: record.index - 1 };
  if (record.type === 'conversion') return wetItem(record, provenance);
  if (record.type === 'resource') {
    return payloadItems(record, record.body, record.contentType, provenance);
  }
  if (record.type !== 'response') return { kind: 'skipped', reason: `a ${record.type} record holds no document` };
  const http = parseHttpResponse(record.body);
  if (typeof http === 'string') return { kind: 'skipped', reason: http };
  if (http.status < 200 || http.status >= 300) return { kind: 'skipped', reason: `HTTP status ${http.status}` };
  const contentType = http.contentType ?? record.headers['warc-identified-payload-type'];
  return payloadItems(record, http.body, contentType, provenance);
}

const READABLE_TYPE = /html|xml|rss|atom|text\/plain|json/i;

function payloadItems(
  record: WarcRecord,
  body: Buffer,
  contentType: string | undefined,
  provenance: Provenance,
): RecordResult {
  if (body.length === 0) return { kind: 'skipped', reason: 'the response is empty' };
  if (contentType && !READABLE_TYPE.test(contentType)) {
    return { kind: 'skipped', reason: `content type ${contentType.split(';')[0]?.trim()} is not read` };
  }
  const url = record.targetUri;
  const label = url ?? `${provenance.source} record ${record.index}`;
  const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const decoded = decodeText(bytes, label, contentType);
  const detected = detectFormat(decoded.text, contentType).format;
  if (detected === 'html' || (detected === 'text' && /html/i.test(contentType ?? ''))) {
    const page = { ...(url ? { url } : {}), ...(record.date ? { captureDate: record.date } : {}), provenance };
    const items = parseHtmlRecord(decoded.text, page);
    if (items.length === 0) return { kind: 'skipped', reason: 'the page has no text' };
    return { kind: 'items', contentFormat: 'html', items, warnings: decoded.warnings };
  }
  try {
    const parsed = parseDocument({ bytes, source: label, ...(contentType ? { contentType } : {}) });
    const items = parsed.items.map((item) => ({ ...item, provenance }));
    return { kind: 'items', contentFormat: parsed.format, items, warnings: parsed.warnings };
  } catch (error) {
    if (error instanceof HubError) return { kind: 'skipped', reason: error.message };
    throw error;
  }
}

/** A WET text record: title from a heading-like first line or the URL, paragraphs one per line. */
function wetItem(record: WarcRecord, provenance: Provenance): RecordResult {
  const lines = (record.body ?? Buffer.alloc(0))
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { kind: 'skipped', reason: 'the text is empty' };
  const first = lines[0] ?? '';
  const headed = lines.length > 1 && isHeadingLike(first);
  const title = headed ? first : titleFromUrl(record.targetUri);
  const bodyLines = headed ? lines.slice(1) : lines;
  const published = publishedDate(bodyLines, record.date);
  const language = languageHint(record.headers['warc-identified-content-language']);
  const item: ParsedItem = {
    ...(record.targetUri ? { url: record.targetUri } : {}),
    title,
    ...(published ? { published } : {}),
    text: bodyLines.join('\n\n'),
    ...(language ? { language } : {}),
    provenance,
  };
  return { kind: 'items', contentFormat: 'wet', items: [item], warnings: [] };
}
