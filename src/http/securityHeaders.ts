import type { FastifyInstance } from 'fastify';
import { wantsJson } from './publicError.js';

/**
 * Pages carry no scripts at all, so the policy allows none; styles come only from our own stylesheet.
 * Images may come from item bodies (sanitised HTML pointing at the publisher's site).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds security headers to every answer, and open CORS to the read-only API and feeds. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
    if ((request.method === 'GET' || request.method === 'HEAD') && wantsJson(request.url)) {
      reply.header('access-control-allow-origin', '*');
    }
    return payload;
  });
}
