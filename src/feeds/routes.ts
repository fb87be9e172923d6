import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Hub } from '../app/hub.js';
import { notFound } from '../domain/errors.js';
import { objectiveByNumber } from '../domain/gcm.js';
import { REGIONS } from '../domain/regions.js';
import { countryLabel, isCountryCode } from '../http/labels.js';
import { countryPath, feedPaths, objectivePath, organizationPath, regionPath, searchPath } from '../http/urls.js';
import { parseSearchParams } from '../search/queryParams.js';
import type { SearchQuery } from '../search/types.js';
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat } from './buildFeed.js';
import { describeQuery } from './describeQuery.js';

export interface FeedOptions {
  hub: Hub;
  baseUrl: string;
}

/** How many items a feed lists: the newest ones. */
export const FEED_SIZE = 50;
const FORMATS: FeedFormat[] = ['rss', 'atom'];

interface FeedRequest {
  query: SearchQuery;
  title: string;
  description: string;
  selfPath: string;
  htmlPath: string;
}

/** RSS 2.0 and Atom 1.0 feeds of any search, and of each objective, country and organisation. */
export async function feedRoutes(app: FastifyInstance, { hub, baseUrl }: FeedOptions): Promise<void> {
  const send = async (reply: FastifyReply, format: FeedFormat, feed: FeedRequest) => {
    const result = await hub.search.search({ ...feed.query, sort: 'date', page: 1, pageSize: FEED_SIZE });
    const xml = buildFeed(format, {
      title: `Migration Hub — ${feed.title}`,
      description: feed.description,
      baseUrl,
      selfPath: feed.selfPath,
      htmlPath: feed.htmlPath,
      items: result.hits.map((hit) => hit.item),
    });
    return reply.type(FEED_CONTENT_TYPES[format]).header('cache-control', 'public, max-age=300').send(xml);
  };

  for (const format of FORMATS) {
    app.get(`/feeds/${format}`, async (request, reply) => {
      const query = parseSearchParams(request.query as Record<string, unknown>);
      const described = describeQuery(query);
      return send(reply, format, {
        query,
        title: described || 'Latest items',
        description: described ? `Newest items matching ${described}` : 'Newest items gathered by the hub',
        selfPath: feedPaths(query)[format],
        htmlPath: searchPath({ ...query, page: undefined, pageSize: undefined }),
      });
    });

    app.get<{ Params: { n: string } }>(`/objectives/:n/feed.${format}`, async (request, reply) => {
      const n = /^\d{1,2}$/.test(request.params.n) ? Number(request.params.n) : Number.NaN;
      const objective = objectiveByNumber(n);
      if (!objective) throw notFound(`Objective ${request.params.n}`);
      const path = objectivePath(n);
      return send(reply, format, {
        query: { objectives: [n] },
        title: `Objective ${n}: ${objective.label}`,
        description: objective.title,
        selfPath: `${path}/feed.${format}`,
        htmlPath: path,
      });
    });

    app.get<{ Params: { code: string } }>(`/countries/:code/feed.${format}`, async (request, reply) => {
      const code = request.params.code.toUpperCase();
      if (!isCountryCode(code)) throw notFound(`The country "${request.params.code}"`);
      const path = countryPath(code);
      const name = countryLabel(code, 'en');
      return send(reply, format, {
        query: { countries: [code] },
        title: name,
        description: `Newest items about ${name}`,
        selfPath: `${path}/feed.${format}`,
        htmlPath: path,
      });
    });

    app.get<{ Params: { id: string } }>(`/organizations/:id/feed.${format}`, async (request, reply) => {
      const org = await hub.store.items.getOrganization(request.params.id.toLowerCase());
      if (!org) throw notFound(`The organisation "${request.params.id}"`);
      const path = organizationPath(org.id);
      return send(reply, format, {
        query: { organizations: [org.id] },
        title: org.name,
        description: `Newest items from or about ${org.fullName ?? org.name}`,
        selfPath: `${path}/feed.${format}`,
        htmlPath: path,
      });
    });

    app.get<{ Params: { id: string } }>(`/regions/:id/feed.${format}`, async (request, reply) => {
      const region = REGIONS.find((r) => r.id === request.params.id);
      if (!region) throw notFound(`The region "${request.params.id}"`);
      const path = regionPath(region.id);
      return send(reply, format, {
        query: { regions: [region.id] },
        title: region.label,
        description: `Newest items about ${region.label}`,
        selfPath: `${path}/feed.${format}`,
        htmlPath: path,
      });
    });
  }
}
