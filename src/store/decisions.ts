/**
 * Editors' decisions on candidates. Each decision is one short write transaction, begun
 * IMMEDIATE: it takes the write lock before reading, so a concurrent `watch` run (another
 * connection, another process) makes it wait within busy_timeout instead of failing, and the
 * decision is on disk when the call returns. Every decision is logged with the row it
 * replaced, which is what undo puts back.
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
}

interface Row {
  item_id: string;
  decision: DecisionKind;
  note: string | null;
  issue_id: number | null;
  section: string | null;
  source_id: string | null;
  decided_at: string;
}

interface LogRow {
  id: number;
  item_id: string;
  decision: DecisionKind;
  note: string | null;
  previous: string | null;
  at: string;
  undone_at: string | null;
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
    `INSERT INTO decisions (item_id, decision, note, issue_id, section, source_id, decided_at)
     VALUES (@itemId, @decision, @note, @issueId, @section, @sourceId, @decidedAt)
     ON CONFLICT (item_id) DO UPDATE SET decision = excluded.decision, note = excluded.note, issue_id = excluded.issue_id,
       section = excluded.section, source_id = excluded.source_id, decided_at = excluded.decided_at`,
  ).run(decision);
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
}

/** Record a decision (replacing any earlier one on the item) and log it; returns what was stored. */
export function recordDecision(db: Db, input: DecisionInput): Decision {
  return writeTransaction(db, (): Decision => {
      const previous = getDecision(db, input.itemId);
      const decision: Decision = {
        itemId: input.itemId,
        decision: input.decision,
        note: input.note,
        issueId: issueFor(db, input.decision, previous?.decision === 'accepted' ? previous.issueId : null),
        section: input.section,
        sourceId: input.sourceId,
        decidedAt: input.at,
      };
      writeDecision(db, decision);
      db.prepare('INSERT INTO decision_log (item_id, decision, note, previous, at) VALUES (?, ?, ?, ?, ?)').run(
        input.itemId,
        input.decision,
        input.note,
        previous ? JSON.stringify(previous) : null,
        input.at,
      );
      return decision;
    });
}

export interface UndoResult {
  itemId: string;
  /** The decision that was undone. */
  undone: DecisionKind;
  /** What the item has now: the decision before, or null (undecided again). */
  restored: Decision | null;
}

/** Undo the newest decision not yet undone; repeated calls walk further back. */
export function undoLastDecision(db: Db, at: string): UndoResult | undefined {
  return writeTransaction(db, (): UndoResult | undefined => {
      const entry = db
        .prepare<[], LogRow>('SELECT * FROM decision_log WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1')
        .get();
      if (!entry) return undefined;
      let restored: Decision | null = null;
      if (entry.previous) {
        const previous = JSON.parse(entry.previous) as Decision;
        restored = { ...previous, issueId: issueFor(db, previous.decision, previous.issueId) };
        writeDecision(db, restored);
      } else {
        db.prepare('DELETE FROM decisions WHERE item_id = ?').run(entry.item_id);
      }
      db.prepare('UPDATE decision_log SET undone_at = ? WHERE id = ?').run(at, entry.id);
      return { itemId: entry.item_id, undone: entry.decision, restored };
    });
}

/** The decision undo would take back next, if any. */
export function peekUndo(db: Db): { itemId: string; decision: DecisionKind; at: string } | undefined {
  const row = db
    .prepare<[], LogRow>('SELECT * FROM decision_log WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1')
    .get();
  return row ? { itemId: row.item_id, decision: row.decision, at: row.at } : undefined;
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
