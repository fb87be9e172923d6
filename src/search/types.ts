import type { Item, ItemType } from '../domain/item.js';

export const FACET_NAMES = ['type', 'objective', 'country', 'region', 'organization', 'language', 'year'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export type SortOrder = 'relevance' | 'date';

/** A search as the web page, the API and the feeds take it (see search/queryParams.ts for the URL form). */
export interface SearchQuery {
  /** Free text: words are AND-ed, "quoted phrases" match in order, accents and case are folded, English is stemmed. */
  q?: string;
  types?: ItemType[];
  objectives?: number[];
  /** ISO alpha-3. */
  countries?: string[];
  regions?: string[];
  /** Organisation ids (slugs). */
  organizations?: string[];
  languages?: string[];
  years?: number[];
  /** GCM guiding principle ids (domain/gcm.ts). */
  principles?: string[];
  /** Entity ids (slugs) of projects, people and events named by the items. */
  projects?: string[];
  people?: string[];
  events?: string[];
  /** Inclusive bounds on the published date, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Default: relevance when q is given, else date. */
  sort?: SortOrder;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** A run of snippet text; highlighted runs matched the query. Faces escape the text and mark the highlighted runs. */
export interface SnippetPart {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  item: Item;
  score: number;
  snippet: SnippetPart[];
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  /** Counts over the items matching the query; a facet's counts ignore that facet's own filter. */
  facets: Record<FacetName, FacetValue[]>;
}

export interface SearchProvider {
  search(query: SearchQuery): Promise<SearchResult>;
}
