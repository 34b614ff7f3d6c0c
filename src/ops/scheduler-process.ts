/**
 * The long-running scheduler as a process: the jobs of sources.json "schedule" (ops/jobs.ts)
 * on their cron times (schedule.ts), plus what a process running for months needs — the
 * scheduler lock (one scheduler per storage/, kept fresh), the log file, the heartbeat, and
 * the stop signals (finish or abandon the running job, then let go). What it has to say goes
 * to `report`; the CLI words it.
 */
import path from 'node:path';
import type { RuntimeOverrides } from '../app.js';
import type { Config } from '../config/schema.js';
import { ConfigError } from '../config/errors.js';
import { withLogFile, type Logger } from '../log.js';
import { nextFireTimes, startScheduler, validateJobs } from '../schedule.js';
import type { AlertChannels } from './alerts/index.js';
import { planJobs, runJob, type JobDeps, type JobSpec } from './jobs.js';
import { acquireLock, LockedError, schedulerLockPath, type Lock } from './lock.js';
import { heartbeatKeeper } from './scheduler-heartbeat.js';
import { listenForStop } from './stop-signals.js';

/** The scheduler lock is held for months: refreshed this often, its age never makes it look stale. */
const LOCK_REFRESH_MS = 5 * 60_000;

/** The jobs the config asks for, or a ConfigError naming each cron expression that is not one. */
export function checkedPlan(config: Config, configFile: string): JobSpec[] {
  const plan = planJobs(config);
  const invalid = validateJobs(plan.map((job) => ({ name: job.configPath, cron: job.cron })));
  if (invalid.length > 0) {
    throw new ConfigError(
      configFile,
      invalid.map((problem) => {
        const at = problem.indexOf(': ');
        return { path: problem.slice(0, at), message: problem.slice(at + 2) };
      }),
    );
  }
  return plan;
}

/** Each job with its next `count` fire times (for --dry-run). */
export function previewPlan(plan: readonly JobSpec[], timezone: string, count: number): Array<{ name: string; cron: string; next: Date[] }> {
  return plan.map((job) => ({ name: job.name, cron: job.cron, next: nextFireTimes(job.cron, timezone, count) }));
}

export interface SchedulerInput {
  config: Config;
  plan: readonly JobSpec[];
  /** Directory of sources.json: the links archive paths are relative to it. */
  configDir: string;
  overrides: RuntimeOverrides;
  log: Logger;
  channels: AlertChannels;
  logDir: string;
}

/** What the scheduler tells its operator, as it happens. */
export interface SchedulerReport {
  started(info: { pid: number; jobs: number; timezone: string; nextRuns: Record<string, Date | null> }): void;
  stopping(info: { signal: NodeJS.Signals; running: string | null; graceSeconds: number }): void;
}

export type SchedulerEnd = { kind: 'locked'; storageDir: string; reason: string } | { kind: 'stopped'; abandoned: string | null };

/** Run the scheduler until a stop signal, then stop it; refuses when another scheduler holds storage/. */
export async function runSchedulerProcess(input: SchedulerInput, report: SchedulerReport): Promise<SchedulerEnd> {
  const { config, plan } = input;
  const timezone = config.schedule.timezone;
  const storageDir = path.resolve(input.overrides.storageDir);
  let lock: Lock;
  try {
    lock = acquireLock(schedulerLockPath(storageDir), { command: 'schedule', maxAgeMs: config.schedule.lockMaxAgeHours * 3_600_000 });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    return { kind: 'locked', storageDir, reason: error.message };
  }
  const file = await withLogFile(input.log, { dir: input.logDir });
  const log = file.log.child({ scheduler: process.pid });
  if (lock.tookOverFrom) log.warn({ staleHolder: lock.tookOverFrom }, 'took over the lock of a scheduler that was killed');

  const deps: JobDeps = { config, configDir: input.configDir, overrides: { ...input.overrides, storageDir }, log, channels: input.channels };
  // The heartbeat asks the scheduler for its next fire times; the scheduler exists just below.
  let nextRuns: () => Record<string, Date | null> = () => ({});
  const heartbeat = heartbeatKeeper({ storageDir, log, nextRuns: () => nextRuns() });
  const scheduler = startScheduler({
    jobs: plan.map((spec) => ({ name: spec.name, cron: spec.cron, run: (signal: AbortSignal) => runJob(spec, deps, signal) })),
    timezone,
    log,
    missedToleranceMs: config.schedule.missedToleranceSeconds * 1000,
    onEvent: (event) => heartbeat.onEvent(event),
  });
  nextRuns = () => scheduler.nextRuns();
  heartbeat.beat();
  const keepFresh = setInterval(() => lock.refresh(), LOCK_REFRESH_MS);
  log.info({ jobs: plan.map(({ name, cron }) => ({ name, cron })), timezone }, 'scheduler started');
  report.started({ pid: process.pid, jobs: plan.length, timezone, nextRuns: scheduler.nextRuns() });

  const signals = listenForStop(() => {
    log.warn('second signal: abandoning the running job now');
    scheduler.abandon();
  });
  const signal = await signals.received;
  const running = scheduler.current();
  log.info({ signal, running }, running ? 'stopping: waiting for the running job' : 'stopping');
  report.stopping({ signal, running, graceSeconds: config.schedule.shutdownGraceSeconds });
  heartbeat.stopping();
  const { abandoned } = await scheduler.stop({ graceMs: config.schedule.shutdownGraceSeconds * 1000 });
  clearInterval(keepFresh);
  heartbeat.stopped(abandoned);
  // From here a signal has its default effect again (ends the process).
  signals.release();
  log.info({ abandoned }, 'scheduler stopped');
  await file.close();
  lock.release();
  return { kind: 'stopped', abandoned };
}
