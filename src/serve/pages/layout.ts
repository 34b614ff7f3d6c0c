/** The frame around every page: navigation, the open issue, undo, the toast, keyboard help. */
import type { NewsletterIssue } from '../../store/newsletter-issues.js';
import { html, raw, type Html } from '../html.js';
import { dateFormatter, type Labels, type Language } from '../labels.js';

export interface PageContext {
  labels: Labels;
  language: Language;
  dates: ReturnType<typeof dateFormatter>;
  /** The per-session token every form and fetch sends back (CSRF protection). */
  csrfToken: string;
  /** The name this editor gave (null: none yet, the page asks for one). */
  editor: string | null;
  openIssue: NewsletterIssue | null;
  /** Failing or broken sources plus dead links: the badge on the Health tab. */
  healthProblems: number;
  /** Shown on every page when sources.json could not be reloaded. */
  configWarning: string | null;
}

export type Tab = 'candidates' | 'issues' | 'health' | 'sources';

/** A hidden form field carrying the CSRF token. */
export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}">`;
}

/** JSON inside <script type="application/json">: "<" escaped so no text can close the element. */
function jsonBlock(value: unknown): Html {
  return raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}

export function layout(ctx: PageContext, page: { title: string; tab: Tab | null; body: Html; returnPath: string; keysHint?: boolean }): string {
  const l = ctx.labels;
  const tab = (id: Tab, path: string, label: string, badge = 0): Html =>
    html`<a href="${path}"${page.tab === id ? raw(' aria-current="page"') : ''}>${label}${badge > 0 ? html`<span class="badge" title="${String(badge)}">${badge}</span>` : ''}</a>`;
  const clientTexts = {
    decided: { accepted: l.statusAccepted, rejected: l.statusRejected, maybe: l.statusMaybe },
    undone: l.toastUndone,
    nothing: l.toastNothingToUndo,
    error: l.toastError,
    copied: l.copied,
    undo: l.undo,
    stateNew: l.stateNew,
  };
  const issuePill = ctx.openIssue
    ? html`${l.openIssuePill}: <a href="/issues">${ctx.openIssue.name}</a>`
    : html`<a href="/issues">${l.noOpenIssuePill}</a>`;
  return `<!doctype html>
${html`<html lang="${l.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.csrfToken}">
<title>${page.title} · sourcewatch</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feeds/candidates.atom" title="${l.feedCandidates}">
<link rel="alternate" type="application/atom+xml" href="/feeds/accepted.atom" title="${l.feedAccepted}">
<script src="/static/app.js" defer></script>
<script type="application/json" id="client-texts">${jsonBlock(clientTexts)}</script>
</head>
<body>
<a class="skip" href="#main">${l.skipToContent}</a>
<header class="top">
  <span class="brand">sourcewatch</span>
  <nav aria-label="sourcewatch">
    ${tab('candidates', '/candidates', l.navCandidates)}
    ${tab('issues', '/issues', l.navIssues)}
    ${tab('health', '/health', l.navHealth, ctx.healthProblems)}
    ${tab('sources', '/sources', l.sources.nav)}
  </nav>
  <span class="issue-pill">${issuePill}</span>
  ${ctx.editor ? html`<span class="editor">${l.editorLabel}: <strong id="editor-name">${ctx.editor}</strong> <a href="/editor?return=${encodeURIComponent(page.returnPath)}">${l.editorChange}</a></span>` : ''}
  <form class="undo-form" method="post" action="/undo">
    ${csrfField(ctx)}<input type="hidden" name="return" value="${page.returnPath}">
    <button type="submit" title="u">${l.undoLast} <kbd>u</kbd></button>
  </form>
</header>
<main id="main">
${ctx.configWarning ? html`<p class="error-box">${l.configWarning(ctx.configWarning)}</p>` : ''}
${ctx.editor || page.tab === null ? '' : editorForm(ctx, page.returnPath)}
${page.body}
</main>
<div id="toast" role="status" aria-live="polite" hidden></div>
<aside id="keyboard-help" class="keys" hidden aria-label="${l.keyboardHelp}">
  <strong>${l.keyboardHelp}</strong>
  <dl>${l.keys.map(([key, what]) => html`<dt><kbd>${key}</kbd></dt><dd>${what}</dd>`)}</dl>
</aside>
${
  page.keysHint
    ? html`<footer class="keys-hint" data-needs-js>${l.keyboardHelp}: ${l.keys.slice(0, 6).map(([key, what], i) => html`${i > 0 ? ' · ' : ''}<kbd>${key}</kbd> ${what.replace(/ \(.*\)$/, '')}`)} · <kbd>?</kbd></footer>`
    : ''
}
</body>
</html>
`}`;
}

/** The small form that asks an editor without a name for one (a plain post; the cookie keeps it). */
export function editorForm(ctx: PageContext, returnPath: string, error?: string): Html {
  const l = ctx.labels;
  return html`<form class="editor-form" id="editor-form" method="post" action="/editor">
  ${csrfField(ctx)}<input type="hidden" name="return" value="${returnPath}">
  <p>${l.editorAsk}</p>
  ${error ? html`<p class="error-box" role="alert">${error}</p>` : ''}
  <label>${l.editorName} <input name="editor" required maxlength="60" autocomplete="name" value="${ctx.editor ?? ''}"></label>
  <button type="submit" class="primary">${l.editorSave}</button>
</form>`;
}

/** A local link back to where a form was posted from (never to another site). */
export function safeReturn(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

