import type { Hub } from '../app/hub.js';
import { type PollOptions, type PollSummary, pollSources } from '../pipeline/pollSources.js';

/** Where the scheduler reports; Fastify's logger fits, so do tests. */
export interface SchedulerLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SchedulerOptions {
  hub: Hub;
  /** Options of each polling round (fetch settings, bounds, concurrency). */
  poll?: Omit<PollOptions, 'all' | 'now'>;
  /** How often to look for due sources; a minute by default. */
  everyMs?: number;
  log?: SchedulerLog;
}

export interface Scheduler {
  /** Runs one round now, unless one is running (then waits for that one); resolves with its summary. */
  tick(): Promise<PollSummary | null>;
  /** Stops checking and waits for the round under way, so the store can be closed safely afterwards. */
  stop(): Promise<void>;
}

const MINUTE = 60_000;

/**
 * Polls due sources on a timer for `serve`. One round at a time: a slow round delays the next check instead
 * of overlapping it. The timer does not keep the process alive on its own, and stop() waits for the round.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { hub, log } = options;
  const everyMs = options.everyMs ?? MINUTE;
  let running: Promise<PollSummary | null> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const round = async (): Promise<PollSummary | null> => {
    try {
      const summary = await pollSources(hub, options.poll);
      if (summary.sources > 0) log?.info({ poll: summaryFields(summary) }, 'polled due sources');
      return summary;
    } catch (error) {
      // A round that cannot even list its sources (a locked or closed store) is logged; the next one retries.
      log?.error({ err: error }, 'polling round failed');
      return null;
    }
  };

  const tick = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      await tick();
      schedule();
    }, everyMs);
    timer.unref();
  };

  // First round right away: sources added while the hub was down are due now.
  void tick().then(schedule);

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

function summaryFields(summary: PollSummary) {
  const { errors, ...counts } = summary;
  return { ...counts, errors: errors.length };
}
