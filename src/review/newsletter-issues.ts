/**
 * Newsletter issues as editors handle them: open "the next issue" (a name and the days it
 * covers), let accepted items collect in it, close it (which moves the "since the last issue"
 * mark), and gather its accepted items for the export.
 */
import { subjectOf } from './subject.js';
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { listAcceptedInIssue } from '../store/decisions.js';
import {
  closeIssueAt,
  getIssue,
  getOpenIssue,
  insertOpenIssue,
  lastIssueMark,
  reopenIssue,
  type NewsletterIssue,
} from '../store/newsletter-issues.js';
import { osloDay } from '../time/oslo.js';
import { buildIssueExport, type ExportItemInput, type IssueExport } from './export.js';
import { isDay } from './period.js';
import { listReviewCandidates } from './candidates.js';

export const MAX_ISSUE_NAME = 200;

export type IssueError = 'name-missing' | 'name-too-long' | 'bad-date' | 'period-order' | 'issue-open' | 'not-found' | 'not-open' | 'not-closed';

export type IssueResult = { ok: true; issue: NewsletterIssue } | { ok: false; error: IssueError };

/** Open the next issue. Accepted items that wait for an issue move into it. */
export function openNextIssue(db: Db, input: { name: string; periodFrom?: string; periodTo?: string }, now: Date): IssueResult {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, error: 'name-missing' };
  if (name.length > MAX_ISSUE_NAME) return { ok: false, error: 'name-too-long' };
  const periodFrom = input.periodFrom?.trim() || null;
  const periodTo = input.periodTo?.trim() || null;
  if ((periodFrom && !isDay(periodFrom)) || (periodTo && !isDay(periodTo))) return { ok: false, error: 'bad-date' };
  if (periodFrom && periodTo && periodFrom > periodTo) return { ok: false, error: 'period-order' };
  const issue = insertOpenIssue(db, { name, periodFrom, periodTo, at: now.toISOString() });
  return issue ? { ok: true, issue } : { ok: false, error: 'issue-open' };
}

export function closeIssue(db: Db, id: number, now: Date): IssueResult {
  const issue = getIssue(db, id);
  if (!issue) return { ok: false, error: 'not-found' };
  if (!closeIssueAt(db, id, now.toISOString())) return { ok: false, error: 'not-open' };
  return { ok: true, issue: getIssue(db, id)! };
}

/** What closing would leave behind, for the editor to confirm: undecided candidates and "maybe" items of the default view. */
export interface ClosePreview {
  /** Undecided since the last issue: after closing, outside the default view. */
  undecided: number;
  /** "Maybe": they carry over into the next issue's view until decided. */
  maybe: number;
}

export function closePreview(db: Db, config: Config, now: Date): ClosePreview {
  const view = listReviewCandidates(db, config, { period: { kind: 'since-issue' } }, now);
  return { undecided: view.counts.new, maybe: view.counts.maybe };
}

/** Open a closed issue again (closed by mistake); the mark moves back with it. */
export function reopenClosedIssue(db: Db, id: number): IssueResult {
  const issue = getIssue(db, id);
  if (!issue) return { ok: false, error: 'not-found' };
  if (issue.closedAt === null) return { ok: false, error: 'not-closed' };
  if (getOpenIssue(db)) return { ok: false, error: 'issue-open' };
  if (!reopenIssue(db, id)) return { ok: false, error: 'issue-open' };
  return { ok: true, issue: getIssue(db, id)! };
}

/** What the "open the next issue" form starts from: the day after the last issue was closed, until today. */
export function suggestedPeriod(db: Db, now: Date): { periodFrom: string; periodTo: string } {
  const mark = lastIssueMark(db);
  return { periodFrom: osloDay(mark ?? now), periodTo: osloDay(now) };
}

/** The accepted items of an issue, as the export takes them. */
export function issueExportItems(db: Db, config: Config, issueId: number): ExportItemInput[] {
  const names = new Map(config.sources.map((s) => [s.id, s.name]));
  const out: ExportItemInput[] = [];
  for (const decision of listAcceptedInIssue(db, issueId)) {
    const subject = subjectOf(db, decision.itemId);
    if (!subject) continue;
    const { item, event } = subject;
    const sourceId = decision.sourceId && names.has(decision.sourceId) ? decision.sourceId : item.sourceIds.find((id) => names.has(id));
    out.push({
      id: decision.itemId,
      title: item.title,
      url: item.url,
      summary: item.summary,
      sourceName: sourceId ? names.get(sourceId)! : item.sourceId,
      sectionId: decision.section,
      published: item.published?.iso ?? null,
      firstSeen: item.firstSeen,
      note: decision.note,
      ...(event ? { event: { label: event.label, at: event.happenedAt ?? event.firstSeen } } : {}),
    });
  }
  return out;
}

export function exportIssue(db: Db, config: Config, issueId: number, now: Date): IssueExport | undefined {
  const issue = getIssue(db, issueId);
  if (!issue) return undefined;
  return buildIssueExport({
    issue,
    sections: config.sections,
    items: issueExportItems(db, config, issueId),
    settings: { templates: config.review.templates, defaultTemplate: config.review.defaultTemplate, eventTemplate: config.review.eventTemplate, headlineTemplate: config.review.headlineTemplate },
    generatedAt: now.toISOString(),
  });
}
