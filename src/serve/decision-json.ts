/**
 * What the page's script gets back after deciding or undoing: the state to show on each card
 * it touched, with the "decided by whom, when" line already written in the page's language.
 */
import type { UndoResult } from '../store/decisions.js';
import type { Decision } from '../store/decisions.js';
import { dateFormatter, type Labels, type Language } from './labels.js';
import { decidedText } from './pages/candidates.js';

export interface DecidedJson {
  decision: Decision['decision'];
  note: string | null;
  line: string;
}

export function decidedJson(labels: Labels, language: Language, decision: Decision | null): DecidedJson | null {
  return decision && { decision: decision.decision, note: decision.note, line: decidedText(labels, dateFormatter(language), decision) };
}

export function undoJson(labels: Labels, language: Language, result: UndoResult & { title: string }): Record<string, unknown> {
  return {
    ok: true,
    itemId: result.itemId,
    undone: result.undone,
    restored: decidedJson(labels, language, result.restored),
    title: result.title,
    steps: result.steps.map((step) => ({ itemId: step.itemId, restored: decidedJson(labels, language, step.restored) })),
    message: result.keptFor
      ? labels.keptFor(result.title, result.keptFor.editor)
      : result.steps.length > 1
        ? labels.undoneMany(result.steps.length)
        : null,
  };
}
