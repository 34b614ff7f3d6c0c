/**
 * Every word of the reports an editor reads — the digest (HTML, Markdown), the maintainers'
 * health file, the link report (Markdown, HTML) — in Norwegian (bokmål, the default) and
 * English, chosen by the same `review.language` as the review page. One table per language:
 * a key missing from one is a compile error. The link report's terminal text and the JSON/CSV
 * stay English: they are maintainers' and machines' text.
 */
import type { Reason } from '../model/digest.js';
import { OUTCOME_INFO } from '../model/outcomes.js';
import { isVerdict, verdictLabel } from '../model/verdicts.js';
import type { SourceOutcomeKind } from '../model.js';
import { detailText } from './detail-text.js';

export type TextLanguage = 'nb' | 'en';

/** What a health line says of a source. */
export interface HealthFacts {
  name: string;
  id: string;
  lastOutcome: string | null;
  consecutiveFailures: number;
  lastOkAt: string | null;
  detail: string;
}

/** Where a link was found: an issue's file (or a "(candidate)" marker), page and line. */
export interface PlaceFacts {
  /** "(candidate)"-style markers stand as they are; else the issue's name. */
  marker?: string;
  issue?: string;
  page?: number;
  line?: number;
}

export interface ReportText {
  htmlLang: string;
  /** A rule that fired, as "why this rank" shows it. */
  reason(reason: Reason): string;
  outcome(outcome: string | null): string;
  verdict(verdict: string): string;
  /** A detail the code wrote (an error line, "no items found …"). */
  detail(detail: string): string;
  // The digest.
  digestTitle(from: string, to: string): string;
  digestMeta(count: number, at: string): string;
  noCandidates: string;
  noDate: string;
  alsoAt: string;
  alsoShort: string;
  before: string;
  score: string;
  whyRank: string;
  linkUnchecked: string;
  linkOk: string;
  linkDead: string;
  dead: string;
  link: string;
  seen(day: string): string;
  // The maintainers' health file.
  healthTitle(day: string): string;
  healthFor(at: string): string;
  healthAllOk: string;
  healthIntro: string;
  healthLine(h: HealthFacts, day: (iso: string) => string): string;
  // The link report.
  linkReportTitle: string;
  incomplete: string;
  offline(total: number): string;
  headline(facts: { total: number; cached: number; files: number; dead: number; counts: Array<[verdict: string, count: number]>; oneOff: boolean; deadAfterRuns: number; deadAfterDays: number }): string;
  deadLinks: string;
  brokenLinks: string;
  noDeadLinks: string;
  issueHeading(issue: string): string;
  failingNotDead: string;
  moved: string;
  cantTell: string;
  place(place: PlaceFacts): string;
  failingSince(day: string, runs: number): string;
  fixMoved(url: string): string;
  fixFragment: string;
  fixCopy(url: string): string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const nb: ReportText = {
  htmlLang: 'nb',
  reason: (reason) => {
    if (reason.kind === 'source' && reason.source !== undefined) return `kilde ${reason.source}`;
    if (reason.kind === 'recency' && reason.basis !== undefined && reason.ageDays !== undefined) {
      const basis = { published: 'publisert', 'first seen': 'først sett', event: 'hendelse' }[reason.basis];
      const age = reason.ageDays === 0 ? 'i dag' : reason.ageDays === 1 ? 'for 1 dag siden' : `for ${reason.ageDays} dager siden`;
      return `${basis} ${age}`;
    }
    return reason.label;
  },
  outcome: (outcome) => (outcome && outcome in OUTCOME_INFO ? OUTCOME_INFO[outcome as SourceOutcomeKind].label.nb : outcome ?? 'ikke kjørt'),
  verdict: (verdict) => (isVerdict(verdict) ? verdictLabel(verdict, 'nb') : verdict),
  detail: (detail) => detailText(detail, 'nb'),
  digestTitle: (from, to) => `Kandidater ${from} – ${to}`,
  digestMeta: (count, at) => `${plural(count, 'kandidat', 'kandidater')} · laget ${at}`,
  noCandidates: 'Ingen nye kandidater i perioden.',
  noDate: 'uten dato',
  alsoAt: 'også hos',
  alsoShort: 'også',
  before: 'Før',
  score: 'poeng',
  whyRank: 'Hvorfor denne plasseringen',
  linkUnchecked: 'lenke ikke sjekket',
  linkOk: 'lenke ok',
  linkDead: 'lenke død',
  dead: 'død',
  link: 'lenke',
  seen: (day) => `sett ${day}`,
  healthTitle: (day) => `Kildehelse ${day}`,
  healthFor: (at) => `For vedlikeholderne, laget ${at}.`,
  healthAllOk: 'Alle kilder virket ved siste kjøring.',
  healthIntro: 'Disse kildene feilet eller ga ikke lesbare saker sist; digesten kan mangle saker fra dem:',
  healthLine: (h, day) => {
    const since = h.lastOkAt ? `sist ok ${day(h.lastOkAt)}` : 'aldri ok';
    const detail = detailText(h.detail, 'nb');
    return `${h.name} (${h.id}): ${nb.outcome(h.lastOutcome)}, ${plural(h.consecutiveFailures, 'kjøring', 'kjøringer')} på rad, ${since}${detail ? ` — ${detail}` : ''}`;
  },
  linkReportTitle: 'Lenkerapport',
  incomplete: 'Ufullstendig:',
  offline: (total) => `Nettet var utilgjengelig: ingen av ${total} lenker svarte; ingenting ble telt.`,
  headline: (f) => {
    const counts = f.counts.map(([verdict, count]) => `${count} ${nb.verdict(verdict)}`).join(', ');
    const mode = f.oneOff
      ? 'engangssjekk: ingen historikk, så ingenting kalles dødt; feil vises slik de ble sett'
      : `en lenke er død etter ${f.deadAfterRuns} mislykkede kjøringer på rad eller ${f.deadAfterDays} dager med feil`;
    return `${plural(f.total, 'lenke', 'lenker')} (${f.cached} fra hurtiglageret) i ${plural(f.files, 'fil', 'filer')} — ${f.dead} døde, ${counts}. ${mode[0]!.toUpperCase()}${mode.slice(1)}.`;
  },
  deadLinks: 'Døde lenker',
  brokenLinks: 'Brutte lenker',
  noDeadLinks: 'Ingen døde lenker.',
  issueHeading: (issue) => `Nummer ${issue}`,
  failingNotDead: 'Feiler, ennå ikke døde',
  moved: 'Flyttet (permanent omdirigering)',
  cantTell: 'Kan ikke avgjøres herfra',
  place: (p) => [p.marker === '(unknown)' ? '(ukjent)' : p.marker ?? `nummer ${p.issue}`, ...(p.page !== undefined ? [`side ${p.page}`] : []), ...(p.line !== undefined ? [`linje ${p.line}`] : [])].join(', '),
  failingSince: (day, runs) => `feiler siden ${day} (${plural(runs, 'kjøring', 'kjøringer')} på rad)`,
  fixMoved: (url) => `oppdater lenken til ${url}`,
  fixFragment: 'siden virker, men #ankeret er borte: lenk til siden, eller finn det nye ankeret',
  fixCopy: (url) => `se etter en kopi: ${url}`,
};

const en: ReportText = {
  htmlLang: 'en',
  reason: (reason) => reason.label,
  outcome: (outcome) => (outcome && outcome in OUTCOME_INFO ? OUTCOME_INFO[outcome as SourceOutcomeKind].label.en : outcome ?? 'not run'),
  verdict: (verdict) => (isVerdict(verdict) ? verdictLabel(verdict, 'en') : verdict),
  detail: (detail) => detail,
  digestTitle: (from, to) => `Candidates ${from} – ${to}`,
  digestMeta: (count, at) => `${plural(count, 'candidate', 'candidates')} · made ${at}`,
  noCandidates: 'No new candidates in the period.',
  noDate: 'no date',
  alsoAt: 'also at',
  alsoShort: 'also',
  before: 'Before',
  score: 'score',
  whyRank: 'Why this rank',
  linkUnchecked: 'link not checked',
  linkOk: 'link ok',
  linkDead: 'link dead',
  dead: 'dead',
  link: 'link',
  seen: (day) => `seen ${day}`,
  healthTitle: (day) => `Source health ${day}`,
  healthFor: (at) => `For the maintainers, made ${at}.`,
  healthAllOk: 'Every source worked on the last run.',
  healthIntro: 'These sources failed or gave no readable items last time; the digest may miss items from them:',
  healthLine: (h, day) => {
    const since = h.lastOkAt ? `last ok ${day(h.lastOkAt)}` : 'never ok';
    return `${h.name} (${h.id}): ${en.outcome(h.lastOutcome)}, ${plural(h.consecutiveFailures, 'run', 'runs')} in a row, ${since}${h.detail ? ` — ${h.detail}` : ''}`;
  },
  linkReportTitle: 'Link report',
  incomplete: 'Incomplete:',
  offline: (total) => `The network was unavailable: none of ${total} links answered; nothing was counted.`,
  headline: (f) => {
    const counts = f.counts.map(([verdict, count]) => `${count} ${verdict}`).join(', ');
    const mode = f.oneOff
      ? 'one-off check: no history, so nothing is called dead; failures are shown as seen'
      : `a link is dead after ${f.deadAfterRuns} failed runs in a row or ${f.deadAfterDays} days of failing`;
    return `${f.total} links (${f.cached} from the success cache) in ${f.files} files — ${f.dead} dead, ${counts}. ${mode}.`;
  },
  deadLinks: 'Dead links',
  brokenLinks: 'Broken links',
  noDeadLinks: 'No dead links.',
  issueHeading: (issue) => `Issue ${issue}`,
  failingNotDead: 'Failing, not yet dead',
  moved: 'Moved (permanent redirect)',
  cantTell: "Can't tell from here",
  place: (p) => [p.marker ?? `issue ${p.issue}`, ...(p.page !== undefined ? [`page ${p.page}`] : []), ...(p.line !== undefined ? [`line ${p.line}`] : [])].join(', '),
  failingSince: (day, runs) => `failing since ${day} (${plural(runs, 'run', 'runs')} in a row)`,
  fixMoved: (url) => `update the link to ${url}`,
  fixFragment: 'the page works; the #anchor is gone: link to the page, or find the new anchor',
  fixCopy: (url) => `look for a copy: ${url}`,
};

export const REPORT_TEXT = { nb, en } as const satisfies Record<TextLanguage, ReportText>;

export function reportText(language: TextLanguage = 'nb'): ReportText {
  return REPORT_TEXT[language];
}
