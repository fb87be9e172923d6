import type { ComponentChildren } from 'preact';
import type { SearchResult } from '../../search/types.js';
import { EmptyState } from '../components/EmptyState.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultList } from '../components/ResultList.js';
import { SubscribeLinks } from '../components/SubscribeLinks.js';
import { countLabel, type PageContext } from '../context.js';

interface ListingPageProps {
  ctx: PageContext;
  /** Small line above the heading ("Objective 11", "Country"). */
  kicker: string;
  heading: string;
  result: SearchResult;
  pages: number;
  pageHref: (page: number) => string;
  feeds: { rss: string; atom: string };
  /** The same list on the search page, where it can be filtered further. */
  refineHref: string;
  section?: 'objectives';
  children?: ComponentChildren;
}

/** The page of one objective, country, region or organisation: what it is and its items, newest first. */
export function ListingPage(props: ListingPageProps) {
  const { ctx, kicker, heading, result, feeds } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={heading} section={props.section} feeds={feeds}>
      <p class="kicker">{kicker}</p>
      <h1>{heading}</h1>
      {props.children}
      <div class="listing-layout">
        <div class="listing-main">
          <p class="result-count">
            {countLabel(ctx, result.total, 'itemsOne', 'itemsCount')} ·{' '}
            <a href={props.refineHref}>{t.refineInSearch}</a>
          </p>
          {result.hits.length === 0 ? (
            <EmptyState title={t.noResultsTitle} hint={t.noItemsHere} />
          ) : (
            <ResultList ctx={ctx} hits={result.hits} />
          )}
          <Pagination ctx={ctx} page={result.page} pages={props.pages} hrefFor={props.pageHref} />
        </div>
        <div class="listing-side">
          <SubscribeLinks ctx={ctx} feeds={feeds} />
        </div>
      </div>
    </Layout>
  );
}
