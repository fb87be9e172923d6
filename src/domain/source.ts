import { badRequest } from './errors.js';
import type { ItemType } from './item.js';

/**
 * A place the hub polls: a feed or page URL with its polling state. Fetch and parse errors are data on the
 * source (count, last message, since when), so operators see them without reading logs.
 */
export interface Source {
  id: number;
  url: string;
  name: string;
  /** Type hint for its items when the document itself says nothing (e.g. a feed of vacancies). */
  type?: ItemType;
  /** Minutes between two fetches; adapted to how often the source publishes unless `adaptive` is false. */
  intervalMinutes: number;
  /** False when an operator fixed the interval; true when the hub adapts it to the publishing rhythm. */
  adaptive: boolean;
  createdAt: string;
  lastFetchedAt?: string;
  lastSuccessAt?: string;
  nextFetchAt: string;
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last body fetched, so identical bytes are not parsed again. */
  contentHash?: string;
  /** Consecutive failed fetches; 0 once a fetch succeeds. */
  errorCount: number;
  lastError?: string;
  /** Stable code of the last error (e.g. "timeout", "blocked_address"), for scripts. */
  lastErrorCode?: string;
  /** When the current run of errors began (kept from the first error until a success). */
  errorSince?: string;
  /** Distinct items this source has yielded. */
  itemCount: number;
}

/** Default minutes between fetches of a new source before its publishing rhythm is known. */
export const DEFAULT_INTERVAL_MINUTES = 60;

/** ok: the last fetch worked; failing: the last fetch failed; new: never fetched. */
export type SourceStatus = 'ok' | 'failing' | 'new';

export function sourceStatus(source: Source): SourceStatus {
  if (source.errorCount > 0) return 'failing';
  return source.lastFetchedAt ? 'ok' : 'new';
}

/** A display name for a URL: its host without "www.". */
export function nameFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Longest fixed interval an operator may set: a week. */
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

/**
 * The address of a source as it will be stored: an absolute http(s) URL without its #fragment. Throws a
 * HubError `bad_request` that says what is wrong with it.
 */
export function sourceUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badRequest(`"${raw}" is not a web address; give a full address such as https://example.org/feed.xml.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badRequest(`"${raw}" is not a web address: only http:// and https:// sources can be fetched.`);
  }
  url.hash = '';
  return url.toString();
}

/** An operator's interval in whole minutes, 1 to a week. Throws a HubError `bad_request` otherwise. */
export function intervalMinutes(raw: string | number): number {
  const minutes = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_INTERVAL_MINUTES) {
    throw badRequest(`The interval "${raw}" must be a whole number of minutes from 1 to ${MAX_INTERVAL_MINUTES}.`);
  }
  return minutes;
}
