import { HubError } from '../domain/errors.js';

/** What a client is told about an error: an HTTP status, a stable code and a sentence a person understands. */
export interface PublicError {
  status: number;
  code: string;
  message: string;
}

const INTERNAL_MESSAGE =
  'The hub could not answer this request because of an internal problem. Please try again later.';

/** Maps any thrown value to what may be shown: HubErrors keep their words, unknown failures reveal nothing. */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof HubError) return { status: error.status, code: error.code, message: error.message };
  const status = statusOf(error);
  if (status === 404) return { status, code: 'not_found', message: 'There is nothing at this address.' };
  if (status !== undefined && status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, body too large…) have useful, non-sensitive messages.
    const message = error instanceof Error ? error.message : 'The request could not be understood.';
    return { status, code: 'bad_request', message };
  }
  return { status: 500, code: 'internal', message: INTERNAL_MESSAGE };
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const { statusCode } = error as { statusCode: unknown };
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/** Machine-facing addresses (API, feeds) answer errors in JSON; everything else gets an HTML page. */
export function wantsJson(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return path.startsWith('/api/') || path === '/api' || path.startsWith('/feeds/') || /\/feed\.(rss|atom)$/.test(path);
}
