/**
 * What passing a bot wall earns, as plain data: the browser's cookies and User-Agent, and the
 * headers a plain request sends to reuse them. The browser produces it, the store keeps it,
 * HTTP sends it.
 */

export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Unix time in seconds; -1 for a session cookie. */
  expires: number;
  secure: boolean;
}

/** What passing a bot wall earned: its cookies, bound to the User-Agent that passed. */
export interface Clearance {
  url: string;
  userAgent: string;
  cookies: BrowserCookie[];
}

/** What a plain request to a host sends to reuse the clearance a browser earned there. */
export interface ClearanceHeaders {
  cookie: string;
  /** The User-Agent the clearance is bound to (the browser's). */
  userAgent: string;
}
