/** The link report's data: results joined with history and where each link stands. */
import type { Reachability } from '../model/reachability.js';
import type { LinkLocation, LinkResult, Verdict } from './types.js';
import { CANT_TELL, FAILING, ONE_OFF_FAILURES, zeroCounts } from '../model/verdicts.js';

export interface LinkReportEntry extends LinkResult {
  foundIn: LinkLocation[];
  firstFailed: string | null;
  consecutiveFailures: number;
  /** Counted dead by history (N failed runs in a row, or D days); always false for a one-off check. */
  dead: boolean;
}

export interface LinkReport {
  runId: string;
  generatedAt: string;
  /** A one-off check of given files/URLs: no history, so nothing is "dead" — failures are shown as seen. */
  oneOff: boolean;
  deadAfterRuns: number;
  deadAfterDays: number;
  files: number;
  problems: Array<{ file: string; detail: string }>;
  summary: Record<Verdict, number> & { total: number; dead: number; cached: number };
  links: LinkReportEntry[];
  /** Set when the run did not finish: the report holds what was checked before it stopped. */
  incomplete?: string;
  /** Set when no link's host answered at all (on several hosts): the network was down, nothing was kept. */
  offline?: Reachability;
}

export function reportExitCode(report: LinkReport): 0 | 2 {
  // An input that could not be read is a problem too: its links were never checked.
  if (report.problems.length > 0) return 2;
  if (report.oneOff) return report.links.some((l) => ONE_OFF_FAILURES.has(l.verdict)) ? 2 : 0;
  return report.links.some((l) => l.dead) ? 2 : 0;
}

export function summarise(links: LinkReportEntry[]): LinkReport['summary'] {
  const summary: LinkReport['summary'] = { total: links.length, dead: 0, cached: 0, ...zeroCounts() };
  for (const link of links) {
    summary[link.verdict] += 1;
    if (link.dead) summary.dead += 1;
    if (link.cached) summary.cached += 1;
  }
  return summary;
}

/** Wayback Machine search for a dead page: where the editor can look for a copy. */
export function waybackSearch(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

/** How people read the report: what to fix first. */
export interface ReportSections {
  /** Dead (history) or failing (one-off), grouped by the issue they stand in. */
  dead: Array<{ issue: string; links: LinkReportEntry[] }>;
  /** Failing, but not (yet) for long enough to count as dead. */
  failing: LinkReportEntry[];
  /** Permanent redirects: the link should be updated to the new URL. */
  moved: LinkReportEntry[];
  /** Bot walls, logins, rate limits: nobody can tell from here. */
  cantTell: LinkReportEntry[];
}

export function reportSections(report: LinkReport, issueOf: (file: string) => string): ReportSections {
  const deadLinks = report.links.filter((l) => (report.oneOff ? ONE_OFF_FAILURES.has(l.verdict) : l.dead));
  const byIssue = new Map<string, LinkReportEntry[]>();
  for (const link of deadLinks) {
    const issues = new Set(link.foundIn.map((where) => issueOf(where.file)));
    if (issues.size === 0) issues.add('(unknown)');
    for (const issue of issues) byIssue.set(issue, [...(byIssue.get(issue) ?? []), link]);
  }
  const deadSet = new Set(deadLinks);
  return {
    dead: [...byIssue.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([issue, links]) => ({ issue, links })),
    failing: report.links.filter((l) => FAILING.has(l.verdict) && !deadSet.has(l)),
    moved: report.links.filter((l) => l.verdict === 'redirected' && l.permanent),
    cantTell: report.links.filter((l) => CANT_TELL.has(l.verdict)),
  };
}

export function describeLocation(where: LinkLocation, issueOf: (file: string) => string): string {
  const parts = [where.file.startsWith('(') ? where.file : `issue ${issueOf(where.file)}`];
  if (where.page !== undefined) parts.push(`page ${where.page}`);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  return parts.join(', ');
}
