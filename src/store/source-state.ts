/** Per-source memory between runs: baseline, health, and conditional-request validators. */
import type { SourceOutcomeKind, Validators } from '../model.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';

export interface SourceState {
  sourceId: string;
  configHash: string | null;
  baselineAt: string | null;
  lastRunAt: string | null;
  lastOutcome: SourceOutcomeKind | null;
  lastDetail: string | null;
  lastOkAt: string | null;
  consecutiveFailures: number;
  lastItemAt: string | null;
  lastItemCount: number;
  hadDates: boolean;
}

interface Row {
  source_id: string;
  config_hash: string | null;
  baseline_at: string | null;
  last_run_at: string | null;
  last_outcome: SourceOutcomeKind | null;
  last_detail: string | null;
  last_ok_at: string | null;
  consecutive_failures: number;
  last_item_at: string | null;
  last_item_count: number;
  had_dates: number;
}

function toState(row: Row): SourceState {
  return {
    sourceId: row.source_id,
    configHash: row.config_hash,
    baselineAt: row.baseline_at,
    lastRunAt: row.last_run_at,
    lastOutcome: row.last_outcome,
    lastDetail: row.last_detail,
    lastOkAt: row.last_ok_at,
    consecutiveFailures: row.consecutive_failures,
    lastItemAt: row.last_item_at,
    lastItemCount: row.last_item_count,
    hadDates: row.had_dates === 1,
  };
}

export function getSourceState(db: Db, sourceId: string): SourceState | undefined {
  const row = prepared<[string], Row>(db, 'SELECT * FROM source_state WHERE source_id = ?').get(sourceId);
  return row ? toState(row) : undefined;
}

export function listSourceStates(db: Db): SourceState[] {
  return prepared<[], Row>(db, 'SELECT * FROM source_state ORDER BY source_id').all().map(toState);
}

export function saveSourceState(db: Db, state: SourceState): void {
  prepared(
    db,
    `INSERT INTO source_state (source_id, config_hash, baseline_at, last_run_at, last_outcome, last_detail, last_ok_at,
       consecutive_failures, last_item_at, last_item_count, had_dates)
     VALUES (@sourceId, @configHash, @baselineAt, @lastRunAt, @lastOutcome, @lastDetail, @lastOkAt,
       @consecutiveFailures, @lastItemAt, @lastItemCount, @hadDates)
     ON CONFLICT (source_id) DO UPDATE SET config_hash = excluded.config_hash, baseline_at = excluded.baseline_at,
       last_run_at = excluded.last_run_at, last_outcome = excluded.last_outcome, last_detail = excluded.last_detail,
       last_ok_at = excluded.last_ok_at, consecutive_failures = excluded.consecutive_failures,
       last_item_at = excluded.last_item_at, last_item_count = excluded.last_item_count, had_dates = excluded.had_dates`,
  ).run({ ...state, hadDates: state.hadDates ? 1 : 0 });
}

export function getValidators(db: Db, url: string): Validators | undefined {
  const row = prepared<[string], { etag: string | null; last_modified: string | null }>(
    db,
    'SELECT etag, last_modified FROM fetch_state WHERE url = ?',
  ).get(url);
  if (!row) return undefined;
  const validators: Validators = {};
  if (row.etag) validators.etag = row.etag;
  if (row.last_modified) validators.lastModified = row.last_modified;
  return validators;
}

export function saveValidators(db: Db, sourceId: string, url: string, validators: Validators, at: string): void {
  prepared(
    db,
    `INSERT INTO fetch_state (url, source_id, etag, last_modified, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET source_id = excluded.source_id, etag = excluded.etag,
       last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
  ).run(url, sourceId, validators.etag ?? null, validators.lastModified ?? null, at);
}

/** Forget a source's validators, so its next fetch is a full one (after a config change). */
export function clearValidators(db: Db, sourceId: string): void {
  prepared(db, 'DELETE FROM fetch_state WHERE source_id = ?').run(sourceId);
}

export function getMemo(db: Db, sourceId: string, key: string): string | undefined {
  return prepared<[string, string], { value: string }>(db, 'SELECT value FROM source_memo WHERE source_id = ? AND key = ?').get(sourceId, key)?.value;
}

export function saveMemo(db: Db, sourceId: string, key: string, value: string, at: string): void {
  prepared(
    db,
    `INSERT INTO source_memo (source_id, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(sourceId, key, value, at);
}

/** Forget what a source's kind remembered (after a config change). */
export function clearMemo(db: Db, sourceId: string): void {
  prepared(db, 'DELETE FROM source_memo WHERE source_id = ?').run(sourceId);
}
