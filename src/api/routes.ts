import type { FastifyInstance } from 'fastify';
import type { Hub } from '../app/hub.js';
import type { EditorToken } from '../config/config.js';
import { notFound } from '../domain/errors.js';
import { GCM_OBJECTIVES } from '../domain/gcm.js';
import { parseSearchParams } from '../search/queryParams.js';
import { entityApiRoutes } from './entityRoutes.js';
import { presentItem } from './presenters/item.js';
import { presentObjective } from './presenters/objective.js';
import { presentSearchResult } from './presenters/searchResult.js';

export interface ApiOptions {
  hub: Hub;
  baseUrl: string;
  /** Editors who may post corrections; none by default. */
  editorTokens?: readonly EditorToken[];
}

/** JSON API v1: item search with facets, one item, the objectives. Errors are `{ error: { code, message } }`. */
export async function apiRoutes(app: FastifyInstance, { hub, baseUrl, editorTokens }: ApiOptions): Promise<void> {
  await entityApiRoutes(app, { hub, baseUrl, editorTokens: editorTokens ?? [] });
  app.get('/api/v1/items', async (request) => {
    const query = parseSearchParams(request.query as Record<string, unknown>);
    const result = await hub.search.search(query);
    return presentSearchResult(query, result, baseUrl);
  });

  app.get<{ Params: { id: string } }>('/api/v1/items/:id', async (request) => {
    const item = await hub.store.items.get(request.params.id);
    if (!item) throw notFound(`The item "${request.params.id}"`);
    const [cluster, related] = await Promise.all([
      hub.store.clusters.cluster(item.id),
      hub.store.clusters.related(item.id, 5),
    ]);
    return { data: presentItem(item, baseUrl, { cluster, related }) };
  });

  app.get('/api/v1/objectives', async () => {
    const counts = await hub.store.items.countByObjective();
    return {
      data: GCM_OBJECTIVES.map((objective) => presentObjective(objective, counts.get(objective.number) ?? 0, baseUrl)),
    };
  });
}
