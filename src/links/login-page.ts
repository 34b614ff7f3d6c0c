/** Whether a link's chain ended on a login page: needs-login, not a bot wall and not dead. */
import { httpText, isSuccess, safeDecode, type Facts } from './chain-facts.js';
import { registrableDomain } from './soft-404.js';
import type { Hop, LinkObservation } from './types.js';

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
export function loginLanding(observation: LinkObservation, f: Facts, final: Hop): string | undefined {
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
