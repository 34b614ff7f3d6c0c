/**
 * Pruning the store's history. What is expired is decided outside (jobs/retention-policy.ts,
 * as cutoff instants); here are the keep-rules every reader relies on, in SQL:
 * - runs: the newest run of each kind and the newest finished one (status, health, the
 *   heartbeat) and runs still marked running are kept;
 * - source_runs: the first problem run after a source's last ok is kept (the Kilder tab's
 *   "failing since" is the earliest of them);
 * - link_checks: the newest check of every link is kept; a link's streak dates (first
 *   failure, dead since) live in link_state and are never touched by age;
 * - link_occurrences / link_state: a link is forgotten, with its checks, only when it was last
 *   seen anywhere before the cutoff and the latest finished link run did not see it.
 * All of it is one write transaction: SQLite in WAL mode commits it whole or not at all, so a
 * kill mid-prune leaves the store as it was.
 */
import { PROBLEM_OUTCOMES } from '../model/outcomes.js';
import type { PrunedRows, RetentionCutoffs, StoreSpace } from '../model/retention.js';
import { writeTransaction, type Db } from './db.js';

export function pruneHistory(db: Db, cutoffs: RetentionCutoffs): PrunedRows {
  const problemMarks = PROBLEM_OUTCOMES.map(() => '?').join(', ');
  // The kept sets are lists of "the one row per kind/source", NULL where a kind or source has
  // none: NOT IN over a list holding a NULL is never true, so the NULLs are filtered out.
  const runs = db.prepare(
    `DELETE FROM runs WHERE started_at < ? AND status <> 'running'
       AND id NOT IN (SELECT id FROM (
         SELECT (SELECT r.id FROM runs r WHERE r.kind = k.kind ORDER BY r.started_at DESC, r.rowid DESC LIMIT 1) AS id FROM (SELECT DISTINCT kind FROM runs) k
         UNION ALL
         SELECT (SELECT r.id FROM runs r WHERE r.kind = k.kind AND r.status IN ('ok', 'failed') ORDER BY r.started_at DESC, r.rowid DESC LIMIT 1) FROM (SELECT DISTINCT kind FROM runs) k
       ) WHERE id IS NOT NULL)`,
  );
  // The rowid of each source's first problem run since its last ok: what failingSinceBySource reads.
  const sourceRuns = db.prepare(
    `DELETE FROM source_runs WHERE at < ?
       AND rowid NOT IN (SELECT kept FROM (
         SELECT (SELECT r.rowid FROM source_runs r LEFT JOIN source_state s ON s.source_id = r.source_id
                  WHERE r.source_id = f.source_id AND r.outcome IN (${problemMarks}) AND r.at > COALESCE(s.last_ok_at, '')
                  ORDER BY r.at, r.rowid LIMIT 1) AS kept
         FROM (SELECT DISTINCT source_id FROM source_runs) f
       ) WHERE kept IS NOT NULL)`,
  );
  // The newest check per link by one sort of the table, not a lookup per row: an index on the
  // URL would serve the lookup but cost a fifth of the store's size.
  const linkChecks = db.prepare(
    `DELETE FROM link_checks WHERE checked_at < ?
       AND rowid NOT IN (SELECT id FROM (
         SELECT rowid AS id, row_number() OVER (PARTITION BY url ORDER BY checked_at DESC, rowid DESC) AS newest FROM link_checks
       ) WHERE newest = 1)`,
  );
  // A sighting goes only when the latest finished link run did not renew it (every link that
  // run was given gets last_seen at or after its start, cached or checked): with links checked
  // monthly, an archive link last seen 35 days ago is still watched, not forgotten. No finished
  // link run yet: nothing goes.
  const occurrences = db.prepare(
    `DELETE FROM link_occurrences WHERE last_seen < ?
       AND last_seen < (SELECT max(started_at) FROM runs WHERE kind = 'links' AND status IN ('ok', 'failed'))`,
  );
  const states = db.prepare(
    `DELETE FROM link_state WHERE COALESCE(last_checked, first_seen) < ?
       AND COALESCE(last_checked, first_seen) < (SELECT max(started_at) FROM runs WHERE kind = 'links' AND status IN ('ok', 'failed'))
       AND NOT EXISTS (SELECT 1 FROM link_occurrences o WHERE o.url = link_state.url)`,
  );
  const orphanChecks = db.prepare('DELETE FROM link_checks WHERE NOT EXISTS (SELECT 1 FROM link_state s WHERE s.url = link_checks.url)');
  return writeTransaction(db, () => {
    const linkOccurrences = occurrences.run(cutoffs.linkStateBefore).changes;
    const linkStates = states.run(cutoffs.linkStateBefore).changes;
    const forgottenChecks = linkStates > 0 ? orphanChecks.run().changes : 0;
    return {
      runs: runs.run(cutoffs.runsBefore).changes,
      sourceRuns: sourceRuns.run(cutoffs.runsBefore, ...PROBLEM_OUTCOMES).changes,
      linkChecks: linkChecks.run(cutoffs.linkChecksBefore).changes + forgottenChecks,
      linkOccurrences,
      linkStates,
    };
  });
}

export function storeSpace(db: Db): StoreSpace {
  return {
    pageSize: db.pragma('page_size', { simple: true }) as number,
    pageCount: db.pragma('page_count', { simple: true }) as number,
    freelistCount: db.pragma('freelist_count', { simple: true }) as number,
    autoVacuum: db.pragma('auto_vacuum', { simple: true }) as number,
  };
}

/** Give `pages` free pages back to the file system in one short step (incremental auto-vacuum stores). */
export function incrementalVacuum(db: Db, pages: number): void {
  db.pragma(`incremental_vacuum(${Math.max(0, Math.floor(pages))})`);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Rewrite the whole file once, switching it to incremental auto-vacuum so later reclaims are
 * short steps. Holds the write lock for as long as the copy takes (well under a second for
 * the stores a year of daily runs makes); readers go on reading meanwhile (WAL).
 */
export function fullVacuum(db: Db): void {
  db.pragma('auto_vacuum = INCREMENTAL');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Rows per history table, for the run log and the retention test. */
export function historyCounts(db: Db): Record<'runs' | 'sourceRuns' | 'linkChecks' | 'linkStates' | 'linkOccurrences', number> {
  const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    runs: count('runs'),
    sourceRuns: count('source_runs'),
    linkChecks: count('link_checks'),
    linkStates: count('link_state'),
    linkOccurrences: count('link_occurrences'),
  };
}
