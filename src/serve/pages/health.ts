/**
 * The health page: sources that failed or broke on their last run and dead links in past
 * issues first (what a maintainer must act on), then every source and the last runs.
 */
import type { HealthView, SourceHealthRow } from '../../review/health.js';
import { verdictLabel } from '../../model/verdicts.js';
import { href, html, type Html } from '../html.js';
import { layout, type PageContext } from './layout.js';

function sourceTable(ctx: PageContext, id: string, rows: SourceHealthRow[]): Html {
  const l = ctx.labels;
  return html`<table id="${id}" class="health-table">
<thead><tr><th>${l.colSource}</th><th>${l.colSection}</th><th>${l.colOutcome}</th><th>${l.colFailures}</th><th>${l.colLastOk}</th><th>${l.colLastItem}</th><th>${l.colDetail}</th></tr></thead>
<tbody>${rows.map(
    (s) => html`<tr data-source="${s.id}"${s.problem ? html` class="problem"` : ''}>
<td>${s.name}<br><code class="muted">${s.id}</code></td>
<td>${s.sectionTitle}</td>
<td class="outcome" data-outcome="${s.lastOutcome ?? 'never'}">${s.lastOutcome ? (l.outcome[s.lastOutcome] ?? s.lastOutcome) : l.neverRun}</td>
<td class="num">${s.consecutiveFailures}</td>
<td>${s.lastOkAt ? ctx.dates.time(s.lastOkAt) : l.never}</td>
<td>${s.lastItemAt ? ctx.dates.day(s.lastItemAt) : ''}</td>
<td class="detail">${l.detail(s.detail)}</td>
</tr>`,
  )}</tbody>
</table>`;
}

export function renderHealthPage(ctx: PageContext, view: HealthView): string {
  const l = ctx.labels;
  const problems = view.sources.filter((s) => s.problem);
  const body = html`<h1>${l.healthTitle}</h1>
<h2>${l.healthSources}</h2>
${
  problems.length > 0
    ? html`<p class="notice">${l.healthIntro}</p>${sourceTable(ctx, 'source-health', problems)}`
    : html`<p class="empty" id="sources-ok">${l.healthAllOk}</p>`
}
<h2>${l.deadLinks}</h2>
<p class="muted">${l.deadLinksIntro}</p>
${
  view.deadLinks.length === 0
    ? html`<p class="empty" id="no-dead-links">${l.noDeadLinks}</p>`
    : html`<table id="dead-links">
<thead><tr><th>${l.colLink}</th><th>${l.colVerdict}</th><th>${l.colDeadSince}</th><th>${l.colFoundIn}</th></tr></thead>
<tbody>${view.deadLinks.map(
        (link) => html`<tr>
<td class="url"><a href="${href(link.url)}" target="_blank" rel="noopener noreferrer">${link.url}</a></td>
<td>${link.verdict ? verdictLabel(link.verdict, ctx.language) : ''}${link.status !== null ? ` (${link.status})` : ''}${link.detail ? html`<br><span class="muted">${l.detail(link.detail)}</span>` : ''}</td>
<td class="nowrap">${ctx.dates.day(link.deadSince)}</td>
<td>${
          link.foundIn.length === 0
            ? '—'
            : link.foundIn.map(
                (where, i) =>
                  html`${i > 0 ? html`<br>` : ''}${where.file}${where.page !== undefined ? `, ${l.page} ${where.page}` : ''}${where.line !== undefined ? `, ${l.line} ${where.line}` : ''}`,
              )
        }</td>
</tr>`,
      )}</tbody>
</table>`
}
<details class="all-sources"${problems.length === 0 ? html` open` : ''}>
<summary>${l.allSourcesSummary(view.sources.length)}</summary>
${sourceTable(ctx, 'all-sources', view.sources)}
</details>
<h2>${l.lastRuns}</h2>
${
  view.runs.length === 0
    ? html`<p class="empty">${l.noRuns}</p>`
    : html`<table id="runs"><thead><tr><th>${l.colRun}</th><th>${l.colStarted}</th><th>${l.colStatus}</th></tr></thead>
<tbody>${view.runs.map((run) => html`<tr><td>${l.jobName[run.kind] ?? run.kind}</td><td>${ctx.dates.time(run.startedAt)}</td><td>${l.runStatus[run.status] ?? run.status}</td></tr>`)}</tbody></table>`
}`;
  return layout(ctx, { title: l.healthTitle, tab: 'health', body, returnPath: '/health' });
}
