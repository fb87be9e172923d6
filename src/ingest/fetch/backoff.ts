const FIRST_DELAY_MS = 5 * 60 * 1000;
const LONGEST_DELAY_MS = 24 * 60 * 60 * 1000;
const JITTER = 0.1;

/**
 * When to try a failing source again: 5 minutes after the first error, doubling with each further error, never
 * more than 24 hours, spread by ±10 % so sources that failed together do not all come back together. It never
 * gives up, and a later Retry-After (ISO time) from the server wins. `random` returns a number in [0, 1).
 */
export function nextAttemptAfterError(
  errorCount: number,
  now: Date,
  retryAfter?: string,
  random: () => number = Math.random,
): Date {
  const doublings = Math.max(0, Math.floor(Number.isFinite(errorCount) ? errorCount : 1) - 1);
  const base = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(doublings, 32));
  const spread = 1 - JITTER + 2 * JITTER * Math.min(1, Math.max(0, random()));
  const delay = Math.min(LONGEST_DELAY_MS, base * spread);
  const next = new Date(now.getTime() + delay);
  const asked = retryAfter === undefined ? Number.NaN : Date.parse(retryAfter);
  return asked > next.getTime() ? new Date(asked) : next;
}
