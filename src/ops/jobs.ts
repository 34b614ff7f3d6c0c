/**
 * The scheduler's jobs, each the same library calls as its one-shot command: watch
 * (`watchSources`), links (`runLinksJob`), digest (`buildDigest` + `writeDigestFiles`, as in
 * `runMainJob`). Around each: the run lock (a job finding a manual run in progress is skipped,
 * not queued), a fresh runtime (store, HTTP, browser — closed after the job, so a process that
 * runs for months holds no browser between jobs), and alert evaluation afterwards.
 */
import { isProblem } from '../model/outcomes.js';
import { writeAcceptedFeed, writeDailyDigest } from '../jobs/digest-files.js';
import { digestJob } from '../jobs/digest-job.js';
import { runWatchJob } from '../jobs/watch-job.js';
import { applyRetention } from '../jobs/retention-job.js';
import { randomUUID } from 'node:crypto';
import { createRuntime, type Runtime, type RuntimeOverrides } from '../app.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import { finishRun, startRun } from '../store/runs.js';
import { processAlerts, type AlertChannels } from './alerts/index.js';
import { acquireLock, LockedError, runLockPath, type Lock } from './lock.js';

export type JobKind = 'watch' | 'links' | 'digest';

export interface JobSpec {
  /** 'watch', 'watch:<source id>' (a source with its own schedule), 'links', 'digest'. */
  name: string;
  kind: JobKind;
  cron: string;
  /** Where the expression comes from in sources.json, for error messages. */
  configPath: string;
  /** watch: only these sources (default: every enabled source without its own schedule). */
  sourceIds?: string[];
}

/** Every job the config asks for: the default watch, one per source with its own schedule, links, digest. */
export function planJobs(config: Config): JobSpec[] {
  const jobs: JobSpec[] = [];
  const enabled = config.sources.map((source, index) => ({ source, index })).filter(({ source }) => source.enabled);
  const defaultWatch = enabled.filter(({ source }) => !source.schedule).map(({ source }) => source.id);
  if (defaultWatch.length > 0) jobs.push({ name: 'watch', kind: 'watch', cron: config.schedule.watch, configPath: 'schedule.watch', sourceIds: defaultWatch });
  for (const { source, index } of enabled) {
    if (source.schedule) {
      jobs.push({ name: `watch:${source.id}`, kind: 'watch', cron: source.schedule, configPath: `sources[${index}].schedule`, sourceIds: [source.id] });
    }
  }
  jobs.push({ name: 'links', kind: 'links', cron: config.schedule.links, configPath: 'schedule.links' });
  jobs.push({ name: 'digest', kind: 'digest', cron: config.schedule.digest, configPath: 'schedule.digest' });
  return jobs;
}

export interface JobDeps {
  config: Config;
  /** Directory of sources.json: the links archive paths are relative to it. */
  configDir: string;
  overrides: RuntimeOverrides;
  log: Logger;
  channels: AlertChannels;
  now?: () => Date;
  /** Tests may build the runtime differently. */
  createRuntime?: (config: Config, overrides: RuntimeOverrides, log: Logger) => Runtime;
}

export type JobOutcome = 'ok' | 'problems' | 'skipped' | 'failed' | 'abandoned';

export interface JobResult {
  job: string;
  outcome: JobOutcome;
  runId?: string;
  startedAt: string;
  finishedAt: string;
  detail: string;
  /** Notices this job's alert evaluation produced. */
  alerts: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Run one job. Never throws for a job's own failure: that is the `failed` outcome, logged. */
export async function runJob(spec: JobSpec, deps: JobDeps, signal?: AbortSignal): Promise<JobResult> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const base = deps.log.child({ job: spec.name });
  const result = (outcome: JobOutcome, detail: string, extra: { runId?: string; alerts?: number } = {}): JobResult => ({
    job: spec.name,
    outcome,
    ...(extra.runId ? { runId: extra.runId } : {}),
    startedAt,
    finishedAt: now().toISOString(),
    detail,
    alerts: extra.alerts ?? 0,
  });

  let lock: Lock;
  try {
    lock = acquireLock(runLockPath(deps.overrides.storageDir), {
      command: `schedule: ${spec.name}`,
      maxAgeMs: deps.config.schedule.lockMaxAgeHours * 3_600_000,
      now,
    });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    base.warn({ holder: error.holder }, 'job skipped: another run holds the lock');
    return result('skipped', error.message);
  }
  if (lock.tookOverFrom) base.warn({ staleHolder: lock.tookOverFrom }, 'took over a stale lock left by a killed run');

