/**
 * The one place that opens storage/. State is SQLite (better-sqlite3) in WAL mode: every
 * change a run makes to one source is one transaction, so a kill at any moment leaves either
 * the whole change or none of it. Crawlee's own storage is never used for state.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

// Required, not imported: better-sqlite3 is CommonJS, and `status` and `digest` start faster
// without Node's ESM wrapper and export scan of it.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

export type Db = BetterSqlite3.Database;

export const DB_FILE = 'sourcewatch.db';

export function openDb(storageDir: string, options: { readonly?: boolean } = {}): Db {
  mkdirSync(storageDir, { recursive: true });
  const db = new Database(path.join(storageDir, DB_FILE), { readonly: options.readonly ?? false });
  if (!options.readonly) {
    // Only a store without tables can take incremental auto-vacuum without a full VACUUM: then
    // retention gives pruned pages back in short steps (older stores switch on their first VACUUM).
    if ((db.pragma('user_version', { simple: true }) as number) === 0) db.pragma('auto_vacuum = INCREMENTAL');
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode is safe against a killed process; only an OS crash can drop the
    // last commit, never corrupt the database.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    migrate(db);
  }
  return db;
}

/**
 * Run `work` as one write transaction, begun IMMEDIATE: the write lock is taken at the start,
 * and a writer that finds it held waits (busy_timeout) instead of failing. A deferred
 * transaction that reads first and then writes cannot wait: when the review page wrote in
 * between, SQLite answers "database is locked" at once. Every write in the store goes here.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    writeTransaction(db, () => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    });
  }
}

/** SQLite's own consistency check plus our invariants; returns the problems found. */
export function checkIntegrity(db: Db): string[] {
  const problems: string[] = [];
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') problems.push(`sqlite integrity_check: ${String(result)}`);
  const orphanKeys = db.prepare('SELECT count(*) AS n FROM item_keys k LEFT JOIN items i ON i.id = k.item_id WHERE i.id IS NULL').get() as { n: number };
  if (orphanKeys.n > 0) problems.push(`${orphanKeys.n} identity keys point at no item`);
  const keyless = db.prepare('SELECT count(*) AS n FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_keys k WHERE k.item_id = i.id)').get() as { n: number };
  if (keyless.n > 0) problems.push(`${keyless.n} items have no identity key`);
  const orphanDecisions = db
    .prepare(
      `SELECT count(*) AS n FROM decisions d
       WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = d.item_id)
         AND NOT EXISTS (SELECT 1 FROM item_milestones m WHERE m.event_id = d.item_id)`,
    )
    .get() as { n: number };
  if (orphanDecisions.n > 0) problems.push(`${orphanDecisions.n} decisions are about no item or event`);
  return problems;
}
