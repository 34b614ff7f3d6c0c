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
 */
import { STATUS_CODES } from 'node:http';
import { anchorMadeByScript, fragmentOf, hasAnchor, isJudgeableFragment } from './fragment.js';
import { checkMailto } from './mailto.js';
import { decodeEntities, isHomePath, isHomeRedirect, looksNotFound, registrableDomain, titleText } from './soft-404.js';
import type { Hop, LinkObservation, LinkResult, Verdict } from './types.js';
import { BROWSER_OVERRULES } from './verdicts.js';

export type Classification = Omit<LinkResult, 'durationMs' | 'cached'>;

const isRedirectStatus = (status: number): boolean => status >= 300 && status < 400;
const isSuccess = (status: number | null | undefined): boolean => status != null && status >= 200 && status < 300;

/** "HTTP 404 Not Found". */
function httpText(status: number): string {
  const reason = status === 999 ? 'Request Denied' : STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

/** What the chain says, before any judgement. */
interface Facts {
  original: URL;
  /** The response that ended the chain; undefined when the last request got no response. */
  final: Hop | undefined;
  /** The redirect hops before `final` (all hops when the chain ended in an error). */
  redirectHops: Hop[];
  finalUrl: string | null;
  permanent: boolean;
  /** "301 → 302 → 200", "301 → timeout". */
  chainText: string;
}

function redirectTarget(hop: Hop): string | null {
  const location = hop.headers.location;
  if (!location) return null;
  try {
    return new URL(location, hop.url).href;
  } catch {
    return null;
  }
}

function facts(observation: LinkObservation, original: URL): Facts {
  const chain = observation.chain;
  const last = chain.at(-1);
  // A chain that ends in a redirect and an error: the request after that redirect got no answer.
  const gaveUp = last !== undefined && observation.error !== undefined && isRedirectStatus(last.status);
  const final = last === undefined || gaveUp ? undefined : last;
  const redirectHops = final ? chain.slice(0, -1) : chain;
  const finalUrl = final ? final.url : last ? redirectTarget(last) : null;
  const steps = chain.map((hop) => String(hop.status));
  if (!final && observation.error) steps.push(observation.error.code);
  return {
    original,
    final,
    redirectHops,
    finalUrl,
    permanent: redirectHops.some((hop) => hop.status === 301 || hop.status === 308),
    chainText: steps.join(' → '),
  };
}

/** Transport failures that mean no host answered, as opposed to one that answered badly. */
const NO_ANSWER: ReadonlySet<string> = new Set(['dns', 'refused', 'reset', 'network', 'timeout']);

function result(observation: LinkObservation, f: Facts | undefined, verdict: Verdict, detail: string): Classification {
  const unreachable = observation.chain.length === 0 && !observation.browser && observation.error !== undefined && NO_ANSWER.has(observation.error.code);
  return {
    ...(unreachable ? { unreachable: true } : {}),
    url: observation.url,
    verdict,
    httpStatus: f?.final?.status ?? null,
    finalUrl: f?.finalUrl ?? null,
    permanent: f?.permanent ?? false,
    detail,
    redirects: (f?.redirectHops ?? []).map((hop) => ({ url: hop.url, status: hop.status })),
  };
}

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

/** ok or redirected, with the redirect spelled out. */
function success(f: Facts, make: (verdict: Verdict, detail: string) => Classification, note: string): Classification {
  const final = f.final!;
  if (f.redirectHops.length === 0) return make('ok', `${httpText(final.status)}${note}`);
  const target = final.url;
  const form = sameResource(f.original.href, target) ? ' (same page, new form of the address)' : '';
  const elsewhere = form === '' && isHomePath(pathOf(target)) && !isHomePath(f.original.pathname) ? " (lands on another site's home page: check it)" : '';
  const head = f.permanent
    ? `redirected permanently to ${target} (update the link)${form}${elsewhere}`
    : `redirected temporarily to ${target}${form}${elsewhere}`;
  return make('redirected', `${head}: ${f.chainText}${note}`);
}

/** Reasons a missing fragment is not reported (the served HTML may not be what a reader sees). */
function fragmentNotJudged(html: string, fragment: string): string | undefined {
  // The checker reads at most maxBodyBytes: a page cut short may hold the anchor further on.
  if (!/<\/(?:body|html)\s*>/i.test(html.slice(-4096))) return 'only the start of the page was read';
  return anchorMadeByScript(html, fragment);
}

/** The same resource in another form: http → https, with or without www, a trailing slash. */
function sameResource(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const norm = (u: URL): string =>
      `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.port}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
    return norm(x) === norm(y);
  } catch {
    return false;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function hostOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------
// Login pages

/** Path segments of login pages: /login, /pro/login, /Account/LogOn, /logg-inn, /innlogging, /sso, /auth, /oauth2/authorize. */
const LOGIN_SEGMENT = /^(?:(?:user|account|member)?(?:log-?in|log-?on|sign-?in|sign_in)(?:page|form)?|logg-?inn|innlogging|sso|auth|oauth2?|authorize|authenticate|saml2?|idporten)$/i;

/** Query parameters that carry "come back here after logging in". */
const RETURN_PARAMS = new Set(['returnurl', 'return_url', 'returnto', 'return_to', 'redirect_uri', 'redirecturi']);

const PASSWORD_INPUT = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;

function isLoginPath(pathname: string): boolean {
  return pathname
    .split('/')
    .map((segment) => safeDecode(segment).replace(/\.(?:aspx?|php|html?|jsp|do|action|cgi)$/i, ''))
    .some((segment) => LOGIN_SEGMENT.test(segment));
}

function normalPath(pathname: string): string {
  return pathname.replace(/\/+$/, '').toLowerCase() || '/';
}

/**
 * Why the chain ended on a login page, or undefined. Only a redirect away from the link
 * counts (a link *to* a login page that answers 200 is fine), or a 401/403 whose body is a
 * login form. A password field on a page the link itself names is not enough: many sites
 * carry a login box in their header.
 */
function loginLanding(observation: LinkObservation, f: Facts, final: Hop): string | undefined {
  const status = final.status;
  const body = observation.body ?? '';
  if (status === 403 && PASSWORD_INPUT.test(body)) return `${httpText(status)} with a login form: the page needs a login`;
  if (f.redirectHops.length === 0 || !(isSuccess(status) || status === 403)) return undefined;
  let target: URL;
  try {
    target = new URL(final.url);
  } catch {
    return undefined;
  }
  const original = f.original;
  if (isLoginPath(target.pathname) && !isLoginPath(original.pathname)) {
    return `redirected to a login page ${target.origin}${target.pathname}: ${f.chainText}`;
  }
  for (const [name, value] of target.searchParams) {
    if (!RETURN_PARAMS.has(name.toLowerCase()) || !value) continue;
    let back: URL;
    try {
      back = new URL(value, target);
    } catch {
      continue;
    }
    if (registrableDomain(back.hostname) === registrableDomain(original.hostname) && normalPath(target.pathname) !== normalPath(original.pathname)) {
      return `redirected to a login page (${name} points back to the link): ${f.chainText}`;
    }
  }
  if (PASSWORD_INPUT.test(body) && normalPath(target.pathname) !== normalPath(original.pathname)) {
    return `redirected to a page with a login form (${target.pathname}): ${f.chainText}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Bot walls

/** Only the start of a page is searched: challenge pages are small, and their signs come early. */
const WALL_SCAN_CHARS = 50_000;

/**
 * The bot wall this response shows, or undefined. Signs that only challenge pages carry
 * count at any status (Imperva even answers 200); signs that also sit in ordinary pages of a
 * protected site (Cloudflare's `/cdn-cgi/challenge-platform/` script, Imperva's
 * `_Incapsula_Resource`, PerimeterX's `_pxAppId`) count only on a refusal (4xx/5xx).
 */
export function botWall(hop: Hop, body: string | undefined): string | undefined {
  const headers = hop.headers;
  const status = hop.status;
  const refused = status >= 400;
  if (headers['cf-mitigated']) return `a Cloudflare challenge (cf-mitigated: ${headers['cf-mitigated']})`;
  if (/[?&]__cf_chl_/.test(hop.url)) return 'a Cloudflare challenge (challenge URL)';
  if (refused && (headers['x-datadome'] !== undefined || headers['x-dd-b'] !== undefined)) return 'a DataDome block';
  if (!body) return undefined;
  const text = decodeEntities(body.slice(0, WALL_SCAN_CHARS));
  const title = titleText(text);
  if (/^just a moment\b/.test(title)) return 'a Cloudflare challenge ("Just a moment...")';
  if (title.includes('attention required! | cloudflare')) return 'a Cloudflare block page ("Attention Required!")';
  if (/window\._cf_chl_opt|\bcf[-_]chl[-_]/.test(text)) return 'a Cloudflare challenge (cf-chl)';
  if (title.includes('checking your browser') || (refused && /checking your browser/i.test(text))) return 'a browser check ("Checking your browser")';
  if (refused && text.includes('challenge-platform')) return 'a Cloudflare challenge (challenge-platform)';
  if (/incapsula incident id/i.test(text) || (refused && text.includes('_Incapsula_'))) return 'an Imperva/Incapsula block';
  if (/access denied/i.test(title || text.slice(0, 2000)) && /reference\s*#\s*\d/i.test(text)) return 'an Akamai block ("Access Denied", "Reference #")';
  if (/captcha-delivery\.com/i.test(text) || (refused && /datadome/i.test(text))) return 'a DataDome challenge';
  if (/px-captcha|_pxcaptcha/i.test(text) || (refused && /_pxAppId|perimeterx/i.test(text))) return 'a PerimeterX (HUMAN) challenge';
  if (title.includes('pardon our interruption')) return 'an Imperva/Distil challenge ("Pardon Our Interruption")';
  if (title.includes('ddos-guard')) return 'a DDoS-Guard check';
  return undefined;
}

/** " from Cloudflare" when the server header says whose rule it probably was. */
function serverNote(hop: Hop): string {
  const server = (hop.headers.server ?? '').toLowerCase();
  if (server.includes('cloudflare')) return ' from Cloudflare';
  if (server.includes('akamai')) return ' from Akamai';
  return '';
}

// ---------------------------------------------------------------------------------------
// Browser re-check

function applyBrowser(observation: LinkObservation, f: Facts, plain: Classification): Classification {
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
