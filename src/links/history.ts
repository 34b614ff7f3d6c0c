/**
 * What one check means for a link's history. Pure. A failure counts toward "dead"; a verdict
 * that cannot tell (blocked, needs-login, rate-limited) neither counts nor clears the streak —
 * a bot wall today says nothing about whether the page still exists.
 */
import type { LinksSettings } from '../config/schema.js';
import type { LinkState } from '../store/links.js';
import type { LinkResult } from './types.js';
import { FAILING, WORKING } from '../model/verdicts.js';

const DAY_MS = 86_400_000;

export function nextLinkState(
  previous: LinkState | undefined,
  result: LinkResult,
  now: string,
  settings: Pick<LinksSettings, 'deadAfterRuns' | 'deadAfterDays'>,
): LinkState {
  const base: LinkState = previous ?? {
    url: result.url,
    firstSeen: now,
    lastChecked: null,
    lastVerdict: null,
    lastStatus: null,
    lastFinalUrl: null,
    lastDetail: null,
    lastOk: null,
    firstFailed: null,
    consecutiveFailures: 0,
    deadSince: null,
  };
  const observed = {
    ...base,
    lastChecked: now,
    lastVerdict: result.verdict,
    lastStatus: result.httpStatus,
    lastFinalUrl: result.finalUrl,
    lastDetail: result.detail,
  };
  if (WORKING.has(result.verdict)) {
    return { ...observed, lastOk: now, firstFailed: null, consecutiveFailures: 0, deadSince: null };
  }
  if (!FAILING.has(result.verdict)) return observed;
  const consecutiveFailures = base.consecutiveFailures + 1;
  const firstFailed = base.firstFailed ?? now;
  const failingDays = (Date.parse(now) - Date.parse(firstFailed)) / DAY_MS;
  const dead = consecutiveFailures >= settings.deadAfterRuns || (settings.deadAfterDays > 0 && failingDays >= settings.deadAfterDays);
  return { ...observed, consecutiveFailures, firstFailed, deadSince: dead ? (base.deadSince ?? now) : null };
}

/** A recent success that may stand in for a check this run (failures are never cached). */
export function cachedResult(state: LinkState | undefined, now: string, cacheOkHours: number): LinkResult | undefined {
  if (!state?.lastChecked || !state.lastVerdict || !WORKING.has(state.lastVerdict) || cacheOkHours <= 0) return undefined;
  if (Date.parse(now) - Date.parse(state.lastChecked) > cacheOkHours * 3_600_000) return undefined;
  return {
    url: state.url,
    verdict: state.lastVerdict,
    httpStatus: state.lastStatus,
    finalUrl: state.lastFinalUrl,
    permanent: state.lastVerdict === 'redirected' && /permanent/i.test(state.lastDetail ?? ''),
    detail: state.lastDetail ?? '',
    redirects: [],
    durationMs: 0,
    cached: true,
  };
}
