/** storage/heartbeat.json as data: what the scheduler is doing, and how its heartbeat is judged. */

export interface HeartbeatJob {
  name: string;
  startedAt: string;
  finishedAt?: string;
  /** ok | problems | skipped | failed | abandoned */
  outcome?: string;
  runId?: string;
  detail?: string;
}

export interface Heartbeat {
  pid: number;
  hostname: string;
  schedulerStartedAt: string;
  /** When this file was written. */
  at: string;
  state: 'idle' | 'running' | 'stopping' | 'stopped';
  currentJob: HeartbeatJob | null;
  lastJob: HeartbeatJob | null;
  /** Next fire time of each job (ISO), as the scheduler sees it. */
  nextRuns: Record<string, string | null>;
  /** The earliest of nextRuns: by then the scheduler should have written again. */
  nextDue: string | null;
}

export interface HeartbeatHealth {
  /** The scheduler missed a job it should have started (dead, hung or asleep). */
  overdue: boolean;
  /** Its process is gone from this host without a clean stop. */
  gone: boolean;
  ageMs: number;
  note: string;
}
