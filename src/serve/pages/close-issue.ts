/** Closing an issue, confirmed first: what happens to the undecided and the "maybe" items. */
import type { ClosePreview } from '../../review/newsletter-issues.js';
import type { NewsletterIssue } from '../../store/newsletter-issues.js';
import { html } from '../html.js';
import { csrfField, layout, type PageContext } from './layout.js';

export function renderCloseIssuePage(ctx: PageContext, input: { issue: NewsletterIssue; preview: ClosePreview }): string {
  const l = ctx.labels;
  const { issue, preview } = input;
  const body = html`<h1>${l.closeConfirmTitle(issue.name)}</h1>
<section class="card" id="close-confirm" data-undecided="${preview.undecided}" data-maybe="${preview.maybe}">
  <ul>
    <li id="close-undecided">${l.closeConfirmUndecided(preview.undecided)}</li>
    <li id="close-maybe">${l.closeConfirmMaybe(preview.maybe)}</li>
    <li>${l.closeConfirmMark}</li>
  </ul>
  <div class="actions">
    <form class="inline" method="post" action="/issues/${issue.id}/close">
      ${csrfField(ctx)}<input type="hidden" name="confirm" value="yes">
      <button type="submit" class="primary" id="confirm-close">${l.closeConfirmButton}</button>
    </form>
    <a class="button" href="/issues">${l.cancel}</a>
  </div>
</section>`;
  return layout(ctx, { title: l.closeConfirmTitle(issue.name), tab: 'issues', body, returnPath: '/issues' });
}
