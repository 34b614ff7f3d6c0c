/** The candidates page: filters, status tabs, and one card per candidate, grouped by section. */
import type { Config } from '../../config/schema.js';
import type { Reason } from '../../model/digest.js';
import { earlierSteps, stepText } from '../../report/step-text.js';
import type { CandidateView, ReviewCandidate, StatusFilter } from '../../review/candidates.js';
import type { PeriodKind } from '../../review/period.js';
import type { Decision } from '../../store/decisions.js';
import { verdictLabel } from '../../model/verdicts.js';
import { osloDay } from '../../time/oslo.js';
import { href, html, raw, type Html } from '../html.js';
import type { Labels } from '../labels.js';
import { csrfField, layout, type PageContext } from './layout.js';

/** The query as the page's URL carries it (strings, as typed). */
export interface CandidatesParams {
  period: PeriodKind;
  from: string;
  to: string;
  section: string;
  source: string;
  status: StatusFilter;
  q: string;
  /** 'off' shows the ranking without learning; '' follows the config. */
  learning: '' | 'off';
}

export function candidatesUrl(params: CandidatesParams, change: Partial<CandidatesParams> = {}): string {
  const merged = { ...params, ...change };
  const search = new URLSearchParams();
  if (merged.period !== 'since-issue') search.set('period', merged.period);
  if (merged.period === 'dates') {
    if (merged.from) search.set('from', merged.from);
    if (merged.to) search.set('to', merged.to);
  }
  for (const key of ['section', 'source', 'q', 'learning'] as const) if (merged[key]) search.set(key, merged[key]);
  if (merged.status !== 'all') search.set('status', merged.status);
  const text = search.toString();
  return `/candidates${text ? `?${text}` : ''}`;
}

const MAX_SUMMARY = 480;

