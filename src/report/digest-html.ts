/**
 * The digest as one self-contained HTML page: no scripts, no external resources, readable on
 * screen and on paper. Every string that came from the web goes through escapeHtml.
 */
import type { Candidate, Digest } from '../model/digest.js';
import { isWorkingVerdict } from '../model/verdicts.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeHtml, safeHref } from './escape.js';
import { reportText, type ReportText, type TextLanguage } from './report-text.js';
import { earlierSteps, stepText } from './step-text.js';

const STYLE = `
  :root { color-scheme: light; --ink: #1d232a; --muted: #5b6672; --line: #d9dee3; --accent: #0b5cad; --warn: #9a3412; }
  * { box-sizing: border-box; }
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 56rem; padding: 2rem 1.25rem 4rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  .meta { color: var(--muted); margin: 0 0 1.5rem; }
  h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
  article { border-bottom: 1px solid var(--line); padding: .8rem 0; break-inside: avoid; }
  article h3 { font-size: 1.05rem; margin: 0 0 .2rem; }
  article h3 a { color: var(--accent); text-decoration: none; }
  article h3 a:hover { text-decoration: underline; }
  .byline { color: var(--muted); font-size: .9rem; }
  .score { display: inline-block; min-width: 2.6rem; text-align: center; font-weight: 600; background: #eef3f8; border-radius: .3rem; padding: 0 .35rem; margin-right: .4rem; }
  .summary { margin: .35rem 0; }
  p.event { margin: .2rem 0; font-weight: 600; }
  p.history { margin: .2rem 0; font-size: .85rem; color: var(--muted); }
  ul.reasons { list-style: none; padding: 0; margin: .2rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem; font-size: .8rem; }
  ul.reasons li { background: #f3f4f6; border-radius: .25rem; padding: 0 .4rem; color: var(--muted); }
  ul.reasons li.neg { color: var(--warn); }
  .url { font-size: .8rem; color: var(--muted); word-break: break-all; }
  .empty { color: var(--muted); font-style: italic; }
  .link { font-size: .8rem; border-radius: .25rem; padding: 0 .35rem; }
  .link.ok { background: #e7f5ec; color: #1a6b3a; } .link.warn { background: #fff4e0; color: #8a5300; }
  .link.dead { background: #fde8e8; color: #9b1c1c; } .link.unchecked { color: var(--muted); }
  @media print { body { max-width: none; padding: 0; font-size: 11pt; } a { color: inherit; } .url { display: block; } }
  /* Phones: a long URL or word wraps instead of widening the page; titles hyphenate by the page's lang. */
  body { overflow-wrap: break-word; }
  a, .url, section.health li { overflow-wrap: anywhere; }
  article h3 { hyphens: auto; -webkit-hyphens: auto; }
  @media (max-width: 40rem) { body { padding: 1rem .75rem 3rem; } }
`;

/** The candidate's link as link monitoring last saw it. */
function linkBadge(c: Candidate, t: ReportText): string {
  if (!c.link) return `<span class="link unchecked">${escapeHtml(t.linkUnchecked)}</span>`;
  const label = c.link.dead ? t.linkDead : isWorkingVerdict(c.link.verdict) ? t.linkOk : `${t.link}: ${t.verdict(c.link.verdict)}`;
  const cls = c.link.dead ? 'dead' : isWorkingVerdict(c.link.verdict) ? 'ok' : 'warn';
  return `<span class="link ${cls}" title="${escapeHtml(t.detail(c.link.detail))}">${escapeHtml(label)}</span>`;
}

function candidateHtml(c: Candidate, t: ReportText, language: TextLanguage): string {
  const day = (iso: string): string => formatDay(iso, language);
  const date = c.published?.iso ? day(c.published.iso) : c.published?.raw ?? t.noDate;
  const also = c.sourceIds.length > 1 ? ` · ${escapeHtml(t.alsoAt)} ${escapeHtml(c.sourceIds.slice(1).join(', '))}` : '';
  const reasons = c.reasons
    .map((r) => `<li${r.points < 0 ? ' class="neg"' : ''}>${escapeHtml(t.reason(r))} ${r.points >= 0 ? '+' : '−'}${Math.abs(r.points)}</li>`)
    .join('');
  const earlier = earlierSteps(c.history, c.event);
  return `<article>
  <h3><a href="${safeHref(c.url)}" rel="noopener noreferrer">${escapeHtml(c.title)}</a></h3>
  <div class="byline"><span class="score" title="${escapeHtml(t.score)}">${c.score}</span>${escapeHtml(c.sourceName)}${also} · ${escapeHtml(date)} · ${linkBadge(c, t)}</div>
  ${c.event ? `<p class="event">${escapeHtml(stepText(c.event, day, t))}</p>` : ''}
  ${earlier.length > 0 ? `<p class="history">${escapeHtml(t.before)}: ${escapeHtml(earlier.map((step) => stepText(step, day, t)).join(' · '))}</p>` : ''}
  ${c.summary ? `<p class="summary">${escapeHtml(c.summary)}</p>` : ''}
  <ul class="reasons" aria-label="${escapeHtml(t.whyRank)}">${reasons}</ul>
  <div class="url">${escapeHtml(c.url)}</div>
</article>`;
}

/** Candidates only: source health is the maintainers' file (health-markdown.ts says why). */
export function formatDigestHtml(digest: Digest, language: TextLanguage = 'nb'): string {
  const t = reportText(language);
  const count = digest.sections.reduce((n, s) => n + s.candidates.length, 0);
  const title = t.digestTitle(formatDay(digest.period.from, language), formatDay(digest.period.to, language));
  const sections = digest.sections
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2>\n${s.candidates.map((c) => candidateHtml(c, t, language)).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t.digestMeta(count, formatDateTime(digest.generatedAt, language)))} · sourcewatch</p>
${count === 0 ? `<p class="empty">${escapeHtml(t.noCandidates)}</p>` : sections}
</main>
</body>
</html>
`;
}
