/** Bot walls (Cloudflare, Akamai, Imperva, DataDome, PerimeterX…) as a response shows them. */
import { decodeEntities, titleText } from './soft-404.js';
import type { Hop } from './types.js';

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
export function serverNote(hop: Hop): string {
  const server = (hop.headers.server ?? '').toLowerCase();
  if (server.includes('cloudflare')) return ' from Cloudflare';
  if (server.includes('akamai')) return ' from Akamai';
  return '';
}
