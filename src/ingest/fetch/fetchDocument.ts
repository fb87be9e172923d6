import packageJson from '../../../package.json' with { type: 'json' };
import { durationInWords, FetchError, networkError } from './fetchError.js';
import { HostLimiter } from './hostLimiter.js';
import { type Hop, requestOnce } from './requestOnce.js';
import { isPermanentRedirect } from './responseHandler.js';
import { AllowList, checkUrl } from './ssrfGuard.js';

export { nextAttemptAfterError } from './backoff.js';
export { FetchError, type FetchErrorCode } from './fetchError.js';
export { HostLimiter } from './hostLimiter.js';
export { ALLOW_PRIVATE_SETTING, AllowList } from './ssrfGuard.js';

export interface FetchOptions {
  /** Sent as If-None-Match. */
  etag?: string;
  /** Sent as If-Modified-Since. */
  lastModified?: string;
  /** The whole request, redirects and body included; default 20 000. */
  timeoutMs?: number;
  /** Limit on the body, both as sent and once uncompressed; default 20 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Host names, IP addresses or CIDR networks the SSRF guard lets through (the operator's allow-list). */
  allowPrivate?: string[];
  userAgent?: string;
  /** Per-host concurrency; default a limiter shared by all fetches, 2 requests per host. */
  limiter?: HostLimiter;
}

export interface FetchCommon {
  /** The final URL, after redirects. */
  url: string;
  requestedUrl: string;
  /** The target of the first 301/308 in the chain, so the caller can update the source URL. */
  permanentRedirect?: string;
  etag?: string;
  lastModified?: string;
  /** ISO time from Cache-Control max-age or Expires. */
  freshUntil?: string;
  status: number;
}

export type FetchOutcome =
  | (FetchCommon & { kind: 'ok'; bytes: Uint8Array; contentType?: string })
  | (FetchCommon & { kind: 'not-modified' });

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = `MigrationHub/${packageJson.version} (+https://github.com/migration-hub)`;

const sharedLimiter = new HostLimiter(2);

/**
 * Fetches one document with a conditional GET, following redirects itself so that every hop passes the SSRF
 * guard. Resolves to the bytes or to "not modified"; rejects with a FetchError whose message starts with the URL.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const requestedUrl = url.trim();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const limiter = options.limiter ?? sharedLimiter;
  const allow = new AllowList(options.allowPrivate);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // The clock starts once the first request may go out, so time spent queued behind other fetches is not counted.
  const startClock = () => {
    timer ??= setTimeout(() => controller.abort(), timeoutMs);
  };

  let current = parseUrl(requestedUrl);
  const shown = withoutCredentials(requestedUrl);
  let label = shown;
  let permanentRedirect: string | undefined;
  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(current, allow, label);
      const target = current;
      const hop: Hop = await limiter.run(target.hostname, () => {
        startClock();
        return requestOnce(target, {
          label,
          allow,
          signal: controller.signal,
          maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
          userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
          etag: options.etag,
          lastModified: options.lastModified,
        });
      });
      if (hop.kind !== 'redirect') {
        const common: FetchCommon = { url: current.href, requestedUrl, status: hop.status, ...hop.cache };
        if (permanentRedirect) common.permanentRedirect = permanentRedirect;
        return toOutcome(hop, common, options);
      }
      if (redirects >= maxRedirects) {
        throw new FetchError(
          'too_many_redirects',
          `${shown}: the server redirected more than ${maxRedirects} times (perhaps in a circle), so the hub stopped following.`,
        );
      }
      const next = resolveLocation(hop.location, current, label);
      if (!permanentRedirect && isPermanentRedirect(hop.status)) permanentRedirect = next.href;
      current = next;
      label = `${shown} (redirected to ${withoutCredentials(next)})`;
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (controller.signal.aborted) {
      throw new FetchError(
        'timeout',
        `${label}: the server did not send the whole document within ${durationInWords(timeoutMs)}.`,
        { cause: error },
      );
    }
    throw networkError(label, error);
  } finally {
    clearTimeout(timer);
  }
}

function toOutcome(hop: Exclude<Hop, { kind: 'redirect' }>, common: FetchCommon, options: FetchOptions): FetchOutcome {
  if (hop.kind === 'ok') {
    const ok = { ...common, kind: 'ok' as const, bytes: hop.bytes };
    return hop.contentType === undefined ? ok : { ...ok, contentType: hop.contentType };
  }
  // A 304 may omit the validators; the ones we sent are still the right ones to send next time.
  const etag = common.etag ?? options.etag;
  const lastModified = common.lastModified ?? options.lastModified;
  return {
    ...common,
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
    kind: 'not-modified',
  };
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new FetchError('invalid_url', `${text || '(empty)'}: this is not a valid web address.`);
  }
}

function resolveLocation(location: string, base: URL, label: string): URL {
  try {
    return new URL(location, base);
  } catch {
    throw new FetchError(
      'invalid_url',
      `${label}: the server redirected to "${location}", which is not a valid address.`,
    );
  }
}

// Messages end up in logs and on screens, so a password written in a URL must not.
function withoutCredentials(url: URL | string): string {
  let copy: URL;
  try {
    copy = new URL(url);
  } catch {
    return String(url);
  }
  if (!copy.username && !copy.password) return String(url);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
