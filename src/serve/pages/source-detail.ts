/**
 * One source on the Kilder tab: its settings as an editor can change them (section, ranking
 * weight, enabled, article link patterns, selectors), a live probe, a preview of the edited
 * settings, saving and restoring the previous version. Every button is a plain form post, so
 * the page works without its script; the result of a probe or preview is the page itself again.
 */
import type { Config, Source } from '../../config/schema.js';
import { SELECT_FIELDS, hasSelectors, type EditField, type ListingPlace, type PlacedIssues, type SourceEdit } from '../../review/source-edit.js';
import { isTimeout, type LimitedProbeResult, type ProbeResult } from '../../review/source-probe.js';
import { href, html, type Html } from '../html.js';
import { csrfField, layout, type PageContext } from './layout.js';

export interface SourceDetailView {
  source: Source;
  place: ListingPlace;
  sections: Config['sections'];
  /** What the form shows: the saved settings, or the ones just posted. */
  edit: SourceEdit;
  /** sources.json can be written from this page. */
  editable: boolean;
  canProbe: boolean;
  /** When the newest kept earlier version was saved, if one is kept. */
  previousSavedAt: string | null;
  issues?: PlacedIssues;
  probe?: { mode: 'probe' | 'preview'; result: LimitedProbeResult };
  notice?: 'saved' | 'restored';
  error?: string;
}

function fieldErrors(view: SourceDetailView, field: EditField): Html {
  const messages = view.issues?.byField[field] ?? [];
  return messages.length === 0 ? html`` : html`<span class="field-error" id="error-${field.replace('.', '-')}" role="alert">${messages.join(' · ')}</span>`;
}

function editForm(ctx: PageContext, view: SourceDetailView): Html {
  const s = ctx.labels.sources;
  const id = encodeURIComponent(view.source.id);
  const { edit } = view;
  const patterns = view.place !== 'none';
  return html`<form class="source-form" id="source-form" method="post" action="/sources/${id}/${view.canProbe ? 'preview' : 'save'}">
${csrfField(ctx)}
<p><label for="f-section">${s.section}</label>
<select id="f-section" name="section">${view.sections.map((section) => html`<option value="${section.id}"${section.id === edit.section ? html` selected` : ''}>${section.title}</option>`)}</select>${fieldErrors(view, 'section')}</p>
<p><label for="f-weight">${s.weight}</label>
<input id="f-weight" name="weight" inputmode="decimal" value="${String(edit.weight)}" aria-describedby="f-weight-hint"> <span class="muted" id="f-weight-hint">${s.weightHint}</span>${fieldErrors(view, 'weight')}</p>
<p><label><input type="checkbox" name="enabled"${edit.enabled ? html` checked` : ''}> ${s.enabled}</label>${fieldErrors(view, 'enabled')}</p>
${
  patterns
    ? html`<p><label for="f-include">${s.include}</label>
<textarea id="f-include" name="include" rows="3" spellcheck="false" aria-describedby="f-include-hint">${edit.include.join('\n')}</textarea>
<span class="muted" id="f-include-hint">${s.includeHint}</span>${fieldErrors(view, 'include')}</p>
<p><label for="f-exclude">${s.exclude}</label>
<textarea id="f-exclude" name="exclude" rows="2" spellcheck="false">${edit.exclude.join('\n')}</textarea>${fieldErrors(view, 'exclude')}</p>`
    : ''
}
${
  hasSelectors(view.place)
    ? html`<fieldset><legend>${s.selectors}</legend><p class="muted">${s.selectorsHint}</p>
${SELECT_FIELDS.map(
  (field) => html`<p><label for="f-select-${field}">${s.select[field]}</label>
<input id="f-select-${field}" name="select.${field}" value="${edit.select[field]}" spellcheck="false">${fieldErrors(view, `select.${field}`)}</p>`,
)}</fieldset>`
    : ''
}
<p class="form-actions">
${view.canProbe && view.editable ? html`<button type="submit" id="preview-button" formaction="/sources/${id}/preview">${s.previewButton}</button>` : ''}
${view.editable ? html`<button type="submit" id="save-button" formaction="/sources/${id}/save">${s.saveButton}</button>` : ''}
</p>
</form>`;
}

function dateOf(ctx: PageContext, item: ProbeResult['items'][number]): string {
  if (!item.published) return ctx.labels.sources.noDate;
  return item.published.iso ? ctx.dates.day(item.published.iso) : item.published.raw;
}

function suggestionForm(ctx: PageContext, view: SourceDetailView, suggestion: NonNullable<ProbeResult['diagnosis']>['suggestion']): Html {
  const s = ctx.labels.sources;
  const select = suggestion.select;
  const include = suggestion.pattern?.include ?? view.edit.include;
  const exclude = suggestion.pattern?.exclude ?? view.edit.exclude;
  return html`<form method="post" action="/sources/${encodeURIComponent(view.source.id)}/preview" id="suggestion-form">
${csrfField(ctx)}
<input type="hidden" name="section" value="${view.edit.section}"><input type="hidden" name="weight" value="${String(view.edit.weight)}">
${view.edit.enabled ? html`<input type="hidden" name="enabled" value="on">` : ''}
<input type="hidden" name="include" value="${include.join('\n')}"><input type="hidden" name="exclude" value="${exclude.join('\n')}">
${SELECT_FIELDS.map((field) => html`<input type="hidden" name="select.${field}" value="${select?.[field] ?? ''}">`)}
<dl class="suggestion">
${include.length > 0 && suggestion.pattern ? html`<dt>${s.include}</dt><dd><code>${include.join(' ')}</code></dd>` : ''}
${select ? SELECT_FIELDS.filter((field) => select[field]).map((field) => html`<dt>${s.select[field]}</dt><dd><code>${select[field] ?? ''}</code></dd>`) : ''}
</dl>
<button type="submit">${s.useSuggestion}</button>
</form>`;
}

