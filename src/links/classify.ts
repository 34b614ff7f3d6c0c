/**
 * From what checking a link observed to a verdict: a pure function, no I/O.
 *
 * The report is read only if it does not cry wolf, so every rule leans one way: a link is
 * called dead (broken, soft-404, missing-fragment…) only on a clear sign that a reader would
 * not get the page either. Bot walls, logins, rate limits and refusals of anonymous clients
 * are "cannot tell" verdicts (blocked, needs-login, rate-limited), never "dead".
 *
 * Precedence, first match wins:
 *  1. excluded                     configured not to be checked: nothing else is looked at
 *  2. unsupported / invalid URL    not http(s): mailto gets a syntax check (valid → unsupported,
 *                                  invalid → broken); a URL that does not parse is broken
 *  3. transport error              no (final) response: dns, redirect-loop, too-many-redirects →
 *                                  broken; timeout; refused/reset/tls/network → network-error;
 *                                  rate-limit-wait → rate-limited
 *  4. definite statuses            401/407/402 → needs-login; 404/410/451 → broken;
 *                                  429 → rate-limited
 *  5. login landing                a redirect that ends on a login page, or a 403 login form →
 *                                  needs-login (before bot walls: a login page is not a wall)
 *  6. bot wall                     cf-mitigated, a challenge page (Cloudflare, Akamai, Imperva,
 *                                  DataDome, PerimeterX…) at any status, then 403, 999,
 *                                  405/406/418 and non-standard ≥600 → blocked
 *  7. other statuses               5xx → server-error; other 4xx and a final 3xx → broken
 *  8. 2xx, in order                deep link → home page: soft-404; page says not found:
 *                                  soft-404; #fragment not in the page: missing-fragment;
 *                                  else redirected (≥1 redirect) or ok
 *  9. browser re-check             when one was made, it overrules the "cannot tell"-type
 *                                  verdicts of the plain request (blocked, rate-limited, timeout,
 *                                  network-error, server-error) and missing-fragment: a browser
 *                                  that got through → ok/redirected; a not-found page or a
 *                                  404/410 → broken; still walled → unchanged, with a note.
 *
 * Step 5 is login-page.ts, step 6 bot-wall.ts, step 9 browser-overrule.ts; what the chain
 * says before any judgement, and the result every step builds, is chain-facts.ts.
 */
import { applyBrowser } from './browser-overrule.js';
import { botWall, serverNote } from './bot-wall.js';
import { facts, hostOf, httpText, result, safeDecode, sameResource, success, type Classification, type Facts } from './chain-facts.js';
import { anchorMadeByScript, fragmentOf, hasAnchor, isJudgeableFragment } from './fragment.js';
import { loginLanding } from './login-page.js';
import { checkMailto } from './mailto.js';
import { isHomeRedirect, looksNotFound } from './soft-404.js';
import type { LinkObservation, Verdict } from './types.js';

export type { Classification } from './chain-facts.js';
export { botWall } from './bot-wall.js';

/** Classify one observation. See the file comment for the order in which rules apply. */
export function classify(observation: LinkObservation): Classification {
  if (observation.excluded) return result(observation, undefined, 'excluded', 'excluded by configuration: not checked');

  let original: URL;
  try {
    original = new URL(observation.url);
  } catch {
    return result(observation, undefined, 'broken', `not a valid URL${/^[a-z][a-z0-9+.-]*:/i.test(observation.url) ? '' : ' (no scheme: write it with https://)'}`);
  }
  const scheme = original.protocol;
  if (scheme === 'mailto:') {
    const check = checkMailto(observation.url);
    return check.ok
      ? result(observation, undefined, 'unsupported', 'mailto: address looks valid')
      : result(observation, undefined, 'broken', `mailto: ${check.reason}`);
  }
  if (scheme !== 'http:' && scheme !== 'https:') {
    return result(observation, undefined, 'unsupported', `${scheme} links are not checked`);
  }

  const f = facts(observation, original);
  const plain = classifyHttp(observation, f);
  return observation.browser ? applyBrowser(observation, f, plain) : plain;
}

