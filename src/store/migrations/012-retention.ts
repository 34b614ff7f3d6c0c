/**
 * Retention: an alert can now be closed because its subject is no longer checked (a candidate
 * that left the digest period, a link gone from the archive) — neither failing nor recovered —
 * so the notices' CHECK is widened; SQLite cannot change a CHECK in place, so the table is
 * rebuilt with its rows and ids.
 */
export const retentionTables = `
  CREATE TABLE alert_events_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('failing', 'recovered', 'closed')),
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    run_id TEXT
  );
  INSERT INTO alert_events_new (id, at, key, kind, type, subject, detail, run_id) SELECT id, at, key, kind, type, subject, detail, run_id FROM alert_events;
  DROP TABLE alert_events;
  ALTER TABLE alert_events_new RENAME TO alert_events;
  CREATE INDEX alert_events_at ON alert_events (at);
`;