function diagnosis(ctx: PageContext, view: SourceDetailView, found: NonNullable<ProbeResult['diagnosis']>): Html {
  const s = ctx.labels.sources;
  const { page, suggestion } = found;
  const hasListing = suggestion.select !== undefined || suggestion.pattern !== undefined;
  return html`<section id="diagnosis">
${
  page.counts.length > 0
    ? html`<h3>${s.selectorReport(found.url)}</h3>
<div class="table-scroll"><table id="selector-report"><thead><tr><th>${s.colField}</th><th>${s.colSelector}</th><th>${s.colMatches}</th></tr></thead>
<tbody>${page.counts.map(
        (count) => html`<tr data-field="${count.field}"${count.matches === 0 ? html` class="problem"` : ''}><td>${s.select[count.field]}</td><td><code>${count.selector}</code></td><td>${count.matches === 0 ? s.matchedNothing : String(count.matches)}</td></tr>`,
      )}</tbody></table></div>`
    : ''
}
<h3>${s.pageSays}</h3><blockquote class="excerpt">${page.excerpt}</blockquote>
<h3>${s.suggestion}</h3>
${hasListing ? html`<p>${s.suggestionItems(suggestion.items.length)}</p>${suggestionForm(ctx, view, suggestion)}` : html`<p class="empty">${s.suggestionNone}</p>`}
${
  suggestion.feeds.length > 0
    ? html`<p>${s.feedsFound}:</p><ul>${suggestion.feeds.map((feed) => html`<li><a href="${href(feed.url)}" rel="noopener noreferrer">${feed.title ?? feed.url}</a></li>`)}</ul>`
    : ''
}
</section>`;
}

function probeResult(ctx: PageContext, view: SourceDetailView, probe: NonNullable<SourceDetailView['probe']>): Html {
  const s = ctx.labels.sources;
  const title = probe.mode === 'preview' ? s.previewTitle : s.resultTitle;
  const { result } = probe;
  if (isTimeout(result)) return html`<section id="probe-result" data-ok="false"><h2>${title}</h2><p class="error-box">${s.timedOut(result.seconds)}</p></section>`;
  const status = result.error ? s.probeFailed(result.error) : result.ok ? s.probeOk : s.probeBroken;
  return html`<section id="probe-result" data-ok="${String(result.ok)}" data-items="${String(result.items.length)}">
<h2>${title}</h2>
<p class="${result.ok ? 'notice ok' : 'error-box'}">${status} ${s.found(result.items.length, result.durationMs)}</p>
${
  result.items.length > 0
    ? html`<div class="table-scroll"><table id="probe-items"><thead><tr><th>${s.colTitle}</th><th>${s.colDate}</th></tr></thead>
<tbody>${result.items.map(
        (item) => html`<tr><td><a href="${href(item.url)}" target="_blank" rel="noopener noreferrer">${item.title || item.url}</a><br><span class="muted url">${item.url}</span></td><td class="nowrap">${dateOf(ctx, item)}</td></tr>`,
      )}</tbody></table></div>`
    : ''
}
${result.diagnosis ? diagnosis(ctx, view, result.diagnosis) : ''}
</section>`;
}

export function renderSourceDetailPage(ctx: PageContext, view: SourceDetailView): string {
  const l = ctx.labels;
  const s = l.sources;
  const id = encodeURIComponent(view.source.id);
  const source = view.source;
  const body = html`<p><a href="/sources">← ${s.back}</a></p>
<h1>${source.name}</h1>
<p class="muted"><code>${source.id}</code> · ${s.kind[source.kind]}${'url' in source ? html` · <a href="${href(source.url)}" rel="noopener noreferrer">${source.url}</a>` : ''}</p>
${view.notice ? html`<p class="notice" id="source-notice" role="status">${view.notice === 'saved' ? s.saved : s.restored}</p>` : ''}
${view.error ? html`<p class="error-box" id="source-error" role="alert">${view.error}</p>` : ''}
${
  view.issues
    ? html`<div class="error-box" id="source-invalid" role="alert"><p>${s.invalid}</p>${
        view.issues.elsewhere.length > 0
          ? html`<p>${s.elsewhere}:</p><ul>${view.issues.elsewhere.map((issue) => html`<li><code>${issue.path || 'sources.json'}</code>: ${issue.message}</li>`)}</ul>`
          : ''
      }</div>`
    : ''
}
${view.probe ? probeResult(ctx, view, view.probe) : ''}
<h2>${s.probe}</h2>
${
  view.canProbe
    ? html`<form method="post" action="/sources/${id}/probe" id="probe-form">${csrfField(ctx)}<p class="muted">${s.probeIntro}</p><button type="submit">${s.probe}</button></form>`
    : html`<p class="muted">${s.noProbe}</p>`
}
<h2>${s.config}</h2>
${view.editable ? '' : html`<p class="muted">${s.readOnly}</p>`}
${editForm(ctx, view)}
${
  view.editable
    ? view.previousSavedAt
      ? html`<form method="post" action="/sources/${id}/restore" id="restore-form">${csrfField(ctx)}<p class="muted">${s.restoreIntro(ctx.dates.time(view.previousSavedAt))}</p><button type="submit">${s.restoreButton}</button></form>`
      : html`<p class="muted" id="no-history">${s.noHistory}</p>`
    : ''
}`;
  return layout(ctx, { title: `${source.name} · ${s.title}`, tab: 'sources', body, returnPath: `/sources/${id}` });
}
