/**
 * Deciding on a candidate: accept, reject or "maybe", with an optional note; rejecting the
 * rest of a section in one step; and undo, which takes back the editor's own last step.
 * Input from the page is checked here; a bad request is an answer, not an exception. The
 * store writes each step in one short transaction (see store/decisions.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { DECISION_KINDS, getDecision, recordDecision, recordDecisionGroup, undoLastDecision, type Decision, type DecisionKind, type UndoResult } from '../store/decisions.js';
import { subjectOf } from './subject.js';
import { placeItem } from './candidates.js';

export const MAX_NOTE_LENGTH = 2000;

export type DecideError = 'unknown-item' | 'bad-decision' | 'note-too-long' | 'unknown-section' | 'nothing-to-reject';

export type DecideResult = { ok: true; decision: Decision; title: string } | { ok: false; error: DecideError };

export function isDecisionKind(value: unknown): value is DecisionKind {
  return typeof value === 'string' && (DECISION_KINDS as readonly string[]).includes(value);
}

/** Record an editor's decision on an item. The section and source it is filed under are the ones it ranks under. */
export function decide(
  db: Db,
  config: Config,
  input: { itemId: string; decision: string; note?: string | null; editor?: string | null },
  now: Date,
): DecideResult {
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
    editor: input.editor ?? null,
  });
  return { ok: true, decision, title: item.title };
}

export type RejectRestResult = { ok: true; decisions: Decision[] } | { ok: false; error: DecideError };

/**
 * "Reject the rest of the section": every candidate the editor was shown in the section that
 * is still undecided is rejected, as one group (one undo restores them all). An item someone
 * decided meanwhile, or one that does not rank under the section, is left alone.
 */
export function rejectRest(
  db: Db,
  config: Config,
  input: { section: string; itemIds: string[]; editor?: string | null },
  now: Date,
): RejectRestResult {
  if (!config.sections.some((s) => s.id === input.section)) return { ok: false, error: 'unknown-section' };
  const at = now.toISOString();
  const inputs = [...new Set(input.itemIds)].flatMap((itemId) => {
    const subject = subjectOf(db, itemId);
    if (!subject || getDecision(db, itemId)) return [];
    const place = placeItem(subject.item, config, now);
    if (place?.section !== input.section) return [];
    return [{ itemId, decision: 'rejected' as const, note: null, section: place.section, sourceId: place.sourceId, at, editor: input.editor ?? null }];
  });
  if (inputs.length === 0) return { ok: false, error: 'nothing-to-reject' };
  return { ok: true, decisions: recordDecisionGroup(db, inputs, randomUUID()) };
}

/** Undo this editor's last step (null: the steps made without a name); undefined when there is nothing left to undo. */
export function undoDecision(db: Db, now: Date, editor: string | null = null): (UndoResult & { title: string }) | undefined {
  const result = undoLastDecision(db, now.toISOString(), editor);
  if (!result) return undefined;
  return { ...result, title: subjectOf(db, result.itemId)?.item.title ?? '' };
}
