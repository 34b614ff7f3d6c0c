/**
 * Cookies a browser earned by passing a bot wall on a host (Cloudflare's cf_clearance), with
 * the User-Agent they are bound to, so plain HTTP can send them until they expire.
 */
export const hostCookieTables = `
  CREATE TABLE host_cookies (
    host TEXT NOT NULL,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    value TEXT NOT NULL,
    domain TEXT NOT NULL,
    secure INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (host, name, path)
  );
`;
