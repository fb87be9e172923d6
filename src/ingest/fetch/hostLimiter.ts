/** Caps how many requests run at once against each host, so polling many feeds of one site stays polite. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError('perHost must be a whole number of at least 1');
  }

  /** Runs the task once fewer than `perHost` tasks for this host are running; tasks wait in arrival order. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private acquire(key: string): Promise<void> {
    const running = this.active.get(key) ?? 0;
    if (running < this.perHost) {
      this.active.set(key, running + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
  }

  // A finished task hands its slot straight to the next waiting one, so the count never dips and rises again.
  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.waiting.delete(key);
    if (next) {
      next();
      return;
    }
    const running = (this.active.get(key) ?? 1) - 1;
    if (running === 0) this.active.delete(key);
    else this.active.set(key, running);
  }
}
