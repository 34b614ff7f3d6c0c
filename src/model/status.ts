/**
 * `sourcewatch status` as data: the last run of each job, each source's health, the links,
 * the scheduler, the lock and the alerts. ops/status.ts gathers it; report/status-text.ts
 * prints it.
 */
import type { OpenAlert } from './alerts.js';
import type { Heartbeat, HeartbeatHealth } from './heartbeat.js';
import type { LockHolder } from './lock.js';
import type { RunStatus } from './runs.js';

export interface LinkCounts {
  tracked: number;
  dead: number;
  /** Failing, but not (yet) counted dead. */
  failing: number;
}

export interface JobRun {
  runId: string;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  durationMs: number | null;
  /** Set when the job ran as part of another (the digest `sourcewatch run` writes). */
  via?: string;
}

export interface JobStatus {
  job: 'watch' | 'links' | 'digest';
  last: JobRun | null;
  /** The last run that got to the end, when the last one did not (interrupted, running). */
  lastCompleted: JobRun | null;
}

export interface SourceStatus {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
  /** Its own cron expression, when it overrides the default watch schedule. */
  schedule: string | null;
  lastRunAt: string | null;
  lastOutcome: string | null;
  lastDetail: string | null;
  lastOkAt: string | null;
  consecutiveFailures: number;
  /** At or past alerts.failuresBeforeAlert. */
  failing: boolean;
  /** When a new item was last recorded (baseline items do not count). */
  lastNewItemAt: string | null;
  /** The newest publication date among its items. */
  lastPublishedAt: string | null;
  /** Median days between its publications, when it has enough dated items to tell. */
  usualIntervalDays: number | null;
  /** Days since its last new item or publication, whichever is later. */
  daysSinceLastItem: number | null;
  /** Much longer than usual without a new item: a silent failure, or just a quiet spell? */
  quiet: boolean;
}

export interface Status {
  generatedAt: string;
  storageDir: string;
  jobs: JobStatus[];
  sources: SourceStatus[];
  links: LinkCounts & { lastRun: JobRun | null };
  scheduler: { heartbeat: Heartbeat; health: HeartbeatHealth } | null;
  lock: LockHolder | null;
  alerts: { open: OpenAlert[]; undelivered: number; reportFile: string };
  /** Things that need a person: they make `status` exit 2. */
  problems: string[];
  /** Worth a look, not an error. */
  warnings: string[];
}