/** Steps 3–8: the plain HTTP observation. */
function classifyHttp(observation: LinkObservation, f: Facts): Classification {
  const make = (verdict: Verdict, detail: string): Classification => result(observation, f, verdict, detail);
  const error = observation.error;
  const after = f.redirectHops.length > 0 ? ` (${f.chainText})` : '';
  const why = error?.detail ? `: ${error.detail}` : '';

  // 3. Transport errors.
  if (error) {
    switch (error.code) {
      case 'dns':
        return make('broken', `host name does not exist (DNS): ${hostOf(f.finalUrl) ?? f.original.hostname}${after}`);
      case 'redirect-loop':
        return make('broken', `redirect loop: ${f.chainText}`);
      case 'too-many-redirects':
        return make('broken', `too many redirects (${f.redirectHops.length}): ${f.chainText}`);
      case 'timeout':
        return make('timeout', `timed out${why}${after}`);
      case 'refused':
        return make('network-error', `connection refused${why}${after}`);
      case 'reset':
        return make('network-error', `connection reset${why}${after}`);
      case 'tls':
        return make('network-error', `TLS error (certificate or handshake)${why}${after}`);
      case 'network':
        return make('network-error', `network error${why}${after}`);
      case 'rate-limit-wait':
        return make('rate-limited', `${f.final ? httpText(f.final.status) : 'rate limited'}${why || ': gave up waiting'}`);
    }
  }
  const final = f.final;
  if (!final) return make('network-error', 'no response recorded');
  const status = final.status;
  const body = observation.body;
  const redirected = f.redirectHops.length > 0;
  const endsIn = (what: string): string => (redirected ? `redirect ends in ${what}: ${f.chainText}` : what);

  // 4. Statuses that say what they mean.
  if (status === 401) return make('needs-login', `${endsIn(httpText(status))}: the page needs a login`);
  if (status === 407) return make('needs-login', `${httpText(status)}: a proxy between the checker and the site wants credentials`);
  if (status === 402) return make('needs-login', `${endsIn(httpText(status))}: behind a paywall`);
  if (status === 404) return make('broken', endsIn(httpText(status)));
  if (status === 410) return make('broken', `${endsIn(httpText(status))}: removed for good`);
  // 451: the server states it withholds the page. Not a heuristic like a bot rule: a reader
  // where the checker runs gets the same answer, so for the newsletter the link is dead.
  if (status === 451) return make('broken', `${endsIn(httpText(status))}: withheld by the site (possibly only in some countries)`);
  if (status === 429) return make('rate-limited', `${endsIn(httpText(status))}: the site asks us to slow down`);

  // 5. Login pages.
  const login = loginLanding(observation, f, final);
  if (login) return make('needs-login', login);

  // 6. Bot walls: where we cannot tell whether the page is there.
  const wall = botWall(final, body);
  if (wall) return make('blocked', `${status} with ${wall}: a bot wall, not a dead page`);
  // A plain 403 to an anonymous client with no cookies is far more often a WAF or bot rule
  // (user agent, data-centre IP, missing browser headers) than a removed page: sites remove
  // pages with 404/410, and a page that truly needs rights usually sends a login. Calling it
  // "broken" is the commonest false alarm of link checkers, so it is "blocked".
  if (status === 403) return make('blocked', `${endsIn(httpText(status))}${serverNote(final)}: refused to an anonymous client, most often a bot rule, not a removed page`);
  if (status === 999) return make('blocked', `${endsIn(httpText(status))}: LinkedIn's refusal of automated clients`);
  // 405 to a GET, 406 (mod_security's favourite) and 418 are refusals of our client, not of the page.
  if (status === 405 || status === 406 || status === 418) {
    return make('blocked', `${endsIn(httpText(status))}: the server refuses this client, most often a bot rule`);
  }
  if (status >= 600) return make('blocked', `non-standard HTTP ${status}: usually a refusal of automated clients`);

  // 7. What is left of the error statuses.
  if (status >= 500) return make('server-error', `${endsIn(httpText(status))} (after retries)`);
  if (status >= 400) return make('broken', endsIn(httpText(status)));
  if (status >= 300) return make('broken', `${httpText(status)} without a usable Location: a browser stops here too`);
  if (status < 200) return make('network-error', `unexpected ${httpText(status)} as the final answer`);

  // 8. A success: is it the page the link meant?
  const finalUrl = final.url;
  if (redirected && isHomeRedirect(observation.url, finalUrl)) {
    return make('soft-404', `deep link redirects to the home page ${finalUrl}: the page is gone (${f.chainText})`);
  }
  const isHtml = body !== undefined && (!observation.contentType || /html/i.test(observation.contentType));
  if (isHtml) {
    const sign = looksNotFound(body, redirected && !sameResource(finalUrl, observation.url) ? finalUrl : undefined);
    if (sign) return make('soft-404', `${httpText(status)}, but the ${sign}${redirected ? ` (${f.chainText})` : ''}`);
    const fragment = fragmentOf(observation.url);
    if (isJudgeableFragment(fragment) && !hasAnchor(body, fragment)) {
      const note = fragmentNotJudged(body, fragment);
      if (!note) return make('missing-fragment', `#${safeDecode(fragment)} is not an anchor in the page (${httpText(status)})`);
      return success(f, make, `; #${safeDecode(fragment)} not found in the served HTML, but ${note}`);
    }
  }
  return success(f, make, '');
}

/** Reasons a missing fragment is not reported (the served HTML may not be what a reader sees). */
function fragmentNotJudged(html: string, fragment: string): string | undefined {
  // The checker reads at most maxBodyBytes: a page cut short may hold the anchor further on.
  if (!/<\/(?:body|html)\s*>/i.test(html.slice(-4096))) return 'only the start of the page was read';
  return anchorMadeByScript(html, fragment);
}
