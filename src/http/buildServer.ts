import { fileURLToPath } from 'node:url';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { apiRoutes } from '../api/routes.js';
import type { Hub } from '../app/hub.js';
import type { EditorToken } from '../config/config.js';
import { feedRoutes } from '../feeds/routes.js';
import { renderErrorPage, webRoutes } from '../web/routes.js';
import { toPublicError, wantsJson } from './publicError.js';
import { addSecurityHeaders } from './securityHeaders.js';

export interface ServerOptions {
  /** Public address used in feed and API links, without a trailing slash. */
  baseUrl: string;
  logger?: boolean;
  /** Editors who may correct tags (API and item page); corrections are refused when there are none. */
  editorTokens?: EditorToken[];
}

const ASSETS_DIR = fileURLToPath(new URL('../web/assets/', import.meta.url));

/** The HTTP server of the hub: web pages, JSON API, feeds and the stylesheet; not yet listening. */
export async function buildServer(hub: Hub, options: ServerOptions): Promise<FastifyInstance> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const app = Fastify({ logger: options.logger ?? false, routerOptions: { ignoreTrailingSlash: true } });

  app.setErrorHandler(async (error, request, reply) => {
    const publicError = toPublicError(error);
    if (publicError.status >= 500) request.log.error({ err: error }, 'request failed');
    reply.code(publicError.status);
    if (wantsJson(request.url)) return reply.send({ error: { code: publicError.code, message: publicError.message } });
    return reply
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(request, hub, baseUrl, publicError.status, publicError.message));
  });

  app.setNotFoundHandler(async (request, reply) => {
    reply.code(404);
    if (wantsJson(request.url)) {
      return reply.send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
    }
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(request, hub, baseUrl, 404));
  });

  addSecurityHeaders(app);
  await app.register(formbody);
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', index: false, maxAge: '1h' });
  const editorTokens = options.editorTokens ?? [];
  await app.register(webRoutes, { hub, baseUrl, editorTokens });
  await app.register(apiRoutes, { hub, baseUrl, editorTokens });
  await app.register(feedRoutes, { hub, baseUrl });
  return app;
}
