import { absoluteUrl, apiItemsPath, feedPaths } from '../../http/urls.js';
import { withPage } from '../../search/queryParams.js';
import type { SearchQuery, SearchResult } from '../../search/types.js';
import { presentItem } from './item.js';

/** A page of search results as JSON: items (with their snippet), paging, facet counts and navigation links. */
export function presentSearchResult(query: SearchQuery, result: SearchResult, baseUrl: string) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const url = (q: SearchQuery) => absoluteUrl(baseUrl, apiItemsPath(q));
  const feeds = feedPaths(query);
  return {
    data: result.hits.map((hit) => ({ ...presentItem(hit.item, baseUrl), snippet: hit.snippet })),
    meta: { total: result.total, page: result.page, pageSize: result.pageSize, pages },
    facets: result.facets,
    links: {
      self: url(query),
      next: result.page < pages ? url(withPage(query, result.page + 1)) : null,
      prev: result.page > 1 ? url(withPage(query, Math.min(result.page - 1, pages))) : null,
      rss: absoluteUrl(baseUrl, feeds.rss),
      atom: absoluteUrl(baseUrl, feeds.atom),
    },
  };
}
