/**
 * storage/heartbeat.json: what the scheduler is doing and when it last ran a job, so that an
 * outside monitor (or `sourcewatch status`) can tell a dead scheduler from a quiet one. It is
 * rewritten atomically when the scheduler starts, when a job starts and ends, and when it stops;
 * its mtime is therefore the last sign of life.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import type { Heartbeat, HeartbeatHealth } from '../model/heartbeat.js';
import { pidAlive } from './lock.js';

export const HEARTBEAT_FILE = 'heartbeat.json';

export function heartbeatPath(storageDir: string): string {
  return path.join(path.resolve(storageDir), HEARTBEAT_FILE);
}

export function writeHeartbeat(storageDir: string, heartbeat: Heartbeat): void {
  writeFileAtomic(heartbeatPath(storageDir), `${JSON.stringify(heartbeat, null, 2)}\n`);
}

export function readHeartbeat(storageDir: string): Heartbeat | undefined {
  try {
    return JSON.parse(readFileSync(heartbeatPath(storageDir), 'utf8')) as Heartbeat;
  } catch {
    return undefined;
  }
}

/** How far past a due job a scheduler may be before it counts as overdue. */
export const OVERDUE_GRACE_MS = 30 * 60_000;

/** Judge a heartbeat. `alive` is injectable for tests; `hostname` is this machine's. */
export function heartbeatHealth(
  heartbeat: Heartbeat,
  now: Date,
  hostname: string,
  alive: (pid: number) => boolean = pidAlive,
): HeartbeatHealth {
  const ageMs = now.getTime() - Date.parse(heartbeat.at);
  if (heartbeat.state === 'stopped') {
    return { overdue: false, gone: false, ageMs, note: `scheduler stopped cleanly at ${heartbeat.at}` };
  }
  const gone = heartbeat.hostname === hostname && !alive(heartbeat.pid);
  const due = heartbeat.nextDue ? Date.parse(heartbeat.nextDue) : Number.NaN;
  const overdue = !Number.isNaN(due) && now.getTime() > due + OVERDUE_GRACE_MS;
  let note: string;
  if (gone) note = `scheduler process ${heartbeat.pid} is gone (killed or crashed); start it again`;
  else if (overdue && heartbeat.state === 'running' && heartbeat.currentJob)
    note = `job "${heartbeat.currentJob.name}" has been running since ${heartbeat.currentJob.startedAt}, past the next due job (${heartbeat.nextDue})`;
  else if (overdue) note = `a job was due at ${heartbeat.nextDue} and the scheduler has not run it: is it hung or stopped?`;
  else if (heartbeat.state === 'running' && heartbeat.currentJob) note = `running "${heartbeat.currentJob.name}" since ${heartbeat.currentJob.startedAt}`;
  else note = heartbeat.lastJob ? `last job "${heartbeat.lastJob.name}" ${heartbeat.lastJob.outcome ?? ''} at ${heartbeat.lastJob.finishedAt ?? heartbeat.lastJob.startedAt}`.replace('  ', ' ') : 'no job run yet';
  return { overdue: overdue || gone, gone, ageMs, note };
}
