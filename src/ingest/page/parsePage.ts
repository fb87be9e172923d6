/**
 * An HTML page → items: a listing page gives one item per entry, any other page one article item. Metadata and
 * feed links are read first (read-only); article extraction comes last because it removes chrome from the DOM.
 */
import type { ContextHint, ItemType, ParsedItem } from '../../domain/item.js';
import { objectiveHint, parseByline } from '../text/submittedListing.js';
import { type DiscoveredFeed, discoverFeeds } from './discoverFeeds.js';
import { absoluteUrl, cleanText, documentBase, parseDom } from './dom.js';
import { type ExtractedArticle, extractArticle } from './extractArticle.js';
import { detectListing, type ListingEntry } from './listing.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import { machineDate, textDate } from './pageDate.js';
import { findRepeatedBlocks } from './repeatedBlocks.js';

export interface PageParseResult {
  format: 'html-article' | 'html-listing';
  items: ParsedItem[];
  warnings: string[];
  /** Feeds the page announces (autodiscovery), to offer as sources. */
  feeds: DiscoveredFeed[];
  metadata: PageMetadata;
  /** The extracted main text, for an article page. */
  article?: ExtractedArticle;
  /** The entries, for a listing page. */
  listing?: ListingEntry[];
}

/**
 * Parses a web page. `source` names it in provenance; `baseUrl` (else `source` when it is a web address) resolves
 * relative links.
 */
export function parsePage(html: string, source: string, baseUrl?: string): PageParseResult {
  const pageUrl = absoluteUrl(baseUrl, undefined) ?? absoluteUrl(source, undefined);
  const document = parseDom(html);
  const metadata = readMetadata(document, pageUrl);
  // A saved page still knows where it lives: its canonical URL resolves its relative links.
  const located = pageUrl ?? metadata.canonicalUrl;
  const feeds = discoverFeeds(document, located);
  const base = documentBase(document, located);
  const warnings = [...metadata.warnings];
  const organization = metadata.publisher ?? metadata.siteName;

  const blocks = findRepeatedBlocks(document.body);
  const entries = detectListing(document, { base, language: metadata.language }, blocks);
  if (entries) {
    const typeHint = listingType(document, metadata, entries);
    const context = pageContext(document);
    const items = entries.map((entry, position): ParsedItem => {
      const item: ParsedItem = {
        title: entry.title,
        text: entry.teaser || entry.title,
        provenance: { source, format: 'html-listing', position },
      };
      if (entry.url) item.url = entry.url;
      if (entry.published) item.published = entry.published;
      if (entry.teaser) item.summary = entry.teaser;
      if (entry.submittedBy) item.submittedBy = entry.submittedBy;
      if (metadata.language) item.language = metadata.language;
      if (organization) item.sourceOrganization = organization;
      if (typeHint) item.typeHint = typeHint;
      if (context.length > 0) item.context = context.map((hint) => ({ ...hint }));
      return item;
    });
    const unlinked = entries.filter((entry) => !entry.url).length;
    if (unlinked > 0) warnings.push(`${unlinked} of ${entries.length} listing entries have no link`);
    return { format: 'html-listing', items, warnings, feeds, metadata, listing: entries };
  }

  // Read before extraction removes page chrome such as the byline block.
  const byline = findByline(document, metadata.language);
  const fallbackDate =
    machineDate(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    visibleDate(document, metadata.language);
  const article = extractArticle(document, blocks);
  const title = metadata.title || article.title || cleanText(document.querySelector('title'));
  const text = article.text || metadata.description || '';
  if (!title && !text) {
    warnings.push('the page has no title and no text');
    return { format: 'html-article', items: [], warnings, feeds, metadata, article };
  }
  if (!article.text) warnings.push('no main text found; the page description is used instead');
  const item: ParsedItem = {
    title: title || text.slice(0, 120),
    text,
    provenance: { source, format: 'html-article', position: 0 },
  };
  const url = metadata.canonicalUrl ?? pageUrl;
  if (url) item.url = url;
  const published = metadata.published ?? byline?.published ?? fallbackDate;
  if (published) item.published = published;
  const summary = metadata.description || article.excerpt;
  if (summary) item.summary = summary;
  if (article.html) item.html = article.html;
  if (metadata.language) item.language = metadata.language;
  if (organization) item.sourceOrganization = organization;
  const submittedBy = byline?.name ?? metadata.author;
  if (submittedBy) item.submittedBy = submittedBy;
  if (metadata.typeHint) item.typeHint = metadata.typeHint;
  return { format: 'html-article', items: [item], warnings, feeds, metadata, article };
}

/** A "Submitted by NAME on DATE" / "Publié par NAME le DATE" line near the top of an article page. */
function findByline(document: Document, language?: string): { name: string; published?: string } | undefined {
  for (const element of document.querySelectorAll('[class*="submitted"], [class*="byline"], [class*="author"], p')) {
    const line = cleanText(element);
    if (line.length > 160) continue;
    const byline = parseByline(line);
    if (!byline) continue;
    const published = byline.published ?? textDate(line, language);
    return published ? { name: byline.name, published } : { name: byline.name };
  }
  return undefined;
}

/** A date line shown near the headline ("Publié le 3 février 2024") when no tag carries the date. */
function visibleDate(document: Document, language?: string): string | undefined {
  const selector = '[class*="date"], [class*="published"], [class*="fecha"], [class*="meta"], time';
  for (const element of document.body.querySelectorAll(selector)) {
    const line = cleanText(element);
    if (line.length > 0 && line.length <= 60) {
      const date = textDate(line, language);
      if (date) return date;
    }
  }
  return undefined;
}

/** GCM objective a listing is about, from its heading or a "Subscribe to Objective N: …" link. */
function pageContext(document: Document): ContextHint[] {
  const texts = [cleanText(document.querySelector('h1'))];
  for (const link of document.querySelectorAll('a')) {
    const text = cleanText(link);
    if (SUBSCRIBE.test(text)) texts.push(text);
  }
  for (const text of texts) {
    const hint = text.length <= 200 ? objectiveHint(text) : undefined;
    if (hint) return [hint];
  }
  return [];
}

const SUBSCRIBE = /^(?:subscribe to|follow|s['’]abonner à|suivre|suscribirse a|suscríbete a|seguir)\s/i;

const LISTING_TYPES: [RegExp, ItemType][] = [
  [/\b(?:events?|agenda|calendar|événements?|évènements?|eventos?|calendario)\b/i, 'event'],
  [/\b(?:vacanc(?:y|ies)|jobs?|careers?|offres d['’]emploi|recrutement|empleos?|vacantes)\b/i, 'vacancy'],
  [/\b(?:publications?|reports?|publicaciones|informes|rapports)\b/i, 'publication'],
  [/\b(?:calls? for|appels? à|convocatorias?)\b/i, 'call'],
  [/\b(?:practices?|pratiques|prácticas)\b/i, 'practice'],
  [/\b(?:projects?|projets?|proyectos?)\b/i, 'project'],
  [/\b(?:news|press releases?|actualités|communiqués|noticias|novedades|comunicados)\b/i, 'news'],
];

/** What a listing lists, from its heading or title; entries "submitted by" someone are practices, as in text dumps. */
function listingType(document: Document, metadata: PageMetadata, entries: ListingEntry[]): ItemType | undefined {
  const heading = `${cleanText(document.querySelector('h1'))} | ${metadata.title ?? ''}`;
  for (const [pattern, type] of LISTING_TYPES) if (pattern.test(heading)) return type;
  const submitted = entries.filter((entry) => entry.submittedBy).length;
  return submitted * 2 > entries.length ? 'practice' : undefined;
}
