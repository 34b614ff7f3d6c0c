/**
 * What the scheduler's heartbeat says, as it follows the scheduler's events: which job runs,
 * how the last one ended, whether it is stopping. `jobStateAfter` is the decision (pure, one
 * case per event); `heartbeatKeeper` holds the state and writes storage/heartbeat.json on
 * every change.
 */
import os from 'node:os';
import type { Logger } from '../log.js';
import type { SchedulerEvent } from '../schedule.js';
import type { Heartbeat, HeartbeatJob } from '../model/heartbeat.js';
import { writeHeartbeat } from './heartbeat.js';
import type { JobResult } from './jobs.js';

export interface JobState {
  state: Heartbeat['state'];
  currentJob: HeartbeatJob | null;
  lastJob: HeartbeatJob | null;
}

export const STARTING: JobState = { state: 'idle', currentJob: null, lastJob: null };

/** The state after a scheduler event; undefined when the event changes nothing the heartbeat shows. */
export function jobStateAfter(previous: JobState, event: SchedulerEvent): JobState | undefined {
  const at = event.at.toISOString();
  switch (event.type) {
    case 'start':
      return { ...previous, state: 'running', currentJob: { name: event.job, startedAt: at } };
    case 'end': {
      const result = event.result as JobResult | undefined;
      const lastJob: HeartbeatJob = {
        name: event.job,
        startedAt: previous.currentJob?.startedAt ?? at,
        finishedAt: at,
        outcome: event.error ? 'failed' : (result?.outcome ?? 'ok'),
        ...(result?.runId ? { runId: result.runId } : {}),
        ...(result?.detail || event.error ? { detail: result?.detail ?? String(event.error) } : {}),
      };
      // A job that ends while the scheduler stops leaves it stopping, not idle.
      return { state: previous.state === 'running' ? 'idle' : previous.state, currentJob: null, lastJob };
    }
    case 'skipped':
      return { ...previous, lastJob: { name: event.job, startedAt: at, finishedAt: at, outcome: 'skipped', detail: event.reason } };
    case 'missed':
      return undefined;
  }
}

/**
 * The state once stopped; a job abandoned at shutdown is the last job, started when the
 * stop began to wait for it (`runningSince`: its end event may have cleared currentJob since).
 */
export function stoppedState(previous: JobState, abandoned: string | null, at: Date, runningSince?: string): JobState {
  const lastJob: HeartbeatJob | null = abandoned
    ? { name: abandoned, startedAt: runningSince ?? at.toISOString(), finishedAt: at.toISOString(), outcome: 'abandoned' }
    : previous.lastJob;
  return { state: 'stopped', currentJob: null, lastJob };
}

export interface HeartbeatKeeper {
  onEvent(event: SchedulerEvent): void;
  stopping(): void;
  stopped(abandoned: string | null): void;
  beat(): void;
}

export function heartbeatKeeper(options: { storageDir: string; log: Logger; nextRuns: () => Record<string, Date | null>; now?: () => Date }): HeartbeatKeeper {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  let current: JobState = STARTING;
  let runningSince: string | undefined;
  const beat = (): void => {
    const next = Object.fromEntries(Object.entries(options.nextRuns()).map(([job, at]) => [job, at ? at.toISOString() : null]));
    const due = Object.values(next).filter((at): at is string => at !== null).sort()[0] ?? null;
    try {
      writeHeartbeat(options.storageDir, {
        pid: process.pid,
        hostname: os.hostname(),
        schedulerStartedAt: startedAt,
        at: now().toISOString(),
        ...current,
        nextRuns: next,
        nextDue: current.state === 'stopped' ? null : due,
      });
    } catch (error) {
      options.log.error({ err: error instanceof Error ? error.message : String(error) }, 'could not write the heartbeat');
    }
  };
  return {
    onEvent(event) {
      const after = jobStateAfter(current, event);
      if (!after) return;
      current = after;
      beat();
    },
    stopping() {
      runningSince = current.currentJob?.startedAt;
      current = { ...current, state: 'stopping' };
      beat();
    },
    stopped(abandoned) {
      current = stoppedState(current, abandoned, now(), runningSince);
      beat();
    },
    beat,
  };
}
