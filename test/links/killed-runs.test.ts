/**
 * Only finished link runs count. `links check` (history mode) is SIGKILLed again and again in
 * the middle of checking links that are all broken; afterwards no link has a failure streak.
 * One run left to finish then counts once — and the offline case: with nothing answering, a
 * finished run counts for nothing either.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const LINKS = 40;
const site: ReplicaSite = {
  name: 'killed',
  hosts: ['gone.example.no', 'gone2.example.no'],
  // Every page is gone, slowly: a run is always mid-way when it is killed.
  handle: () => ({ status: 404, body: 'not found', noValidators: true, delayMs: 150 }),
};

let replica: Replica;
let dir: string;
const bin = path.resolve('bin/sourcewatch.js');

beforeAll(async () => {
  replica = await startReplica({ sites: [site] });
  dir = tempDir('sourcewatch-killed-');
  mkdirSync(path.join(dir, 'archive'));
  const lines = Array.from({ length: LINKS }, (_, i) => `- https://gone${i % 2 ? '2' : ''}.example.no/side-${i}`);
  writeFileSync(path.join(dir, 'archive', 'nr1.md'), lines.join('\n'));
  writeFileSync(
    path.join(dir, 'sources.json'),
    JSON.stringify({
      version: 1,
      sections: [{ id: 'forskning', title: 'Forskning' }],
      links: { archive: ['archive'], checkCandidates: false, checkSources: false, retries: 0, perHostConcurrency: 1, deadAfterRuns: 2 },
      sources: [{ id: 'f', name: 'F', section: 'forskning', kind: 'feed', url: 'https://gone.example.no/feed', enabled: false }],
    }),
  );
});
afterAll(async () => {
  await replica.close();
});

function killedRun(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'links', 'check', '--proxy', replica.proxyUrl, '--insecure'], { cwd: dir, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const streaks = (): Array<{ n: number }> => {
  const db = openDb(path.join(dir, 'storage'));
  try {
    return db.prepare('SELECT consecutive_failures AS n FROM link_state').all() as Array<{ n: number }>;
  } finally {
    db.close();
  }
};

describe('killed link runs', () => {
  it('leave no trace in the link history, however often they are killed', async () => {
    // Kills spread from early (start-up) to late (most links checked).
    for (let i = 0; i < 8; i += 1) await killedRun(800 + i * 250);
    expect(streaks().filter((s) => s.n > 0)).toEqual([]);
  }, 120_000);

  it('a run that finishes counts once, for every link', async () => {
    const result = await runCli(['links', 'check', '--proxy', replica.proxyUrl, '--insecure', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    const all = streaks();
    expect(all).toHaveLength(LINKS);
    expect(all.every((s) => s.n === 1)).toBe(true);
  }, 120_000);

  it('with nothing answering, a finished run counts for nothing and exits 5', async () => {
    const result = await runCli(['links', 'check', '--proxy', 'http://127.0.0.1:9', '--insecure', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(5);
    expect(result.stderr).toContain(`network unavailable: 0 of ${LINKS} links reachable`);
    expect(JSON.parse(result.stdout).offline).toMatchObject({ offline: true, reached: 0, total: LINKS });
    expect(streaks()).toHaveLength(LINKS);
    expect(streaks().every((s) => s.n === 1)).toBe(true);
  }, 120_000);
});
