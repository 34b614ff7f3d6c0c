/**
 * Safe by default. The server binds to 127.0.0.1; then it answers only requests addressed to
 * a loopback name (so a web page cannot reach it through DNS rebinding). Bound to any other
 * address it requires an access token (`?token=` once, then a cookie; or a Bearer header).
 * Every state-changing request must come from the app's own pages: a cross-site
 * `Sec-Fetch-Site` or a foreign `Origin` is refused, and the request must carry the
 * per-session CSRF token (an HMAC of the session cookie) that the pages embed.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase();
  return LOOPBACK_NAMES.has(bare) || /^127(\.\d{1,3}){3}$/.test(bare) || bare.endsWith('.localhost');
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      out.set(name, decodeURIComponent(value));
    } catch {
      // A cookie we did not set; ignore it.
    }
  }
  return out;
}

/** The host name of a Host header ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]"). */
function hostName(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '');
}

export type PostCheck = 'ok' | 'cross-site' | 'bad-token';
export type AuthCheck = { ok: true } | { ok: true; setCookie: string; redirect: string } | { ok: false };

export class Security {
  readonly tokenRequired: boolean;
  private readonly secret = randomBytes(32);
  private sessionCookie = 'sw_session';
  private authCookie = 'sw_auth';
  /** Keeps the editor's name (not a secret: it says who decided, it grants nothing). */
  editorCookieName = 'sw_editor';

  constructor(private readonly options: { boundTo: string; token?: string | undefined }) {
    this.tokenRequired = options.token !== undefined && options.token !== '';
  }

  /** Cookies are shared by every port of a host: name ours after the port we listen on. */
  setPort(port: number): void {
    this.sessionCookie = `sw_session_${port}`;
    this.authCookie = `sw_auth_${port}`;
    this.editorCookieName = `sw_editor_${port}`;
  }

  /** Bound to loopback: only requests addressed to a loopback name (no DNS rebinding). */
  hostAllowed(req: IncomingMessage): boolean {
    if (!isLoopbackHost(this.options.boundTo)) return true;
    const host = req.headers.host;
    return host !== undefined && isLoopbackHost(hostName(host));
  }

  /** The access token, when one is required: from the cookie, a Bearer header, or `?token=` (which sets the cookie). */
  authenticate(req: IncomingMessage, url: URL): AuthCheck {
    const token = this.options.token;
    if (!this.tokenRequired || !token) return { ok: true };
    const cookie = parseCookies(req.headers.cookie).get(this.authCookie);
    if (cookie && sameSecret(cookie, token)) return { ok: true };
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer && sameSecret(bearer, token)) return { ok: true };
    const query = url.searchParams.get('token');
    if (query && sameSecret(query, token) && req.method === 'GET') {
      const clean = new URL(url);
      clean.searchParams.delete('token');
      return {
        ok: true,
        setCookie: `${this.authCookie}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax`,
        redirect: `${clean.pathname}${clean.search}`,
      };
    }
    return { ok: false };
  }

  /**
   * A feed route: a feed reader can send neither a header nor a cookie it was given in a
   * redirect, so `?token=` is accepted as it is (no cookie, no redirect), besides the others.
   */
  authenticateFeed(req: IncomingMessage, url: URL): AuthCheck {
    const token = this.options.token;
    if (!this.tokenRequired || !token) return { ok: true };
    const query = url.searchParams.get('token');
    if (query && sameSecret(query, token) && (req.method === 'GET' || req.method === 'HEAD')) return { ok: true };
    const other = this.authenticate(req, url);
    return other.ok && !('redirect' in other) ? other : { ok: false };
  }

  /** The request's session id, and the cookie to set when it had none. */
  session(req: IncomingMessage): { id: string; setCookie?: string } {
    const existing = parseCookies(req.headers.cookie).get(this.sessionCookie);
    if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return { id: existing };
    const id = randomBytes(24).toString('base64url');
    return { id, setCookie: `${this.sessionCookie}=${id}; Path=/; HttpOnly; SameSite=Strict` };
  }

  csrfToken(sessionId: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${sessionId}`).digest('base64url');
  }

  /**
   * A state-changing request: from this origin (Sec-Fetch-Site / Origin, when the browser
   * sends them) and with the session's token (form field or X-CSRF-Token header).
   */
  checkPost(req: IncomingMessage, formToken: string | undefined): PostCheck {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site';
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) return 'cross-site';
    const sessionId = parseCookies(req.headers.cookie).get(this.sessionCookie);
    const header = req.headers['x-csrf-token'];
    const sent = (Array.isArray(header) ? header[0] : header) ?? formToken;
    if (!sessionId || !sent) return 'bad-token';
    return sameSecret(sent, this.csrfToken(sessionId)) ? 'ok' : 'bad-token';
  }
}

/** A random access token for a server bound beyond this machine. */
export function generateToken(): string {
  return randomBytes(18).toString('base64url');
}
