/**
 * The one place that opens storage/. State is SQLite (better-sqlite3) in WAL mode: every
 * change a run makes to one source is one transaction, so a kill at any moment leaves either
 * the whole change or none of it. Crawlee's own storage is never used for state.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Each entry upgrades the schema by one version; never edit a shipped entry, add one. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE items (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    published_raw TEXT,
    published_at TEXT,
    published_date_only INTEGER NOT NULL DEFAULT 0,
    summary TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    baseline INTEGER NOT NULL DEFAULT 0,
    run_id TEXT
  );
  CREATE INDEX items_first_seen ON items (first_seen);
  CREATE TABLE item_keys (
    key TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items (id)
  );
  CREATE INDEX item_keys_item ON item_keys (item_id);
  CREATE TABLE item_sources (
    item_id TEXT NOT NULL REFERENCES items (id),
    source_id TEXT NOT NULL,
    url TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (item_id, source_id)
  );
  CREATE TABLE fetch_state (
    url TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE source_state (
    source_id TEXT PRIMARY KEY,
    config_hash TEXT,
    baseline_at TEXT,
    last_run_at TEXT,
    last_outcome TEXT,
    last_detail TEXT,
    last_ok_at TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_item_at TEXT,
    last_item_count INTEGER NOT NULL DEFAULT 0,
    had_dates INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    summary TEXT
  );
  CREATE TABLE source_runs (
    run_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    items INTEGER NOT NULL,
    new_items INTEGER NOT NULL,
    detail TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (run_id, source_id)
  );
  `,
];

export const DB_FILE = 'sourcewatch.db';

export function openDb(storageDir: string, options: { readonly?: boolean } = {}): Db {
  mkdirSync(storageDir, { recursive: true });
  const db = new Database(path.join(storageDir, DB_FILE), { readonly: options.readonly ?? false });
  if (!options.readonly) {
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

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
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
  return problems;
}
