/**
 * The link verdicts as one table the compiler checks: what each verdict means for the report,
 * the exit code, the log and the browser re-check, and what editors read for it. Every set of
 * verdicts elsewhere is derived from here, so a new verdict is a list of compile errors in this
 * file rather than a silent gap (or a NaN in the summary).
 */
import { VERDICTS, type Verdict } from './links.js';

/**
 * working: the link does its job. failing: it does not. cant-tell: something stood between us
 * and the page (bot wall, login, rate limit). not-checked: nothing was requested.
 */
export type VerdictCategory = 'working' | 'failing' | 'cant-tell' | 'not-checked';

export interface VerdictInfo {
  category: VerdictCategory;
  /** A one-off check (no history) exits with failure on it; history-mode checks go by "dead". */
  oneOffFailure: boolean;
  /** Logged as a warning while checking: a page that answered and is wrong, not a flaky network. */
  logged: boolean;
  /** Worth re-asking with a real browser: the plain request may have been turned away. */
  browserRecheck: boolean;
  /** A browser that got through may replace this verdict with what it saw. */
  browserOverrules: boolean;
  /** What an editor reads for it. */
  label: { nb: string; en: string };
}

export const VERDICT_INFO = {
  ok: { category: 'working', oneOffFailure: false, logged: false, browserRecheck: false, browserOverrules: false, label: { nb: 'virker', en: 'works' } },
  redirected: { category: 'working', oneOffFailure: false, logged: false, browserRecheck: false, browserOverrules: false, label: { nb: 'videresendt', en: 'redirected' } },
  broken: { category: 'failing', oneOffFailure: true, logged: true, browserRecheck: false, browserOverrules: false, label: { nb: 'brutt', en: 'broken' } },
  // A 5xx after retries is often a bot wall answering with 503: a browser may get the page.
  'server-error': { category: 'failing', oneOffFailure: false, logged: true, browserRecheck: false, browserOverrules: true, label: { nb: 'serverfeil', en: 'server error' } },
  timeout: { category: 'failing', oneOffFailure: false, logged: false, browserRecheck: true, browserOverrules: true, label: { nb: 'tidsavbrudd', en: 'timed out' } },
  'network-error': { category: 'failing', oneOffFailure: false, logged: false, browserRecheck: true, browserOverrules: true, label: { nb: 'nettverksfeil', en: 'network error' } },
  blocked: { category: 'cant-tell', oneOffFailure: false, logged: false, browserRecheck: true, browserOverrules: true, label: { nb: 'stengt ute (botvegg)', en: 'blocked (bot wall)' } },
  'needs-login': { category: 'cant-tell', oneOffFailure: false, logged: false, browserRecheck: false, browserOverrules: false, label: { nb: 'krever innlogging', en: 'needs a login' } },
  'rate-limited': { category: 'cant-tell', oneOffFailure: false, logged: false, browserRecheck: true, browserOverrules: true, label: { nb: 'for mange forespørsler', en: 'rate limited' } },
  'soft-404': { category: 'failing', oneOffFailure: true, logged: true, browserRecheck: false, browserOverrules: false, label: { nb: 'siden finnes ikke', en: 'page not found' } },
  // Only when another re-check (blocked, timeout…) brought a browser along: the DOM after scripts may hold the anchor.
  'missing-fragment': { category: 'failing', oneOffFailure: true, logged: true, browserRecheck: false, browserOverrules: true, label: { nb: 'ankeret mangler', en: 'anchor missing' } },
  excluded: { category: 'not-checked', oneOffFailure: false, logged: false, browserRecheck: false, browserOverrules: false, label: { nb: 'utelatt', en: 'excluded' } },
  unsupported: { category: 'not-checked', oneOffFailure: false, logged: false, browserRecheck: false, browserOverrules: false, label: { nb: 'kan ikke sjekkes', en: 'not checkable' } },
} as const satisfies Record<Verdict, VerdictInfo>;

/** Every verdict, in the union's (and the JSON summary's) order; the table has exactly these keys. */
export const ALL_VERDICTS: readonly Verdict[] = VERDICTS;

export function isVerdict(text: string): text is Verdict {
  return (VERDICTS as readonly string[]).includes(text);
}

export function verdictsWhere(test: (info: VerdictInfo) => boolean): ReadonlySet<Verdict> {
  return new Set(ALL_VERDICTS.filter((verdict) => test(VERDICT_INFO[verdict])));
}

/** "This link does not work" (as opposed to "fine" or "cannot tell"). */
export const FAILING = verdictsWhere((info) => info.category === 'failing');
/** Bot walls, logins, rate limits: nobody can tell from here. */
export const CANT_TELL = verdictsWhere((info) => info.category === 'cant-tell');
/** The link works (possibly after a redirect). */
export const WORKING = verdictsWhere((info) => info.category === 'working');
/** Nothing was requested: says nothing about the link or the network. */
export const NOT_CHECKED = verdictsWhere((info) => info.category === 'not-checked');
/** One-off checks fail on these; history-mode checks fail on `dead`. */
export const ONE_OFF_FAILURES = verdictsWhere((info) => info.oneOffFailure);
export const LOGGED = verdictsWhere((info) => info.logged);
export const BROWSER_RECHECK = verdictsWhere((info) => info.browserRecheck);
export const BROWSER_OVERRULES = verdictsWhere((info) => info.browserOverrules);

const CATEGORY_ORDER: Record<VerdictCategory, number> = { working: 0, failing: 1, 'cant-tell': 2, 'not-checked': 3 };

/**
 * The order people read the counts in: by category, and within the failures the ones a
 * one-off check fails on first (they are the ones to fix); otherwise the table's order.
 */
export const READING_ORDER: readonly Verdict[] = ALL_VERDICTS.map((verdict, index) => ({ verdict, index }))
  .sort((a, b) => {
    const x = VERDICT_INFO[a.verdict];
    const y = VERDICT_INFO[b.verdict];
    return CATEGORY_ORDER[x.category] - CATEGORY_ORDER[y.category] || Number(y.oneOffFailure) - Number(x.oneOffFailure) || a.index - b.index;
  })
  .map(({ verdict }) => verdict);

/** A count of zero for every verdict: the summary's starting point, complete by construction. */
export function zeroCounts(): Record<Verdict, number> {
  return Object.fromEntries(ALL_VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
}

/** A verdict as stored (a string from the database) that says the link works. */
export function isWorkingVerdict(verdict: string): boolean {
  return isVerdict(verdict) && WORKING.has(verdict);
}

/** A verdict as stored (a string from the database): its label, or the string itself when unknown. */
export function verdictLabel(verdict: string, language: 'nb' | 'en'): string {
  return isVerdict(verdict) ? VERDICT_INFO[verdict].label[language] : verdict;
}
