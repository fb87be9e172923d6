import type { SearchHit } from '../../search/types.js';
import { EmptyState } from '../components/EmptyState.js';
import { Layout } from '../components/Layout.js';
import { ObjectiveGrid } from '../components/ObjectiveGrid.js';
import { ResultList } from '../components/ResultList.js';
import { SearchForm } from '../components/SearchForm.js';
import { countLabel, link, type PageContext } from '../context.js';

interface HomePageProps {
  ctx: PageContext;
  total: number;
  latest: SearchHit[];
  objectiveCounts: Map<number, number>;
}

/** The front page: what the hub is, a search box, the newest items and the 23 objectives. */
export function HomePage({ ctx, total, latest, objectiveCounts }: HomePageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} section="home" feeds={{ rss: '/feeds/rss', atom: '/feeds/atom' }}>
      <section class="intro">
        <h1>{t.siteName}</h1>
        <p class="lead">{t.homeIntro}</p>
        <SearchForm ctx={ctx} query={{}} compact />
      </section>
      {total === 0 ? (
        <EmptyState title={t.emptyStoreTitle} hint={t.emptyStoreHint} />
      ) : (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t.latestHeading}</h2>
          <ResultList ctx={ctx} hits={latest.map((hit) => ({ ...hit, snippet: [] }))} />
          <p>
            <a href={link(ctx, '/search')}>
              {t.seeAll} ({countLabel(ctx, total, 'itemsOne', 'itemsCount')})
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t.objectivesHeading}</h2>
        <p>{t.objectivesIntro}</p>
        <ObjectiveGrid ctx={ctx} counts={objectiveCounts} />
      </section>
    </Layout>
  );
}