function points(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value)}`;
}

function reasonItem(l: Labels, reason: Reason): Html {
  const classes = `r-${reason.kind}${reason.points < 0 ? ' neg' : ''}`;
  return html`<li class="${classes}">${l.reason(reason)} ${points(reason.points)}</li>`;
}

function stateLabel(l: Labels, c: ReviewCandidate): string {
  switch (c.decision?.decision) {
    case 'accepted':
      return l.statusAccepted;
    case 'rejected':
      return l.statusRejected;
    case 'maybe':
      return l.statusMaybe;
    default:
      return l.stateNew;
  }
}

const DECISION_STATUS = {
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  maybe: 'statusMaybe',
} as const satisfies Record<Decision['decision'], keyof Labels>;

/** "Godtatt av Kari, 2. des. 14:05" (who is left out when not known). */
export function decidedText(l: Labels, dates: PageContext['dates'], decision: Decision): string {
  return l.decidedLine(l[DECISION_STATUS[decision.decision]], decision.decidedBy, dates.short(decision.decidedAt));
}

function linkBadge(ctx: PageContext, c: ReviewCandidate): Html {
  const l = ctx.labels.link;
  const s = c.linkStatus;
  const text =
    s.state === 'unchecked'
      ? l.unchecked
      : s.state === 'ok'
        ? l.ok
        : s.state === 'moved'
          ? l.moved
          : s.state === 'dead'
            ? l.dead(ctx.dates.day(s.deadSince))
            : s.state === 'failing'
              ? l.failing(verdictLabel(s.verdict ?? '', ctx.language))
              : l.unknown(verdictLabel(s.verdict ?? '', ctx.language));
  const title = [s.checkedAt ? ctx.dates.time(s.checkedAt) : '', ctx.labels.detail(s.detail)].filter(Boolean).join(' · ');
  return html`<span class="linkstate l-${s.state}" data-link="${s.state}"${title ? html` title="${title}"` : ''}>${text}</span>`;
}

function card(ctx: PageContext, c: ReviewCandidate, returnPath: string): Html {
  const l = ctx.labels;
  const status = c.decision?.decision ?? 'new';
  const date = c.published?.iso
    ? ctx.dates.day(c.published.iso)
    : c.published?.raw
      ? c.published.raw
      : `${l.noDate} (${l.firstSeen} ${ctx.dates.day(c.firstSeen)})`;
  const others = c.sources.slice(1);
  const summary = c.summary && c.summary.length > MAX_SUMMARY ? `${c.summary.slice(0, MAX_SUMMARY).trimEnd()} …` : c.summary;
  const earlier = earlierSteps(c.history, c.event);
  const pressed = (value: string): Html => raw(` aria-pressed="${status === value ? 'true' : 'false'}"`);
  return html`<article class="cand is-${status}" id="c-${c.id}" data-id="${c.id}" data-status="${status}" data-section="${c.section}" data-sources="${c.sources.map((s) => s.id).join(' ')}" tabindex="-1" aria-labelledby="t-${c.id}">
  <div class="cand-main">
    <div class="cand-head">
      <span class="score" title="${l.score}">${c.score}</span>
      <h3 id="t-${c.id}"><a href="${href(c.url)}" target="_blank" rel="noopener noreferrer">${c.title}</a></h3>
      <span class="state" data-role="status">${stateLabel(l, c)}</span>
      ${c.carriedOver ? html`<span class="carried" data-carried="true">${l.carriedOver}</span>` : ''}
    </div>
    <p class="byline"><span class="source">${c.sourceName}</span> · <span class="date">${date}</span>${
      others.length > 0 ? html` · <span class="also" data-also="${others.length}">${l.alsoUnder} ${others.map((s) => s.name).join(', ')}</span>` : ''
    } · ${linkBadge(ctx, c)}</p>
    ${c.event ? html`<p class="event" data-role="event">${stepText(c.event, ctx.dates.day)}</p>` : ''}
    ${earlier.length > 0 ? html`<p class="history">${l.earlierSteps}: ${earlier.map((step) => stepText(step, ctx.dates.day)).join(' · ')}</p>` : ''}
    ${summary ? html`<p class="summary">${summary}</p>` : ''}
    <p class="decided" data-role="decided"${c.decision ? '' : raw(' hidden')}>${c.decision ? decidedText(l, ctx.dates, c.decision) : ''}</p>
    <ul class="reasons" aria-label="${l.whyRank}">${c.reasons.map((r) => reasonItem(l, r))}</ul>
  </div>
  <form class="decide" method="post" action="/decide">
    ${csrfField(ctx)}
    <input type="hidden" name="item" value="${c.id}">
    <input type="hidden" name="return" value="${`${returnPath}#c-${c.id}`}">
    <input class="note" name="note" value="${c.decision?.note ?? ''}" placeholder="${l.notePlaceholder}" aria-label="${l.note}" maxlength="2000" autocomplete="off">
    <div class="buttons">
      <button type="submit" name="decision" value="accepted"${pressed('accepted')} title="a">${l.accept} <kbd>a</kbd></button>
      <button type="submit" name="decision" value="rejected"${pressed('rejected')} title="r">${l.reject} <kbd>r</kbd></button>
      <button type="submit" name="decision" value="maybe"${pressed('maybe')} title="m">${l.maybe} <kbd>m</kbd></button>
    </div>
  </form>
</article>`;
}

/** Rejects what the editor sees undecided in the section, in one step (the server skips what was decided meanwhile). */
function rejectRestForm(ctx: PageContext, section: string, candidates: ReviewCandidate[], returnPath: string): Html {
  const undecided = candidates.filter((c) => !c.decision);
  if (undecided.length === 0) return raw('');
  return html`<form class="reject-rest" method="post" action="/reject-rest">
  ${csrfField(ctx)}<input type="hidden" name="section" value="${section}"><input type="hidden" name="return" value="${`${returnPath}#s-${section}`}">
  ${undecided.map((c) => html`<input type="hidden" name="item" value="${c.id}">`)}
  <button type="submit">${ctx.labels.rejectRest} (${undecided.length})</button>
