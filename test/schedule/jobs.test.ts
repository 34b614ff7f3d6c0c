/** The scheduler's job wrapper: lock, runtime, the library call, a run record. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { runJob, type JobDeps } from '../../src/ops/jobs.js';
import { acquireLock, runLockPath } from '../../src/ops/lock.js';
import { openDb } from '../../src/store/db.js';
import { lastRunOf } from '../../src/store/health.js';
import { testConfig, tempDir } from '../helpers/runtime.js';

function deps(storageDir: string): JobDeps {
  return {
    config: testConfig([{ id: 'forsk', name: 'Forsk', section: 'forskning', kind: 'feed', url: 'https://www.forsk.no/feed' }]),
    configDir: storageDir,
    overrides: { storageDir },
    log: silentLogger(),
    channels: {},
  };
}

describe('runJob', () => {
  it('skips a job while another run holds the lock, naming it', async () => {
    const dir = tempDir();
    const held = acquireLock(runLockPath(dir), { command: 'run', maxAgeMs: 3_600_000 });
    try {
      const result = await runJob({ name: 'watch', kind: 'watch', cron: '0 6 * * *', configPath: 'schedule.watch' }, deps(dir));
      expect(result).toMatchObject({ job: 'watch', outcome: 'skipped', detail: expect.stringContaining(`"run" (pid ${process.pid}`) });
    } finally {
      held.release();
    }
  });

  it('the digest job writes the digest files and records a digest run', async () => {
    const dir = tempDir();
    const now = new Date('2026-03-30T05:00:00Z');
    const result = await runJob({ name: 'digest', kind: 'digest', cron: '0 7 * * 1', configPath: 'schedule.digest' }, { ...deps(dir), now: () => now });
    expect(result).toMatchObject({ job: 'digest', outcome: 'ok', runId: expect.any(String), detail: expect.stringContaining('0 candidates') });
    expect(existsSync(path.join(dir, 'digests', 'digest-2026-03-30.html'))).toBe(true);
    expect(existsSync(runLockPath(dir))).toBe(false);
    const db = openDb(dir);
    try {
      expect(lastRunOf(db, 'digest')).toMatchObject({ id: result.runId, status: 'ok', summary: { candidates: 0 } });
    } finally {
      db.close();
    }
  });

  it('a scheduled job ends with retention: expired digest files and runs go, today\'s stay', async () => {
    const dir = tempDir();
    const now = new Date('2026-03-30T05:00:00Z');
    const digestJob = { name: 'digest', kind: 'digest', cron: '0 7 * * 1', configPath: 'schedule.digest' } as const;
    const first = await runJob(digestJob, { ...deps(dir), now: () => now });
    const later = new Date(now.getTime() + 200 * 86_400_000);
    const second = await runJob(digestJob, { ...deps(dir), now: () => later });
    expect(existsSync(path.join(dir, 'digests', 'digest-2026-03-30.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'digests', 'digest-2026-10-16.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'digests', 'latest.html'))).toBe(true);
    const db = openDb(dir);
    try {
      // The older digest run is past 180 days and not the newest of its kind: pruned.
      expect(db.prepare(`SELECT id FROM runs WHERE kind = 'digest'`).all()).toEqual([{ id: second.runId }]);
      expect(first.runId).not.toBe(second.runId);
    } finally {
      db.close();
    }
  });
});
