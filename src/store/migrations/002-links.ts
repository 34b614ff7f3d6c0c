/** Link monitoring: every link's state across runs, each run's checks, where links stand. */
export const linkTables = `
  CREATE TABLE link_state (
    url TEXT PRIMARY KEY,
    first_seen TEXT NOT NULL,
    last_checked TEXT,
    last_verdict TEXT,
    last_status INTEGER,
    last_final_url TEXT,
    last_detail TEXT,
    last_ok TEXT,
    first_failed TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    dead_since TEXT
  );
  CREATE TABLE link_checks (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    verdict TEXT NOT NULL,
    http_status INTEGER,
    final_url TEXT,
    permanent INTEGER,
    detail TEXT,
    checked_at TEXT NOT NULL,
    duration_ms INTEGER,
    PRIMARY KEY (run_id, url)
  );
  CREATE TABLE link_occurrences (
    url TEXT NOT NULL,
    file TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (url, file, page, line)
  );
`;
