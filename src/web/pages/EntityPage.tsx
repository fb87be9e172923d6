import type { ComponentChildren } from 'preact';
import { isCountryCode } from '../../domain/countries.js';
import { organizationById } from '../../domain/organizations.js';
import { countryLabel } from '../../http/labels.js';
import { countryPath, organizationPath } from '../../http/urls.js';
import type { SearchHit } from '../../search/types.js';
import type { StoredEntity } from '../../store/types.js';
import { Layout } from '../components/Layout.js';
import { ResultItem } from '../components/ResultItem.js';
import { SubscribeLinks } from '../components/SubscribeLinks.js';
import { countLabel, formatDate, link, type PageContext, tf } from '../context.js';

interface EntityPageProps {
  ctx: PageContext;
  entity: StoredEntity;
  /** Its items, newest first (at most one page of them). */
  hits: SearchHit[];
  total: number;
  feeds: { rss: string; atom: string };
  /** All its items on the search page. */
  refineHref: string;
}

/** A project, person or event: what the items say of it, and its items on a timeline grouped by year. */
export function EntityPage({ ctx, entity, hits, total, feeds, refineHref }: EntityPageProps) {
  const { t } = ctx;
  const kicker = { project: t.projectHeading, person: t.personHeading, event: t.eventHeading }[entity.kind];
  return (
    <Layout ctx={ctx} title={entity.name} feeds={feeds}>
      <p class="kicker">{kicker}</p>
      <h1>{entity.name}</h1>
      <dl class="item-facts">
        <EntityDetails ctx={ctx} entity={entity} />
      </dl>
      {entity.data.evidence && (
        <p class="evidence">
          {t.readFrom}: <q>{entity.data.evidence}</q>
        </p>
      )}
      <div class="listing-layout">
        <section class="listing-main" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t.timelineHeading}</h2>
          <p class="result-count">
            {countLabel(ctx, total, 'itemsOne', 'itemsCount')} · <a href={refineHref}>{t.refineInSearch}</a>
          </p>
          {byYear(hits).map(([year, group]) => (
            <section key={year} class="timeline-year" aria-label={year ?? t.undatedLabel}>
              <h3>{year ?? t.undatedLabel}</h3>
              <ol class="results">
                {group.map((hit) => (
                  <ResultItem key={hit.item.id} ctx={ctx} item={hit.item} />
                ))}
              </ol>
            </section>
          ))}
        </section>
        <div class="listing-side">
          <SubscribeLinks ctx={ctx} feeds={feeds} />
        </div>
      </div>
    </Layout>
  );
}

/** Hits grouped by the year they were published, newest year first, undated last (order kept within a year). */
export function byYear(hits: SearchHit[]): [string | null, SearchHit[]][] {
  const groups = new Map<string | null, SearchHit[]>();
  for (const hit of hits) {
    const year = hit.item.published ? hit.item.published.slice(0, 4) : null;
    groups.set(year, [...(groups.get(year) ?? []), hit]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)));
}

function EntityDetails({ ctx, entity }: { ctx: PageContext; entity: StoredEntity }) {
  const { t } = ctx;
  if (entity.kind === 'project') {
    const p = entity.data;
    const period = [p.start && formatDate(ctx, p.start), p.end && formatDate(ctx, p.end)].filter(Boolean).join(' – ');
    const duration = p.durationMonths ? tf(ctx, 'durationMonths', { n: p.durationMonths }) : '';
    return (
      <>
        {p.acronym && p.acronym !== entity.name && <Fact label={t.acronymLabel}>{p.acronym}</Fact>}
        <Fact label={t.fundersLabel}>{actors(ctx, p.funders)}</Fact>
        <Fact label={t.implementersLabel}>{actors(ctx, p.implementers)}</Fact>
        <Fact label={t.countriesLabel}>{actors(ctx, p.countries)}</Fact>
        <Fact label={t.periodLabel}>{[period, duration && `(${duration})`].filter(Boolean).join(' ')}</Fact>
      </>
    );
  }
  if (entity.kind === 'person') {
    const p = entity.data;
    return (
      <>
        <Fact label={t.roleLabel}>{p.role}</Fact>
        <Fact label={t.organizationHeading}>{p.organization && actors(ctx, [p.organization])}</Fact>
      </>
    );
  }
  const e = entity.data;
  const date = [e.date && formatDate(ctx, e.date), e.endDate && formatDate(ctx, e.endDate)].filter(Boolean).join(' – ');
  const participants = [
    e.participants?.toLocaleString(ctx.locale),
    e.countriesRepresented ? `(${tf(ctx, 'countriesRepresented', { n: e.countriesRepresented })})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <Fact label={t.dateLabel}>{date}</Fact>
      <Fact label={t.placeLabel}>{e.place}</Fact>
      <Fact label={t.participantsLabel}>{participants}</Fact>
    </>
  );
}

/** A row of the fact list; nothing when there is no value. */
function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  if (Array.isArray(children) && children.length === 0) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Organisations and countries as links when the hub knows them, else as written; comma-separated. */
function actors(ctx: PageContext, values: string[]): ComponentChildren[] {
  return values.map((value, index) => {
    const org = organizationById(value);
    const code = value.toUpperCase();
    const node = org ? (
      <a href={link(ctx, organizationPath(org.id))}>{org.name}</a>
    ) : /^[A-Z]{3}$/.test(value) && isCountryCode(code) ? (
      <a href={link(ctx, countryPath(code))}>{countryLabel(code, ctx.locale)}</a>
    ) : (
      value
    );
    return (
      <span key={value}>
        {index > 0 && ', '}
        {node}
      </span>
    );
  });
}
