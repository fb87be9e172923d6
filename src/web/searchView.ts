import { isItemType } from '../domain/item.js';
import { countryLabel, languageLabel, objectiveLabel, regionLabel } from '../http/labels.js';
import { FACET_PARAMS, hasFilter, toggleFilter, withPage } from '../search/queryParams.js';
import { FACET_NAMES, type FacetName, type SearchQuery, type SearchResult } from '../search/types.js';
import type { ActiveFilter } from './components/ActiveFilters.js';
import type { FacetEntry } from './components/FacetGroup.js';
import { link, type PageContext } from './context.js';

/** Everything a listing page shows around its hits, with every link already built. */
export interface SearchView {
  facets: Record<FacetName, FacetEntry[]>;
  activeFilters: ActiveFilter[];
  clearHref: string;
  pages: number;
  pageHref: (page: number) => string;
}

export type FacetLabeler = (facet: FacetName, value: string) => string;

/** Labels for facet values in the reader's language; organisation names are looked up in the store once. */
export async function facetLabeler(ctx: PageContext, query: SearchQuery, result: SearchResult): Promise<FacetLabeler> {
  const orgIds = new Set([...result.facets.organization.map((f) => f.value), ...(query.organizations ?? [])]);
  const orgNames = new Map<string, string>();
  await Promise.all(
    [...orgIds].map(async (id) => {
      const org = await ctx.hub.store.items.getOrganization(id);
      if (org) orgNames.set(id, org.name);
    }),
  );
  return (facet, value) => {
    switch (facet) {
      case 'type':
        return isItemType(value) ? ctx.t[`type_${value}`] : value;
      case 'objective':
        return objectiveLabel(Number(value));
      case 'country':
        return countryLabel(value, ctx.locale);
      case 'region':
        return regionLabel(value);
      case 'organization':
        return orgNames.get(value) ?? value;
      case 'language':
        return languageLabel(value, ctx.locale);
      case 'year':
        return value;
    }
  };
}

/**
 * Builds facet links, active-filter chips and paging for a listing.
 * `pathFor` turns a query into the listing's URL (the search page, or an objective page…).
 */
export function buildSearchView(
  ctx: PageContext,
  query: SearchQuery,
  result: SearchResult,
  label: FacetLabeler,
  pathFor: (query: SearchQuery) => string,
): SearchView {
  const href = (q: SearchQuery) => link(ctx, pathFor(q));
  const facets = {} as Record<FacetName, FacetEntry[]>;
  const activeFilters: ActiveFilter[] = [];
  for (const facet of FACET_NAMES) {
    facets[facet] = result.facets[facet].map((value) => ({
      ...value,
      label: label(facet, value.value),
      selected: hasFilter(query, facet, value.value),
      href: href(toggleFilter(query, facet, value.value)),
    }));
    const selected = (query[FACET_PARAMS[facet].key] ?? []) as ReadonlyArray<string | number>;
    for (const value of selected) {
      activeFilters.push({
        label: `${ctx.t[`facet_${facet}`]}: ${label(facet, String(value))}`,
        removeHref: href(toggleFilter(query, facet, String(value))),
      });
    }
  }
  if (query.from)
    activeFilters.push({
      label: `${ctx.t.fromLabel} ${query.from}`,
      removeHref: href({ ...query, from: undefined, page: 1 }),
    });
  if (query.to)
    activeFilters.push({
      label: `${ctx.t.toLabel} ${query.to}`,
      removeHref: href({ ...query, to: undefined, page: 1 }),
    });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return {
    facets,
    activeFilters,
    clearHref: href({ q: query.q, sort: query.sort, pageSize: query.pageSize }),
    pages,
    pageHref: (page) => href(withPage(query, page)),
  };
}
