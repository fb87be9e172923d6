import type { FastifyInstance } from 'fastify';
import type { Hub } from '../app/hub.js';
import { notFound } from '../domain/errors.js';
import { GCM_OBJECTIVES } from '../domain/gcm.js';
import { parseSearchParams } from '../search/queryParams.js';
import { presentItem } from './presenters/item.js';
import { presentObjective } from './presenters/objective.js';
import { presentSearchResult } from './presenters/searchResult.js';

export interface ApiOptions {
  hub: Hub;
  baseUrl: string;
}

/** JSON API v1: item search with facets, one item, the objectives. Errors are `{ error: { code, message } }`. */
export async function apiRoutes(app: FastifyInstance, { hub, baseUrl }: ApiOptions): Promise<void> {
  app.get('/api/v1/items', async (request) => {
    const query = parseSearchParams(request.query as Record<string, unknown>);
    const result = await hub.search.search(query);
    return presentSearchResult(query, result, baseUrl);
  });

  app.get<{ Params: { id: string } }>('/api/v1/items/:id', async (request) => {
    const item = await hub.store.items.get(request.params.id);
    if (!item) throw notFound(`The item "${request.params.id}"`);
    return { data: presentItem(item, baseUrl) };
  });

  app.get('/api/v1/objectives', async () => {
    const counts = await hub.store.items.countByObjective();
    return {
      data: GCM_OBJECTIVES.map((objective) => presentObjective(objective, counts.get(objective.number) ?? 0, baseUrl)),
    };
  });
}
