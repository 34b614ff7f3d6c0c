/** Link history: per-URL state across runs, each run's checks, and where links stand. */
import type { LinkLocation, LinkResult, Verdict } from '../model/links.js';
import { writeTransaction, type Db } from './db.js';
import type { RunStatus } from '../model/runs.js';
import { finishRun } from './runs.js';

export interface LinkState {
  url: string;
  firstSeen: string;
  lastChecked: string | null;
  lastVerdict: Verdict | null;
  lastStatus: number | null;
  lastFinalUrl: string | null;
  lastDetail: string | null;
  lastOk: string | null;
  /** When the current failure streak began (null while working). */
  firstFailed: string | null;
  consecutiveFailures: number;
  /** Set once the link counts as dead (N failures in a row or D days); cleared when it works. */
  deadSince: string | null;
}

interface Row {
  url: string;
  first_seen: string;
  last_checked: string | null;
  last_verdict: Verdict | null;
  last_status: number | null;
  last_final_url: string | null;
  last_detail: string | null;
  last_ok: string | null;
  first_failed: string | null;
  consecutive_failures: number;
  dead_since: string | null;
}

function toState(row: Row): LinkState {
  return {
    url: row.url,
    firstSeen: row.first_seen,
    lastChecked: row.last_checked,
    lastVerdict: row.last_verdict,
    lastStatus: row.last_status,
    lastFinalUrl: row.last_final_url,
    lastDetail: row.last_detail,
    lastOk: row.last_ok,
    firstFailed: row.first_failed,
    consecutiveFailures: row.consecutive_failures,
    deadSince: row.dead_since,
  };
}

export function getLinkState(db: Db, url: string): LinkState | undefined {
  const row = db.prepare<[string], Row>('SELECT * FROM link_state WHERE url = ?').get(url);
  return row ? toState(row) : undefined;
}

/** Last known state of each of these URLs (for showing link status beside candidates). */
export function getLinkStates(db: Db, urls: string[]): Map<string, LinkState> {
  const out = new Map<string, LinkState>();
  const statement = db.prepare<[string], Row>('SELECT * FROM link_state WHERE url = ?');
  for (const url of urls) {
    const row = statement.get(url);
    if (row) out.set(url, toState(row));
  }
  return out;
}

export function saveLinkState(db: Db, state: LinkState): void {
  db.prepare(
    `INSERT INTO link_state (url, first_seen, last_checked, last_verdict, last_status, last_final_url, last_detail, last_ok,
       first_failed, consecutive_failures, dead_since)
     VALUES (@url, @firstSeen, @lastChecked, @lastVerdict, @lastStatus, @lastFinalUrl, @lastDetail, @lastOk,
       @firstFailed, @consecutiveFailures, @deadSince)
     ON CONFLICT (url) DO UPDATE SET last_checked = excluded.last_checked, last_verdict = excluded.last_verdict,
       last_status = excluded.last_status, last_final_url = excluded.last_final_url, last_detail = excluded.last_detail,
       last_ok = excluded.last_ok, first_failed = excluded.first_failed,
       consecutive_failures = excluded.consecutive_failures, dead_since = excluded.dead_since`,
  ).run(state);
}

export function recordLinkCheck(db: Db, runId: string, result: LinkResult, at: string): void {
  db.prepare(
    `INSERT OR REPLACE INTO link_checks (run_id, url, verdict, http_status, final_url, permanent, detail, checked_at, duration_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(runId, result.url, result.verdict, result.httpStatus, result.finalUrl, result.permanent ? 1 : 0, result.detail, at, result.durationMs);
}

export function recordOccurrences(db: Db, url: string, locations: LinkLocation[], at: string): void {
  const statement = db.prepare(
    `INSERT INTO link_occurrences (url, file, page, line, last_seen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url, file, page, line) DO UPDATE SET last_seen = excluded.last_seen`,
  );
  // SQLite treats NULLs as distinct in a primary key; -1 stands for "no page/line".
  for (const location of locations) statement.run(url, location.file, location.page ?? -1, location.line ?? -1, at);
}

export function occurrencesOf(db: Db, url: string): LinkLocation[] {
  return db
    .prepare<[string], { file: string; page: number; line: number }>('SELECT file, page, line FROM link_occurrences WHERE url = ? ORDER BY file, page, line')
    .all(url)
    .map((row) => ({ file: row.file, ...(row.page >= 0 ? { page: row.page } : {}), ...(row.line >= 0 ? { line: row.line } : {}) }));
}

/** Links currently counted dead, oldest first, with where they stand. */
export function listDeadLinks(db: Db): Array<LinkState & { foundIn: LinkLocation[] }> {
  return db
    .prepare<[], Row>('SELECT * FROM link_state WHERE dead_since IS NOT NULL ORDER BY dead_since, url')
    .all()
    .map((row) => ({ ...toState(row), foundIn: occurrencesOf(db, row.url) }));
}

/** One link's check in a run, as it is to be kept. */
export interface LinkCheckRecord {
  state: LinkState;
  result: LinkResult;
  foundIn: LinkLocation[];
  at: string;
}

/**
 * Keep a finished link run: every link's new state, its check and where it stands, and the
 * run's end, in one transaction. Nothing is kept of a run that did not finish, so a killed or
 * interrupted run adds to no failure streak.
 */
export function saveLinkRun(db: Db, runId: string, records: LinkCheckRecord[], finish: { status: RunStatus; at: string; summary: unknown }): void {
  writeTransaction(db, () => {
    for (const { state, result, foundIn, at } of records) {
      if (!result.cached) {
        saveLinkState(db, state);
        recordLinkCheck(db, runId, result, at);
      }
      recordOccurrences(db, result.url, foundIn, at);
    }
    finishRun(db, runId, finish.status, finish.at, finish.summary);
  });
}

/** When each of these URLs was last found anywhere a check looked (absent: nowhere, or forgotten). */
export function lastSeenOf(db: Db, urls: readonly string[]): Map<string, string> {
  const statement = db.prepare<[string], { last_seen: string | null }>('SELECT max(last_seen) AS last_seen FROM link_occurrences WHERE url = ?');
  const out = new Map<string, string>();
  for (const url of urls) {
    const seen = statement.get(url)?.last_seen;
    if (seen) out.set(url, seen);
  }
  return out;
}

/** URLs counted dead now. */
export function deadLinkUrls(db: Db): Set<string> {
  return new Set(db.prepare<[], { url: string }>('SELECT url FROM link_state WHERE dead_since IS NOT NULL').all().map((r) => r.url));
}
