/** Per-source figures for the editors' source list: items each source has listed, and since when it fails. */
import type { Db } from './db.js';

/** How many stored items each source has listed (an item two sources list counts for both). */
export function itemCountsBySource(db: Db): Map<string, number> {
  const rows = db.prepare<[], { source_id: string; n: number }>('SELECT source_id, COUNT(*) AS n FROM item_sources GROUP BY source_id').all();
  return new Map(rows.map((row) => [row.source_id, row.n]));
}

/**
 * The first run of each source's current run of problems: the earliest problem outcome after
 * its last ok (or ever, when it never was ok). Which outcomes are problems is the model's call.
 */
export function failingSinceBySource(db: Db, problemOutcomes: readonly string[]): Map<string, string> {
  if (problemOutcomes.length === 0) return new Map();
  const marks = problemOutcomes.map(() => '?').join(', ');
  const rows = db
    .prepare<string[], { source_id: string; since: string }>(
      `SELECT r.source_id, MIN(r.at) AS since
         FROM source_runs r LEFT JOIN source_state s ON s.source_id = r.source_id
        WHERE r.outcome IN (${marks}) AND r.at > COALESCE(s.last_ok_at, '')
        GROUP BY r.source_id`,
    )
    .all(...problemOutcomes);
  return new Map(rows.map((row) => [row.source_id, row.since]));
}
