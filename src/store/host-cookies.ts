/**
 * Clearance a browser earned on a host, kept for plain HTTP. A bot wall's cookie (Cloudflare's
 * cf_clearance) is bound to the User-Agent that earned it, so it is stored with that
 * User-Agent and sent with it; a host without live cookies here gets the honest configured
 * User-Agent. Kept in SQLite, not in the browser's profile: the next run (and the link
 * checker) can reuse it without opening a browser at all.
 */
import type { Clearance, ClearanceHeaders } from '../model/clearance.js';
import { writeTransaction, type Db } from './db.js';

/** A session cookie has no expiry of its own: trust it as long as a browser session might last. */
const SESSION_COOKIE_MS = 30 * 60_000;

export interface HostCookies {
  save(clearance: Clearance): void;
  headersFor(url: string): ClearanceHeaders | undefined;
}

interface Row {
  name: string;
  value: string;
  path: string;
  secure: number;
  user_agent: string;
}

function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (cookiePath === '' || cookiePath === '/' || requestPath === cookiePath) return true;
  const prefix = cookiePath.endsWith('/') ? cookiePath : `${cookiePath}/`;
  return requestPath.startsWith(prefix);
}

export function hostCookies(db: Db, now: () => Date = () => new Date()): HostCookies {
  // Asked before every plain request: prepared once.
  const live = db.prepare<[string, string], Row>(
    'SELECT name, value, path, secure, user_agent FROM host_cookies WHERE host = ? AND expires_at > ? ORDER BY length(path) DESC, name',
  );
  return {
    save(clearance) {
      const host = new URL(clearance.url).hostname.toLowerCase();
      const savedAt = now();
      const insert = db.prepare(
        `INSERT INTO host_cookies (host, name, path, value, domain, secure, expires_at, user_agent, saved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      // What the browser holds now replaces what an earlier visit earned: one User-Agent per host.
      writeTransaction(db, () => {
        db.prepare('DELETE FROM host_cookies WHERE host = ?').run(host);
        for (const cookie of clearance.cookies) {
          const expiresAt = cookie.expires > 0 ? new Date(cookie.expires * 1000) : new Date(savedAt.getTime() + SESSION_COOKIE_MS);
          if (expiresAt <= savedAt) continue;
          insert.run(host, cookie.name, cookie.path || '/', cookie.value, cookie.domain, cookie.secure ? 1 : 0, expiresAt.toISOString(), clearance.userAgent, savedAt.toISOString());
        }
      });
    },
    headersFor(url) {
      const target = new URL(url);
      const rows = live
        .all(target.hostname.toLowerCase(), now().toISOString())
        .filter((row) => pathMatches(row.path, target.pathname) && (row.secure === 0 || target.protocol === 'https:'));
      if (rows.length === 0) return undefined;
      return { cookie: rows.map((row) => `${row.name}=${row.value}`).join('; '), userAgent: rows[0]!.user_agent };
    },
  };
}
