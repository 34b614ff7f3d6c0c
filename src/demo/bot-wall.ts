/**
 * A bot wall in the manner of Cloudflare's managed challenge, for replica hosts that sit
 * behind one (coe.int). Every page of the host answers 403 + `cf-mitigated: challenge` with a
 * "Just a moment..." page until the request carries a valid clearance cookie. The page's
 * script refuses the usual signs of an automated headless browser (`navigator.webdriver`, a
 * "HeadlessChrome" User-Agent, no `window.chrome`, no plugins, no languages); a browser that
 * shows none of them asks the wall for clearance and reloads. A refused browser stays on the
 * challenge page, as it would on the real wall.
 *
 * The clearance cookie is signed over its expiry and the User-Agent that earned it, and the
 * server checks both on every request: reusing it from plain HTTP works only with the same
 * User-Agent and only until it expires — as Cloudflare binds cf_clearance to the client.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookieOf } from './sites/common.js';
import type { ReplicaRequest, ReplicaResponse } from './types.js';

export const CLEARANCE_COOKIE = 'cf_clearance';
/** Where the challenge script asks for clearance; the one path of a walled host left open. */
export const CLEARANCE_PATH = '/cdn-cgi/challenge-platform/h/b/clearance';
export const CLEARANCE_MAX_AGE_SECONDS = 1800;
const SECRET = 'replica bot wall: not a secret, only a signature a client cannot guess';

function signature(expiresAtSeconds: number, userAgent: string): string {
  return createHmac('sha256', SECRET).update(`${expiresAtSeconds}|${userAgent}`).digest('hex').slice(0, 40);
}

/** The cookie value the wall hands a client with this User-Agent (tests forge expired ones with it). */
export function clearanceValue(userAgent: string, expiresAtSeconds: number): string {
  return `${expiresAtSeconds}.${signature(expiresAtSeconds, userAgent)}`;
}

/** True when the request carries clearance signed for its own User-Agent and not yet expired. */
export function hasClearance(request: ReplicaRequest, nowMs: number = Date.now()): boolean {
  const value = cookieOf(request, CLEARANCE_COOKIE);
  const match = value === undefined ? null : /^(\d+)\.([0-9a-f]{40})$/.exec(value);
  if (!match) return false;
  const expiresAt = Number(match[1]);
  if (expiresAt * 1000 <= nowMs) return false;
  const expected = Buffer.from(signature(expiresAt, request.headers['user-agent'] ?? ''));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const CHALLENGE_SCRIPT = `(function () {
  var n = navigator;
  var tells = [];
  if (n.webdriver) tells.push('webdriver');
  if (/HeadlessChrome/.test(n.userAgent)) tells.push('headless user agent');
  if (!window.chrome) tells.push('no window.chrome');
  if (!n.plugins || n.plugins.length === 0) tells.push('no plugins');
  if (!n.languages || n.languages.length === 0) tells.push('no languages');
  var status = document.getElementById('challenge-status');
  if (tells.length > 0) {
    // Refused: stay here, as the real wall keeps a bot on its interstitial.
    status.setAttribute('data-refused', tells.join(', '));
    return;
  }
  setTimeout(function () {
    fetch('${CLEARANCE_PATH}', { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
      if (r.ok) location.reload();
    });
  }, 300);
})();`;

function challengePage(host: string): ReplicaResponse {
  const body = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">${host}</h1>
<h2 class="h2">Verify you are human by completing the action below.</h2>
<div id="challenge-status"></div>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
</div></div>
<script>${CHALLENGE_SCRIPT}</script>
<div class="footer">Performance &amp; security by Cloudflare</div></body></html>`;
  return {
    status: 403,
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      'cf-mitigated': 'challenge',
      server: 'cloudflare',
      'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate',
    },
    body,
    noValidators: true,
  };
}

function clearanceGrant(request: ReplicaRequest, nowMs: number): ReplicaResponse {
  const expiresAt = Math.floor(nowMs / 1000) + CLEARANCE_MAX_AGE_SECONDS;
  const value = clearanceValue(request.headers['user-agent'] ?? '', expiresAt);
  return {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      server: 'cloudflare',
      'cache-control': 'no-store',
      'set-cookie': `${CLEARANCE_COOKIE}=${value}; Max-Age=${CLEARANCE_MAX_AGE_SECONDS}; Path=/; Secure; HttpOnly; SameSite=None`,
    },
    body: 'ok',
    noValidators: true,
  };
}

/**
 * The wall's answer to a request, or null when it may pass to the site. Call it first in a
 * site's handler: every path of the host is walled, the clearance endpoint is the wall's own.
 */
export function botWall(request: ReplicaRequest, nowMs: number = Date.now()): ReplicaResponse | null {
  if (request.path === CLEARANCE_PATH) return clearanceGrant(request, nowMs);
  return hasClearance(request, nowMs) ? null : challengePage(request.host);
}

/** The Cookie header of a browser that passed the wall with `userAgent`, valid for `validSeconds`. */
export function passedWallCookie(userAgent: string, validSeconds = 86_400): string {
  return `${CLEARANCE_COOKIE}=${clearanceValue(userAgent, Math.floor(Date.now() / 1000) + validSeconds)}`;
}
