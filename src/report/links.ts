/**
 * The link report for people (text, Markdown, HTML) and machines (JSON, CSV). People read
 * dead links first, grouped by issue, with where each stands, what happened, since when and
 * the suggested fix; then moved links; then what cannot be told from here. The Markdown and
 * HTML reports are the editors' (report-text.ts, in `review.language`); the terminal text, JSON
 * and CSV are maintainers' and machines', in English.
 */
import { offlineLine } from './offline-text.js';
import { issueOf } from '../links/collect.js';
import { FAILING, READING_ORDER } from '../model/verdicts.js';
import { describeLocation, reportSections, waybackSearch, type LinkReport, type LinkReportEntry } from '../links/report.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeHtml, escapeMarkdown, safeHref } from './escape.js';
import { reportText, type ReportText, type TextLanguage } from './report-text.js';

function where(link: LinkReportEntry): string {
  return link.foundIn.map((w) => describeLocation(w, issueOf)).join('; ');
}

function since(link: LinkReportEntry, report: LinkReport): string {
  if (report.oneOff || !link.firstFailed) return '';
  return `failing since ${formatDay(link.firstFailed)} (${link.consecutiveFailures} run${link.consecutiveFailures === 1 ? '' : 's'} in a row)`;
}

function fix(link: LinkReportEntry): string {
  if (link.verdict === 'redirected' && link.permanent && link.finalUrl) return `update the link to ${link.finalUrl}`;
  if (link.verdict === 'missing-fragment') return 'the page works; the #anchor is gone: link to the page, or find the new anchor';
  return `look for a copy: ${waybackSearch(link.url)}`;
}

function headline(report: LinkReport): string {
  const s = report.summary;
  const mode = report.oneOff
    ? 'one-off check: no history, so nothing is called dead; failures are shown as seen'
    : `a link is dead after ${report.deadAfterRuns} failed runs in a row or ${report.deadAfterDays} days of failing`;
  return `${s.total} links (${s.cached} from the success cache) in ${report.files} files — ${s.dead} dead, ${READING_ORDER.map((verdict) => `${s[verdict]} ${verdict}`).join(', ')}. ${mode}.`;
}

