/** robots.txt answers kept between runs (RFC 9309 allows up to 24 hours), so a daily run asks once a day. */
export const robotsTables = `
  CREATE TABLE robots_txt (
    origin TEXT PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT
  );
`;
