import type { Hub } from '../app/hub.js';
import type { Source } from '../domain/source.js';
import { type RefreshOptions, type RefreshOutcome, refreshSource } from './refreshSource.js';

export interface PollOptions extends RefreshOptions {
  /** Every source, not only those that are due. */
  all?: boolean;
  /** Sources fetched at once (each host is further limited by the fetcher's limiter). */
  concurrency?: number;
  /** Called once the round's sources are known, for progress displays. */
  onStart?: (total: number) => void;
  /** Called after each source. */
  onSource?: (outcome: RefreshOutcome) => void;
}

export interface PollError {
  sourceId: number;
  url: string;
  code: string;
  message: string;
}

/** What a round did: sources by outcome, items by outcome, and the error of each failing source. */
export interface PollSummary {
  sources: number;
  fetched: number;
  notModified: number;
  unchanged: number;
  failed: number;
  added: number;
  updated: number;
  skipped: number;
  errors: PollError[];
}

/** Two at once: polite to publishers and enough to keep a 2-core machine busy parsing while another downloads. */
export const DEFAULT_POLL_CONCURRENCY = 2;

/** Runs one polling round over the due sources (or all), a few at a time; a failing source never stops the round. */
export async function pollSources(hub: Hub, options: PollOptions = {}): Promise<PollSummary> {
  const now = options.now ?? new Date();
  const sources = options.all ? await hub.store.sources.list() : await hub.store.sources.due(now);
  const summary: PollSummary = {
    sources: sources.length,
    fetched: 0,
    notModified: 0,
    unchanged: 0,
    failed: 0,
    added: 0,
    updated: 0,
    skipped: 0,
    errors: [],
  };
  options.onStart?.(sources.length);
  const queue = [...sources];
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      const outcome = await refreshOne(hub, source, options);
      if (!outcome) continue;
      count(summary, outcome);
      options.onSource?.(outcome);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_POLL_CONCURRENCY, sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return summary;
}

async function refreshOne(hub: Hub, source: Source, options: RefreshOptions): Promise<RefreshOutcome | null> {
  // The source may have been removed since the round began (by the CLI, while `serve` polls).
  const current = await hub.store.sources.get(source.id);
  if (!current) return null;
  return refreshSource(hub, current, options);
}

function count(summary: PollSummary, outcome: RefreshOutcome): void {
  summary.added += outcome.added;
  summary.updated += outcome.updated;
  summary.skipped += outcome.skipped;
  switch (outcome.status) {
    case 'fetched':
      summary.fetched++;
      break;
    case 'not-modified':
      summary.notModified++;
      break;
    case 'unchanged':
      summary.unchanged++;
      break;
    case 'failed':
      summary.failed++;
      if (outcome.error)
        summary.errors.push({ sourceId: outcome.source.id, url: outcome.source.url, ...outcome.error });
      break;
  }
}
