/** Newsletter issues: the one open issue accepted items go into, and the closed ones before it. */
import { writeTransaction, type Db } from './db.js';

export interface NewsletterIssue {
  id: number;
  name: string;
  /** First day the issue covers (YYYY-MM-DD, Europe/Oslo), when given. */
  periodFrom: string | null;
  /** Last day it covers, when known. */
  periodTo: string | null;
  openedAt: string;
  /** Null while open. */
  closedAt: string | null;
}

interface Row {
  id: number;
  name: string;
  period_from: string | null;
  period_to: string | null;
  opened_at: string;
  closed_at: string | null;
}

function toIssue(row: Row): NewsletterIssue {
  return {
    id: row.id,
    name: row.name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}

export function getIssue(db: Db, id: number): NewsletterIssue | undefined {
  const row = db.prepare<[number], Row>('SELECT * FROM newsletter_issues WHERE id = ?').get(id);
  return row ? toIssue(row) : undefined;
}

export function getOpenIssue(db: Db): NewsletterIssue | undefined {
  const row = db.prepare<[], Row>('SELECT * FROM newsletter_issues WHERE closed_at IS NULL').get();
  return row ? toIssue(row) : undefined;
}

/** Every issue, the newest first. */
export function listIssues(db: Db): NewsletterIssue[] {
  return db.prepare<[], Row>('SELECT * FROM newsletter_issues ORDER BY opened_at DESC, id DESC').all().map(toIssue);
}

/** The "since the last issue" mark: when the last issue was closed (null before the first). */
export function lastIssueMark(db: Db): string | null {
  const row = db.prepare<[], { mark: string | null }>('SELECT max(closed_at) AS mark FROM newsletter_issues').get();
  return row?.mark ?? null;
}

/**
 * Open an issue; accepted items not yet in any issue move into it. One short write
 * transaction, taken at once (IMMEDIATE) so a concurrent watch run makes it wait, not fail.
 * Returns undefined when another issue is already open.
 */
export function insertOpenIssue(
  db: Db,
  issue: { name: string; periodFrom: string | null; periodTo: string | null; at: string },
): NewsletterIssue | undefined {
  return writeTransaction(db, () => {
      if (getOpenIssue(db)) return undefined;
      const result = db
        .prepare('INSERT INTO newsletter_issues (name, period_from, period_to, opened_at) VALUES (?, ?, ?, ?)')
        .run(issue.name, issue.periodFrom, issue.periodTo, issue.at);
      const id = Number(result.lastInsertRowid);
      db.prepare(`UPDATE decisions SET issue_id = ? WHERE decision = 'accepted' AND issue_id IS NULL`).run(id);
      return getIssue(db, id);
    });
}

/** Close an open issue at `at`. False when it does not exist or is closed already. */
export function closeIssueAt(db: Db, id: number, at: string): boolean {
  return db.prepare('UPDATE newsletter_issues SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id).changes === 1;
}

/** Open a closed issue again (a close by mistake); false while another issue is open. */
export function reopenIssue(db: Db, id: number): boolean {
  return writeTransaction(db, () => {
      if (getOpenIssue(db)) return false;
      return db.prepare('UPDATE newsletter_issues SET closed_at = NULL WHERE id = ? AND closed_at IS NOT NULL').run(id).changes === 1;
    });
}

/** Accepted items per issue id (for the issues list). */
export function countAcceptedByIssue(db: Db): Map<number, number> {
  const rows = db
    .prepare<[], { issue_id: number; n: number }>(
      `SELECT issue_id, count(*) AS n FROM decisions WHERE decision = 'accepted' AND issue_id IS NOT NULL GROUP BY issue_id`,
    )
    .all();
  return new Map(rows.map((row) => [row.issue_id, row.n]));
}
