import type { SearchQuery, SearchResult } from '../../search/types.js';
import { ActiveFilters } from '../components/ActiveFilters.js';
import { EmptyState } from '../components/EmptyState.js';
import { FacetSidebar } from '../components/FacetSidebar.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultList } from '../components/ResultList.js';
import { SearchForm } from '../components/SearchForm.js';
import { SubscribeLinks } from '../components/SubscribeLinks.js';
import { countLabel, type PageContext, tf } from '../context.js';
import type { SearchView } from '../searchView.js';

interface SearchPageProps {
  ctx: PageContext;
  query: SearchQuery;
  result: SearchResult;
  view: SearchView;
  feeds: { rss: string; atom: string };
}

/** The faceted search page: form, active filters, results with paging, facets and feed links. */
export function SearchPage({ ctx, query, result, view, feeds }: SearchPageProps) {
  const { t } = ctx;
  const heading = query.q ? tf(ctx, 'searchResultsFor', { q: query.q }) : t.searchHeading;
  return (
    <Layout ctx={ctx} title={heading} section="search" feeds={feeds}>
      <h1>{heading}</h1>
      <SearchForm ctx={ctx} query={query} />
      <div class="listing-layout">
        <div class="listing-main">
          <ActiveFilters ctx={ctx} filters={view.activeFilters} clearHref={view.clearHref} />
          <p class="result-count" role="status">
            {countLabel(ctx, result.total, 'resultsOne', 'resultsCount')}
          </p>
          {result.hits.length === 0 ? (
            <EmptyState title={t.noResultsTitle} hint={t.noResultsHint}>
              {view.activeFilters.length > 0 && (
                <p>
                  <a href={view.clearHref}>{t.clearFilters}</a>
                </p>
              )}
            </EmptyState>
          ) : (
            <ResultList ctx={ctx} hits={result.hits} />
          )}
          <Pagination ctx={ctx} page={result.page} pages={view.pages} hrefFor={view.pageHref} />
        </div>
        <div class="listing-side">
          <FacetSidebar ctx={ctx} facets={view.facets} />
          <SubscribeLinks ctx={ctx} feeds={feeds} />
        </div>
      </div>
    </Layout>
  );
}
