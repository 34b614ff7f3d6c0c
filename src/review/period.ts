/**
 * Which candidates an editor looks at: since the last issue was closed (the default), the
 * last week, the open issue's own period, or chosen days. Days are Europe/Oslo days.
 */
import type { NewsletterIssue } from '../store/newsletter-issues.js';
import { isDay, osloDayEnd, osloDayStart } from '../time/oslo.js';

// The day helpers were born here; callers that know them from here keep finding them.
export { isDay, osloDayEnd, osloDayStart } from '../time/oslo.js';

export const PERIOD_KINDS = ['since-issue', 'week', 'issue', 'dates'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodChoice {
  kind: PeriodKind;
  /** YYYY-MM-DD, for 'dates'. */
  from?: string;
  /** YYYY-MM-DD, inclusive, for 'dates' (default: today). */
  to?: string;
}

export interface ResolvedPeriod {
  /** What was asked for may fall back: 'issue' without an open issue with dates is 'since-issue'. */
  kind: PeriodKind;
  from: Date;
  /** Exclusive. */
  to: Date;
  /** The "since the last issue" mark (when the last issue was closed), if any. */
  mark: string | null;
}

const DAY_MS = 86_400_000;

export function resolvePeriod(
  choice: PeriodChoice,
  context: { now: Date; mark: string | null; openIssue: NewsletterIssue | undefined; weekDays: number },
): ResolvedPeriod {
  const { now, mark } = context;
  const sinceIssue = (): ResolvedPeriod => ({ kind: 'since-issue', from: mark ? new Date(mark) : new Date(0), to: now, mark });
  switch (choice.kind) {
    case 'week':
      return { kind: 'week', from: new Date(now.getTime() - context.weekDays * DAY_MS), to: now, mark };
    case 'issue': {
      const issue = context.openIssue;
      if (!issue?.periodFrom) return sinceIssue();
      return { kind: 'issue', from: osloDayStart(issue.periodFrom), to: issue.periodTo ? osloDayEnd(issue.periodTo) : now, mark };
    }
    case 'dates': {
      const to = isDay(choice.to) ? osloDayEnd(choice.to) : now;
      const from = isDay(choice.from) ? osloDayStart(choice.from) : new Date(to.getTime() - context.weekDays * DAY_MS);
      return from < to ? { kind: 'dates', from, to, mark } : { kind: 'dates', from: to, to: from, mark };
    }
    case 'since-issue':
      return sinceIssue();
  }
}
