/**
 * The source outcomes as a table the compiler checks: a new outcome is a compile error here
 * until it says whether it is a problem, and every "is this source in trouble?" reads this.
 */
import type { SourceOutcomeKind } from '../model.js';

export interface OutcomeInfo {
  /** Counts toward the failure streak, the exit code and the health report. */
  problem: boolean;
}

export const OUTCOME_INFO = {
  ok: { problem: false },
  'not-modified': { problem: false },
  baseline: { problem: false },
  failed: { problem: true },
  // A bot wall kept us out: the site is up, but we cannot read it. Reported as such, never "dead".
  blocked: { problem: true },
  'broken-extraction': { problem: true },
} as const satisfies Record<SourceOutcomeKind, OutcomeInfo>;

export function isProblem(outcome: SourceOutcomeKind | null | undefined): boolean {
  return outcome != null && OUTCOME_INFO[outcome].problem;
}
