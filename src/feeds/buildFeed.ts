import { type AtomFeed, generateAtomFeed, generateRssFeed, type RssFeed } from 'feedsmith';
import type { Item } from '../domain/item.js';
import { objectiveLabel } from '../http/labels.js';
import { absoluteUrl, itemPath } from '../http/urls.js';

export type FeedFormat = 'rss' | 'atom';

/** Content types the feeds are served with. */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export interface FeedSpec {
  title: string;
  description: string;
  baseUrl: string;
  /** Path of this feed (its self link and Atom id). */
  selfPath: string;
  /** Path of the web page showing the same list. */
  htmlPath: string;
  items: Item[];
}

const SITE_NAME = 'Migration Hub';

// XML 1.0 forbids most control characters; scraped text sometimes carries them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string): string => text.replace(INVALID_XML, '');

const toDate = (iso: string | null): Date | undefined => {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The feed's last change: its newest item's date, so that an unchanged list yields an unchanged feed. */
function lastUpdated(items: Item[]): Date {
  const dates = items.map((item) => toDate(item.published)?.getTime() ?? 0);
  const newest = Math.max(0, ...dates);
  return new Date(newest || Date.UTC(2018, 11, 19));
}

/** RSS 2.0 or Atom 1.0 for a list of items; guid/id is the item's page on the hub, objectives are categories. */
export function buildFeed(format: FeedFormat, spec: FeedSpec): string {
  return format === 'rss' ? buildRss(spec) : buildAtom(spec);
}

function buildRss(spec: FeedSpec): string {
  const feed: RssFeed.Feed<Date> = {
    title: clean(spec.title),
    link: absoluteUrl(spec.baseUrl, spec.htmlPath),
    description: clean(spec.description),
    language: 'en',
    generator: SITE_NAME,
    lastBuildDate: lastUpdated(spec.items),
    atom: { links: [{ href: absoluteUrl(spec.baseUrl, spec.selfPath), rel: 'self', type: 'application/rss+xml' }] },
    items: spec.items.map((item) => {
      const page = absoluteUrl(spec.baseUrl, itemPath(item.id));
      return {
        title: clean(item.title),
        link: page,
        guid: { value: page, isPermaLink: true },
        pubDate: toDate(item.published),
        description: clean(item.summary || item.text.slice(0, 500)),
        categories: item.objectives.map((tag) => ({
          name: `Objective ${objectiveLabel(tag.objective)}`,
          domain: absoluteUrl(spec.baseUrl, '/objectives'),
        })),
        dc: item.sourceOrganization ? { creators: [clean(item.sourceOrganization)] } : undefined,
      };
    }),
  };
  return generateRssFeed(feed);
}

function buildAtom(spec: FeedSpec): string {
  const updated = lastUpdated(spec.items);
  const feed: AtomFeed.Feed<Date> = {
    id: absoluteUrl(spec.baseUrl, spec.selfPath),
    title: { value: clean(spec.title) },
    subtitle: { value: clean(spec.description) },
    updated,
    authors: [{ name: SITE_NAME, uri: absoluteUrl(spec.baseUrl, '/') }],
    generator: { text: SITE_NAME },
    links: [
      { href: absoluteUrl(spec.baseUrl, spec.selfPath), rel: 'self', type: 'application/atom+xml' },
      { href: absoluteUrl(spec.baseUrl, spec.htmlPath), rel: 'alternate', type: 'text/html' },
    ],
    entries: spec.items.map((item) => {
      const page = absoluteUrl(spec.baseUrl, itemPath(item.id));
      const links: AtomFeed.Link<Date>[] = [{ href: page, rel: 'alternate', type: 'text/html' }];
      if (item.url) links.push({ href: item.url, rel: 'related' });
      return {
        id: page,
        title: { value: clean(item.title), type: 'text' },
        updated: toDate(item.published) ?? updated,
        published: toDate(item.published),
        links,
        summary: item.summary ? { value: clean(item.summary), type: 'text' } : undefined,
        content: item.html ? { value: clean(item.html), type: 'html' } : undefined,
        authors: item.sourceOrganization ? [{ name: clean(item.sourceOrganization) }] : undefined,
        categories: item.objectives.map((tag) => ({
          term: String(tag.objective),
          label: objectiveLabel(tag.objective),
          scheme: absoluteUrl(spec.baseUrl, '/objectives/'),
        })),
      };
    }),
  };
  return generateAtomFeed(feed);
}
