import { STATUS_CODES } from 'node:http';
import { FetchError } from './fetchError.js';

/** Response headers as node:http gives them. */
export type Headers = Record<string, string | string[] | undefined>;

/** What a response says about caching: validators for the next conditional GET and how long it stays fresh. */
export interface CacheFields {
  etag?: string;
  lastModified?: string;
  /** ISO time until which the document need not be fetched again. */
  freshUntil?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const isRedirect = (status: number): boolean => REDIRECTS.has(status);
export const isPermanentRedirect = (status: number): boolean => status === 301 || status === 308;

/** Reads ETag, Last-Modified and freshness (Cache-Control max-age minus Age, else Expires). */
export function cacheFields(headers: Headers, now: Date): CacheFields {
  const fields: CacheFields = {};
  const etag = header(headers, 'etag');
  const lastModified = header(headers, 'last-modified');
  if (etag) fields.etag = etag;
  if (lastModified) fields.lastModified = lastModified;
  const freshUntil = freshness(headers, now);
  if (freshUntil) fields.freshUntil = freshUntil.toISOString();
  return fields;
}

/** Retry-After as an ISO time: either delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return new Date(now.getTime() + Number(text) * 1000).toISOString();
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** "404 Not Found": a status with its standard name. */
export function statusInWords(status: number): string {
  const name = STATUS_CODES[status];
  return name ? `${status} ${name}` : String(status);
}

/** The error for a status that is neither success, redirect nor 304. */
export function errorForStatus(label: string, status: number, headers: Headers, now: Date): FetchError {
  const words = statusInWords(status);
  if (status === 429 || status === 503) {
    const retryAfter = parseRetryAfter(header(headers, 'retry-after'), now);
    const when = retryAfter ? `; it asks us to wait until ${retryAfter}` : '';
    return new FetchError(
      'rate_limited',
      `${label}: the server is busy or limiting requests (it answered ${words})${when}.`,
      retryAfter === undefined ? { httpStatus: status } : { httpStatus: status, retryAfter },
    );
  }
  const hint = status >= 500 ? ', a problem on its side' : '';
  return new FetchError('http_error', `${label}: the server answered ${words}${hint}.`, { httpStatus: status });
}

/** One header as a single string (repeated headers joined with a comma, as HTTP allows). */
export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function freshness(headers: Headers, now: Date): Date | undefined {
  const cacheControl = (header(headers, 'cache-control') ?? '').toLowerCase();
  if (/(?:^|,)\s*(?:no-store|no-cache)\b/.test(cacheControl)) return undefined;
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/.exec(cacheControl)?.[1];
  if (maxAge !== undefined) {
    const age = Number(header(headers, 'age') ?? 0) || 0;
    return new Date(now.getTime() + Math.max(0, Number(maxAge) - age) * 1000);
  }
  const expires = header(headers, 'expires');
  if (!expires) return undefined;
  const time = Date.parse(expires);
  // An unreadable Expires (often "0" or "-1") means "already stale".
  return new Date(Number.isNaN(time) ? now.getTime() : Math.max(time, now.getTime()));
}
