/**
 * Unattended operation: alert damping (one alert per failure streak, one notice on recovery),
 * the history of those notices (for the report file), and an outbox so that a notice whose
 * webhook or e-mail delivery failed is retried on later runs instead of being lost.
 */
export const opsTables = `
  CREATE TABLE alerts (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('source', 'link')),
    subject TEXT NOT NULL,
    since TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  CREATE TABLE alert_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('failing', 'recovered')),
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    run_id TEXT
  );
  CREATE INDEX alert_events_at ON alert_events (at);
  CREATE TABLE alert_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL CHECK (channel IN ('webhook', 'email')),
    created_at TEXT NOT NULL,
    message TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TEXT,
    given_up_at TEXT
  );
  CREATE INDEX alert_outbox_pending ON alert_outbox (sent_at, given_up_at);
`;
