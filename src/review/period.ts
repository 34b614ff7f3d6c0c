/**
 * Which candidates an editor looks at: since the last issue was closed (the default), the
 * last week, the open issue's own period, or chosen days. Days are Europe/Oslo days.
 */
import type { NewsletterIssue } from '../store/newsletter-issues.js';
import { osloToUtc } from '../watch/dates.js';
import { osloDay } from '../watch/oslo.js';

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
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The instant an Oslo day begins ("2026-07-01" → 2026-06-30T22:00:00Z). */
export function osloDayStart(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return new Date(osloToUtc(Number(match[1]), Number(match[2]), Number(match[3])));
}

/** The instant the Oslo day after `day` begins (an inclusive end as an exclusive bound). */
export function osloDayEnd(day: string): Date {
  const next = new Date(osloDayStart(day).getTime() + DAY_MS + 3 * 3_600_000);
  return osloDayStart(osloDay(next));
}

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