</form>`;
}

function option(value: string, label: string, selected: string): Html {
  return html`<option value="${value}"${value === selected ? raw(' selected') : ''}>${label}</option>`;
}

export function renderCandidatesPage(
  ctx: PageContext,
  input: { view: CandidateView; params: CandidatesParams; config: Config; waitingForIssue: number; error?: string },
): string {
  const { view, params, config } = input;
  const l = ctx.labels;
  const returnPath = candidatesUrl(params);
  const total = view.sections.reduce((n, s) => n + s.candidates.length, 0);
  const periodOptions: Array<[PeriodKind, string]> = [
    ['since-issue', l.periodSinceIssue],
    ['week', l.periodWeek(config.digest.days)],
    ...(view.openIssue?.periodFrom ? ([['issue', l.periodIssue]] as Array<[PeriodKind, string]>) : []),
    ['dates', l.periodDates],
  ];
  const sinceEver = view.period.from.getTime() === 0;
  const fromDay = params.from || (sinceEver ? '' : osloDay(view.period.from));
  const toDay = params.to || osloDay(new Date(view.period.to.getTime() - 1));
  const statuses: Array<[StatusFilter, string]> = [
    ['all', l.statusAll],
    ['new', l.statusNew],
    ['accepted', l.statusAccepted],
    ['rejected', l.statusRejected],
    ['maybe', l.statusMaybe],
  ];
  const learning = view.learning;
  const learningLine = !learning.enabled
    ? l.learningOff
    : learning.active
      ? l.learningOn(learning.archiveParagraphs, learning.accepted, learning.rejected)
      : l.learningWaiting(config.review.learningMinDecisions, learning.accepted, learning.rejected);
  const learningToggle = config.review.learning
    ? html` <a href="${candidatesUrl(params, { learning: params.learning === 'off' ? '' : 'off' })}">${
        params.learning === 'off' ? l.learningToggleOn : l.learningToggleOff
      }</a>`
    : '';
  const issueLine = view.openIssue
    ? l.acceptedInto(view.openIssue.name)
    : input.waitingForIssue > 0
      ? l.acceptedWaiting(input.waitingForIssue)
      : l.noIssueHint;

  const body = html`<h1>${l.candidatesTitle}</h1>
${input.error ? html`<p class="error-box" role="alert">${input.error}</p>` : ''}
<form class="filters" method="get" action="/candidates" role="search">
  <label>${l.period}<select name="period">${periodOptions.map(([value, label]) => option(value, label, view.period.kind))}</select></label>
  <label>${l.from}<input type="date" name="from" value="${fromDay}"></label>
  <label>${l.to}<input type="date" name="to" value="${toDay}"></label>
  <label>${l.section}<select name="section">${option('', l.allSections, params.section)}${config.sections.map((s) => option(s.id, s.title, params.section))}</select></label>
  <label>${l.source}<select name="source">${option('', l.allSources, params.source)}${config.sources
    .filter((s) => s.enabled)
    .map((s) => option(s.id, s.name, params.source))}</select></label>
  <label>${l.search}<input type="search" name="q" value="${params.q}" placeholder="${l.searchPlaceholder}"></label>
  ${params.status !== 'all' ? html`<input type="hidden" name="status" value="${params.status}">` : ''}
  ${params.learning ? html`<input type="hidden" name="learning" value="${params.learning}">` : ''}
  <button type="submit" class="primary">${l.apply}</button>
  <a class="button" href="/candidates">${l.reset}</a>
</form>
<nav class="status-tabs" aria-label="${l.status}">${statuses.map(
    ([value, label]) =>
      html`<a href="${candidatesUrl(params, { status: value })}" data-status-tab="${value}"${params.status === value ? raw(' aria-current="true"') : ''}>${label}<span class="n" data-count="${value}">${view.counts[value]}</span></a>`,
  )}</nav>
<p class="period-line"><strong>${
    sinceEver
      ? l.periodLineAll(ctx.dates.time(view.period.to.toISOString()), total)
      : l.periodLine(ctx.dates.time(view.period.from.toISOString()), ctx.dates.time(view.period.to.toISOString()), total)
  }</strong> · ${
    view.period.mark ? l.markLine(ctx.dates.time(view.period.mark)) : l.noMarkLine
  } ${issueLine}</p>
<p class="learning-line">${learningLine}${learningToggle}</p>
${
  total === 0
    ? html`<p class="empty">${view.counts.all === 0 && !params.q && !params.section && !params.source ? l.noCandidates : l.noMatches}</p>`
    : view.sections.map(
        (section) => html`<section class="sec" id="s-${section.id}" data-section="${section.id}">
<h2>${section.title} <span class="n">${section.candidates.length}</span></h2>
${section.candidates.map((c) => card(ctx, c, returnPath))}
${rejectRestForm(ctx, section.id, section.candidates, returnPath)}
</section>`,
      )
}`;
  return layout(ctx, { title: l.candidatesTitle, tab: 'candidates', body, returnPath, keysHint: true });
}
