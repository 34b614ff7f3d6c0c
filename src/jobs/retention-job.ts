/**
 * Retention at the end of a run: the store's expired history pruned in one short write
 * transaction, the expired dated files of storage/digests/ deleted, free pages given back when
 * enough of the file is free, and one log line saying what went. What is expired is decided by
 * retention-policy.ts; the keep-rules of each table are the store's (store/retention.ts).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RetentionSettings } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { PrunedRows, Reclaim } from '../model/retention.js';
import type { Db } from '../store/db.js';
import { fullVacuum, incrementalVacuum, pruneHistory, storeSpace } from '../store/retention.js';
import { osloDay } from '../time/oslo.js';
import { expiredDigestFiles, reclaimPlan, retentionCutoffs } from './retention-policy.js';

export interface RetentionOutcome {
  rows: PrunedRows;
  digestFiles: number;
  reclaim: Reclaim;
  /** The store's size in bytes (pages × page size) before and after. */
  bytesBefore: number;
  bytesAfter: number;
}

function digestFileNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isFile());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Prune by `settings` as of `now`; undefined when retention is switched off or failed. Never
 * throws: housekeeping that fails (a store busy past its timeout, a file that will not go) is
 * logged and tried again by the next run, and does not turn a good run into a failed one.
 */
export function applyRetention(db: Db, storageDir: string, settings: RetentionSettings, now: Date, log: Logger): RetentionOutcome | undefined {
  if (!settings.enabled) return undefined;
  try {
    return prune(db, storageDir, settings, now, log);
  } catch (error) {
    log.error({ err: error instanceof Error ? error.message : String(error) }, 'retention failed; the next run tries again');
    return undefined;
  }
}

function prune(db: Db, storageDir: string, settings: RetentionSettings, now: Date, log: Logger): RetentionOutcome {
  const rows = pruneHistory(db, retentionCutoffs(settings, now));
  const digestDir = path.join(storageDir, 'digests');
  const expired = expiredDigestFiles(digestFileNames(digestDir), settings, osloDay(now));
  // One file at a time, each deletion whole: a kill leaves fewer old files, never a broken one.
  for (const name of expired) rmSync(path.join(digestDir, name), { force: true });
  const before = storeSpace(db);
  const reclaim = reclaimPlan(before);
  if (reclaim.kind === 'incremental') incrementalVacuum(db, reclaim.pages);
  else if (reclaim.kind === 'vacuum') fullVacuum(db);
  const after = reclaim.kind === 'none' ? before : storeSpace(db);
  const outcome: RetentionOutcome = {
    rows,
    digestFiles: expired.length,
    reclaim,
    bytesBefore: before.pageCount * before.pageSize,
    bytesAfter: after.pageCount * after.pageSize,
  };
  log.info({ pruned: { ...rows, digestFiles: expired.length }, reclaim: reclaim.kind, storeBytes: outcome.bytesAfter }, 'retention: pruned old history');
  return outcome;
}
