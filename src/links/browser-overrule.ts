/** Step 9 of classify(): what a browser re-check that was made says about the plain request's verdict. */
import { httpText, isSuccess, result, safeDecode, success, type Classification, type Facts } from './chain-facts.js';
import { botWall } from './bot-wall.js';
import { fragmentOf, hasAnchor, isJudgeableFragment } from './fragment.js';
import { looksNotFound } from './soft-404.js';
import type { LinkObservation, Verdict } from './types.js';
import { BROWSER_OVERRULES } from '../model/verdicts.js';

export function applyBrowser(observation: LinkObservation, f: Facts, plain: Classification): Classification {
  const browser = observation.browser!;
  if (!BROWSER_OVERRULES.has(plain.verdict)) return plain;
  const status = browser.status;
  const before = plain.detail;
  const withStatus = (verdict: Verdict, detail: string): Classification => ({ ...plain, verdict, httpStatus: status, detail });
  const keep = (note: string): Classification => ({ ...plain, detail: `${before}; ${note}` });

  if (status === 404 || status === 410) return withStatus('broken', `a browser re-check got ${httpText(status)} (plain request: ${before})`);
  const page = browser.body;
  const wall = botWall({ url: observation.url, status: status ?? 200, headers: {} }, page);
  if (wall) return keep(`a browser re-check met ${wall}`);
  if (!isSuccess(status)) return keep(status === null ? 'a browser re-check was inconclusive (no status)' : `a browser re-check got ${httpText(status)}`);

  const sign = looksNotFound(page) ?? (browser.title ? looksNotFound(`<title>${escapeHtml(browser.title)}</title>`) : undefined);
  if (sign) return withStatus('broken', `a browser re-check shows a not-found page (${sign}) (plain request: ${before})`);
  const fragment = fragmentOf(observation.url);
  // The browser's page is the DOM after scripts ran: an anchor missing there is missing.
  if (isJudgeableFragment(fragment) && !hasAnchor(page, fragment)) {
    return withStatus('missing-fragment', `#${safeDecode(fragment)} is not an anchor in the page, even as a browser renders it`);
  }
  const got = `a browser re-check got through (${httpText(status!)})`;
  if (plain.verdict === 'missing-fragment') {
    // The page itself was fine; only the anchor was in doubt, and the browser found it.
    const fine = success(f, (verdict, detail) => result(observation, f, verdict, detail), '');
    return { ...fine, detail: `${fine.detail}; #${safeDecode(fragment)} exists once scripts have run` };
  }
  if (f.redirectHops.length > 0) {
    const update = f.permanent && f.finalUrl ? ` (permanent: update the link to ${f.finalUrl})` : '';
    return withStatus('redirected', `${got} after ${f.chainText}${update}; plain request: ${before}`);
  }
  return withStatus('ok', `${got}; plain request: ${before}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

