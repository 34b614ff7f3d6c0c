/**
 * The source outcomes as a table the compiler checks: a new outcome is a compile error here
 * until it says whether it is a problem and how it reads, and every "is this source in
 * trouble?" reads this.
 */
import type { SourceOutcomeKind } from '../model.js';

export interface OutcomeInfo {
  /** Counts toward the failure streak, the exit code and the health report. */
  problem: boolean;
  /** Items were read, so the item counts mean something (a failed or walled fetch read none). */
  itemsRead: boolean;
  /** The mark in the watch run's text output. */
  mark: string;
  /**
   * How an alert says what went wrong, run after run (English: alerts are maintainers' text).
   * An outcome that is no problem only stands beside a streak left by earlier runs (an offline
   * run keeps it): it reads as that streak's "failed".
   */
  trouble: string;
  /** What an editor reads for it on the health page. */
  label: { nb: string; en: string };
}

export const OUTCOME_INFO = {
  ok: { problem: false, itemsRead: true, mark: 'ok', trouble: 'failed', label: { nb: 'ok', en: 'ok' } },
  'not-modified': { problem: false, itemsRead: true, mark: 'unchanged', trouble: 'failed', label: { nb: 'uendret', en: 'not modified' } },
  baseline: { problem: false, itemsRead: true, mark: 'baseline', trouble: 'failed', label: { nb: 'grunnlinje', en: 'baseline' } },
  failed: { problem: true, itemsRead: false, mark: 'FAILED', trouble: 'failed', label: { nb: 'feilet', en: 'failed' } },
  // A bot wall kept us out: the site is up, but we cannot read it. Reported as such, never "dead".
  blocked: { problem: true, itemsRead: false, mark: 'BLOCKED', trouble: 'blocked by a bot wall', label: { nb: 'stengt ute (botvegg)', en: 'blocked (bot wall)' } },
  'broken-extraction': { problem: true, itemsRead: true, mark: 'BROKEN', trouble: 'extraction broken', label: { nb: 'ødelagt uttrekk', en: 'broken extraction' } },
  // The whole run reached no server: the machine's network, not the source. Counts for nothing.
  offline: { problem: false, itemsRead: true, mark: 'offline', trouble: 'failed', label: { nb: 'nettet utilgjengelig', en: 'network unavailable' } },
} as const satisfies Record<SourceOutcomeKind, OutcomeInfo>;

/** The outcomes that are problems, as a type: what a failed watch of one source can end in. */
export type ProblemOutcome = { [K in SourceOutcomeKind]: (typeof OUTCOME_INFO)[K]['problem'] extends true ? K : never }[SourceOutcomeKind];

export const OUTCOMES = Object.keys(OUTCOME_INFO) as SourceOutcomeKind[];

export function isProblem(outcome: SourceOutcomeKind | null | undefined): boolean {
  return outcome != null && OUTCOME_INFO[outcome].problem;
}

/** Every problem outcome (what "failing since" counts from), derived from the table. */
export const PROBLEM_OUTCOMES: readonly SourceOutcomeKind[] = OUTCOMES.filter((outcome) => isProblem(outcome));

/** Every outcome's label in one language, keyed by outcome (the health page looks stored strings up in it). */
export function outcomeLabels(language: 'nb' | 'en'): Record<string, string> {
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, OUTCOME_INFO[outcome].label[language]]));
}
