/**
 * The Kilder tab: every source in sources.json, enabled or not, with its kind, section, last
 * outcome, the items it has listed, when it was last ok or since when it fails, and its health.
 * Each name leads to the source's page (probe and editor).
 */
import type { SourceListRow } from '../../review/sources-view.js';
import { html } from '../html.js';
import { layout, type PageContext } from './layout.js';

export function renderSourcesPage(ctx: PageContext, rows: SourceListRow[]): string {
  const l = ctx.labels;
  const s = l.sources;
  const body = html`<h1>${s.title}</h1>
<p class="muted">${s.intro}</p>
<div class="table-scroll"><table id="sources" class="health-table">
<thead><tr><th>${l.colSource}</th><th>${s.colKind}</th><th>${l.colSection}</th><th>${l.colOutcome}</th><th>${s.colItems}</th><th>${l.colLastOk}</th><th>${s.colFailingSince}</th><th>${s.colHealth}</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-source="${row.id}" data-health="${row.health}"${row.problem && row.enabled ? html` class="problem"` : ''}>
<td><a href="/sources/${encodeURIComponent(row.id)}">${row.name}</a><br><code class="muted">${row.id}</code></td>
<td>${s.kind[row.kind]}</td>
<td>${row.sectionTitle}</td>
<td class="outcome" data-outcome="${row.lastOutcome ?? 'never'}">${row.lastOutcome ? (l.outcome[row.lastOutcome] ?? row.lastOutcome) : l.neverRun}</td>
<td class="num">${row.itemsKnown}</td>
<td>${row.lastOkAt ? ctx.dates.time(row.lastOkAt) : l.never}</td>
<td>${row.failingSince ? ctx.dates.time(row.failingSince) : ''}</td>
<td class="health">${s.health[row.health]}</td>
</tr>`,
  )}</tbody>
</table></div>`;
  return layout(ctx, { title: s.title, tab: 'sources', body, returnPath: '/sources' });
}
