/**
 * Small facts a source kind remembers between runs (Stortinget's current session, a sitemap
 * index's children), so that an unchanged source can be answered entirely by 304s.
 */
export const sourceMemoTables = `
  CREATE TABLE source_memo (
    source_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source_id, key)
  );
`;
