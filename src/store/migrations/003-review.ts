/**
 * The editors' review: newsletter issues, one decision per candidate, and a log of every
 * decision (with the state it replaced) so the last ones can be undone.
 */
export const reviewTables = `
  CREATE TABLE newsletter_issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    -- The days the issue covers (YYYY-MM-DD, Europe/Oslo); period_to open while unknown.
    period_from TEXT,
    period_to TEXT,
    opened_at TEXT NOT NULL,
    -- Closing moves the "since the last issue" mark to this instant.
    closed_at TEXT
  );
  -- At most one issue is open at a time: the one accepted items go into.
  CREATE UNIQUE INDEX newsletter_issues_one_open ON newsletter_issues ((closed_at IS NULL)) WHERE closed_at IS NULL;
  CREATE TABLE decisions (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'maybe')),
    note TEXT,
    -- Accepted items belong to an issue (NULL until one is opened).
    issue_id INTEGER REFERENCES newsletter_issues (id),
    -- Where the item stood when decided: the export groups by this section.
    section TEXT,
    source_id TEXT,
    decided_at TEXT NOT NULL
  );
  CREATE INDEX decisions_issue ON decisions (issue_id);
  CREATE TABLE decision_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    note TEXT,
    -- The decisions row this one replaced, as JSON (NULL: the item had none): what undo restores.
    previous TEXT,
    at TEXT NOT NULL,
    undone_at TEXT
  );
`;
