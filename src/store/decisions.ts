/**
 * Editors' decisions on candidates. Each decision is one short write transaction, begun
 * IMMEDIATE: it takes the write lock before reading, so a concurrent `watch` run (another
 * connection, another process) makes it wait within busy_timeout instead of failing, and the
 * decision is on disk when the call returns. Every decision is logged with the row it
 * replaced and the editor who made it, which is what undo puts back: an editor's undo takes
 * back that editor's own last step (one decision, or a group made in one action), never
 * another editor's.
 */
import { writeTransaction, type Db } from './db.js';
import { getOpenIssue } from './newsletter-issues.js';

export const DECISION_KINDS = ['accepted', 'rejected', 'maybe'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
  itemId: string;
  decision: DecisionKind;
  note: string | null;
  /** The issue an accepted item belongs to (null until an issue is opened). */
  issueId: number | null;
  /** The section and source the item was shown under when decided. */
  section: string | null;
  sourceId: string | null;
  decidedAt: string;
  /** The editor's name; null when not known (decisions from before names, or none given). */
  decidedBy: string | null;
}

interface Row {
  item_id: string;
  decision: DecisionKind;
  note: string | null;
  issue_id: number | null;
  section: string | null;
  source_id: string | null;
  decided_at: string;
  decided_by: string | null;
}

interface LogRow {
  id: number;
  item_id: string;
  decision: DecisionKind;
  note: string | null;
  previous: string | null;
  at: string;
  undone_at: string | null;
  editor: string | null;
  group_id: string | null;
}

function toDecision(row: Row): Decision {
  return {
    itemId: row.item_id,
    decision: row.decision,
    note: row.note,
    issueId: row.issue_id,
    section: row.section,
    sourceId: row.source_id,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  };
}

export function getDecision(db: Db, itemId: string): Decision | undefined {
  const row = db.prepare<[string], Row>('SELECT * FROM decisions WHERE item_id = ?').get(itemId);
  return row ? toDecision(row) : undefined;
}

/** The decisions on these items (items without one are absent from the map). */
export function getDecisions(db: Db, itemIds: string[]): Map<string, Decision> {
  const statement = db.prepare<[string], Row>('SELECT * FROM decisions WHERE item_id = ?');
  const out = new Map<string, Decision>();
  for (const id of itemIds) {
    const row = statement.get(id);
    if (row) out.set(id, toDecision(row));
  }
  return out;
}

