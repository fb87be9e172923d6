import { parseFeed as readFeed } from '@rowanmanning/feed-parser';
import { IngestError } from '../../domain/errors.js';
import type { ParsedItem } from '../../domain/item.js';
import { absolutizeUrls } from '../html/absolutizeUrls.js';
import { typeFromCategories } from './categoryType.js';
import {
  fieldText,
  languageCode,
  looksLikeHtml,
  plainTitle,
  publishedIso,
  titleFromText,
  type XmlElementLike,
} from './feedFields.js';
import { xmlProblems } from './xmlProblems.js';

type Feed = ReturnType<typeof readFeed>;
type FeedItem = Feed['items'][number];

export interface FeedParseResult {
  format: 'rss' | 'atom';
  items: ParsedItem[];
  warnings: string[];
}

/**
 * Parses an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 document into items. Malformed XML is read as far as a lenient
 * reader can, with a warning; a document nothing can be read from throws IngestError `malformed_feed`.
 */
export function parseFeedDocument(xml: string, source: string): FeedParseResult {
  let feed: Feed;
  try {
    feed = readFeed(xml);
  } catch (error) {
    throw new IngestError('malformed_feed', `${source}: the feed could not be read — ${reason(error, xml)}.`, {
      cause: error,
    });
  }
  memoizeFeedGetters(feed);
  const warnings: string[] = [];
  const problems = xmlProblems(xml);
  if (problems.length > 0) {
    warnings.push(`${source}: the feed is not well-formed XML (${problems.join('; ')}); some entries may be missing.`);
  }

  const format = feed.meta.type === 'atom' ? 'atom' : 'rss';
  const sourceUrl = /^https?:\/\//i.test(source) ? source : undefined;
  const feedUrl = feed.url ?? feed.self ?? sourceUrl;
  const language = languageCode(feed.language);
  const organization = plainTitle(feed.title) || hostOf(feedUrl);

  const items: ParsedItem[] = [];
  feed.items.forEach((entry, index) => {
    const item = toParsedItem(entry, { format, source, position: index, feedUrl, language, organization });
    if (item) items.push(item);
    else warnings.push(`${source}: entry ${index + 1} has no title, link or text and was skipped.`);
  });
  return { format, items, warnings };
}

interface FeedContext {
  format: 'rss' | 'atom';
  source: string;
  position: number;
  feedUrl: string | undefined;
  language: string | undefined;
  organization: string | undefined;
}

function toParsedItem(entry: FeedItem, context: FeedContext): ParsedItem | null {
  const element = entry.element as unknown as XmlElementLike;
  const url = resolve(entry.url, context.feedUrl);
  const body = richestBody(entry, element, context.format, url);
  const summaryIsHtml = context.format === 'rss' || isHtmlType(element.findElementWithName('summary'));
  const summary = entry.description
    ? fieldText(entry.description, summaryIsHtml && looksLikeHtml(entry.description))
    : '';
  const text = body.text || summary;
  const title = plainTitle(entry.title) || titleFromText(text);
  if (!title && !url && !text) return null;

  const item: ParsedItem = {
    title: title || url || '',
    text,
    provenance: { source: context.source, format: context.format, position: context.position },
  };
  const guid = entry.id?.trim();
  if (guid) item.guid = guid;
  if (url) item.url = url;
  const published = publishedIso(element, context.format, entry.published);
  if (published) item.published = published;
  if (summary) item.summary = summary;
  if (body.html) item.html = body.html;
  const typeHint = typeFromCategories(entry.categories.map((category) => category.label ?? category.term));
  if (typeHint) item.typeHint = typeHint;
  if (context.language) item.language = context.language;
  if (context.organization) item.sourceOrganization = context.organization;
  return item;
}

/** The fullest body an entry offers: content:encoded / Atom content, else the description or summary. */
function richestBody(
  entry: FeedItem,
  element: XmlElementLike,
  format: 'rss' | 'atom',
  itemUrl: string | undefined,
): { html?: string; text: string } {
  const contentElement = element.findElementWithName(format === 'atom' ? 'content' : 'encoded');
  const candidates: { value: string | null; element: XmlElementLike | null; isHtml: boolean }[] =
    format === 'atom'
      ? [
          { value: entry.content, element: contentElement, isHtml: isHtmlType(contentElement) },
          {
            value: entry.description,
            element: element.findElementWithName('summary'),
            isHtml: isHtmlType(element.findElementWithName('summary')),
          },
        ]
      : [
          { value: entry.content, element: contentElement, isHtml: true },
          { value: entry.description, element: null, isHtml: looksLikeHtml(entry.description ?? '') },
        ];
  for (const candidate of candidates) {
    if (!candidate.value?.trim()) continue;
    const text = fieldText(candidate.value, candidate.isHtml);
    if (!text) continue;
    if (!candidate.isHtml) return { text };
    // Relative links in Atom content are relative to its xml:base, which is lost once the item leaves the feed.
    const base = candidate.element?.baseUrl;
    const html = base && base !== itemUrl ? absolutizeUrls(candidate.value, base) : candidate.value;
    return { html, text };
  }
  return { text: '' };
}

/**
 * Every entry asks the feed for its link and categories (to resolve URLs and as a fallback), and the library
 * recomputes them by scanning all the feed's children each time: quadratic, minutes for a feed of 5,000 entries.
 * Own properties on the instance shadow the prototype getters with their values, computed once.
 */
function memoizeFeedGetters(feed: Feed): void {
  for (const key of ['url', 'self', 'title', 'language', 'categories', 'authors', 'image'] as const) {
    Object.defineProperty(feed, key, { value: feed[key] });
  }
}

/** Atom's type attribute: "html", "xhtml" and HTML media types mean markup; absent or "text" means plain text. */
function isHtmlType(element: XmlElementLike | null): boolean {
  const type = element?.getAttribute('type')?.toLowerCase() ?? 'text';
  return type === 'html' || type === 'xhtml' || type.includes('html');
}

function resolve(url: string | null, base: string | undefined): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function reason(error: unknown, xml: string): string {
  const problems = xmlProblems(xml);
  if (problems.length > 0) return `it is not well-formed XML (${problems.join('; ')})`;
  const message = error instanceof Error ? error.message : String(error);
  if (/channel/i.test(message)) return 'it has no <channel> element, so it is not a usable RSS feed';
  return `no feed title or entries could be found (${message})`;
}
