import { createHash } from 'node:crypto';
import type { Hub } from '../app/hub.js';
import { HubError } from '../domain/errors.js';
import type { ParsedItem } from '../domain/item.js';
import type { Source } from '../domain/source.js';
import { enrichItem } from '../enrich/enrichItem.js';
import { nextAttemptAfterError } from '../ingest/fetch/backoff.js';
import { type FetchOptions, fetchDocument } from '../ingest/fetch/fetchDocument.js';
import { parseDocument } from '../ingest/parseDocument.js';
import {
  adaptInterval,
  DEFAULT_POLL_BOUNDS,
  feedTtlMinutes,
  nextFetchAfterSuccess,
  type PollBounds,
} from '../jobs/schedule.js';
import { storeItems } from './corrections.js';

/** How a refresh went: a new body stored, a 304, the same bytes again, or a failure stored on the source. */
export type RefreshStatus = 'fetched' | 'not-modified' | 'unchanged' | 'failed';

export interface RefreshOptions {
  /** The clock, for scheduling; the current time when omitted. */
  now?: Date;
  /** Fetch settings (allow-list, user agent, limiter, timeouts, size limit); validators come from the source. */
  fetch?: Omit<FetchOptions, 'etag' | 'lastModified'>;
  bounds?: PollBounds;
}

export interface RefreshOutcome {
  /** The source as stored after this refresh. */
  source: Source;
  status: RefreshStatus;
  added: number;
  updated: number;
  skipped: number;
  error?: { code: string; message: string };
}

/**
 * Fetches one source and stores what changed: the one orchestrator that the CLI, the scheduler and the web share.
 * A conditional GET answered 304, or a body identical to the last one, writes no item. Otherwise the document is
 * parsed, enriched (the source's type as a hint where the document gives none) and upserted in one transaction,
 * then the source's state is updated. Any failure is stored on the source and scheduled for a retry with backoff;
 * items already stored are untouched, and the validators stay those of the last good fetch.
 */
export async function refreshSource(hub: Hub, source: Source, options: RefreshOptions = {}): Promise<RefreshOutcome> {
  const now = options.now ?? new Date();
  const bounds = options.bounds ?? DEFAULT_POLL_BOUNDS;
  const sources = hub.store.sources;
  const counts = { added: 0, updated: 0, skipped: 0 };
  try {
    const response = await fetchDocument(source.url, {
      ...options.fetch,
      ...(source.etag ? { etag: source.etag } : {}),
      ...(source.lastModified ? { lastModified: source.lastModified } : {}),
    });
    const movedTo = response.permanentRedirect;
    const validators = { etag: response.etag, lastModified: response.lastModified };
    if (response.kind === 'not-modified') {
      const stored = await sources.recordSuccess(source.id, {
        ...success(now, source.intervalMinutes, response.freshUntil, undefined, bounds),
        // A 304 may omit the validators; the ones we sent still describe the body we hold.
        etag: validators.etag ?? source.etag,
        lastModified: validators.lastModified ?? source.lastModified,
        contentHash: source.contentHash,
        url: movedTo,
        itemIds: [],
      });
      return { source: stored, status: 'not-modified', ...counts };
    }
    const ttlMinutes = feedTtlMinutes(response.bytes);
    const contentHash = createHash('sha256').update(response.bytes).digest('hex');
    if (contentHash === source.contentHash) {
      const stored = await sources.recordSuccess(source.id, {
        ...success(now, source.intervalMinutes, response.freshUntil, ttlMinutes, bounds),
        ...validators,
        contentHash,
        url: movedTo,
        itemIds: [],
      });
      return { source: stored, status: 'unchanged', ...counts };
    }
    const parsed = parseDocument({ bytes: response.bytes, source: response.url, contentType: response.contentType });
    const items = parsed.items.map((item) => enrichItem(withTypeHint(item, source)));
    Object.assign(counts, await storeItems(hub.store, items));
    const interval = adaptInterval(
      source,
      items.map((item) => item.published),
      now,
      bounds,
    );
    const stored = await sources.recordSuccess(source.id, {
      ...success(now, interval, response.freshUntil, ttlMinutes, bounds),
      ...validators,
      contentHash,
      url: movedTo,
      itemIds: items.map((item) => item.id),
    });
    return { source: stored, status: 'fetched', ...counts };
  } catch (error) {
    const { code, message } = describeError(source, error);
    const retryAfter = error instanceof HubError && 'retryAfter' in error ? error.retryAfter : undefined;
    const stored = await sources.recordFailure(source.id, {
      fetchedAt: now.toISOString(),
      nextFetchAt: nextAttemptAfterError(
        source.errorCount + 1,
        now,
        typeof retryAfter === 'string' ? retryAfter : undefined,
      ).toISOString(),
      code,
      message,
    });
    return { source: stored, status: 'failed', ...counts, error: { code, message } };
  }
}

function success(
  now: Date,
  intervalMinutes: number,
  freshUntil: string | undefined,
  ttlMinutes: number | undefined,
  bounds: PollBounds,
) {
  const next = nextFetchAfterSuccess({ now, intervalMinutes, freshUntil, ttlMinutes, bounds });
  return { fetchedAt: now.toISOString(), nextFetchAt: next.toISOString(), intervalMinutes };
}

/** The source's type is only a hint: what the document itself says about an item wins. */
function withTypeHint(item: ParsedItem, source: Source): ParsedItem {
  return item.typeHint || !source.type ? item : { ...item, typeHint: source.type };
}

function describeError(source: Source, error: unknown): { code: string; message: string } {
  if (error instanceof HubError) return { code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${source.url}: an unexpected error stopped this fetch (${reason}).` };
}
