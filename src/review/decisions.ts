/**
 * Deciding on a candidate: accept, reject or "maybe", with an optional note, and undo. Input
 * from the page is checked here; a bad request is an answer, not an exception. The store
 * writes each decision in one short transaction (see store/decisions.ts).
 */
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { DECISION_KINDS, recordDecision, undoLastDecision, type Decision, type DecisionKind, type UndoResult } from '../store/decisions.js';
import { subjectOf } from './subject.js';
import { placeItem } from './candidates.js';

export const MAX_NOTE_LENGTH = 2000;

export type DecideError = 'unknown-item' | 'bad-decision' | 'note-too-long';

export type DecideResult = { ok: true; decision: Decision; title: string } | { ok: false; error: DecideError };

export function isDecisionKind(value: unknown): value is DecisionKind {
  return typeof value === 'string' && (DECISION_KINDS as readonly string[]).includes(value);
}

/** Record an editor's decision on an item. The section and source it is filed under are the ones it ranks under. */
export function decide(db: Db, config: Config, input: { itemId: string; decision: string; note?: string | null }, now: Date): DecideResult {
  if (!isDecisionKind(input.decision)) return { ok: false, error: 'bad-decision' };
  const note = (input.note ?? '').replace(/\r\n?/g, '\n').trim();
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, error: 'note-too-long' };
  const subject = subjectOf(db, input.itemId);
  if (!subject) return { ok: false, error: 'unknown-item' };
  const { item } = subject;
  const place = placeItem(item, config, now);
  const decision = recordDecision(db, {
    // An event is decided on by its own id: accepting "behandlet" says nothing of the sak's first sighting.
    itemId: input.itemId,
    decision: input.decision,
    note: note || null,
    section: place?.section ?? null,
    sourceId: place?.sourceId ?? null,
    at: now.toISOString(),
  });
  return { ok: true, decision, title: item.title };
}

/** Undo the last decision; undefined when there is nothing left to undo. */
export function undoDecision(db: Db, now: Date): (UndoResult & { title: string }) | undefined {
  const result = undoLastDecision(db, now.toISOString());
  if (!result) return undefined;
  return { ...result, title: subjectOf(db, result.itemId)?.item.title ?? '' };
}
