import type { Source } from '../domain/source.js';

/** The shortest and longest wait between two fetches of a source, in minutes. */
export interface PollBounds {
  minMinutes: number;
  maxMinutes: number;
}

/** 15 minutes is polite to publishers; a day is the longest a reader should wait for news. */
export const DEFAULT_POLL_BOUNDS: PollBounds = { minMinutes: 15, maxMinutes: 24 * 60 };

/** How many of the newest item dates the publishing rhythm is read from. */
const RECENT_DATES = 20;

const MINUTE = 60_000;

/**
 * Median gap, in minutes, between the newest item dates (up to 20, none in the future), or null when fewer
 * than two distinct dates are known. The median, not the mean, so one old item or a burst does not skew it.
 */
export function medianGapMinutes(dates: readonly (string | null | undefined)[], now: Date): number | null {
  const times = [
    ...new Set(
      dates
        .map((date) => (date ? Date.parse(date) : Number.NaN))
        .filter((t) => Number.isFinite(t) && t <= now.getTime()),
    ),
  ]
    .sort((a, b) => b - a)
    .slice(0, RECENT_DATES);
  if (times.length < 2) return null;
  const gaps = times.slice(1).map((t, i) => ((times[i] as number) - t) / MINUTE);
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 ? gaps[middle] : ((gaps[middle - 1] as number) + (gaps[middle] as number)) / 2;
  return median ?? null;
}

/**
 * The interval to wait next: an operator's fixed interval as given; otherwise the median gap between the
 * source's recent items, clamped to the bounds (the current interval when the rhythm is unknown).
 */
export function adaptInterval(
  source: Pick<Source, 'intervalMinutes' | 'adaptive'>,
  publishedDates: readonly (string | null | undefined)[],
  now: Date,
  bounds: PollBounds = DEFAULT_POLL_BOUNDS,
): number {
  if (!source.adaptive) return source.intervalMinutes;
  const gap = medianGapMinutes(publishedDates, now);
  return clamp(Math.round(gap ?? source.intervalMinutes), bounds);
}

export interface NextFetchInput {
  now: Date;
  intervalMinutes: number;
  /** From Cache-Control / Expires: the server asks not to be fetched again before. */
  freshUntil?: string;
  /** RSS `<ttl>`, in minutes. */
  ttlMinutes?: number;
  bounds?: PollBounds;
}

/**
 * When to fetch a source again after a success: after its interval, or later when the server (Cache-Control,
 * Expires) or the feed (`<ttl>`) asks for it, but never later than the longest bound (or a fixed interval).
 */
export function nextFetchAfterSuccess(input: NextFetchInput): Date {
  const { now, intervalMinutes, bounds = DEFAULT_POLL_BOUNDS } = input;
  const base = now.getTime() + intervalMinutes * MINUTE;
  const hints = [base];
  const fresh = input.freshUntil ? Date.parse(input.freshUntil) : Number.NaN;
  if (Number.isFinite(fresh)) hints.push(fresh);
  if (input.ttlMinutes !== undefined && input.ttlMinutes > 0) hints.push(now.getTime() + input.ttlMinutes * MINUTE);
  const latest = Math.max(base, now.getTime() + bounds.maxMinutes * MINUTE);
  return new Date(Math.min(Math.max(...hints), latest));
}

/** RSS `<ttl>` in minutes, read from the start of the raw document, or undefined. */
export function feedTtlMinutes(bytes: Uint8Array): number | undefined {
  // The element is ASCII in every charset a feed may use, so a byte-wise decode of the head is enough.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024)).toString('latin1');
  const match = /<ttl>\s*(\d{1,6})\s*<\/ttl>/i.exec(head);
  return match ? Number(match[1]) : undefined;
}

function clamp(minutes: number, bounds: PollBounds): number {
  return Math.min(Math.max(minutes, bounds.minMinutes), bounds.maxMinutes);
}
