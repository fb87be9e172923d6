import { toSearchParams } from '../search/queryParams.js';
import type { SearchQuery } from '../search/types.js';

/** Paths every face links to; one place so that web pages, API links and feeds agree. */

const withQuery = (path: string, params: URLSearchParams): string => {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

export const itemPath = (id: string): string => `/items/${encodeURIComponent(id)}`;
export const objectivePath = (n: number): string => `/objectives/${n}`;
export const countryPath = (code: string): string => `/countries/${encodeURIComponent(code)}`;
export const organizationPath = (id: string): string => `/organizations/${encodeURIComponent(id)}`;
export const regionPath = (id: string): string => `/regions/${encodeURIComponent(id)}`;
/** A project, person or event page: /projects/ID, /people/ID, /events/ID. */
export const entityPath = (kind: 'project' | 'person' | 'event', id: string): string =>
  `/${kind === 'person' ? 'people' : `${kind}s`}/${encodeURIComponent(id)}`;

/** The search page showing this query. */
export const searchPath = (query: SearchQuery): string => withQuery('/search', toSearchParams(query));

/** The API listing for this query. */
export const apiItemsPath = (query: SearchQuery): string => withQuery('/api/v1/items', toSearchParams(query));

/** Feeds take the filters of a search but always list the newest items, so paging and sort are dropped. */
export function feedPaths(query: SearchQuery): { rss: string; atom: string } {
  const params = toSearchParams({ ...query, sort: undefined, page: undefined, pageSize: undefined });
  return { rss: withQuery('/feeds/rss', params), atom: withQuery('/feeds/atom', params) };
}

/** An absolute URL on this hub, for feeds, API links and canonical links. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
