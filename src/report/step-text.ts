/** A step of an item's life as editors read it: its `{date}` filled in, Norwegian, Europe/Oslo. */
import type { CandidateStep } from '../model/digest.js';
import { formatDay } from '../time/oslo.js';
import { reportText, type ReportText } from './report-text.js';

export function stepText(step: CandidateStep, day: (iso: string) => string = formatDay, t: ReportText = reportText('nb')): string {
  const text = step.label.replace(/\{date\}/g, step.dated ? day(step.at) : '').replace(/\s+:/g, ':').replace(/\s{2,}/g, ' ').trim();
  // Undated: say when it was seen, not that it happened then.
  return step.dated ? text : `${text} (${t.seen(day(step.at))})`;
}

/** The earlier steps, for "history" lines: every step but the event itself. */
export function earlierSteps(history: CandidateStep[], event: CandidateStep | undefined): CandidateStep[] {
  return history.filter((step) => !(event && step.label === event.label && step.at === event.at));
}
