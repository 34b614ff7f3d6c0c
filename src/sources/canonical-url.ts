/**
 * URL normalisation for identity: two URLs that name the same publication should come out
 * equal. The result is a key, not something to fetch (the scheme is forced to https and
 * parameters are dropped without checking that the server agrees).
 */

/** Well-known tracking parameters, matched case-insensitively. `utm_*` is handled by prefix. */
const TRACKERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'igshid',
  'yclid',
]);

/** Liferay portal parameters that only say how the portal got to the page. Case-sensitive. */
const LIFERAY = new Set(['redirect', 'inheritRedirect']);

/** Letters, digits and `-._~` (RFC 3986 unreserved): their percent-escapes are decoded. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** True when a query parameter (by its decoded name) carries no identity. */
function isNoiseParameter(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('utm_') || TRACKERS.has(lower)) return true;
  if (LIFERAY.has(name)) return true;
  if (name.startsWith('p_p_') || name.startsWith('p_r_p_')) return true;
  if (name.startsWith('_') && name.includes('_INSTANCE_')) return true;
  return false;
}

/** Decode escapes of unreserved characters, upper-case the hex of every other escape. */
function normalisePercent(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** The name of a raw `name=value` query piece, decoded (`+` as space); raw when undecodable. */
function parameterName(piece: string): string {
  const eq = piece.indexOf('=');
  const raw = (eq === -1 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function normaliseQuery(search: string): string {
  if (search === '' || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '' && !isNoiseParameter(parameterName(piece)))
    .map((piece) => {
      const normalised = normalisePercent(piece);
      const eq = normalised.indexOf('=');
      return { piece: normalised, name: eq === -1 ? normalised : normalised.slice(0, eq) };
    });
  // Array.prototype.sort is stable: repeated names keep their order, which may matter.
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.map((entry) => entry.piece).join('&');
}

function normalisePath(pathname: string): string {
  let path = normalisePercent(pathname).replace(/\/{2,}/g, '/');
  if (path === '') path = '/';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

/**
 * Normalise a URL for identity: https, lower-case host without `www.`, no default port, no
 * fragment, no credentials, no tracking or Liferay navigation parameters, remaining parameters
 * sorted by name, no trailing or doubled slashes, percent-escapes normalised.
 * Anything that is not an absolute http(s) URL comes back trimmed and otherwise unchanged.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  if (parsed.hostname === '') return trimmed;

  // URL already lower-cases the host (and punycodes it) and blanks the scheme's default port.
  const host = parsed.hostname.replace(/^www\./, '');
  // The output is https, so an explicit :443 (left by URL on an http: URL) is now the default.
  const port = parsed.port === '' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const path = normalisePath(parsed.pathname);
  const query = normaliseQuery(parsed.search);
  return `https://${host}${port}${path}${query === '' ? '' : `?${query}`}`;
}
