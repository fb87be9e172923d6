import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextAttemptAfterError } from './backoff.js';

const now = new Date('2025-03-01T12:00:00.000Z');
const minutesLater = (count: number, retryAfter?: string, random = () => 0.5) =>
  (nextAttemptAfterError(count, now, retryAfter, random).getTime() - now.getTime()) / 60_000;

describe('backoff after errors', () => {
  it('starts at 5 minutes and doubles with each error', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((count) => minutesLater(count)),
      [5, 10, 20, 40, 80],
    );
  });

  it('never waits more than 24 hours and never gives up', () => {
    assert.equal(minutesLater(9), 1280);
    assert.equal(minutesLater(10), 24 * 60);
    assert.equal(minutesLater(1000), 24 * 60);
    assert.equal(
      minutesLater(Number.MAX_SAFE_INTEGER, undefined, () => 0.999),
      24 * 60,
    );
  });

  it('spreads retries by at most 10 % either way', () => {
    assert.equal(
      minutesLater(3, undefined, () => 0),
      18,
    );
    assert.ok(Math.abs(minutesLater(3, undefined, () => 0.999999) - 22) < 0.001);
    for (let i = 0; i < 50; i++) {
      const minutes = minutesLater(2, undefined, Math.random);
      assert.ok(minutes >= 9 && minutes <= 11, String(minutes));
    }
  });

  it('treats a zero or odd count as the first error', () => {
    assert.equal(minutesLater(0), 5);
    assert.equal(minutesLater(-3), 5);
    assert.equal(minutesLater(Number.NaN), 5);
  });

  it('honours a Retry-After later than the backoff, and only a later one', () => {
    assert.equal(nextAttemptAfterError(1, now, '2025-03-01T15:00:00.000Z').toISOString(), '2025-03-01T15:00:00.000Z');
    assert.equal(minutesLater(1, '2025-03-01T12:01:00.000Z'), 5);
    assert.equal(minutesLater(1, 'not a date'), 5);
  });
});
