/** The record of runs: when each ran, how it ended, and each source's outcome in it. */
import type { SourceOutcome } from '../model.js';
import type { RunKind, RunStatus } from '../model/runs.js';
import type { Db } from './db.js';

export interface RunRecord {
  id: string;
  kind: RunKind;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  summary: unknown;
}

export function startRun(db: Db, id: string, kind: RunKind, at: string): void {
  // A run still marked running was killed before it could say how it ended.
  db.prepare(`UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND kind = ?`).run(kind);
  db.prepare(`INSERT INTO runs (id, kind, started_at, status) VALUES (?, ?, ?, 'running')`).run(id, kind, at);
}

export function finishRun(db: Db, id: string, status: RunStatus, at: string, summary: unknown): void {
  db.prepare('UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?').run(
    at,
    status,
    JSON.stringify(summary),
    id,
  );
}

export function recordSourceRun(db: Db, runId: string, outcome: SourceOutcome, at: string): void {
  db.prepare(
    `INSERT OR REPLACE INTO source_runs (run_id, source_id, outcome, items, new_items, detail, duration_ms, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(runId, outcome.id, outcome.outcome, outcome.items, outcome.new, outcome.detail, outcome.durationMs, at);
}

export function lastRuns(db: Db, limit = 20): RunRecord[] {
  const rows = db
    .prepare<[number], { id: string; kind: RunKind; started_at: string; finished_at: string | null; status: RunStatus; summary: string | null }>(
      'SELECT * FROM runs ORDER BY started_at DESC LIMIT ?',
    )
    .all(limit);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    summary: row.summary ? JSON.parse(row.summary) : null,
  }));
}

/**
 * Finished watch and link runs in a row, newest first, that reached no server at all;
 * with the newest of them. Runs killed or still running say nothing either way.
 */
export function offlineStreak(db: Db): { runs: number; since: string | null } {
  const rows = db
    .prepare<[], { status: RunStatus; started_at: string }>(
      `SELECT status, started_at FROM runs WHERE kind IN ('watch', 'links') AND status IN ('ok', 'failed', 'offline') ORDER BY started_at DESC LIMIT 200`,
    )
    .all();
  let runs = 0;
  let since: string | null = null;
  for (const row of rows) {
    if (row.status !== 'offline') break;
    runs += 1;
    since = row.started_at;
  }
  return { runs, since };
}
