/** robots.txt answers kept for up to 24 hours (RFC 9309 §2.4), per origin. */
import type { RobotsFile, RobotsMemory } from '../model/robots.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';

const MAX_AGE_MS = 24 * 3_600_000;

export function robotsMemory(db: Db, now: () => Date = () => new Date()): RobotsMemory {
  return {
    get(origin) {
      const row = prepared<[string], { fetched_at: string; kind: string; body: string | null }>(db, 'SELECT fetched_at, kind, body FROM robots_txt WHERE origin = ?').get(
        origin,
      );
      if (!row || now().getTime() - Date.parse(row.fetched_at) > MAX_AGE_MS) return undefined;
      return row.kind === 'rules' ? { kind: 'rules', text: row.body ?? '' } : { kind: 'none' };
    },
    put(origin, file: RobotsFile) {
      prepared(
        db,
        `INSERT INTO robots_txt (origin, fetched_at, kind, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (origin) DO UPDATE SET fetched_at = excluded.fetched_at, kind = excluded.kind, body = excluded.body`,
      ).run(origin, now().toISOString(), file.kind, file.kind === 'rules' ? file.text : null);
    },
  };
}
