/**
 * `sourcewatch schedule` as a real process with second-level cron expressions: jobs run, the
 * heartbeat and logs are written, a second scheduler refuses (exit 4), SIGTERM stops it
 * cleanly — waiting for a running job, or abandoning it after the grace period so that the
 * next run continues where it left off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Heartbeat } from '../../src/model/heartbeat.js';
import { openDb } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { coe } from '../../src/demo/sites/coe.js';
import type { ReplicaSite } from '../../src/demo/types.js';

let delayMs = 0;
const site: ReplicaSite = {
  name: 'schedule',
  hosts: ['www.forsk.no'],
  handle: (r) =>
    r.path === '/liste'
      ? {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: '<ul><li class="pub"><a href="/a">Menneskehandel i arbeidslivet</a><span class="d">24.11.2026</span></li></ul>',
          ...(delayMs ? { delayMs } : {}),
        }
      : null,
};

// coe.int (the browser source), its listing slowed down so that a render is in flight at SIGTERM.
let coeDelayMs = 0;
const slowCoe: ReplicaSite = {
  ...coe,
  handle(request, state) {
    const answer = coe.handle(request, state);
    return answer && coeDelayMs && request.path.endsWith('/all-news') ? { ...answer, delayMs: coeDelayMs } : answer;
  },
};

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ sites: [site, slowCoe] });
});
afterAll(async () => {
  await replica.close();
});

function project(schedule: Record<string, unknown>, sources?: unknown[]): string {
  const dir = tempDir('sourcewatch-schedule-');
  writeFileSync(
    path.join(dir, 'sources.json'),
    JSON.stringify({
      version: 1,
      sections: [{ id: 'forskning', title: 'Forskning' }],
      http: { retries: 0, perHostDelayMs: 0, timeoutSeconds: 20 },
      links: { checkCandidates: false, checkSources: false },
      schedule,
      sources: sources ?? [{ id: 'forsk', name: 'Forsk', section: 'forskning', kind: 'html', url: 'https://www.forsk.no/liste', select: { item: 'li.pub', link: 'a', date: '.d' } }],
    }),
  );
  return dir;
}

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startScheduler(dir: string): Running {
  const child = spawn(process.execPath, [path.resolve('bin/sourcewatch.js'), 'schedule', '--proxy', replica.proxyUrl, '--insecure', '--host-delay', '0'], {
    cwd: dir,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const heartbeat = (dir: string): Heartbeat | undefined => {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'storage', 'heartbeat.json'), 'utf8')) as Heartbeat;
  } catch {
    return undefined;
  }
};

describe('sourcewatch schedule (a real process)', () => {
  it('runs the jobs, keeps a heartbeat, refuses a second scheduler, and stops cleanly on SIGTERM', async () => {
    delayMs = 0;
    const dir = project({ watch: '*/2 * * * * *', digest: '*/3 * * * * *', links: '*/3 * * * * *', shutdownGraceSeconds: 20 });
    const scheduler = startScheduler(dir);
    try {
      await until('the start line', () => scheduler.stdout().includes('sourcewatch schedule: 3 jobs (Europe/Oslo)'));
      const seen = new Set<string>();
      await until('watch, links and digest jobs', () => {
        const last = heartbeat(dir)?.lastJob;
        if (last?.finishedAt && last.outcome === 'ok') seen.add(last.name);
        return seen.has('watch') && seen.has('links') && seen.has('digest') && existsSync(path.join(dir, 'storage', 'digests', 'latest.json'));
      });
      const beat = heartbeat(dir)!;
      expect(beat).toMatchObject({ pid: scheduler.child.pid, state: expect.stringMatching(/idle|running/) });
      expect(Date.parse(beat.nextDue!)).toBeGreaterThan(Date.now() - 5000);

      const second = await runCli(['schedule', '--proxy', replica.proxyUrl, '--insecure'], { cwd: dir });
      expect(second.code).toBe(4);
      expect(second.stderr).toContain(`another scheduler is already running`);
      expect(second.stderr).toContain(`pid ${scheduler.child.pid}`);

      const status = await runCli(['status', '--json'], { cwd: dir });
      const parsed = JSON.parse(status.stdout) as { scheduler: { health: { overdue: boolean } }; jobs: Array<{ job: string; last: { status: string } | null }> };
      expect(parsed.scheduler.health.overdue).toBe(false);
      expect(parsed.jobs.find((j) => j.job === 'watch')!.last!.status).toMatch(/ok|running/);
      expect(parsed.jobs.find((j) => j.job === 'digest')!.last).not.toBeNull();
      expect(parsed.jobs.find((j) => j.job === 'links')!.last).not.toBeNull();
    } finally {
      scheduler.child.kill('SIGTERM');
    }
    expect(await scheduler.exited).toBe(0);
    expect(scheduler.stdout()).toContain('sourcewatch schedule: stopped');
    expect(scheduler.stderr()).not.toMatch(/"level":50/);
    expect(heartbeat(dir)).toMatchObject({ state: 'stopped', nextDue: null, currentJob: null });
    expect(existsSync(path.join(dir, 'storage', 'scheduler.lock'))).toBe(false);
    expect(existsSync(path.join(dir, 'storage', 'sourcewatch.lock'))).toBe(false);

    // One child logger per job; every job line carries its run id.
    const logs = path.join(dir, 'storage', 'logs');
    const lines = readdirSync(logs)
      .flatMap((name) => readFileSync(path.join(logs, name), 'utf8').split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const jobLines = lines.filter((line) => line.job === 'watch' || line.job === 'digest' || line.job === 'links');
    expect(jobLines.length).toBeGreaterThan(2);
    expect(jobLines.filter((line) => line.msg === 'job done' && typeof line.runId !== 'string')).toEqual([]);
    expect(lines.some((line) => line.source === 'forsk' && line.job === 'watch' && typeof line.runId === 'string')).toBe(true);
  }, 60_000);

  it('SIGTERM during a job: waits for it within the grace period', async () => {
    delayMs = 2500;
    const dir = project({ watch: '*/2 * * * * *', links: '0 0 1 1 *', digest: '0 0 1 1 *', shutdownGraceSeconds: 20 });
    const scheduler = startScheduler(dir);
    await until('a running watch job', () => heartbeat(dir)?.state === 'running');
    scheduler.child.kill('SIGTERM');
    expect(await scheduler.exited).toBe(0);
    delayMs = 0;
    expect(scheduler.stderr()).toContain('waiting up to 20 s for "watch" to finish');
    const db = openDb(path.join(dir, 'storage'));
    try {
      const runs = db.prepare(`SELECT status FROM runs WHERE kind = 'watch'`).all() as Array<{ status: string }>;
      expect(runs.at(-1)!.status).toBe('ok');
    } finally {
      db.close();
    }
  }, 30_000);

  it('SIGTERM during a job that outlasts the grace period: abandons it cleanly; the next run carries on', async () => {
    delayMs = 8000;
    const dir = project({ watch: '*/2 * * * * *', links: '0 0 1 1 *', digest: '0 0 1 1 *', shutdownGraceSeconds: 1 });
    const scheduler = startScheduler(dir);
    await until('a running watch job', () => heartbeat(dir)?.state === 'running');
    const stopAt = Date.now();
    scheduler.child.kill('SIGTERM');
    expect(await scheduler.exited).toBe(0);
    // Grace 1 s, then the abandoned job gets ~1 s to close; far less than the 8 s request.
    expect(Date.now() - stopAt).toBeLessThan(7000);
    delayMs = 0;
    expect(scheduler.stdout()).toContain('abandoned "watch"');
    expect(heartbeat(dir)).toMatchObject({ state: 'stopped', lastJob: { name: 'watch', outcome: 'abandoned' } });
    expect(existsSync(path.join(dir, 'storage', 'sourcewatch.lock'))).toBe(false);
    const db = openDb(path.join(dir, 'storage'));
    try {
      const runs = db.prepare(`SELECT status FROM runs WHERE kind = 'watch' ORDER BY started_at`).all() as Array<{ status: string }>;
      expect(runs.at(-1)!.status).toBe('interrupted');
      // Nothing half-done was recorded for the source: the abandoned run counts as no run.
      expect(db.prepare(`SELECT consecutive_failures FROM source_state WHERE source_id = 'forsk'`).get()).toEqual(
        runs.length > 1 ? { consecutive_failures: 0 } : undefined,
      );
    } finally {
      db.close();
    }
    const next = await runCli(['watch', '--json', '--proxy', replica.proxyUrl, '--insecure'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
  }, 30_000);

  it('SIGTERM while the browser renders a page: the render finishes (no false failure), then chromium closes', async () => {
    const shipped = JSON.parse(readFileSync(path.resolve('sources.json'), 'utf8')) as { sources: Array<{ kind: string; section: string; schedule?: string }> };
    const greta = { ...shipped.sources.find((s) => s.kind === 'browser')!, section: 'forskning', schedule: '*/2 * * * * *' };
    const dir = project({ links: '0 0 1 1 *', digest: '0 0 1 1 *', shutdownGraceSeconds: 30 }, [greta]);
    coeDelayMs = 2500;
    const scheduler = startScheduler(dir);
    // Chromium for this test's replica (its proxy port is on the command line).
    const chromium = (): number[] =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--proxy-server=${replica.proxyUrl}`);
          } catch {
            return false;
          }
        })
        .map(Number);
    await until('chromium rendering the listing', () => heartbeat(dir)?.currentJob?.name === 'watch:greta' && chromium().length > 0);
    scheduler.child.kill('SIGTERM');
    expect(await scheduler.exited).toBe(0);
    coeDelayMs = 0;
    await until('chromium closed', () => chromium().length === 0, 5000);
    const db = openDb(path.join(dir, 'storage'));
    try {
      const outcomes = db.prepare(`SELECT outcome, detail FROM source_runs WHERE source_id = 'greta'`).all() as Array<{ outcome: string; detail: string }>;
      expect(outcomes).toEqual([expect.objectContaining({ outcome: 'baseline' })]);
    } finally {
      db.close();
    }
  }, 60_000);
});
