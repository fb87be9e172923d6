import { parseFeed as readFeed } from '@rowanmanning/feed-parser';
import { IngestError } from '../../domain/errors.js';
import type { ParsedItem } from '../../domain/item.js';
import { typeFromCategories } from './categoryType.js';
import { elementBase, type FeedBases, resolveUrl } from './feedBase.js';
import { richestBody, summaryText } from './feedBody.js';
import { languageCode, plainTitle, publishedIso, titleFromText, type XmlElementLike } from './feedFields.js';
import { entryMedia, mediaDescription } from './feedMedia.js';
import { repairXml } from './repairXml.js';
import { xmlProblems } from './xmlProblems.js';

type Feed = ReturnType<typeof readFeed>;
type FeedItem = Feed['items'][number];

export interface FeedParseResult {
  format: 'rss' | 'atom';
  items: ParsedItem[];
  warnings: string[];
  /** True when the XML was broken and the items were read from it as a lenient reader would. */
  recovered?: boolean;
}

/**
 * Parses an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 document into items. `source` names it in messages and provenance;
 * when it is a web address it is also the base of relative links. Broken XML is repaired the way a lenient reader
 * reads it and the result is flagged `recovered`, with a warning; a document nothing can be read from throws
 * IngestError `malformed_feed`.
 */
export function parseFeedDocument(xml: string, source: string): FeedParseResult {
  const problems = xmlProblems(xml);
  const feed = readLeniently(xml, source, problems);
  memoizeFeedGetters(feed);
  const warnings: string[] = [];

  const format = feed.meta.type === 'atom' ? 'atom' : 'rss';
  const documentUrl = /^https?:\/\//i.test(source) ? source : undefined;
  const feedElement = feed.element as unknown as XmlElementLike;
  const feedLink = resolveUrl(feed.url, elementBase(feedElement, { format, documentUrl, feedLink: undefined }));
  const bases: FeedBases = { format, documentUrl, feedLink };
  const context: FeedContext = {
    bases,
    source,
    position: 0,
    language: languageCode(feed.language),
    organization: plainTitle(feed.title) || hostOf(feedLink ?? documentUrl ?? feed.self ?? undefined),
  };

  const items: ParsedItem[] = [];
  feed.items.forEach((entry, index) => {
    const item = toParsedItem(entry, { ...context, position: index });
    if (item) items.push(item);
    else warnings.push(`${source}: entry ${index + 1} has no title, link or text and was skipped.`);
  });
  if (problems.length === 0) return { format, items, warnings };
  if (items.length === 0) {
    throw new IngestError(
      'malformed_feed',
      `${source}: the feed could not be read — it is not well-formed XML (${problems.join('; ')}) and no entry could be recovered.`,
    );
  }
  warnings.unshift(
    `${source}: recovered from broken XML: the feed is not well-formed XML (${problems.join('; ')}); its entries ` +
      'were read as a lenient reader would, but some may be missing or incomplete.',
  );
  return { format, items, warnings, recovered: true };
}

/** The feed, read from the repaired XML when the original is broken, else from the original as it is. */
function readLeniently(xml: string, source: string, problems: string[]): Feed {
  let firstError: unknown;
  for (const text of problems.length > 0 ? [repairXml(xml), xml] : [xml]) {
    try {
      return readFeed(text);
    } catch (error) {
      firstError ??= error;
    }
  }
  throw new IngestError('malformed_feed', `${source}: the feed could not be read — ${reason(firstError, problems)}.`, {
    cause: firstError,
  });
}

interface FeedContext {
  bases: FeedBases;
  source: string;
  position: number;
  language: string | undefined;
  organization: string | undefined;
}

