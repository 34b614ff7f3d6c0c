/** Items, identity keys, per-source state and runs (the watch stage). */
export const coreTables = `
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
`;
