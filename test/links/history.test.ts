import { describe, expect, it } from 'vitest';
import { cachedResult, nextLinkState } from '../../src/links/history.js';
import type { LinkResult, Verdict } from '../../src/links/types.js';
import type { LinkState } from '../../src/store/links.js';

const settings = { deadAfterRuns: 3, deadAfterDays: 14 };
const result = (verdict: Verdict): LinkResult => ({ url: 'https://x.no/a', verdict, httpStatus: null, finalUrl: null, permanent: false, detail: verdict, redirects: [], durationMs: 1 });

/** Run a sequence of verdicts on given days through nextLinkState. */
function walk(steps: Array<[Verdict, string]>): LinkState {
  let state: LinkState | undefined;
  for (const [verdict, day] of steps) state = nextLinkState(state, result(verdict), `${day}T06:00:00.000Z`, settings);
  return state!;
}

describe('nextLinkState', () => {
  it.each<[string, Array<[Verdict, string]>, { consecutiveFailures: number; dead: boolean; firstFailed: string | null }]>([
    ['one failure is not dead', [['broken', '2026-11-01']], { consecutiveFailures: 1, dead: false, firstFailed: '2026-11-01T06:00:00.000Z' }],
    ['three failures in a row are dead', [['broken', '2026-11-01'], ['timeout', '2026-11-02'], ['broken', '2026-11-03']], { consecutiveFailures: 3, dead: true, firstFailed: '2026-11-01T06:00:00.000Z' }],
    ['a success in between resets', [['broken', '2026-11-01'], ['ok', '2026-11-02'], ['broken', '2026-11-03']], { consecutiveFailures: 1, dead: false, firstFailed: '2026-11-03T06:00:00.000Z' }],
    ['failing for 14 days is dead after two runs', [['server-error', '2026-11-01'], ['server-error', '2026-11-15']], { consecutiveFailures: 2, dead: true, firstFailed: '2026-11-01T06:00:00.000Z' }],
    ['blocked neither counts nor resets', [['broken', '2026-11-01'], ['blocked', '2026-11-02'], ['broken', '2026-11-03']], { consecutiveFailures: 2, dead: false, firstFailed: '2026-11-01T06:00:00.000Z' }],
    ['needs-login and rate-limited are not failures', [['needs-login', '2026-11-01'], ['rate-limited', '2026-11-02'], ['needs-login', '2026-11-03']], { consecutiveFailures: 0, dead: false, firstFailed: null }],
    ['a dead link that works again is alive', [['broken', '2026-11-01'], ['broken', '2026-11-02'], ['broken', '2026-11-03'], ['redirected', '2026-11-04']], { consecutiveFailures: 0, dead: false, firstFailed: null }],
    ['soft-404 and missing-fragment count', [['soft-404', '2026-11-01'], ['missing-fragment', '2026-11-02'], ['soft-404', '2026-11-03']], { consecutiveFailures: 3, dead: true, firstFailed: '2026-11-01T06:00:00.000Z' }],
  ])('%s', (_name, steps, expected) => {
    const state = walk(steps);
    expect({ consecutiveFailures: state.consecutiveFailures, dead: state.deadSince !== null, firstFailed: state.firstFailed }).toEqual(expected);
  });

  it('keeps the first dead date while the link stays dead', () => {
    const state = walk([['broken', '2026-11-01'], ['broken', '2026-11-02'], ['broken', '2026-11-03'], ['broken', '2026-11-04']]);
    expect(state.deadSince).toBe('2026-11-03T06:00:00.000Z');
  });
});

describe('cachedResult', () => {
  const ok = walk([['ok', '2026-11-01']]);
  it.each([
    ['a fresh success is cached', ok, '2026-11-01T12:00:00.000Z', true],
    ['an old success is not', ok, '2026-11-02T12:00:00.000Z', false],
    ['a failure never is', walk([['broken', '2026-11-01']]), '2026-11-01T07:00:00.000Z', false],
    ['a blocked link never is', walk([['blocked', '2026-11-01']]), '2026-11-01T07:00:00.000Z', false],
  ])('%s', (_name, state, now, cached) => {
    expect(cachedResult(state, now, 20) !== undefined).toBe(cached);
  });
});
