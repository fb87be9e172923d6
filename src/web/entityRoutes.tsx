import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Hub } from '../app/hub.js';
import type { EditorToken } from '../config/config.js';
import { notFound } from '../domain/errors.js';
import { editorFor } from '../http/editorAuth.js';
import { feedPaths, itemPath, searchPath } from '../http/urls.js';
import { addCorrection, parseCorrectionRequest } from '../pipeline/corrections.js';
import type { SearchQuery } from '../search/types.js';
import type { EntityKind } from '../store/types.js';
import { createContext, link } from './context.js';
import { EntityPage } from './pages/EntityPage.js';
import { renderDocument } from './render.js';

export interface EntityWebOptions {
  hub: Hub;
  baseUrl: string;
  editorTokens: readonly EditorToken[];
}

/** How many of an entity's items its page shows; the rest are one click away in search. */
const TIMELINE_ITEMS = 100;

const PAGES: { path: string; kind: EntityKind; filter: (id: string) => SearchQuery }[] = [
  { path: '/projects/:id', kind: 'project', filter: (id) => ({ projects: [id] }) },
  { path: '/people/:id', kind: 'person', filter: (id) => ({ people: [id] }) },
  { path: '/events/:id', kind: 'event', filter: (id) => ({ events: [id] }) },
];

/** Project, person and event pages, and the item page's correction form handler. */
export async function entityWebRoutes(app: FastifyInstance, { hub, baseUrl, editorTokens }: EntityWebOptions) {
  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);

  for (const page of PAGES) {
    app.get<{ Params: { id: string } }>(page.path, async (request, reply) => {
      const id = request.params.id.toLowerCase();
      const entity = await hub.store.entities.get(page.kind, id);
      if (!entity) throw notFound(`This ${page.kind}`);
      const filter = page.filter(id);
      const result = await hub.search.search({ ...filter, sort: 'date', page: 1, pageSize: TIMELINE_ITEMS });
      const ctx = createContext(request, hub, baseUrl);
      return html(
        reply,
        renderDocument(
          <EntityPage
            ctx={ctx}
            entity={entity}
            hits={result.hits}
            total={result.total}
            feeds={feedPaths(filter)}
            refineHref={link(ctx, searchPath(filter))}
          />,
        ),
      );
    });
  }

  // The form posts the token as a field: without a cookie, another site cannot submit it on an editor's behalf.
  app.post<{ Params: { id: string } }>('/items/:id/corrections', async (request: FastifyRequest, reply) => {
    const { id } = request.params as { id: string };
    const body = (request.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' && body.token.trim() ? body.token.trim() : undefined;
    const editor = editorFor(token, editorTokens);
    const { token: _token, ...fields } = body;
    const note = typeof fields.note === 'string' && fields.note.trim() ? fields.note : undefined;
    const correctionRequest = parseCorrectionRequest({ ...fields, note });
    await addCorrection(hub.store, { itemId: id, editor, request: correctionRequest });
    const ctx = createContext(request, hub, baseUrl);
    const target = link(ctx, itemPath(id));
    return reply.redirect(`${target}${target.includes('?') ? '&' : '?'}corrected=1`, 303);
  });
}
