import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { FetchError } from './fetchError.js';
import { ACCEPT_ENCODING, readBody } from './readBody.js';
import { type CacheFields, cacheFields, errorForStatus, header, isRedirect, statusInWords } from './responseHandler.js';
import { type AllowList, guardedLookup } from './ssrfGuard.js';

/** What one request of a fetch came back with. */
export type Hop =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'not-modified'; status: number; cache: CacheFields }
  | { kind: 'ok'; status: number; cache: CacheFields; bytes: Uint8Array; contentType?: string };

export interface HopOptions {
  /** How messages name the document: the requested URL, and where it was redirected. */
  label: string;
  allow: AllowList;
  signal: AbortSignal;
  maxBytes: number;
  userAgent: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
}

// Feeds first, then pages, then anything: the hub reads all of them.
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, ' +
  'text/html;q=0.8, */*;q=0.5';

/** One GET without following redirects; the address was checked by the caller, host names are checked on lookup. */
export async function requestOnce(url: URL, options: HopOptions): Promise<Hop> {
  const headers: OutgoingHttpHeaders = {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  const request = (url.protocol === 'https:' ? https : http).request({
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers,
    ...(url.username ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
    // No connection pool: a pooled socket could have been opened under another fetch's allow-list.
    agent: false,
    lookup: guardedLookup(options.allow, options.label),
    signal: options.signal,
  });
  try {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      // Kept for the request's whole life: an error after the answer arrived must not crash the process.
      request.on('error', reject);
      request.once('response', resolve);
      request.end();
    });
    return await readResponse(response, options);
  } finally {
    request.destroy();
  }
}

async function readResponse(response: IncomingMessage, options: HopOptions): Promise<Hop> {
  const status = response.statusCode ?? 0;
  const now = new Date();
  if (isRedirect(status)) {
    const location = header(response.headers, 'location');
    if (!location) {
      throw new FetchError(
        'http_error',
        `${options.label}: the server answered ${statusInWords(status)} but did not say where the document went.`,
        { httpStatus: status },
      );
    }
    return { kind: 'redirect', status, location };
  }
  if (status === 304) return { kind: 'not-modified', status, cache: cacheFields(response.headers, now) };
  if (status < 200 || status > 299) throw errorForStatus(options.label, status, response.headers, now);
  const bytes = await readBody(response, { maxBytes: options.maxBytes, label: options.label, signal: options.signal });
  const contentType = header(response.headers, 'content-type');
  const hop: Hop = { kind: 'ok', status, cache: cacheFields(response.headers, now), bytes };
  return contentType ? { ...hop, contentType } : hop;
}
