/**
 * A team of editors: each decision records who made it (the name the editor gave the page),
 * and decisions made in one action (rejecting the rest of a section) share a group, so one
 * undo takes them all back. Rows from before keep NULL: who decided is unknown, and each
 * was its own step.
 */
export const editorTables = `
  ALTER TABLE decisions ADD COLUMN decided_by TEXT;
  ALTER TABLE decision_log ADD COLUMN editor TEXT;
  ALTER TABLE decision_log ADD COLUMN group_id TEXT;
  CREATE INDEX decision_log_editor ON decision_log (editor, undone_at);
`;
