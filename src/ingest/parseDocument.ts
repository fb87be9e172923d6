import { IngestError } from '../domain/errors.js';
import type { ParsedItem, SourceFormat } from '../domain/item.js';
import { decodeText } from './decode/decodeText.js';
import { sniffBom, sniffUtf16WithoutBom } from './decode/sniffCharset.js';
import { describeBinary, looksLikeBinaryText } from './detect/detectBinary.js';
import { detectFormat } from './detect/detectFormat.js';
import { detectMail } from './email/detectMail.js';
import { parseMailDocument } from './email/parseMailDocument.js';
import { parseFeedDocument } from './feed/parseFeed.js';
import { parseJsonFeedDocument } from './jsonfeed/parseJsonFeed.js';
import { parsePage } from './page/parsePage.js';
import { parseTextDump } from './text/index.js';

/** Largest document the importers accept: 64 MiB, far above any real feed or page, well below memory trouble. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface DocumentInput {
  bytes: Uint8Array;
  /** File name or URL, used in messages and provenance and as the base for relative links. */
  source: string;
  contentType?: string;
}

export interface ParseResult {
  format: SourceFormat;
  items: ParsedItem[];
  warnings: string[];
  /** True when the document was broken (XML or JSON) and its items were read as a lenient reader would. */
  recovered?: boolean;
}

/** Detects the format of a document and parses it into items; throws IngestError with a clear message when it cannot. */
export function parseDocument(input: DocumentInput): ParseResult {
  const { bytes, source, contentType } = input;
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new IngestError(
      'file_too_large',
      `${source}: the document is ${megabytes(bytes.byteLength)} MiB, more than the ${megabytes(MAX_DOCUMENT_BYTES)} MiB limit.`,
    );
  }
  if (bytes.byteLength === 0) throw emptyDocument(source);
  const binary = describeBinary(bytes);
  if (binary && !isUtf16(bytes)) throw unsupported(source, `it is ${binary}, not a feed, web page or text`);
  if (detectMail(bytes, source)) {
    throw unsupported(source, 'it is an e-mail, which only the asynchronous reader (parseDocumentAsync) can decode');
  }

  const decoded = decodeText(bytes, source, contentType);
  if (decoded.text.trim() === '') throw emptyDocument(source);
  if (looksLikeBinaryText(decoded.text)) throw unsupported(source, 'it is a binary file, not a feed, web page or text');

  const detection = detectFormat(decoded.text, contentType);
  let result: ParseResult;
  switch (detection.format) {
    case 'rss':
    case 'atom':
      result = parseFeedDocument(decoded.text, source);
      break;
    case 'json-feed':
      result = parseJsonFeedDocument(decoded.text, source);
      break;
    case 'json':
      throw unsupported(
        source,
        'it is a JSON document, but not a JSON Feed (it names no "https://jsonfeed.org/version/")',
      );
    case 'html':
      result = parsePage(decoded.text, source);
      break;
    case 'xml':
      throw unsupported(
        source,
        `it is an XML document whose root element is <${detection.root}>, not an RSS or Atom feed`,
      );
    case 'text':
      result = parseTextDump(decoded.text, source);
      break;
  }
  if (result.items.length === 0) {
    throw new IngestError(
      'no_items',
      `${source}: no items found — the document is ${describeFormat(result.format)} but has no entries.`,
    );
  }
  const warnings = [...decoded.warnings, ...result.warnings];
  return { format: result.format, items: result.items, warnings, ...(result.recovered ? { recovered: true } : {}) };
}

/**
 * parseDocument, plus the formats whose decoding is asynchronous: e-mail messages (.eml) and mailboxes (.mbox),
 * read by postal-mime, whose API is promise-based. Mail is recognised on the raw bytes, before any charset guess,
 * because each MIME part names its own charset.
 */
export async function parseDocumentAsync(input: DocumentInput): Promise<ParseResult> {
  const mail = input.bytes.byteLength <= MAX_DOCUMENT_BYTES ? detectMail(input.bytes, input.source) : null;
  if (mail) return parseMailDocument(input.bytes, input.source, mail);
  return parseDocument(input);
}

/** How messages name a format; a format added to the domain list without a name here reads "a <format> document". */
const FORMAT_NAMES: Partial<Record<SourceFormat, string>> = {
  rss: 'an RSS feed',
  atom: 'an Atom feed',
  'json-feed': 'a JSON feed',
  'html-article': 'an HTML article',
  'html-listing': 'an HTML listing page',
  email: 'an e-mail',
  'text-listing': 'a text listing',
  'text-feed': 'a feed saved as text',
  'text-page': 'a text page',
  'text-newsletter': 'a text newsletter',
};

function describeFormat(format: SourceFormat): string {
  return FORMAT_NAMES[format] ?? `a ${format} document`;
}

function emptyDocument(source: string): IngestError {
  return new IngestError('empty_document', `${source}: the document is empty.`);
}

function unsupported(source: string, why: string): IngestError {
  return new IngestError('unsupported_format', `${source}: this format is not supported — ${why}.`);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** UTF-16 text is full of NUL bytes; it must not be mistaken for binary. */
function isUtf16(bytes: Uint8Array): boolean {
  return sniffBom(bytes)?.encoding.startsWith('utf-16') === true || sniffUtf16WithoutBom(bytes) !== null;
}
