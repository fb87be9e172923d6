import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adaptInterval, feedTtlMinutes, medianGapMinutes, nextFetchAfterSuccess } from './schedule.js';

const now = new Date('2024-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

describe('medianGapMinutes', () => {
  it('is the median gap between the newest dates', () => {
    assert.equal(medianGapMinutes([hoursAgo(0), hoursAgo(2), hoursAgo(4), hoursAgo(100)], now), 120);
    assert.equal(medianGapMinutes([hoursAgo(1), hoursAgo(2), hoursAgo(4), hoursAgo(7)], now), 120);
  });
  it('ignores missing, invalid, repeated and future dates', () => {
    assert.equal(medianGapMinutes([hoursAgo(1), null, undefined, 'soon', hoursAgo(1)], now), null);
    assert.equal(medianGapMinutes(['2030-01-01T00:00:00Z', hoursAgo(3), hoursAgo(6)], now), 180);
  });
  it('reads dates with offsets as instants', () => {
    assert.equal(medianGapMinutes(['2024-06-01T10:00:00+02:00', '2024-06-01T07:00:00Z'], now), 60);
  });
});

describe('adaptInterval', () => {
  const adaptive = { intervalMinutes: 60, adaptive: true };
  it('follows the publishing rhythm within the bounds', () => {
    assert.equal(adaptInterval(adaptive, [hoursAgo(0), hoursAgo(3), hoursAgo(6)], now), 180);
    assert.equal(adaptInterval(adaptive, [hoursAgo(0), hoursAgo(0.01)], now), 15);
    assert.equal(adaptInterval(adaptive, [hoursAgo(0), hoursAgo(24 * 30)], now), 1440);
    assert.equal(adaptInterval(adaptive, [hoursAgo(0), hoursAgo(5)], now, { minMinutes: 1, maxMinutes: 120 }), 120);
  });
  it('keeps the current interval when the rhythm is unknown', () => {
    assert.equal(adaptInterval(adaptive, [], now), 60);
  });
  it('keeps an interval an operator fixed', () => {
    assert.equal(adaptInterval({ intervalMinutes: 5, adaptive: false }, [hoursAgo(0), hoursAgo(9)], now), 5);
  });
});

describe('nextFetchAfterSuccess', () => {
  const at = (date: Date) => date.toISOString();
  it('waits the interval', () => {
    assert.equal(at(nextFetchAfterSuccess({ now, intervalMinutes: 30 })), '2024-06-01T12:30:00.000Z');
  });
  it('waits longer when the server or the feed asks for it', () => {
    const freshUntil = '2024-06-01T15:00:00+00:00';
    assert.equal(at(nextFetchAfterSuccess({ now, intervalMinutes: 30, freshUntil })), '2024-06-01T15:00:00.000Z');
    assert.equal(at(nextFetchAfterSuccess({ now, intervalMinutes: 30, ttlMinutes: 90 })), '2024-06-01T13:30:00.000Z');
  });
  it('never waits longer than the longest bound for a freshness hint', () => {
    const freshUntil = '2025-01-01T00:00:00Z';
    assert.equal(at(nextFetchAfterSuccess({ now, intervalMinutes: 30, freshUntil })), '2024-06-02T12:00:00.000Z');
  });
  it('ignores a freshness date in the past', () => {
    const freshUntil = '2024-01-01T00:00:00Z';
    assert.equal(at(nextFetchAfterSuccess({ now, intervalMinutes: 30, freshUntil })), '2024-06-01T12:30:00.000Z');
  });
});

describe('feedTtlMinutes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('reads <ttl> from an RSS channel', () => {
    assert.equal(feedTtlMinutes(bytes('<rss><channel><title>x</title><ttl> 120 </ttl></channel></rss>')), 120);
  });
  it('is undefined without one', () => {
    assert.equal(feedTtlMinutes(bytes('<feed><title>ttl</title></feed>')), undefined);
  });
});
