/**
 * Pruning the store's history: each table's keep-rules, all-or-nothing when the prune is cut
 * short, and the space given back (incremental for new stores, one VACUUM for older ones).
 */
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { retentionCutoffs, reclaimPlan } from '../../src/jobs/retention-policy.js';
import { checkIntegrity, DB_FILE, openDb, type Db } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { isProblem, OUTCOMES } from '../../src/model/outcomes.js';
import { fullVacuum, historyCounts, incrementalVacuum, pruneHistory, storeSpace } from '../../src/store/retention.js';
import { failingSinceBySource } from '../../src/store/source-overview.js';
import { tempDir } from '../helpers/runtime.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const NOW = new Date('2026-12-31T06:00:00Z');
const cutoffs = retentionCutoffs({ runsDays: 180, linkChecksDays: 180, linkStateDays: 30 }, NOW);
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();

function store(): Db {
  dir = tempDir('sw-retention-');
  return openDb(dir);
}

function run(db: Db, id: string, kind: string, status: string, ago: number): void {
  db.prepare('INSERT INTO runs (id, kind, started_at, finished_at, status) VALUES (?, ?, ?, ?, ?)').run(id, kind, daysAgo(ago), daysAgo(ago), status);
}

function sourceRun(db: Db, runId: string, sourceId: string, outcome: string, ago: number): void {
  db.prepare('INSERT INTO source_runs (run_id, source_id, outcome, items, new_items, detail, duration_ms, at) VALUES (?, ?, ?, 0, 0, ?, 1, ?)').run(runId, sourceId, outcome, '', daysAgo(ago));
}

function linkCheck(db: Db, runId: string, url: string, ago: number): void {
  db.prepare(`INSERT INTO link_checks (run_id, url, verdict, checked_at) VALUES (?, ?, 'ok', ?)`).run(runId, url, daysAgo(ago));
}

function linkState(db: Db, url: string, lastCheckedAgo: number, seenAgo?: number): void {
  db.prepare('INSERT INTO link_state (url, first_seen, last_checked, last_verdict) VALUES (?, ?, ?, ?)').run(url, daysAgo(400), daysAgo(lastCheckedAgo), 'ok');
  if (seenAgo !== undefined) db.prepare('INSERT INTO link_occurrences (url, file, page, line, last_seen) VALUES (?, ?, -1, 1, ?)').run(url, '(candidates)', daysAgo(seenAgo));
}

const ids = (db: Db, sql: string): string[] => (db.prepare(sql).all() as Array<{ id: string }>).map((row) => row.id);

