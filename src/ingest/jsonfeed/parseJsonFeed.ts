/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org) → items. feedsmith normalises the feed (case-insensitive keys, 1.0
 * `author` and 1.1 `authors`, numeric ids); this module reads the JSON leniently first and maps each entry to the
 * item model the way the RSS and Atom reader does.
 */
import { type JsonFeed, parseJsonFeed } from 'feedsmith';
import { IngestError } from '../../domain/errors.js';
import type { ParsedItem } from '../../domain/item.js';
import { typeFromCategories } from '../feed/categoryType.js';
import { resolveUrl } from '../feed/feedBase.js';
import { feedDateToIso } from '../feed/feedDate.js';
import { fieldText, languageCode, plainTitle, titleFromText } from '../feed/feedFields.js';
import { JsonSyntaxError, parseLenientJson } from './lenientJson.js';

type Feed = JsonFeed.Feed<string>;
type Entry = JsonFeed.Item<string>;

export interface JsonFeedParseResult {
  format: 'json-feed';
  items: ParsedItem[];
  warnings: string[];
  /** True when the JSON was broken and the items were read from it as a lenient reader would. */
  recovered?: boolean;
}

/**
 * Parses a JSON Feed. `source` names it in messages and provenance, and is the base of relative links when it is
 * a web address. Broken JSON a lenient reader can read (trailing commas, comments, raw line breaks in strings, a
 * file cut off) gives items flagged `recovered`, with a warning; otherwise IngestError `malformed_feed` says where.
 */
export function parseJsonFeedDocument(text: string, source: string): JsonFeedParseResult {
  let json: ReturnType<typeof parseLenientJson>;
  try {
    json = parseLenientJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof JsonSyntaxError ? error.message : String(error);
    throw new IngestError(
      'malformed_feed',
      `${source}: the JSON feed could not be read — it is not valid JSON: ${why}.`,
      {
        cause: error,
      },
    );
  }
  const feed = readFeed(json.value, source);
  const documentUrl = /^https?:\/\//i.test(source) ? source : undefined;
  const base = documentUrl ?? resolveUrl(feed.feed_url, undefined) ?? resolveUrl(feed.home_page_url, undefined);
  const context: Context = {
    source,
    base,
    language: languageCode(feed.language),
    organization: plainTitle(feed.title) || hostOf(resolveUrl(feed.home_page_url, base) ?? base),
    authors: authorNames(feed.authors),
  };
  const warnings: string[] = [];
  const items: ParsedItem[] = [];
  (feed.items ?? []).forEach((entry, index) => {
    const item = toParsedItem(entry, index, context);
    if (item) items.push(item);
    else warnings.push(`${source}: entry ${index + 1} has no title, link or text and was skipped.`);
  });
  if (json.repairs.length === 0) return { format: 'json-feed', items, warnings };
  if (items.length === 0) {
    throw new IngestError(
      'malformed_feed',
      `${source}: the JSON feed could not be read — it is broken (${json.repairs.join('; ')}) and no entry could be recovered.`,
    );
  }
  warnings.unshift(
    `${source}: recovered from broken JSON: ${json.repairs.join('; ')}; its entries were read as a lenient reader ` +
      'would, but some may be missing or incomplete.',
  );
  return { format: 'json-feed', items, warnings, recovered: true };
}

function readFeed(value: unknown, source: string): Feed {
  const notAFeed = (why: string, cause?: unknown) =>
    new IngestError('malformed_feed', `${source}: the JSON feed could not be read — ${why}.`, { cause });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notAFeed('it is JSON, but not an object with a feed title and items');
  }
  let feed: Feed;
  try {
    feed = parseJsonFeed(value);
  } catch (error) {
    throw notAFeed(
      'it is JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1" and no items)',
      error,
    );
  }
  if (Array.isArray(feed.items)) return feed;
  // feedsmith drops an empty list; an empty feed is still a feed, with no entries.
  const rawItems = Object.entries(value).find(([key]) => key.toLowerCase() === 'items')?.[1];
  if (!Array.isArray(rawItems)) throw notAFeed('it has no "items" list');
  return { ...feed, items: [] };
}

interface Context {
  source: string;
  base: string | undefined;
  language: string | undefined;
  organization: string | undefined;
  /** The feed's authors, which every entry without its own inherits (JSON Feed 1.1 §authors). */
  authors: string | undefined;
}

function toParsedItem(entry: Entry, position: number, context: Context): ParsedItem | null {
  const url = resolveUrl(entry.url, context.base) ?? resolveUrl(entry.external_url, context.base);
  const summary = entry.summary ? fieldText(entry.summary, false) : '';
  const html = entry.content_html?.trim() ? entry.content_html : undefined;
  const text =
    (html ? fieldText(html, true) : '') || (entry.content_text ? fieldText(entry.content_text, false) : '') || summary;
  // Microblog entries have no title: the start of the text stands in, as in RSS.
  const title = plainTitle(entry.title) || titleFromText(text);
  if (!title && !url && !text) return null;

  const item: ParsedItem = {
    title: title || url || '',
    text,
    provenance: { source: context.source, format: 'json-feed', position },
  };
  const guid = entry.id?.trim();
  if (guid) item.guid = guid;
  if (url) item.url = url;
  const published = feedDateToIso(entry.date_published) ?? feedDateToIso(entry.date_modified);
  if (published) item.published = published;
  if (summary) item.summary = summary;
  if (html) item.html = html;
  const typeHint = typeFromCategories(entry.tags ?? []);
  if (typeHint) item.typeHint = typeHint;
  const language = languageCode(entry.language) ?? context.language;
  if (language) item.language = language;
  if (context.organization) item.sourceOrganization = context.organization;
  const authors = authorNames(entry.authors) ?? context.authors;
  if (authors) item.submittedBy = authors;
  return item;
}

function authorNames(authors: JsonFeed.Author[] | undefined): string | undefined {
  const names = (authors ?? []).map((author) => author.name?.trim()).filter((name): name is string => !!name);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
