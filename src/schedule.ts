/**
 * node-cron → the injected jobs, nothing else. Each job fires at its cron expression in the
 * given time zone (Europe/Oslo: DST handled by node-cron). Jobs never overlap: a fired job
 * joins one queue and runs when the one before it has finished; a job that fires while it is
 * still queued or running is skipped (and said so), not piled up.
 *
 * Stopping: no more firing, queued jobs are dropped, the running job gets `graceMs` to
 * finish; after that its AbortSignal fires and it has `abandonMs` to let go (the jobs close
 * their store between transactions, so abandoning is as safe as a kill, minus the kill).
 */
import cron from 'node-cron';
import type { Logger } from './log.js';

export interface ScheduledJob {
  name: string;
  /** 5 fields (minute…weekday) or 6 (with seconds first), read in the scheduler's time zone. */
  cron: string;
  run(signal: AbortSignal): Promise<unknown>;
}

export type SchedulerEvent =
  | { type: 'start'; job: string; at: Date }
  | { type: 'end'; job: string; at: Date; durationMs: number; result?: unknown; error?: unknown }
  | { type: 'skipped'; job: string; at: Date; reason: string }
  | { type: 'missed'; job: string; at: Date };

export interface SchedulerOptions {
  jobs: ScheduledJob[];
  timezone: string;
  log: Logger;
  /** A tick this late (busy process, machine asleep) still runs; later ones are reported missed. */
  missedToleranceMs?: number;
  onEvent?: (event: SchedulerEvent) => void;
}

export interface Scheduler {
  /** Next fire time of each job (null once stopped). */
  nextRuns(): Record<string, Date | null>;
  /** The job running now, if any. */
  current(): string | null;
  /** Resolves when nothing is running or queued. */
  idle(): Promise<void>;
  /** Abort the running job now (a second Ctrl-C). */
  abandon(): void;
  stop(options: { graceMs: number; abandonMs?: number }): Promise<{ abandoned: string | null }>;
}

/** Problems with the jobs' cron expressions, as "name: message". */
export function validateJobs(jobs: ReadonlyArray<{ name: string; cron: string }>): string[] {
  const problems: string[] = [];
  for (const job of jobs) {
    const result = cron.validateDetailed(job.cron);
    if (!result.valid) problems.push(`${job.name}: "${job.cron}" is not a cron expression (${result.errors.map((e) => e.message).join('; ')})`);
  }
  return problems;
}

/** The next `count` fire times of a cron expression in a time zone, from now. */
export function nextFireTimes(expression: string, timezone: string, count: number): Date[] {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    return task.getNextRuns(count);
  } finally {
    void task.destroy();
  }
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { log } = options;
  const emit = (event: SchedulerEvent): void => {
    try {
      options.onEvent?.(event);
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'scheduler event handler failed');
    }
  };
  const queue: ScheduledJob[] = [];
  const pending = new Set<string>();
  let running: { job: ScheduledJob; controller: AbortController; done: Promise<void> } | null = null;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = (): void => {
    if (running || queue.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const pump = (): void => {
    if (running || stopped) return settleIdle();
    const job = queue.shift();
    if (!job) return settleIdle();
    const controller = new AbortController();
    const started = Date.now();
    emit({ type: 'start', job: job.name, at: new Date() });
    log.info({ job: job.name }, 'job started');
    const done = (async () => {
      try {
        const result = await job.run(controller.signal);
        emit({ type: 'end', job: job.name, at: new Date(), durationMs: Date.now() - started, result });
        log.info({ job: job.name, ms: Date.now() - started }, 'job finished');
      } catch (error) {
        emit({ type: 'end', job: job.name, at: new Date(), durationMs: Date.now() - started, error });
        log.error({ job: job.name, err: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 'job failed');
      } finally {
        pending.delete(job.name);
        running = null;
        pump();
      }
    })();
    running = { job, controller, done };
  };

  const fire = (job: ScheduledJob): void => {
    if (stopped) return;
    if (pending.has(job.name)) {
      const reason = running?.job.name === job.name ? 'still running from its last time' : 'already waiting for another job to finish';
      emit({ type: 'skipped', job: job.name, at: new Date(), reason });
      log.warn({ job: job.name, reason }, 'job skipped: it would overlap itself');
      return;
    }
    pending.add(job.name);
    queue.push(job);
    pump();
  };

  const cronLogger = {
    info: (message: string) => log.debug({ job: 'node-cron' }, message),
    warn: (message: string) => log.debug({ job: 'node-cron' }, message),
    error: (message: string | Error) => log.error({ job: 'node-cron', err: message instanceof Error ? message.message : message }, 'node-cron error'),
    debug: () => undefined,
  };
  const tasks = options.jobs.map((job) => {
    const task = cron.createTask(job.cron, () => fire(job), {
      timezone: options.timezone,
      name: job.name,
      missedExecutionTolerance: options.missedToleranceMs ?? 300_000,
      logger: cronLogger,
    });
    task.on('execution:missed', (context) => {
      emit({ type: 'missed', job: job.name, at: context.date });
      log.warn({ job: job.name, slot: context.date.toISOString() }, 'job missed: its time passed while the process was blocked or asleep');
    });
    return { job, task };
  });
  for (const { task } of tasks) void task.start();

  const sleep = (ms: number): { promise: Promise<void>; cancel(): void } => {
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return { promise, cancel: () => clearTimeout(timer) };
  };

  return {
    nextRuns() {
      return Object.fromEntries(tasks.map(({ job, task }) => [job.name, stopped ? null : task.getNextRun()]));
    },
    current() {
      return running?.job.name ?? null;
    },
    idle() {
      if (!running && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    abandon() {
      running?.controller.abort();
    },
    async stop({ graceMs, abandonMs = 5000 }) {
      stopped = true;
      for (const { task } of tasks) {
        await task.stop();
        await task.destroy();
      }
      for (const job of queue.splice(0)) pending.delete(job.name);
      const current = running;
      if (!current) return { abandoned: null };
      const grace = sleep(graceMs);
      let finished = false;
      void current.done.then(() => {
        finished = true;
      });
      // A second signal (abandon()) aborts the job; don't keep waiting out the grace then.
      const aborted = new Promise<void>((resolve) => current.controller.signal.addEventListener('abort', () => resolve(), { once: true }));
      await Promise.race([current.done, grace.promise, aborted]);
      grace.cancel();
      if (finished) return { abandoned: null };
      log.warn({ job: current.job.name, graceMs }, 'job still running at shutdown: abandoning it');
      current.controller.abort();
      const wait = sleep(abandonMs);
      await Promise.race([current.done, wait.promise]);
      wait.cancel();
      return { abandoned: current.job.name };
    },
  };
}