describe('pruneHistory keep-rules', () => {
  it('runs: older than the window go, except the newest of each kind, the newest finished one and one still running', () => {
    const db = store();
    run(db, 'watch-old', 'watch', 'ok', 300);
    run(db, 'watch-new', 'watch', 'ok', 1);
    // A digest that has not run for a year: its last run is what status shows.
    run(db, 'digest-older', 'digest', 'ok', 400);
    run(db, 'digest-last', 'digest', 'ok', 365);
    // Links: the last finished run is old, a crashed one came after it.
    run(db, 'links-ok', 'links', 'ok', 250);
    run(db, 'links-before', 'links', 'failed', 260);
    run(db, 'links-crashed', 'links', 'crashed', 240);
    run(db, 'watch-running', 'watch', 'running', 200);
    const pruned = pruneHistory(db, cutoffs);
    expect(ids(db, 'SELECT id FROM runs ORDER BY id')).toEqual(['digest-last', 'links-crashed', 'links-ok', 'watch-new', 'watch-running']);
    expect(pruned.runs).toBe(3);
  });

  it('source runs: older than the window go, except the first problem run of a source still failing', () => {
    const db = store();
    db.prepare(`INSERT INTO source_state (source_id, last_ok_at) VALUES ('fails', ?), ('fine', ?)`).run(daysAgo(260), daysAgo(1));
    sourceRun(db, 'r1', 'fails', 'ok', 260);
    sourceRun(db, 'r2', 'fails', 'failed', 250);
    sourceRun(db, 'r3', 'fails', 'failed', 200);
    sourceRun(db, 'r4', 'fails', 'failed', 1);
    sourceRun(db, 'r1', 'fine', 'failed', 250);
    sourceRun(db, 'r2', 'fine', 'ok', 1);
    // Never had state, never ok: its first problem run is kept too.
    sourceRun(db, 'r1', 'new', 'broken-extraction', 190);
    sourceRun(db, 'r2', 'new', 'blocked', 185);
    const problems = OUTCOMES.filter((outcome) => isProblem(outcome));
    const before = failingSinceBySource(db, problems);
    const pruned = pruneHistory(db, cutoffs);
    expect(db.prepare('SELECT source_id, run_id FROM source_runs ORDER BY source_id, run_id').all()).toEqual([
      { source_id: 'fails', run_id: 'r2' },
      { source_id: 'fails', run_id: 'r4' },
      { source_id: 'fine', run_id: 'r2' },
      { source_id: 'new', run_id: 'r1' },
    ]);
    expect(pruned.sourceRuns).toBe(4);
    expect(failingSinceBySource(db, problems)).toEqual(before);
    expect(before.get('fails')).toBe(daysAgo(250));
  });

  it('link checks: older than the window go, except the newest check of each link', () => {
    const db = store();
    linkState(db, 'https://a.no/seen', 1, 1);
    linkState(db, 'https://a.no/quiet', 200, 1);
    linkCheck(db, 'r1', 'https://a.no/seen', 300);
    linkCheck(db, 'r2', 'https://a.no/seen', 1);
    linkCheck(db, 'r1', 'https://a.no/quiet', 300);
    linkCheck(db, 'r3', 'https://a.no/quiet', 200);
    const pruned = pruneHistory(db, cutoffs);
    expect(db.prepare('SELECT url, run_id FROM link_checks ORDER BY url, run_id').all()).toEqual([
      { url: 'https://a.no/quiet', run_id: 'r3' },
      { url: 'https://a.no/seen', run_id: 'r2' },
    ]);
    expect(pruned.linkChecks).toBe(2);
  });

  it('link state: forgotten with its checks only when seen nowhere since the cutoff', () => {
    const db = store();
    run(db, 'links-last', 'links', 'ok', 1);
    linkState(db, 'https://a.no/archive', 1, 1);
    linkState(db, 'https://a.no/left-period', 40, 40);
    linkState(db, 'https://a.no/left-recently', 10, 10);
    // Checked lately though no occurrence is kept (a one-off record): kept until it ages.
    linkState(db, 'https://a.no/no-occurrence', 5);
    linkCheck(db, 'r1', 'https://a.no/left-period', 40);
    linkCheck(db, 'r1', 'https://a.no/archive', 40);
    const pruned = pruneHistory(db, cutoffs);
    expect(ids(db, 'SELECT url AS id FROM link_state ORDER BY url')).toEqual(['https://a.no/archive', 'https://a.no/left-recently', 'https://a.no/no-occurrence']);
    expect(ids(db, 'SELECT url AS id FROM link_checks ORDER BY url')).toEqual(['https://a.no/archive']);
    expect(pruned).toMatchObject({ linkStates: 1, linkOccurrences: 1, linkChecks: 1 });
  });

  it('link state: a link the latest finished link run saw is kept however long ago that run was (links checked monthly)', () => {
    const db = store();
    run(db, 'links-month-ago', 'links', 'ok', 35);
    run(db, 'links-crashed', 'links', 'crashed', 2);
    linkState(db, 'https://a.no/archive', 35, 35);
    linkState(db, 'https://a.no/left-before', 70, 70);
    pruneHistory(db, cutoffs);
    expect(ids(db, 'SELECT url AS id FROM link_state ORDER BY url')).toEqual(['https://a.no/archive']);
  });

  it('link state: nothing is forgotten before a link run has finished', () => {
    const db = store();
    linkState(db, 'https://a.no/old', 70, 70);
    expect(pruneHistory(db, cutoffs)).toMatchObject({ linkStates: 0, linkOccurrences: 0 });
  });
});

