/**
 * Steps in an item's life (a Stortinget sak decided, a question answered, a document of the
 * sak published). A step first seen on an item that was already known, outside a baseline,
 * has an `event_id`: it is a candidate of its own, decided on by that id — so `decisions`
 * is rebuilt without its foreign key to items: its `item_id` is a candidate's id, an item's
 * or an event's.
 */
export const milestoneTables = `
  CREATE TABLE item_milestones (
    item_id TEXT NOT NULL REFERENCES items (id),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    happened_raw TEXT,
    happened_at TEXT,
    first_seen TEXT NOT NULL,
    source_id TEXT NOT NULL,
    run_id TEXT,
    event_id TEXT UNIQUE,
    PRIMARY KEY (item_id, key)
  );
  CREATE INDEX item_milestones_events ON item_milestones (first_seen) WHERE event_id IS NOT NULL;
  CREATE TABLE decisions_by_candidate (
    item_id TEXT PRIMARY KEY,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'maybe')),
    note TEXT,
    issue_id INTEGER REFERENCES newsletter_issues (id),
    section TEXT,
    source_id TEXT,
    decided_at TEXT NOT NULL
  );
  INSERT INTO decisions_by_candidate SELECT item_id, decision, note, issue_id, section, source_id, decided_at FROM decisions;
  DROP TABLE decisions;
  ALTER TABLE decisions_by_candidate RENAME TO decisions;
  CREATE INDEX decisions_issue ON decisions (issue_id);
`;
