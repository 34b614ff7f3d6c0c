import { describe, expect, it } from 'vitest';
import { formatLinksText } from '../../src/report/links.js';
import { summarise, type LinkReport, type LinkReportEntry } from '../../src/links/report.js';
import { VERDICTS, type Verdict } from '../../src/links/types.js';
import {
  BROWSER_OVERRULES,
  BROWSER_RECHECK,
  CANT_TELL,
  FAILING,
  LOGGED,
  NOT_CHECKED,
  ONE_OFF_FAILURES,
  READING_ORDER,
  VERDICT_INFO,
  WORKING,
  isWorkingVerdict,
  verdictLabel,
} from '../../src/model/verdicts.js';

// Each derived set pinned to the members it had when the sets were still written by hand.
const sets: Array<[string, ReadonlySet<Verdict>, Verdict[]]> = [
  ['FAILING', FAILING, ['broken', 'server-error', 'timeout', 'network-error', 'soft-404', 'missing-fragment']],
  ['CANT_TELL', CANT_TELL, ['blocked', 'needs-login', 'rate-limited']],
  ['WORKING', WORKING, ['ok', 'redirected']],
  ['NOT_CHECKED', NOT_CHECKED, ['excluded', 'unsupported']],
  ['ONE_OFF_FAILURES', ONE_OFF_FAILURES, ['broken', 'soft-404', 'missing-fragment']],
  ['LOGGED (was FAILING_LOG)', LOGGED, ['broken', 'server-error', 'soft-404', 'missing-fragment']],
  ['BROWSER_RECHECK', BROWSER_RECHECK, ['blocked', 'timeout', 'network-error', 'rate-limited']],
  ['BROWSER_OVERRULES', BROWSER_OVERRULES, ['blocked', 'rate-limited', 'timeout', 'network-error', 'server-error', 'missing-fragment']],
];

describe('VERDICT_INFO', () => {
  it.each(sets)('%s has exactly today’s members', (_name, set, members) => {
    expect([...set].sort()).toEqual([...members].sort());
  });

  it('has exactly the verdicts of the union, in its order', () => {
    expect(Object.keys(VERDICT_INFO)).toEqual([...VERDICTS]);
  });

  it('reads the counts as the headline always did', () => {
    expect(READING_ORDER).toEqual(['ok', 'redirected', 'broken', 'soft-404', 'missing-fragment', 'server-error', 'timeout', 'network-error', 'blocked', 'needs-login', 'rate-limited', 'excluded', 'unsupported']);
  });

  it.each([
    ['broken', 'nb', 'brutt'],
    ['soft-404', 'en', 'page not found'],
    ['missing-fragment', 'nb', 'ankeret mangler'],
    ['from-an-older-version', 'nb', 'from-an-older-version'],
  ] as const)('labels %s in %s as %s', (verdict, language, label) => {
    expect(verdictLabel(verdict, language)).toBe(label);
  });

  it.each([
    ['ok', true],
    ['redirected', true],
    ['broken', false],
    ['toString', false],
  ])('isWorkingVerdict(%s) is %s', (verdict, working) => {
    expect(isWorkingVerdict(verdict)).toBe(working);
  });
});

function entry(verdict: Verdict, extra: Partial<LinkReportEntry> = {}): LinkReportEntry {
  return { url: `https://example.org/${verdict}`, verdict, httpStatus: null, finalUrl: null, permanent: false, detail: '', redirects: [], durationMs: 1, foundIn: [], firstFailed: null, consecutiveFailures: 0, dead: false, ...extra };
}

describe('summarise', () => {
  it('counts every verdict, starting from zero for each', () => {
    const links = [entry('ok'), entry('ok', { cached: true }), entry('broken', { dead: true }), entry('soft-404')];
    const summary = summarise(links);
    expect(Object.keys(summary).sort()).toEqual(['total', 'dead', 'cached', ...VERDICTS].sort());
    expect(summary).toMatchObject({ total: 4, dead: 1, cached: 1, ok: 2, broken: 1, 'soft-404': 1, timeout: 0, unsupported: 0 });
    for (const verdict of VERDICTS) expect(Number.isInteger(summary[verdict])).toBe(true);
  });

  it('gives the headline every count, in the order people read them', () => {
    const links = [entry('ok'), entry('broken'), entry('blocked')];
    const report: LinkReport = { runId: 'r', generatedAt: '2026-12-01T10:00:00.000Z', oneOff: true, deadAfterRuns: 3, deadAfterDays: 14, files: 1, problems: [], summary: summarise(links), links };
    const headline = formatLinksText(report).split('\n')[0];
    expect(headline).toBe(
      '3 links (0 from the success cache) in 1 files — 0 dead, 1 ok, 0 redirected, 1 broken, 0 soft-404, 0 missing-fragment, 0 server-error, 0 timeout, 0 network-error, 1 blocked, 0 needs-login, 0 rate-limited, 0 excluded, 0 unsupported. one-off check: no history, so nothing is called dead; failures are shown as seen.',
    );
  });
});
