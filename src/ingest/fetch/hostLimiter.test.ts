import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from './hostLimiter.js';

/** A task that stays running until released, recording how many run at once per host. */
function tracker() {
  const running = new Map<string, number>();
  const most = new Map<string, number>();
  const releases: (() => void)[] = [];
  const task = (host: string) => async () => {
    running.set(host, (running.get(host) ?? 0) + 1);
    most.set(host, Math.max(most.get(host) ?? 0, running.get(host) ?? 0));
    await new Promise<void>((resolve) => releases.push(resolve));
    running.set(host, (running.get(host) ?? 1) - 1);
    return host;
  };
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { task, most, releases, settle, running };
}

describe('HostLimiter', () => {
  it('never runs more than its limit per host, and runs hosts independently', async () => {
    const limiter = new HostLimiter(2);
    const t = tracker();
    const results = [
      ...Array.from({ length: 6 }, () => limiter.run('a.example', t.task('a.example'))),
      ...Array.from({ length: 3 }, () => limiter.run('B.example', t.task('b.example'))),
    ];
    await t.settle();
    assert.equal(t.releases.length, 4, 'two per host start at once');
    while (t.releases.length > 0) {
      t.releases.shift()?.();
      await t.settle();
    }
    assert.equal((await Promise.all(results)).length, 9);
    assert.equal(t.most.get('a.example'), 2);
    assert.equal(t.most.get('b.example'), 2);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new HostLimiter(1);
    await assert.rejects(
      limiter.run('a', () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await limiter.run('a', async () => 'next'), 'next');
  });

  it('rejects a limit below one', () => {
    assert.throws(() => new HostLimiter(0), RangeError);
  });
});
