import type { FastifyInstance } from 'fastify';
import type { Hub } from '../app/hub.js';
import type { EditorToken } from '../config/config.js';
import { HubError, notFound } from '../domain/errors.js';
import { bearerToken, editorFor } from '../http/editorAuth.js';
import { addCorrection, parseCorrectionRequest } from '../pipeline/corrections.js';
import { type EntityKind, isEntityKind } from '../store/entityTypes.js';
import { presentEntity } from './presenters/entity.js';
import { presentItem } from './presenters/item.js';

export interface EntityApiOptions {
  hub: Hub;
  baseUrl: string;
  editorTokens: readonly EditorToken[];
}

const PLURALS: Record<string, EntityKind> = { projects: 'project', people: 'person', events: 'event' };

/** The entity kind named in a URL, singular or plural ("project" or "projects"); a `not_found` HubError otherwise. */
export function entityKindParam(value: string): EntityKind {
  const kind = PLURALS[value] ?? value;
  if (!isEntityKind(kind)) throw notFound(`The kind of entity "${value}" (use project, person or event)`);
  return kind;
}

function pageParam(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new HubError('bad_request', `The "${name}" parameter must be a whole number from 1 to ${max}.`);
  }
  return n;
}

/**
 * Entities (`GET /api/v1/entities/:kind`, `GET /api/v1/entities/:kind/:id`) and editors' corrections
 * (`POST /api/v1/items/:id/corrections`, with `Authorization: Bearer TOKEN`).
 */
export async function entityApiRoutes(app: FastifyInstance, { hub, baseUrl, editorTokens }: EntityApiOptions) {
  app.get<{ Params: { kind: string }; Querystring: Record<string, unknown> }>(
    '/api/v1/entities/:kind',
    async (request) => {
      const kind = entityKindParam(request.params.kind);
      const page = pageParam(request.query.page, 'page', 1, 10_000);
      const pageSize = pageParam(request.query.pageSize, 'pageSize', 50, 500);
      const { total, entities } = await hub.store.entities.list(kind, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        data: entities.map((entity) => presentEntity(entity, baseUrl)),
        meta: { total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) },
      };
    },
  );

  app.get<{ Params: { kind: string; id: string } }>('/api/v1/entities/:kind/:id', async (request) => {
    const kind = entityKindParam(request.params.kind);
    const entity = await hub.store.entities.get(kind, request.params.id.toLowerCase());
    if (!entity) throw notFound(`The ${kind} "${request.params.id}"`);
    return { data: presentEntity(entity, baseUrl) };
  });

  app.post<{ Params: { id: string } }>('/api/v1/items/:id/corrections', async (request, reply) => {
    const editor = editorFor(bearerToken(request.headers.authorization), editorTokens);
    const correctionRequest = parseCorrectionRequest(request.body);
    const { correction, item } = await addCorrection(hub.store, {
      itemId: request.params.id,
      editor,
      request: correctionRequest,
    });
    reply.code(201);
    return { data: { correction, item: presentItem(item, baseUrl) } };
  });
}
