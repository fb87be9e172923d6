/**
 * What a page says about itself: `<meta>` tags (OpenGraph, article:*, Twitter, Dublin Core, Highwire citation_*),
 * `<html lang>`, `<link rel=canonical>` and JSON-LD. Each field takes the first source that has it, most
 * specific first; dates keep the page's own offset.
 */
import type { ItemType } from '../../domain/item.js';
import { absoluteUrl, cleanText, documentBase } from './dom.js';
import {
  type JsonObject,
  mainNode,
  namesOf,
  organizationNode,
  property,
  readJsonLd,
  textOf,
  typeHintOf,
  typesOf,
} from './jsonLd.js';
import { machineDate } from './pageDate.js';

export interface PageMetadata {
  title?: string;
  description?: string;
  /** ISO 8601 with offset. */
  published?: string;
  modified?: string;
  author?: string;
  /** ISO 639-1, lower case. */
  language?: string;
  /** The organisation that published the page (JSON-LD publisher, citation_publisher, dc.publisher, site name). */
  publisher?: string;
  siteName?: string;
  image?: string;
  canonicalUrl?: string;
  /** Raw type names: JSON-LD `@type` values, then `og:type`. */
  types: string[];
  /** Item type the structured data implies (Event → event, JobPosting → vacancy, Report → publication). */
  typeHint?: ItemType;
  /** Problems worth telling the operator (unreadable JSON-LD). */
  warnings: string[];
}

/** Reads the metadata of a page; `url` is the page's address, used to make relative URLs absolute. */
export function readMetadata(document: Document, url?: string): PageMetadata {
  const meta = metaIndex(document);
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value) return value;
    }
    return undefined;
  };
  const graph = readJsonLd(document);
  const main = mainNode(graph);
  const ld = (key: string) => (main ? textOf(graph, property(graph, main, key)) : undefined);
  const base = documentBase(document, url);

  const ldTypes = main ? typesOf(main) : [];
  const ogType = first('og:type');
  const publisher =
    (main && textOf(graph, property(graph, main, 'publisher'))) ??
    (main && textOf(graph, property(graph, main, 'hiringOrganization'))) ??
    (main && textOf(graph, property(graph, main, 'organizer'))) ??
    first('citation_publisher', 'dc.publisher', 'dcterms.publisher') ??
    textOfNode(graph, organizationNode(graph)) ??
    first('og:site_name');
  const authors = main ? namesOf(graph, main.author ?? main.creator) : [];
  const citationAuthors = meta.get('citation_author') ?? [];

  const metadata: PageMetadata = {
    title:
      first('og:title', 'citation_title') ??
      ld('headline') ??
      ld('name') ??
      ld('title') ??
      first('dc.title', 'dcterms.title', 'twitter:title'),
    description: first('og:description', 'description', 'twitter:description', 'dc.description') ?? ld('description'),
    published: firstDate([
      first('article:published_time', 'og:published_time', 'citation_publication_date', 'citation_date'),
      ld('datePublished'),
      ld('datePosted'),
      first('dcterms.issued', 'dc.date.issued', 'dcterms.date', 'dc.date', 'date', 'pubdate', 'publish-date'),
      first('parsely-pub-date', 'sailthru.date', 'datepublished'),
      document.querySelector('[itemprop="datePublished"]')?.getAttribute('content'),
      document.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime'),
    ]),
    modified: firstDate([
      first('article:modified_time', 'og:updated_time'),
      ld('dateModified'),
      first('dcterms.modified', 'dc.date.modified'),
    ]),
    author:
      joinNames(authors) ??
      joinNames(citationAuthors) ??
      notUrl(first('author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author')),
    language: languageCode(
      document.documentElement.getAttribute('lang') ||
        first('content-language', 'dc.language', 'dcterms.language', 'og:locale', 'citation_language') ||
        ld('inLanguage'),
    ),
    publisher,
    siteName: first('og:site_name', 'application-name'),
    image: absoluteUrl(first('og:image', 'og:image:url', 'twitter:image') ?? imageOf(main), base),
    canonicalUrl: absoluteUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base),
    types: [...ldTypes, ...(ogType ? [`og:${ogType}`] : [])],
    typeHint: typeHintOf(ldTypes) ?? (meta.has('citation_title') ? 'publication' : undefined),
    warnings: graph.broken > 0 ? [`${graph.broken} JSON-LD block(s) could not be read and were ignored`] : [],
  };
  metadata.canonicalUrl ??= absoluteUrl(first('og:url'), base);
  if (!metadata.title) metadata.title = cleanText(document.querySelector('h1')) || cleanText(titleElement(document));
  return dropEmpty(metadata);
}

/** `<meta>` values by lower-cased name, property or http-equiv, in document order. */
function metaIndex(document: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('http-equiv') ??
      element.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const value = (element.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!key || !value) continue;
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  }
  return index;
}

function titleElement(document: Document): Element | null {
  return document.head.querySelector('title') ?? document.querySelector('title');
}

function firstDate(candidates: (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = machineDate(candidate);
    if (date) return date;
  }
  return undefined;
}

/** "Diallo, Aminata" (citation order) is kept as written; several authors are joined with "; ". */
function joinNames(names: string[]): string | undefined {
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  return unique.length > 0 ? unique.join('; ') : undefined;
}

/** `article:author` often holds a profile URL rather than a name. */
function notUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

/** "en-GB" → "en", "fr_FR" → "fr"; undefined for values that are not a language tag. */
export function languageCode(value: string | null | undefined): string | undefined {
  const m = value?.trim().match(/^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i);
  return m ? m[1]!.toLowerCase() : undefined;
}

function textOfNode(graph: Parameters<typeof textOf>[0], node: JsonObject | undefined): string | undefined {
  return node ? textOf(graph, node) : undefined;
}

function imageOf(node: JsonObject | undefined): string | undefined {
  if (!node) return undefined;
  const image = Array.isArray(node.image) ? node.image[0] : node.image;
  if (typeof image === 'string') return image;
  if (image && typeof image === 'object' && 'url' in image && typeof image.url === 'string') return image.url;
  return undefined;
}

function dropEmpty(metadata: PageMetadata): PageMetadata {
  for (const key of Object.keys(metadata) as (keyof PageMetadata)[]) {
    if (metadata[key] === undefined) delete metadata[key];
  }
  return metadata;
}
