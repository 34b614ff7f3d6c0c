/** The export page: the issue's accepted items as the newsletter writes them, to copy or download. */
import { exportHtmlFragment, issuePeriodText, type IssueExport } from '../../review/export.js';
import { ISSUE_EXPORT_FORMAT_NAMES, ISSUE_EXPORT_FORMATS, type IssueExportFormatName } from '../../review/export-formats.js';
import { html, raw } from '../html.js';
import { layout, type PageContext } from './layout.js';

export function renderExportPage(ctx: PageContext, exp: IssueExport): string {
  const l = ctx.labels;
  const id = exp.issue.id;
  const count = exp.sections.reduce((n, s) => n + s.items.length, 0);
  const notes = exp.sections.flatMap((s) => s.items).filter((item) => item.note);
  const period = issuePeriodText(exp.issue);
  const block = (format: IssueExportFormatName, title: string, text: string) => html`<section class="export-block" id="block-${format}">
  <h2>${title}</h2>
  <textarea id="export-${format}" spellcheck="false" aria-label="${title}">${text}</textarea>
  <div class="actions">
    <button type="button" data-copy="export-${format}" data-needs-js>${l.copy}</button>
    <a class="button" href="/issues/${id}/export.${format}?download=1" download>${l.download}</a>
  </div>
</section>`;
  const body = html`<h1>${l.exportTitle(exp.issue.name)}</h1>
<p class="muted">${period}${period ? ' · ' : ''}${l.acceptedCount(count)}</p>
<p>${l.exportIntro}</p>
${
  count === 0
    ? html`<p class="empty">${l.exportEmpty}</p>`
    : html`<section class="export-block" id="block-preview">
  <h2>${l.preview}</h2>
  <div class="newsletter" id="export-preview">${raw(exportHtmlFragment(exp))}</div>
  <div class="actions"><button type="button" data-copy-rich="export-preview" data-needs-js>${l.copyRich}</button></div>
</section>
${
  notes.length > 0
    ? html`<section class="note-list"><h2>${l.noteLabel}</h2><ul>${notes.map((item) => html`<li><strong>${item.title}</strong>: ${item.note}</li>`)}</ul></section>`
    : ''
}
${ISSUE_EXPORT_FORMAT_NAMES.map((format) => block(format, ISSUE_EXPORT_FORMATS[format].title, ISSUE_EXPORT_FORMATS[format].paste(exp)))}`
}`;
  return layout(ctx, { title: l.exportTitle(exp.issue.name), tab: 'issues', body, returnPath: `/issues/${id}/export` });
}
