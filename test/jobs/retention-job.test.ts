/** Retention at the end of a run: the store pruned, the expired digest files deleted, one log line with the counts. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { retentionSchema } from '../../src/config/schema.js';
import { applyRetention } from '../../src/jobs/retention-job.js';
import { openDb } from '../../src/store/db.js';
import { historyCounts } from '../../src/store/retention.js';
import { tempDir } from '../helpers/runtime.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const NOW = new Date('2026-12-02T06:00:00Z');

function setUp(): { db: ReturnType<typeof openDb>; storageDir: string; lines: Array<Record<string, unknown>>; log: pino.Logger } {
  dir = tempDir('sw-retention-job-');
  const db = openDb(dir);
  const insert = db.prepare(`INSERT INTO runs (id, kind, started_at, status) VALUES (?, 'watch', ?, 'ok')`);
  for (let day = 0; day < 300; day += 1) insert.run(`run-${day}`, new Date(NOW.getTime() - day * 86_400_000).toISOString());
  const digests = path.join(dir, 'digests');
  mkdirSync(digests);
  for (const name of ['digest-2026-01-10.html', 'health-2026-01-10.md', 'digest-2026-12-01.html', 'health-2026-12-01.md', 'latest.html', 'latest-health.md', 'accepted.atom', 'README.txt']) {
    writeFileSync(path.join(digests, name), 'x');
  }
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { db, storageDir: dir, lines, log };
}

describe('applyRetention', () => {
  it('prunes with the defaults and says what went in one log line', () => {
    const { db, storageDir, lines, log } = setUp();
    const outcome = applyRetention(db, storageDir, retentionSchema.parse({}), NOW, log);
    expect(outcome?.rows.runs).toBe(300 - 181);
    expect(outcome?.digestFiles).toBe(2);
    expect(historyCounts(db).runs).toBe(181);
    expect(readdirSync(path.join(storageDir, 'digests')).sort()).toEqual(['README.txt', 'accepted.atom', 'digest-2026-12-01.html', 'health-2026-12-01.md', 'latest-health.md', 'latest.html']);
    const line = lines.find((l) => l.msg === 'retention: pruned old history');
    expect(line).toMatchObject({ pruned: { runs: 119, sourceRuns: 0, linkChecks: 0, linkStates: 0, linkOccurrences: 0, digestFiles: 2 }, reclaim: 'none' });
    db.close();
  });

  it('does nothing when switched off', () => {
    const { db, storageDir, lines, log } = setUp();
    expect(applyRetention(db, storageDir, retentionSchema.parse({ enabled: false }), NOW, log)).toBeUndefined();
    expect(historyCounts(db).runs).toBe(300);
    expect(readdirSync(path.join(storageDir, 'digests'))).toHaveLength(8);
    expect(lines).toEqual([]);
    db.close();
  });

  it('a failure is logged, not thrown: the run it ends stays a good run', () => {
    const { db, storageDir, lines, log } = setUp();
    db.close();
    expect(applyRetention(db, storageDir, retentionSchema.parse({}), NOW, log)).toBeUndefined();
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'retention failed; the next run tries again' })]);
  });
});
