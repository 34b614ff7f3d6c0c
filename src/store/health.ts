/** Read-only queries for `sourcewatch status`: runs per job, publication rhythm, link counts. */
import type { Db } from './db.js';
import type { RunKind, RunStatus } from '../model/runs.js';
import type { LinkCounts } from '../model/status.js';
import type { RunRecord } from './runs.js';

interface RunRow {
  id: string;
  kind: RunKind;
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  summary: string | null;
}

function toRun(row: RunRow): RunRecord {
  let summary: unknown = null;
  try {
    summary = row.summary ? JSON.parse(row.summary) : null;
  } catch {
    summary = row.summary;
  }
  return { id: row.id, kind: row.kind, startedAt: row.started_at, finishedAt: row.finished_at, status: row.status, summary };
}

/** The latest run of a kind, whatever its status (running, interrupted…). */
export function lastRunOf(db: Db, kind: RunKind): RunRecord | undefined {
  const row = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE kind = ? ORDER BY started_at DESC, rowid DESC LIMIT 1').get(kind);
  return row ? toRun(row) : undefined;
}

/** The latest run of a kind that got to the end (ok or failed). */
export function lastCompletedRunOf(db: Db, kind: RunKind): RunRecord | undefined {
  const row = db
    .prepare<[string], RunRow>(`SELECT * FROM runs WHERE kind = ? AND status IN ('ok', 'failed') ORDER BY started_at DESC, rowid DESC LIMIT 1`)
    .get(kind);
  return row ? toRun(row) : undefined;
}

/** Publication instants (ISO) of the items a source has listed, newest first. */
export function publicationDates(db: Db, sourceId: string, limit = 40): string[] {
  return db
    .prepare<[string, number], { published_at: string }>(
      `SELECT i.published_at FROM item_sources s JOIN items i ON i.id = s.item_id
       WHERE s.source_id = ? AND i.published_at IS NOT NULL ORDER BY i.published_at DESC LIMIT ?`,
    )
    .all(sourceId, limit)
    .map((row) => row.published_at);
}

export function linkCounts(db: Db): LinkCounts {
  return db
    .prepare(
      `SELECT count(*) AS tracked,
              coalesce(sum(CASE WHEN dead_since IS NOT NULL THEN 1 ELSE 0 END), 0) AS dead,
              coalesce(sum(CASE WHEN dead_since IS NULL AND consecutive_failures > 0 THEN 1 ELSE 0 END), 0) AS failing
       FROM link_state`,
    )
    .get() as LinkCounts;
}

export function undeliveredAlertMessages(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM alert_outbox WHERE sent_at IS NULL AND given_up_at IS NULL').get() as { n: number }).n;
}
