/**
 * `sourcewatch schedule`: the long-running scheduler. Wiring only — the plan comes from
 * ops/jobs.ts, the timing from schedule.ts, each job is the same library call as its one-shot
 * command. This file adds what a process needs: the scheduler lock (one scheduler per
 * storage/), the heartbeat file, the log file, and SIGINT/SIGTERM handling (finish or abandon
 * the running job, close the browser, exit).
 */
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { Heartbeat, HeartbeatJob } from '../model/heartbeat.js';
import { writeHeartbeat } from '../ops/heartbeat.js';
import { planJobs, runJob, type JobDeps, type JobResult } from '../ops/jobs.js';
import { acquireLock, LockedError, schedulerLockPath } from '../ops/lock.js';
import { withLogFile } from '../log.js';
import { osloStamp } from '../time/oslo.js';
import { nextFireTimes, startScheduler, validateJobs, type SchedulerEvent } from '../schedule.js';
import { commandContext, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';
import { channelsFor, logDir } from './unattended.js';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The scheduler owns the process's stop signals. Playwright installs its own SIGINT/SIGTERM/
 * SIGHUP handlers whenever it launches chromium (closing every browser at once, and exiting
 * with 130 on SIGINT), which would break a render in flight and record a false failure instead
 * of letting the job finish. Those listeners are taken off as soon as they are added; the
 * browser still closes with the job (and playwright's 'exit' handler still kills it if the
 * process dies). The cleaner fix — `handleSIGINT/handleSIGTERM/handleSIGHUP: false` at launch
 * in fetch/browser.ts — would make this a no-op.
 */
function keepStopSignals(ours: ReadonlySet<(...args: never[]) => unknown>): () => void {
  const onNewListener = (event: string | symbol, listener: (...args: never[]) => unknown): void => {
    if (!(STOP_SIGNALS as readonly (string | symbol)[]).includes(event) || ours.has(listener)) return;
    // 'newListener' fires before the listener is added: take it off right after.
    queueMicrotask(() => process.off(event as NodeJS.Signals, listener as NodeJS.SignalsListener));
  };
  process.on('newListener', onNewListener);
  return () => process.off('newListener', onNewListener);
}

export async function scheduleCommand(options: GlobalOptions & { dryRun?: boolean }): Promise<number> {
  const ctx = await commandContext(options);
  const { config } = ctx;
  const timezone = config.schedule.timezone;
  const plan = planJobs(config);
  const invalid = validateJobs(plan.map((job) => ({ name: job.configPath, cron: job.cron })));
  if (invalid.length > 0) {
    throw new ConfigError(
      options.config,
      invalid.map((problem) => {
        const at = problem.indexOf(': ');
        return { path: problem.slice(0, at), message: problem.slice(at + 2) };
      }),
    );
  }

  if (options.dryRun) {
    const lines = [`${plan.length} jobs (${timezone}); next times:`];
    for (const job of plan) {
      const next = nextFireTimes(job.cron, timezone, 3).map((d) => osloStamp(d.toISOString()));
      lines.push(`  ${job.name.padEnd(24)} ${job.cron.padEnd(16)} ${next.join(', ')}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  }

  const storageDir = path.resolve(ctx.overrides.storageDir);
  let schedulerLock;
  try {
    schedulerLock = acquireLock(schedulerLockPath(storageDir), { command: 'schedule', maxAgeMs: config.schedule.lockMaxAgeHours * 3_600_000 });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    process.stderr.write(`sourcewatch schedule: another scheduler is already running for ${storageDir}: ${error.message}\n`);
    return EXIT.locked;
  }
  const file = await withLogFile(ctx.log, { dir: logDir(storageDir) });
  const log = file.log.child({ scheduler: process.pid });
  if (schedulerLock.tookOverFrom) log.warn({ staleHolder: schedulerLock.tookOverFrom }, 'took over the lock of a scheduler that was killed');

  const deps: JobDeps = {
    config,
    configDir: path.dirname(path.resolve(options.config)),
    overrides: { ...ctx.overrides, storageDir },
    log,
    channels: channelsFor(ctx),
  };

  const startedAt = new Date().toISOString();
  let currentJob: HeartbeatJob | null = null;
  let lastJob: HeartbeatJob | null = null;
  let state: Heartbeat['state'] = 'idle';
  // Assigned just below; the heartbeat asks it for the next fire times.
  let nextRuns: () => Record<string, Date | null> = () => ({});
  const beat = (): void => {
    const next = Object.fromEntries(Object.entries(nextRuns()).map(([job, at]) => [job, at ? at.toISOString() : null]));
    const due = Object.values(next).filter((at): at is string => at !== null).sort()[0] ?? null;
    try {
      writeHeartbeat(storageDir, {
        pid: process.pid,
        hostname: os.hostname(),
        schedulerStartedAt: startedAt,
        at: new Date().toISOString(),
        state,
        currentJob,
        lastJob,
        nextRuns: next,
        nextDue: state === 'stopped' ? null : due,
      });
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'could not write the heartbeat');
    }
  };
  const onEvent = (event: SchedulerEvent): void => {
    if (event.type === 'start') {
      state = 'running';
      currentJob = { name: event.job, startedAt: event.at.toISOString() };
    } else if (event.type === 'end') {
      const result = event.result as JobResult | undefined;
      lastJob = {
        name: event.job,
        startedAt: currentJob?.startedAt ?? event.at.toISOString(),
        finishedAt: event.at.toISOString(),
        outcome: event.error ? 'failed' : (result?.outcome ?? 'ok'),
        ...(result?.runId ? { runId: result.runId } : {}),
        ...(result?.detail || event.error ? { detail: result?.detail ?? String(event.error) } : {}),
      };
      currentJob = null;
      if (state === 'running') state = 'idle';
    } else if (event.type === 'skipped') {
      lastJob = { name: event.job, startedAt: event.at.toISOString(), finishedAt: event.at.toISOString(), outcome: 'skipped', detail: event.reason };
    } else {
      return;
    }
    beat();
  };

  const byName = new Map(plan.map((spec) => [spec.name, spec]));
  const scheduler = startScheduler({
    jobs: plan.map((spec) => ({ name: spec.name, cron: spec.cron, run: (signal: AbortSignal) => runJob(byName.get(spec.name)!, deps, signal) })),
    timezone,
    log,
    missedToleranceMs: config.schedule.missedToleranceSeconds * 1000,
    onEvent,
  });
  nextRuns = () => scheduler.nextRuns();
  beat();
  // The scheduler lock is held for months: keep it fresh so its age never makes it look stale.
  const keepFresh = setInterval(() => schedulerLock.refresh(), 5 * 60_000);

  const summary = Object.entries(scheduler.nextRuns())
    .map(([job, at]) => `${job} ${at ? osloStamp(at.toISOString()) : '-'}`)
    .join(', ');
  log.info({ jobs: plan.map(({ name, cron }) => ({ name, cron })), timezone }, 'scheduler started');
  process.stdout.write(`sourcewatch schedule: ${plan.length} jobs (${timezone}), pid ${process.pid}; next: ${summary}\n`);

  // A second signal while waiting for the running job: abandon it now.
  const again = (): void => {
    log.warn('second signal: abandoning the running job now');
    scheduler.abandon();
  };
  let first: (received: NodeJS.Signals) => void = () => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    first = (signal: NodeJS.Signals): void => {
      for (const name of STOP_SIGNALS) process.off(name, first);
      for (const name of STOP_SIGNALS) process.on(name, again);
      resolve(signal);
    };
  });
  const releaseSignals = keepStopSignals(new Set([first, again] as Array<(...args: never[]) => unknown>));
  for (const name of STOP_SIGNALS) process.on(name, first);
  const signal = await received;
  state = 'stopping';
  const running = scheduler.current();
  log.info({ signal, running }, running ? 'stopping: waiting for the running job' : 'stopping');
  if (running) process.stderr.write(`sourcewatch schedule: ${signal}: waiting up to ${config.schedule.shutdownGraceSeconds} s for "${running}" to finish (signal again to abandon it)\n`);
  beat();
  const runningSince = (currentJob as HeartbeatJob | null)?.startedAt;
  const { abandoned } = await scheduler.stop({ graceMs: config.schedule.shutdownGraceSeconds * 1000 });
  clearInterval(keepFresh);
  state = 'stopped';
  if (abandoned) lastJob = { name: abandoned, startedAt: runningSince ?? new Date().toISOString(), finishedAt: new Date().toISOString(), outcome: 'abandoned' };
  currentJob = null;
  beat();
  releaseSignals();
  // From here a signal has its default effect again (ends the process).
  for (const name of STOP_SIGNALS) process.off(name, again);
  log.info({ abandoned }, 'scheduler stopped');
  await file.close();
  schedulerLock.release();
  process.stdout.write(`sourcewatch schedule: stopped${abandoned ? ` (abandoned "${abandoned}"; the next run continues where it left off)` : ''}\n`);
  // An abandoned job may still hold sockets or timers: they must not keep the process up.
  setTimeout(() => process.exit(EXIT.ok), abandoned ? 1000 : 3000).unref();
  return EXIT.ok;
}