function writeDecision(db: Db, decision: Decision): void {
  db.prepare(
    `INSERT INTO decisions (item_id, decision, note, issue_id, section, source_id, decided_at, decided_by)
     VALUES (@itemId, @decision, @note, @issueId, @section, @sourceId, @decidedAt, @decidedBy)
     ON CONFLICT (item_id) DO UPDATE SET decision = excluded.decision, note = excluded.note, issue_id = excluded.issue_id,
       section = excluded.section, source_id = excluded.source_id, decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  // A row logged before names were recorded has no decidedBy: who made it stays unknown.
  ).run({ ...decision, decidedBy: decision.decidedBy ?? null });
}

/** Accepted items go into the issue they were in, else the open issue, else none yet. */
function issueFor(db: Db, decision: DecisionKind, keep: number | null): number | null {
  if (decision !== 'accepted') return null;
  return keep ?? getOpenIssue(db)?.id ?? null;
}

export interface DecisionInput {
  itemId: string;
  decision: DecisionKind;
  note: string | null;
  section: string | null;
  sourceId: string | null;
  at: string;
  /** Who decides (null: no name given). */
  editor: string | null;
}

/** Record a decision (replacing any earlier one on the item) and log it; returns what was stored. */
export function recordDecision(db: Db, input: DecisionInput): Decision {
  return writeTransaction(db, (): Decision => writeLogged(db, input, null));
}

/** Record several decisions made in one action: one group, which one undo takes back whole. */
export function recordDecisionGroup(db: Db, inputs: DecisionInput[], groupId: string): Decision[] {
  return writeTransaction(db, (): Decision[] => inputs.map((input) => writeLogged(db, input, groupId)));
}

function writeLogged(db: Db, input: DecisionInput, groupId: string | null): Decision {
  const previous = getDecision(db, input.itemId);
  const decision: Decision = {
    itemId: input.itemId,
    decision: input.decision,
    note: input.note,
    issueId: issueFor(db, input.decision, previous?.decision === 'accepted' ? previous.issueId : null),
    section: input.section,
    sourceId: input.sourceId,
    decidedAt: input.at,
    decidedBy: input.editor,
  };
  writeDecision(db, decision);
  db.prepare('INSERT INTO decision_log (item_id, decision, note, previous, at, editor, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    input.itemId,
    input.decision,
    input.note,
    previous ? JSON.stringify(previous) : null,
    input.at,
    input.editor,
    groupId,
  );
  return decision;
}

export interface UndoneStep {
  itemId: string;
  /** The decision that was undone. */
  undone: DecisionKind;
  /** What the item has now: the decision before, or null (undecided again). */
  restored: Decision | null;
  /** Another editor decided the item since: their decision stays, and this is who. */
  keptFor?: { editor: string | null };
}

/** An undone step; the first (newest) decision of it at the top, every one of a group in `steps`. */
export type UndoResult = UndoneStep & { steps: UndoneStep[] };

const NEWEST_OF_EDITOR = 'SELECT * FROM decision_log WHERE undone_at IS NULL AND editor IS ? ORDER BY id DESC LIMIT 1';

function undoEntry(db: Db, entry: LogRow, at: string): UndoneStep {
  db.prepare('UPDATE decision_log SET undone_at = ? WHERE id = ?').run(at, entry.id);
  const later = db
    .prepare<[string, number], LogRow>('SELECT * FROM decision_log WHERE item_id = ? AND id > ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
    .get(entry.item_id, entry.id);
  // Someone else decided the item after this editor did: undoing must not wipe their decision.
  if (later) return { itemId: entry.item_id, undone: entry.decision, restored: getDecision(db, entry.item_id) ?? null, keptFor: { editor: later.editor } };
  let restored: Decision | null = null;
  if (entry.previous) {
    const previous = JSON.parse(entry.previous) as Decision;
    restored = { ...previous, decidedBy: previous.decidedBy ?? null, issueId: issueFor(db, previous.decision, previous.issueId) };
    writeDecision(db, restored);
  } else {
    db.prepare('DELETE FROM decisions WHERE item_id = ?').run(entry.item_id);
  }
  return { itemId: entry.item_id, undone: entry.decision, restored };
}

/**
 * Undo this editor's newest step not yet undone (a group whole); repeated calls walk further
 * back through the editor's own steps. `editor` null is the steps made without a name.
 */
export function undoLastDecision(db: Db, at: string, editor: string | null = null): UndoResult | undefined {
  return writeTransaction(db, (): UndoResult | undefined => {
      const entry = db.prepare<[string | null], LogRow>(NEWEST_OF_EDITOR).get(editor);
      if (!entry) return undefined;
      const entries = entry.group_id
        ? db.prepare<[string], LogRow>('SELECT * FROM decision_log WHERE group_id = ? AND undone_at IS NULL ORDER BY id DESC').all(entry.group_id)
        : [entry];
      const steps = entries.map((one) => undoEntry(db, one, at));
      return { ...steps[0]!, steps };
    });
}

/** The decision this editor's undo would take back next, if any. */
export function peekUndo(db: Db, editor: string | null = null): { itemId: string; decision: DecisionKind; at: string } | undefined {
  const row = db.prepare<[string | null], LogRow>(NEWEST_OF_EDITOR).get(editor);
  return row ? { itemId: row.item_id, decision: row.decision, at: row.at } : undefined;
}

/** The candidates that have this decision now. */
export function listIdsWithDecision(db: Db, decision: DecisionKind): string[] {
  return db
    .prepare<[string], { item_id: string }>('SELECT item_id FROM decisions WHERE decision = ? ORDER BY decided_at, item_id')
    .all(decision)
    .map((row) => row.item_id);
}

/** The accepted items of an issue. */
export function listAcceptedInIssue(db: Db, issueId: number): Decision[] {
  return db
    .prepare<[number], Row>(`SELECT * FROM decisions WHERE decision = 'accepted' AND issue_id = ? ORDER BY decided_at, item_id`)
    .all(issueId)
    .map(toDecision);
}

/** Accepted items that wait for the next issue to be opened. */
export function countUnassignedAccepted(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM decisions WHERE decision = 'accepted' AND issue_id IS NULL`).get() as { n: number }).n;
}

export interface TrainingRow {
  /** The decision's candidate id (an item's, or an event's). */
  itemId: string;
  /** The publication it is about. */
  subjectId: string;
  decision: 'accepted' | 'rejected';
  title: string;
  summary: string | null;
}

/** Accepted and rejected items with their text: what the ranking learns from ("maybe" teaches nothing). */
export function listTrainingRows(db: Db): TrainingRow[] {
  return db
    .prepare<[], TrainingRow>(
      // An event's decision teaches about its item's text, as the item's own would.
      `SELECT d.item_id AS itemId, i.id AS subjectId, d.decision AS decision, i.title AS title, i.summary AS summary
       FROM decisions d
       LEFT JOIN item_milestones m ON m.event_id = d.item_id
       JOIN items i ON i.id = coalesce(m.item_id, d.item_id)
       WHERE d.decision IN ('accepted', 'rejected')
       ORDER BY d.decided_at`,
    )
    .all();
}