  // The watch and digest run ids are known up front, so every line of theirs (HTTP layer
  // included) carries it. The links stage makes its own and binds it to its own lines.
  const runId: string | undefined = spec.kind === 'links' ? undefined : randomUUID();
  const log = runId ? base.child({ runId }) : base;
  const runtime = (deps.createRuntime ?? createRuntime)(deps.config, deps.overrides, spec.kind === 'links' ? deps.log : log);
  let abandoned = false;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await runtime.close().catch((error: unknown) => log.warn({ err: message(error) }, 'closing the runtime failed'));
  };

  // Abandoning (scheduler shutdown after the grace period): say so in the run record, close
  // the store first so the job cannot commit another transaction, close the browser, give
  // the lock back, and return at once. The job's own promise is left to fail on the closed
  // store; it commits nothing more, so this is as safe as a kill — which the crash tests cover.
  let resolveAbandoned: (value: JobResult) => void = () => undefined;
  const abandonedResult = new Promise<JobResult>((resolve) => {
    resolveAbandoned = resolve;
  });
  const onAbort = (): void => {
    abandoned = true;
    try {
      if (runId && spec.kind !== 'digest') finishRun(runtime.db, runId, 'interrupted', now().toISOString(), { reason: 'scheduler shutdown' });
    } catch (error) {
      log.warn({ err: message(error) }, 'could not mark the run interrupted');
    }
    log.warn('job abandoned at shutdown; the next run continues where it left off');
    try {
      runtime.db.close();
    } catch {
      // already closed
    }
    // Closing HTTP waits for requests in flight: bounded, the process is about to end anyway.
    let timer: NodeJS.Timeout | undefined;
    void Promise.race([close(), new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]).finally(() => {
      clearTimeout(timer);
      lock.release();
      resolveAbandoned(result('abandoned', 'stopped at shutdown', runId ? { runId } : {}));
    });
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  const work = async (): Promise<JobResult> => {
    try {
      let outcome: JobOutcome = 'ok';
      let detail = '';
      let jobRunId: string | undefined = runId;
      if (spec.kind === 'watch') {
        const summary = await runWatchJob(deps.config, runtime, { log: base, runId: runId!, now, ...(spec.sourceIds ? { sourceIds: spec.sourceIds } : {}) });
        const bad = summary.sources.filter((s) => isProblem(s.outcome));
        const fresh = summary.sources.reduce((n, s) => n + (s.outcome === 'ok' ? s.new : 0), 0);
        outcome = bad.length > 0 ? 'problems' : 'ok';
        detail = `${summary.sources.length} sources, ${fresh} new items${bad.length ? `, failed or broken: ${bad.map((s) => s.id).join(', ')}` : ''}`;
      } else if (spec.kind === 'links') {
        const { runLinksJob } = await import('../jobs/links-job.js');
        const links = await runLinksJob(deps.config, runtime, { now, baseDir: deps.configDir });
        jobRunId = links.runId;
        outcome = links.exitCode === 0 ? 'ok' : 'problems';
        detail = `${links.dead} dead links (${links.newlyDead.length} newly dead, ${links.recovered.length} working again)`;
      } else {
        const at = now();
        startRun(runtime.db, runId!, 'digest', at.toISOString());
        const digest = await digestJob(runtime.db, deps.config, { now: at, baseDir: deps.configDir, log: base });
        const files = writeDailyDigest(digest, runtime.storageDir, at, deps.config.review.language);
        writeAcceptedFeed(runtime.db, deps.config, runtime.storageDir, at);
        const candidates = digest.sections.reduce((n, section) => n + section.candidates.length, 0);
        finishRun(runtime.db, runId!, 'ok', now().toISOString(), { candidates, files });
        detail = `${candidates} candidates → ${files.html}`;
      }
      if (abandoned) return result('abandoned', 'stopped at shutdown', jobRunId ? { runId: jobRunId } : {});
      let alerts = 0;
      if (spec.kind !== 'digest') {
        const evaluated = await processAlerts(runtime.db, deps.config, {
          storageDir: runtime.storageDir,
          channels: deps.channels,
          log: jobRunId ? base.child({ runId: jobRunId }) : base,
          now,
          ...(jobRunId ? { runId: jobRunId } : {}),
        });
        alerts = evaluated.notices.length;
      }
      // After the alerts: an alert for a link retention forgets has been closed as no longer checked.
      applyRetention(runtime.db, runtime.storageDir, deps.config.storage.retention, now(), jobRunId && jobRunId !== runId ? base.child({ runId: jobRunId }) : log);
      (jobRunId && jobRunId !== runId ? base.child({ runId: jobRunId }) : log).info({ outcome, detail, alerts }, 'job done');
      return result(outcome, detail, { ...(jobRunId ? { runId: jobRunId } : {}), alerts });
    } catch (error) {
      if (abandoned) return result('abandoned', 'stopped at shutdown', runId ? { runId } : {});
      log.error({ err: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 'job failed');
      if (spec.kind === 'digest' && runId) {
        try {
          finishRun(runtime.db, runId, 'crashed', now().toISOString(), { error: message(error) });
        } catch {
          // the store itself may be what failed
        }
      }
      return result('failed', message(error), runId ? { runId } : {});
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!abandoned) {
        await close();
        lock.release();
      }
    }
  };
  return Promise.race([work(), abandonedResult]);
}