export function formatLinksText(report: LinkReport): string {
  const sections = reportSections(report, issueOf);
  const out: string[] = [];
  if (report.incomplete) out.push(`INCOMPLETE: ${report.incomplete}`, '');
  if (report.offline) out.push(`NETWORK UNAVAILABLE: ${offlineLine({ links: report.offline })}`, '');
  out.push(headline(report), '');
  const deadTitle = report.oneOff ? 'BROKEN' : 'DEAD';
  for (const group of sections.dead) {
    out.push(`${deadTitle} in ${group.issue.startsWith('(') ? group.issue : `issue ${group.issue}`}:`);
    for (const link of group.links) {
      out.push(`  ${link.url}`, `    ${link.verdict}: ${link.detail}`, `    at ${where(link)}`);
      const when = since(link, report);
      if (when) out.push(`    ${when}`);
      out.push(`    fix: ${fix(link)}`);
    }
    out.push('');
  }
  if (sections.failing.length > 0) {
    out.push(report.oneOff ? 'FAILING (could be temporary):' : 'FAILING, not yet dead:');
    for (const link of sections.failing) out.push(`  ${link.url}`, `    ${link.verdict}: ${link.detail}${since(link, report) ? `; ${since(link, report)}` : ''}`);
    out.push('');
  }
  if (sections.moved.length > 0) {
    out.push('MOVED (permanent redirect):');
    for (const link of sections.moved) out.push(`  ${link.url}`, `    fix: ${fix(link)}`, `    at ${where(link)}`);
    out.push('');
  }
  if (sections.cantTell.length > 0) {
    out.push("CAN'T TELL (bot wall, login, rate limit):");
    for (const link of sections.cantTell) out.push(`  ${link.url}`, `    ${link.verdict}: ${link.detail}`);
    out.push('');
  }
  for (const problem of report.problems) out.push(`could not read ${problem.file}: ${problem.detail}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** The words of the Markdown and HTML reports, in the editors' language. */
function peopleText(report: LinkReport, language: TextLanguage): {
  t: ReportText;
  where(link: LinkReportEntry): string;
  since(link: LinkReportEntry): string;
  fix(link: LinkReportEntry): string;
  issue(issue: string): string;
  line(link: LinkReportEntry): string;
  headline: string;
} {
  const t = reportText(language);
  const s = report.summary;
  return {
    t,
    where: (link) => link.foundIn.map((w) => t.place(w.file.startsWith('(') ? { marker: w.file, ...place(w) } : { issue: issueOf(w.file), ...place(w) })).join('; '),
    since: (link) => (report.oneOff || !link.firstFailed ? '' : t.failingSince(formatDay(link.firstFailed, language), link.consecutiveFailures)),
    fix: (link) =>
      link.verdict === 'redirected' && link.permanent && link.finalUrl ? t.fixMoved(link.finalUrl) : link.verdict === 'missing-fragment' ? t.fixFragment : t.fixCopy(waybackSearch(link.url)),
    issue: (issue) => (issue.startsWith('(') ? t.place({ marker: issue }) : t.issueHeading(issue)),
    line: (link) => `${t.verdict(link.verdict)}: ${t.detail(link.detail)}`,
    headline: t.headline({ total: s.total, cached: s.cached, files: report.files, dead: s.dead, counts: READING_ORDER.map((verdict) => [verdict, s[verdict]]), oneOff: report.oneOff, deadAfterRuns: report.deadAfterRuns, deadAfterDays: report.deadAfterDays }),
  };
}

function place(w: { page?: number | undefined; line?: number | undefined }): { page?: number; line?: number } {
  return { ...(w.page !== undefined ? { page: w.page } : {}), ...(w.line !== undefined ? { line: w.line } : {}) };
}

export function formatLinksMarkdown(report: LinkReport, language: TextLanguage = 'nb'): string {
  const sections = reportSections(report, issueOf);
  const p = peopleText(report, language);
  const t = p.t;
  const out: string[] = [`# ${t.linkReportTitle} ${formatDateTime(report.generatedAt, language)}`, ''];
  if (report.incomplete) out.push(`**${t.incomplete}** ${escapeMarkdown(t.detail(report.incomplete))}`, '');
  if (report.offline) out.push(`**${escapeMarkdown(t.offline(report.offline.total))}**`, '');
  out.push(escapeMarkdown(p.headline), '');
  if (sections.dead.length > 0) {
    out.push(`## ${report.oneOff ? t.brokenLinks : t.deadLinks}`, '');
    for (const group of sections.dead) {
      out.push(`### ${escapeMarkdown(p.issue(group.issue))}`, '');
      for (const link of group.links) {
        out.push(`- <${link.url}>`);
        out.push(`  - ${escapeMarkdown(p.line(link))}`);
        out.push(`  - ${escapeMarkdown(p.where(link))}`);
        const when = p.since(link);
        if (when) out.push(`  - ${escapeMarkdown(when)}`);
        out.push(`  - ${escapeMarkdown(p.fix(link))}`);
      }
      out.push('');
    }
  }
  if (sections.failing.length > 0) {
    out.push(`## ${t.failingNotDead}`, '');
    for (const link of sections.failing) out.push(`- <${link.url}> — ${escapeMarkdown(p.line(link))}`);
    out.push('');
  }
  if (sections.moved.length > 0) {
    out.push(`## ${t.moved}`, '');
    for (const link of sections.moved) out.push(`- <${link.url}> → <${link.finalUrl}> (${escapeMarkdown(p.where(link))})`);
    out.push('');
  }
  if (sections.cantTell.length > 0) {
    out.push(`## ${t.cantTell}`, '');
    for (const link of sections.cantTell) out.push(`- <${link.url}> — ${escapeMarkdown(p.line(link))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The failing verdicts' classes, coloured as failures. */
const FAILING_CSS = [...FAILING].map((verdict) => `.${verdict}`).join(',');

export function formatLinksHtml(report: LinkReport, language: TextLanguage = 'nb'): string {
  const sections = reportSections(report, issueOf);
  const p = peopleText(report, language);
  const t = p.t;
  const item = (link: LinkReportEntry, extra = ''): string =>
    `<li><a href="${safeHref(link.url)}">${escapeHtml(link.url)}</a><div class="v ${escapeHtml(link.verdict)}">${escapeHtml(p.line(link))}</div><div class="w">${escapeHtml(p.where(link))}</div>${extra}</li>`;
  const parts: string[] = [];
  for (const group of sections.dead) {
    parts.push(`<h3>${escapeHtml(p.issue(group.issue))}</h3><ul>${group.links
      .map((l) => item(l, `<div class="w">${escapeHtml(p.since(l))}</div><div class="fix">${l.verdict === 'missing-fragment' ? escapeHtml(p.fix(l)) : `<a href="${safeHref(waybackSearch(l.url))}">Wayback Machine</a>`}</div>`))
      .join('')}</ul>`);
  }
  const list = (title: string, links: LinkReportEntry[], extra: (l: LinkReportEntry) => string = () => ''): string =>
    links.length > 0 ? `<h2>${escapeHtml(title)}</h2><ul>${links.map((l) => item(l, extra(l))).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${t.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t.linkReportTitle)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1.5rem;color:#1d232a}a{color:#0b5cad;word-break:break-all}li{margin:.5rem 0}.v{font-weight:600}${FAILING_CSS}{color:#9a3412}.w,.fix{color:#5b6672;font-size:.9rem}h2{border-bottom:2px solid #1d232a}</style>
</head><body><main>
<h1>${escapeHtml(t.linkReportTitle)}</h1>
${report.incomplete ? `<p><strong>${escapeHtml(t.incomplete)}</strong> ${escapeHtml(t.detail(report.incomplete))}</p>` : ''}
${report.offline ? `<p><strong>${escapeHtml(t.offline(report.offline.total))}</strong></p>` : ''}
<p>${escapeHtml(p.headline)}</p>
${sections.dead.length > 0 ? `<h2>${escapeHtml(report.oneOff ? t.brokenLinks : t.deadLinks)}</h2>${parts.join('')}` : `<p>${escapeHtml(t.noDeadLinks)}</p>`}
${list(t.failingNotDead, sections.failing)}
${list(t.moved, sections.moved, (l) => `<div class="fix">→ <a href="${safeHref(l.finalUrl ?? '')}">${escapeHtml(l.finalUrl ?? '')}</a></div>`)}
${list(t.cantTell, sections.cantTell)}
</main></body></html>
`;
}

export function linksToJson(report: LinkReport): object {
  return {
    runId: report.runId,
    generatedAt: report.generatedAt,
    oneOff: report.oneOff,
    ...(report.incomplete ? { incomplete: report.incomplete } : {}),
    ...(report.offline ? { offline: report.offline } : {}),
    summary: report.summary,
    problems: report.problems,
    links: report.links.map((l) => ({
      url: l.url,
      verdict: l.verdict,
      httpStatus: l.httpStatus,
      finalUrl: l.finalUrl,
      permanent: l.permanent,
      detail: l.detail,
      foundIn: l.foundIn.map((w) => ({ file: w.file, page: w.page ?? null, line: w.line ?? null })),
      firstFailed: l.firstFailed,
      consecutiveFailures: l.consecutiveFailures,
      dead: l.dead,
      redirects: l.redirects,
      cached: l.cached ?? false,
    })),
  };
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatLinksCsv(report: LinkReport): string {
  const header = ['url', 'verdict', 'dead', 'httpStatus', 'finalUrl', 'permanent', 'detail', 'foundIn', 'firstFailed', 'consecutiveFailures'];
  const rows = report.links.map((l) =>
    [l.url, l.verdict, l.dead, l.httpStatus, l.finalUrl, l.permanent, l.detail, where(l), l.firstFailed, l.consecutiveFailures].map(csvField).join(','),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
