import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Hub } from '../app/hub.js';
import type { EditorToken } from '../config/config.js';
import { notFound } from '../domain/errors.js';
import { objectiveByNumber } from '../domain/gcm.js';
import { REGIONS } from '../domain/regions.js';
import { countryLabel, countryRegionOf, isCountryCode, regionLabel } from '../http/labels.js';
import { countryPath, feedPaths, objectivePath, organizationPath, regionPath, searchPath } from '../http/urls.js';
import { parseSearchParams } from '../search/queryParams.js';
import type { SearchQuery } from '../search/types.js';
import { createContext, link, type PageContext, tf } from './context.js';
import { entityWebRoutes } from './entityRoutes.js';
import { ErrorPage } from './pages/ErrorPage.js';
import { HomePage } from './pages/HomePage.js';
import { ItemPage } from './pages/ItemPage.js';
import { ListingPage } from './pages/ListingPage.js';
import { ObjectivesPage } from './pages/ObjectivesPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SourcesPage } from './pages/SourcesPage.js';
import { renderDocument } from './render.js';
import { buildSearchView, facetLabeler } from './searchView.js';

export interface WebOptions {
  hub: Hub;
  baseUrl: string;
  /** Editors who may correct tags with the item page's form; none by default. */
  editorTokens?: readonly EditorToken[];
}

const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);

/** Server-rendered pages: home, search, items, objectives, countries, regions, organisations. */
export async function webRoutes(app: FastifyInstance, { hub, baseUrl, editorTokens }: WebOptions): Promise<void> {
  const context = (request: FastifyRequest) => createContext(request, hub, baseUrl);
  await entityWebRoutes(app, { hub, baseUrl, editorTokens: editorTokens ?? [] });

  app.get('/', async (request, reply) => {
    const ctx = context(request);
    const [total, latest, objectiveCounts] = await Promise.all([
      hub.store.items.count(),
      hub.search.search({ sort: 'date', page: 1, pageSize: 10 }),
      hub.store.items.countByObjective(),
    ]);
    return html(
      reply,
      renderDocument(<HomePage ctx={ctx} total={total} latest={latest.hits} objectiveCounts={objectiveCounts} />),
    );
  });

  app.get('/search', async (request, reply) => {
    const ctx = context(request);
    const query = parseSearchParams(request.query as Record<string, unknown>);
    const result = await hub.search.search(query);
    const label = await facetLabeler(ctx, query, result);
    const view = buildSearchView(ctx, query, result, label, searchPath);
    return html(
      reply,
      renderDocument(<SearchPage ctx={ctx} query={query} result={result} view={view} feeds={feedPaths(query)} />),
    );
  });

  app.get<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
    const item = await hub.store.items.get(request.params.id);
    if (!item) throw notFound('This item');
    const [cluster, related] = await Promise.all([
      hub.store.clusters.cluster(item.id),
      hub.store.clusters.related(item.id, 5),
    ]);
    return html(
      reply,
      renderDocument(<ItemPage ctx={context(request)} item={item} duplicates={{ cluster, related }} />),
    );
  });

  app.get('/sources', async (request, reply) => {
    const sources = await hub.store.sources.list();
    return html(reply, renderDocument(<SourcesPage ctx={context(request)} sources={sources} />));
  });

  app.get('/objectives', async (request, reply) => {
    const counts = await hub.store.items.countByObjective();
    return html(reply, renderDocument(<ObjectivesPage ctx={context(request)} counts={counts} />));
  });

  app.get<{ Params: { n: string } }>('/objectives/:n', async (request, reply) => {
    const n = /^\d{1,2}$/.test(request.params.n) ? Number(request.params.n) : Number.NaN;
    const objective = objectiveByNumber(n);
    if (!objective) throw notFound(`Objective ${request.params.n}`);
    const ctx = context(request);
    return listing(ctx, request, reply, {
      filter: { objectives: [n] },
      path: objectivePath(n),
      kicker: tf(ctx, 'objectiveN', { n }),
      heading: objective.label,
      section: 'objectives',
      children: <p class="lead">{objective.title}</p>,
    });
  });

  app.get<{ Params: { code: string } }>('/countries/:code', async (request, reply) => {
    const code = request.params.code.toUpperCase();
    if (!isCountryCode(code)) throw notFound(`The country "${request.params.code}"`);
    const ctx = context(request);
    const region = countryRegionOf(code);
    return listing(ctx, request, reply, {
      filter: { countries: [code] },
      path: countryPath(code),
      kicker: ctx.t.countryHeading,
      heading: countryLabel(code, ctx.locale),
      children: region && (
        <p>
          {ctx.t.regionHeading}: <a href={link(ctx, regionPath(region))}>{regionLabel(region)}</a>
        </p>
      ),
    });
  });

  app.get<{ Params: { id: string } }>('/regions/:id', async (request, reply) => {
    const region = REGIONS.find((r) => r.id === request.params.id);
    if (!region) throw notFound(`The region "${request.params.id}"`);
    const ctx = context(request);
    return listing(ctx, request, reply, {
      filter: { regions: [region.id] },
      path: regionPath(region.id),
      kicker: ctx.t.regionHeading,
      heading: region.label,
    });
  });

  app.get<{ Params: { id: string } }>('/organizations/:id', async (request, reply) => {
    const org = await hub.store.items.getOrganization(request.params.id.toLowerCase());
    if (!org) throw notFound(`The organisation "${request.params.id}"`);
    const ctx = context(request);
    return listing(ctx, request, reply, {
      filter: { organizations: [org.id] },
      path: organizationPath(org.id),
      kicker: ctx.t.organizationHeading,
      heading: org.name,
      children: org.fullName && org.fullName !== org.name ? <p class="lead">{org.fullName}</p> : undefined,
    });
  });
}

interface ListingSpec {
  filter: SearchQuery;
  /** The page's own path; paging adds `?page=`, feeds live at `<path>/feed.rss|atom`. */
  path: string;
  kicker: string;
  heading: string;
  section?: 'objectives';
  children?: ComponentChildren;
}

/** Renders an entity page: its items newest first, paged, with feeds and a link to refine in search. */
async function listing(ctx: PageContext, request: FastifyRequest, reply: FastifyReply, spec: ListingSpec) {
  const { page, pageSize } = parseSearchParams(request.query as Record<string, unknown>);
  const result = await ctx.hub.search.search({ ...spec.filter, sort: 'date', page, pageSize });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (p: number) => link(ctx, p === 1 ? spec.path : `${spec.path}?page=${p}`);
  const page_ = (
    <ListingPage
      ctx={ctx}
      kicker={spec.kicker}
      heading={spec.heading}
      result={result}
      pages={pages}
      pageHref={pageHref}
      feeds={{ rss: `${spec.path}/feed.rss`, atom: `${spec.path}/feed.atom` }}
      refineHref={link(ctx, searchPath(spec.filter))}
      section={spec.section}
    >
      {spec.children}
    </ListingPage>
  );
  return html(reply, renderDocument(page_));
}

/** An HTML error page for the error handler. */
export function renderErrorPage(
  request: FastifyRequest,
  hub: Hub,
  baseUrl: string,
  status: number,
  message?: string,
): string {
  return renderDocument(<ErrorPage ctx={createContext(request, hub, baseUrl)} status={status} message={message} />);
}
