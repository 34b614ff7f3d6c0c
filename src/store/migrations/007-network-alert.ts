/**
 * A network outage is one alert of its own kind. SQLite cannot change a CHECK constraint in
 * place, so the table is rebuilt with the wider one and its rows carried over.
 */
export const networkAlertTables = `
  CREATE TABLE alerts_new (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('source', 'link', 'network')),
    subject TEXT NOT NULL,
    since TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  INSERT INTO alerts_new (key, kind, subject, since, detail) SELECT key, kind, subject, since, detail FROM alerts;
  DROP TABLE alerts;
  ALTER TABLE alerts_new RENAME TO alerts;
`;
