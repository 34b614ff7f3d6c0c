/**
 * Retention decisions, pure: which instants expire history, which dated digest files go, and
 * whether (and how) the store's free pages are given back. The store and the file system only
 * carry out what these say.
 */
import type { RetentionSettings } from '../config/schema.js';
import type { Reclaim, RetentionCutoffs, StoreSpace } from '../model/retention.js';
import { datedFileDay } from '../digest/file-names.js';
import { DAY_MS } from '../time/oslo.js';

export function retentionCutoffs(settings: Pick<RetentionSettings, 'runsDays' | 'linkChecksDays' | 'linkStateDays'>, now: Date): RetentionCutoffs {
  const before = (days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString();
  return { runsBefore: before(settings.runsDays), linkChecksBefore: before(settings.linkChecksDays), linkStateBefore: before(settings.linkStateDays) };
}


/**
 * The dated files to delete (only files the digest writer dates are ours): those of days before `today` − `digestDays` (Oslo days, as the
 * writer names them), then, under `digestFiles`, the oldest whole days until the rest fit.
 */
export function expiredDigestFiles(names: readonly string[], settings: Pick<RetentionSettings, 'digestDays' | 'digestFiles'>, today: string): string[] {
  const byDay = new Map<string, string[]>();
  for (const name of names) {
    const day = datedFileDay(name);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), name]);
  }
  const oldestKept = new Date(Date.parse(`${today}T00:00:00Z`) - settings.digestDays * DAY_MS).toISOString().slice(0, 10);
  const expired: string[] = [];
  let kept = 0;
  for (const day of [...byDay.keys()].sort().reverse()) {
    const files = byDay.get(day)!;
    const fits = settings.digestFiles === undefined || kept + files.length <= settings.digestFiles;
    if (day < oldestKept || !fits) expired.push(...files);
    else kept += files.length;
  }
  return expired.sort();
}

// Free pages are reused by the next runs' rows, so a store that prunes a day's history a day
// holds only a little free space: giving that back every run would only grow the file again.
// Reclaim when at least a tenth of the file (and 1 MiB) is free, e.g. after the first prune of
// a long history or after shortening a retention period.
const RECLAIM_SHARE = 0.1;
const RECLAIM_MIN_BYTES = 1024 * 1024;

export function reclaimPlan(space: StoreSpace): Reclaim {
  const freeBytes = space.freelistCount * space.pageSize;
  if (space.pageCount === 0 || space.freelistCount / space.pageCount < RECLAIM_SHARE || freeBytes < RECLAIM_MIN_BYTES) return { kind: 'none' };
  // A store made with incremental auto-vacuum gives pages back in one short step; an older
  // store (auto_vacuum none) needs one full VACUUM, which also switches it to incremental.
  if (space.autoVacuum === 2) return { kind: 'incremental', pages: space.freelistCount };
  return { kind: 'vacuum' };
}