function toParsedItem(entry: FeedItem, context: FeedContext): ParsedItem | null {
  const element = entry.element as unknown as XmlElementLike;
  const { bases } = context;
  const url = entryUrl(element, bases);
  const body = richestBody(element, bases, url);
  const summary = summaryText(element, bases.format) || mediaDescription(element);
  const text = body.text || summary;
  const title = plainTitle(ownChild(element, 'title')?.textContentNormalized) || titleFromText(text);
  if (!title && !url && !text) return null;

  const item: ParsedItem = {
    title: title || url || '',
    text,
    provenance: { source: context.source, format: bases.format, position: context.position },
  };
  const guid = entry.id?.trim();
  if (guid) item.guid = guid;
  if (url) item.url = url;
  const published = publishedIso(element, bases.format, entry.published);
  if (published) item.published = published;
  if (summary) item.summary = summary;
  if (body.html) item.html = body.html;
  const typeHint = typeFromCategories(entry.categories.map((category) => category.label ?? category.term));
  if (typeHint) item.typeHint = typeHint;
  const language = entryLanguage(element) ?? context.language;
  if (language) item.language = language;
  if (context.organization) item.sourceOrganization = context.organization;
  const authors = entryAuthors(entry, element);
  if (authors) item.submittedBy = authors;
  return item;
}

/**
 * The entry's address: FeedBurner's original link, the RSS link or Atom alternate link, an RSS permalink guid, the
 * RSS 1.0 rdf:about, else the first media file (a report's PDF) — each resolved against the base that applies to it.
 */
function entryUrl(element: XmlElementLike, bases: FeedBases): string | undefined {
  const links: XmlElementLike[] = [
    ...element.findElementsWithName('origlink'),
    ...element.findElementsWithName('link').filter((link) => {
      const rel = link.getAttribute('rel');
      return bases.format === 'rss' ? link.textContent.trim() !== '' : rel === null || rel === 'alternate';
    }),
  ];
  if (bases.format === 'atom') links.sort((a, b) => rank(a) - rank(b));
  for (const link of links) {
    const href = bases.format === 'atom' && link.name === 'link' ? link.getAttribute('href') : link.textContent;
    const url = resolveUrl(href, elementBase(link, bases));
    if (url) return url;
  }
  const guid = element.findElementWithName('guid');
  if (guid && guid.getAttribute('ispermalink') !== 'false' && /^https?:\/\//i.test(guid.textContent.trim())) {
    return guid.textContent.trim();
  }
  const about = element.getAttribute('rdf:about');
  if (about && /^https?:\/\//i.test(about.trim())) return about.trim();
  return entryMedia(element, bases).find((media) => media.kind !== 'thumbnail')?.url;
}

/** Atom: FeedBurner's original link first, then rel="alternate", then a link without rel. */
function rank(link: XmlElementLike): number {
  if (link.name === 'origlink') return 0;
  return link.getAttribute('rel') === 'alternate' ? 1 : 2;
}

/** Language the entry itself declares: dc:language, or xml:lang on it or an ancestor. */
function entryLanguage(element: XmlElementLike): string | undefined {
  const declared = element.findElementWithName('language')?.textContent;
  if (declared?.trim()) return languageCode(declared);
  for (let current: XmlElementLike | null = element; current; current = current.parent) {
    const lang = current.getAttribute('xml:lang');
    if (lang) return languageCode(lang);
  }
  return undefined;
}

/** Names of the entry's own authors (Atom author, RSS author, dc:creator), not the feed's; never e-mail addresses. */
function entryAuthors(entry: FeedItem, element: XmlElementLike): string | undefined {
  if (!element.findElementWithName('author') && !element.findElementWithName('creator')) return undefined;
  const names = entry.authors.map((author) => author.name?.trim()).filter((name): name is string => !!name);
  const unique = [...new Set(names.filter((name) => !name.includes('@')))];
  return unique.length > 0 ? unique.join(', ') : undefined;
}

function ownChild(element: XmlElementLike, name: string): XmlElementLike | null {
  return element.findElementsWithName(name).find((child) => child.namespace !== 'media') ?? null;
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

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function reason(error: unknown, problems: string[]): string {
  if (problems.length > 0) return `it is not well-formed XML (${problems.join('; ')})`;
  const message = error instanceof Error ? error.message : String(error);
  if (/channel/i.test(message)) return 'it has no <channel> element, so it is not a usable RSS feed';
  return `no feed title or entries could be found (${message})`;
}
