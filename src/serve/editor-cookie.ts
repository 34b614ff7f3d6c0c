/**
 * The editor's name, kept in a cookie so it is given once per browser. It is read back
 * through the same check as the form (a cookie edited by hand to something odd counts as no
 * name). Names are not authentication: anyone who can reach the page can call themselves
 * anything; they say who decided, for a team that trusts each other.
 */
import type { IncomingMessage } from 'node:http';
import { parseEditorName } from '../review/editors.js';
import { parseCookies } from './security.js';

const ONE_YEAR_S = 365 * 24 * 3600;

export function editorOf(req: IncomingMessage, cookieName: string): string | null {
  const parsed = parseEditorName(parseCookies(req.headers.cookie).get(cookieName));
  return parsed.ok ? parsed.name : null;
}

export function editorSetCookie(cookieName: string, name: string): string {
  return `${cookieName}=${encodeURIComponent(name)}; Path=/; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Lax`;
}
