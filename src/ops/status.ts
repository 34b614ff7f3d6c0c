/**
 * `sourcewatch status`, as data: the last run of each job, each source's health (with "no new
 * item in X days" where a source usually publishes more often), dead links, the scheduler's
 * heartbeat, the lock and open alerts. Gathered from the store and the files handed in; the
 * formatter (report/status-text.ts) and the CLI decide how it looks.
 */
import type { Config } from '../config/schema.js';
import { listOpenAlerts } from '../store/alerts.js';
import type { Db } from '../store/db.js';
import { lastCompletedRunOf, lastRunOf, linkCounts, publicationDates, undeliveredAlertMessages } from '../store/health.js';
import type { RunKind } from '../model/runs.js';
import { listSourceStates } from '../store/source-state.js';
import type { Heartbeat, HeartbeatHealth } from '../model/heartbeat.js';
import type { LockHolder } from '../model/lock.js';
import type { JobRun, JobStatus, SourceStatus, Status } from '../model/status.js';

const DAY_MS = 86_400_000;

function jobRun(record: ReturnType<typeof lastRunOf>): JobRun | null {
  if (!record) return null;
  const durationMs = record.finishedAt ? Date.parse(record.finishedAt) - Date.parse(record.startedAt) : null;
  return { runId: record.id, startedAt: record.startedAt, finishedAt: record.finishedAt, status: record.status, durationMs };
}

/**
 * How often a source publishes: the median gap between its most recent distinct publication
 * days (at least 4 of them, within the last year; future dates ignored).
 */
export function publishingRhythm(publishedIso: readonly string[], now: Date): { usualIntervalDays: number | null; lastPublishedAt: string | null } {
  const nowMs = now.getTime();
  const times = publishedIso
    .map((iso) => Date.parse(iso))
    .filter((t) => !Number.isNaN(t) && t <= nowMs + DAY_MS && t >= nowMs - 365 * DAY_MS)
    .sort((a, b) => b - a);
  const lastPublishedAt = times.length > 0 ? new Date(times[0]!).toISOString() : null;
  const days = [...new Set(times.map((t) => Math.floor(t / DAY_MS)))].slice(0, 20);
  if (days.length < 4) return { usualIntervalDays: null, lastPublishedAt };
  const gaps = days.slice(1).map((day, i) => days[i]! - day).sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
  return { usualIntervalDays: Math.max(1, Math.round(median * 10) / 10), lastPublishedAt };
}

/** Quiet: over three times the usual interval, and at least two weeks. */
export function isQuiet(daysSince: number | null, usualIntervalDays: number | null): boolean {
  if (daysSince === null || usualIntervalDays === null) return false;
  return daysSince > Math.max(14, 3 * usualIntervalDays);
}

export interface StatusInputs {
  now: Date;
  storageDir: string;
  reportFile: string;
  heartbeat?: { heartbeat: Heartbeat; health: HeartbeatHealth };
  lock?: LockHolder;
  /** When storage/digests/latest.* was last written: `sourcewatch run` writes it without a digest run record. */
  digestWrittenAt?: string;
}

