/** The editors' review: decisions on candidates (with a log for undo) and newsletter issues. */
export const reviewTables = `
  CREATE TABLE newsletter_issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT,
    opened_at TEXT NOT NULL,
    closed_at TEXT
  );
  CREATE TABLE decisions (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'maybe')),
    note TEXT,
    issue_id INTEGER REFERENCES newsletter_issues (id),
    decided_at TEXT NOT NULL
  );
  CREATE TABLE decision_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    decision TEXT,
    previous_decision TEXT,
    previous_note TEXT,
    note TEXT,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
  );
`;
