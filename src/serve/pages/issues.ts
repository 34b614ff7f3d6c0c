/** The issues page: the open issue (export, close), opening the next one, and past issues. */
import { issuePeriodText } from '../../review/export.js';
import type { NewsletterIssue } from '../../store/newsletter-issues.js';
import { html, raw, type Html } from '../html.js';
import { csrfField, layout, type PageContext } from './layout.js';

export interface IssuesPageInput {
  open: NewsletterIssue | null;
  issues: NewsletterIssue[];
  acceptedByIssue: Map<number, number>;
  waitingForIssue: number;
  suggestion: { periodFrom: string; periodTo: string };
  error?: string;
  /** What the editor typed, when the form came back with an error. */
  form?: { name: string; periodFrom: string; periodTo: string };
}

function period(issue: NewsletterIssue): string {
  return issuePeriodText(issue);
}

export function renderIssuesPage(ctx: PageContext, input: IssuesPageInput): string {
  const l = ctx.labels;
  const count = (issue: NewsletterIssue): number => input.acceptedByIssue.get(issue.id) ?? 0;
  const lastClosed = input.issues.find((issue) => issue.closedAt !== null);

  const openCard: Html = input.open
    ? html`<section class="card" id="open-issue" data-issue="${input.open.id}">
  <h2>${l.openIssue}: <span class="issue-name">${input.open.name}</span></h2>
  <p class="muted">${period(input.open)}${period(input.open) ? ' · ' : ''}${l.opened(ctx.dates.time(input.open.openedAt))}</p>
  <p><strong data-accepted="${count(input.open)}">${l.acceptedCount(count(input.open))}</strong> · <a href="/candidates?status=accepted">${l.reviewCandidates}</a></p>
  <div class="actions">
    <a class="button primary" href="/issues/${input.open.id}/export" id="export-open">${l.exportButton}</a>
    <a class="button" id="close-issue" href="/issues/${input.open.id}/close">${l.closeButton}</a>
  </div>
  <p class="muted">${l.closeHelp}</p>
</section>`
    : html`<section class="card" id="open-next">
  <h2>${l.openNext}</h2>
  <p class="muted">${l.openNextHelp}${input.waitingForIssue > 0 ? html` ${l.acceptedWaiting(input.waitingForIssue)}` : ''}</p>
  <form class="stack" method="post" action="/issues">
    ${csrfField(ctx)}
    <label>${l.issueName}<input name="name" required maxlength="200" placeholder="${l.issueNamePlaceholder}" value="${input.form?.name ?? ''}"></label>
    <div class="row">
      <label>${l.periodFrom}<input type="date" name="periodFrom" value="${input.form?.periodFrom ?? input.suggestion.periodFrom}"></label>
      <label>${l.periodTo}<input type="date" name="periodTo" value="${input.form?.periodTo ?? ''}"></label>
    </div>
    <div><button type="submit" class="primary" id="open-issue-button">${l.openButton}</button></div>
  </form>
</section>`;

  const past = input.issues.filter((issue) => issue.closedAt !== null);
  const body = html`<h1>${l.issuesTitle}</h1>
${input.error ? html`<p class="error-box" role="alert">${input.error}</p>` : ''}
<div class="cards">${openCard}</div>
<h2>${l.pastIssues}</h2>
${
  past.length === 0
    ? html`<p class="empty">${l.noIssues}</p>`
    : html`<table id="past-issues">
<thead><tr><th>${l.issueName}</th><th>${l.period}</th><th>${l.colStatus}</th><th></th></tr></thead>
<tbody>${past.map(
        (issue) => html`<tr data-issue="${issue.id}"><td>${issue.name}</td><td>${period(issue)}</td><td>${l.closed(ctx.dates.time(issue.closedAt))} · ${l.acceptedCount(count(issue))}</td>
<td><a href="/issues/${issue.id}/export">${l.exportButton}</a>${
          !input.open && issue === lastClosed
            ? html` <form class="inline" method="post" action="/issues/${issue.id}/reopen">${csrfField(ctx)}<button type="submit">${l.reopenButton}</button></form>`
            : raw('')
        }</td></tr>`,
      )}</tbody>
</table>`
}`;
  return layout(ctx, { title: l.issuesTitle, tab: 'issues', body, returnPath: '/issues' });
}