export function gatherStatus(db: Db, config: Config, inputs: StatusInputs): Status {
  const { now } = inputs;
  const threshold = config.alerts.failuresBeforeAlert;
  const jobs: JobStatus[] = (['watch', 'links', 'digest'] as const).map((job) => {
    const last = jobRun(lastRunOf(db, job as RunKind));
    const completed = last && (last.status === 'ok' || last.status === 'failed') ? null : jobRun(lastCompletedRunOf(db, job as RunKind));
    if (job === 'digest' && inputs.digestWrittenAt && (!last || Date.parse(last.finishedAt ?? last.startedAt) + 5000 < Date.parse(inputs.digestWrittenAt))) {
      const written: JobRun = { runId: '', startedAt: inputs.digestWrittenAt, finishedAt: inputs.digestWrittenAt, status: 'ok', durationMs: null, via: 'run' };
      return { job, last: written, lastCompleted: null };
    }
    return { job, last, lastCompleted: completed };
  });

  const states = new Map(listSourceStates(db).map((state) => [state.sourceId, state]));
  const sources: SourceStatus[] = config.sources.map((source) => {
    const state = states.get(source.id);
    const rhythm = publishingRhythm(publicationDates(db, source.id), now);
    const latest = [state?.lastItemAt ?? null, rhythm.lastPublishedAt].filter((v): v is string => v !== null).sort().pop() ?? null;
    const daysSinceLastItem = latest ? Math.max(0, Math.floor((now.getTime() - Date.parse(latest)) / DAY_MS)) : null;
    const consecutiveFailures = state?.consecutiveFailures ?? 0;
    return {
      id: source.id,
      name: source.name,
      kind: source.kind,
      enabled: source.enabled,
      schedule: source.schedule ?? null,
      lastRunAt: state?.lastRunAt ?? null,
      lastOutcome: state?.lastOutcome ?? null,
      lastDetail: state?.lastDetail ?? null,
      lastOkAt: state?.lastOkAt ?? null,
      consecutiveFailures,
      failing: consecutiveFailures >= threshold,
      lastNewItemAt: state?.lastItemAt ?? null,
      lastPublishedAt: rhythm.lastPublishedAt,
      usualIntervalDays: rhythm.usualIntervalDays,
      daysSinceLastItem,
      quiet: source.enabled && state !== undefined && isQuiet(daysSinceLastItem, rhythm.usualIntervalDays),
    };
  });

  const links = { ...linkCounts(db), lastRun: jobs.find((j) => j.job === 'links')!.last };
  const open = listOpenAlerts(db);
  const undelivered = undeliveredAlertMessages(db);

  const problems: string[] = [];
  const warnings: string[] = [];
  for (const source of sources) {
    if (source.enabled && source.failing) {
      problems.push(`source ${source.id}: ${source.lastOutcome} ${source.consecutiveFailures} runs in a row: ${source.lastDetail ?? ''}`.trimEnd());
    } else if (source.enabled && source.consecutiveFailures > 0) {
      // What the last run said (it exited 2): not "all well", though no alert is due yet.
      problems.push(`source ${source.id}: ${source.lastOutcome} in the last run (${source.consecutiveFailures} of ${threshold} failed runs before an alert): ${source.lastDetail ?? ''}`.trimEnd());
    }
    if (source.quiet) {
      warnings.push(`source ${source.id}: no new item in ${source.daysSinceLastItem} days (usually every ~${source.usualIntervalDays} days)`);
    }
    if (source.enabled && !source.lastRunAt) warnings.push(`source ${source.id}: never watched yet`);
  }
  if (links.dead > 0) problems.push(`${links.dead} dead ${links.dead === 1 ? 'link' : 'links'}`);
  if (inputs.heartbeat?.health.overdue) problems.push(`scheduler: ${inputs.heartbeat.health.note}`);
  if (undelivered > 0) problems.push(`${undelivered} alert ${undelivered === 1 ? 'message' : 'messages'} not delivered yet (see the logs)`);
  for (const job of jobs) {
    // What the last run said when it exited 5: not the sources' fault, but not "All well" either.
    if (job.last?.status === 'offline') problems.push(`job ${job.job}: the last run reached no server (network or proxy down); nothing was counted`);
    if (job.last?.status === 'interrupted') warnings.push(`job ${job.job}: the last run was interrupted (killed or stopped); the next run continues`);
    if (job.last?.status === 'running' && !inputs.lock) warnings.push(`job ${job.job}: marked running, but no process holds the lock (killed?)`);
  }

  return {
    generatedAt: now.toISOString(),
    storageDir: inputs.storageDir,
    jobs,
    sources,
    links,
    scheduler: inputs.heartbeat ?? null,
    lock: inputs.lock ?? null,
    alerts: { open, undelivered, reportFile: inputs.reportFile },
    problems,
    warnings,
  };
}