describe('a prune cut short', () => {
  it('changes nothing: the tables deleted before the failure are as they were', () => {
    const db = store();
    run(db, 'old', 'watch', 'ok', 300);
    run(db, 'new', 'watch', 'ok', 1);
    run(db, 'links', 'links', 'ok', 1);
    linkState(db, 'https://a.no/gone', 40, 40);
    linkCheck(db, 'r1', 'https://a.no/gone', 300);
    const before = historyCounts(db);
    // The prune's last step fails, as a kill or a full disk would stop it: the occurrence
    // already deleted in the same transaction comes back.
    db.exec(`CREATE TEMP TRIGGER stop_prune BEFORE DELETE ON link_state BEGIN SELECT RAISE(ABORT, 'stopped mid-prune'); END`);
    expect(() => pruneHistory(db, cutoffs)).toThrow(/stopped mid-prune/);
    expect(historyCounts(db)).toEqual(before);
    expect(before).toMatchObject({ runs: 3, linkStates: 1, linkOccurrences: 1, linkChecks: 1 });
    db.exec('DROP TRIGGER stop_prune');
    pruneHistory(db, cutoffs);
    expect(historyCounts(db)).toMatchObject({ runs: 2, linkStates: 0, linkOccurrences: 0, linkChecks: 0 });
    expect(checkIntegrity(db)).toEqual([]);
  });
});

/** A long history: 200 links still in the archive, each checked daily for 100 days, 200–300 days ago. */
function fillChecks(db: Db): void {
  const insert = db.prepare(`INSERT INTO link_checks (run_id, url, verdict, detail, checked_at) VALUES (?, ?, 'ok', ?, ?)`);
  db.transaction(() => {
    for (let url = 0; url < 200; url += 1) {
      linkState(db, `https://a.no/${url}`, 200, 1);
      for (let day = 0; day < 100; day += 1) insert.run(`r${day}`, `https://a.no/${url}`, 'x'.repeat(200), daysAgo(200 + day));
    }
  })();
}

describe('giving space back', () => {
  it('a new store is incremental: a pruned long history goes back in one step', () => {
    const db = store();
    fillChecks(db);
    expect(pruneHistory(db, cutoffs).linkChecks).toBe(200 * 99);
    const space = storeSpace(db);
    expect(space.autoVacuum).toBe(2);
    const plan = reclaimPlan(space);
    expect(plan.kind).toBe('incremental');
    incrementalVacuum(db, space.freelistCount);
    const after = storeSpace(db);
    expect(after.freelistCount).toBe(0);
    expect(after.pageCount).toBeLessThan(space.pageCount / 2);
    expect(statSync(path.join(dir!, DB_FILE)).size).toBe(after.pageCount * after.pageSize);
  });

  it('an older store (made without auto-vacuum) is rewritten once and is incremental after', () => {
    dir = tempDir('sw-retention-');
    const old = new Database(path.join(dir, DB_FILE));
    old.pragma('journal_mode = WAL');
    for (const [version, sql] of MIGRATIONS.entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${version + 1}`);
    }
    old.close();
    const db = openDb(dir);
    expect(storeSpace(db).autoVacuum).toBe(0);
    fillChecks(db);
    expect(pruneHistory(db, cutoffs).linkChecks).toBe(200 * 99);
    const space = storeSpace(db);
    expect(reclaimPlan(space)).toEqual({ kind: 'vacuum' });
    fullVacuum(db);
    const after = storeSpace(db);
    expect(after).toMatchObject({ autoVacuum: 2, freelistCount: 0 });
    expect(after.pageCount).toBeLessThan(space.pageCount / 2);
    expect(checkIntegrity(db)).toEqual([]);
  });
});
