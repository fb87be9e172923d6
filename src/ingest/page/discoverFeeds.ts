/** Feed autodiscovery: the RSS, Atom and JSON feeds a page announces with `<link rel="alternate">`. */
import { absoluteUrl, documentBase } from './dom.js';

export interface DiscoveredFeed {
  /** Absolute URL of the feed (as written in the page when neither the page URL nor `<base href>` is known). */
  url: string;
  format: 'rss' | 'atom' | 'json-feed';
  title?: string;
}

const FEED_TYPES: Record<string, DiscoveredFeed['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json-feed',
  'application/json+feed': 'json-feed',
};

/** Feeds announced by the page, resolved against `<base href>` and the page URL, without duplicates. */
export function discoverFeeds(document: Document, url?: string): DiscoveredFeed[] {
  const base = documentBase(document, url);
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of document.querySelectorAll('link[rel][href][type]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') && !rel.includes('feed')) continue;
    const format =
      FEED_TYPES[
        (link.getAttribute('type') ?? '')
          .trim()
          .toLowerCase()
          .replace(/\s*;.*$/, '')
      ];
    const raw = (link.getAttribute('href') ?? '').trim();
    // Without a page URL a relative href cannot be resolved; it is kept as written rather than lost.
    const href =
      absoluteUrl(raw, base) ?? (base === undefined && raw && !/^[a-z][a-z\d+.-]*:/i.test(raw) ? raw : undefined);
    if (!format || !href || seen.has(href)) continue;
    seen.add(href);
    const title = (link.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    feeds.push(title ? { url: href, format, title } : { url: href, format });
  }
  return feeds;
}
