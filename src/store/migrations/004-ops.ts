/** Unattended operation: alert damping (one alert per failure streak, one notice on recovery). */
export const opsTables = `
  CREATE TABLE alerts (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    since TEXT NOT NULL,
    last_sent TEXT,
    detail TEXT
  );
`;
