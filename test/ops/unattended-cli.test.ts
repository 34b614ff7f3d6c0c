/**
 * The CLI run unattended: overlapping runs refuse with exit 4 naming the holder, a stale lock
 * from a killed run is taken over, `run` prints alerts once for cron mail (and posts them to a
 * webhook), every log line in storage/logs carries a run id, and `status` reports it all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

let gone = false;
let delayMs = 0;
const site: ReplicaSite = {
  name: 'unattended',
  hosts: ['www.forsk.no'],
  handle: (r) => {
    if (r.path !== '/liste') return null;
    if (gone) return { status: 404, body: 'not here', noValidators: true };
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<ul><li class="pub"><a href="/a">Menneskehandel i arbeidslivet</a><span class="d">24.11.2026</span></li><li class="pub"><a href="/b">Annen rapport om noe</a><span class="d">20.11.2026</span></li></ul>',
      ...(delayMs ? { delayMs } : {}),
    };
  },
};

const posts: Array<{ subject: string; text: string }> = [];
let hook: http.Server;
let replica: Replica;

function configWith(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    sections: [{ id: 'forskning', title: 'Forskning' }],
    http: { retries: 0, perHostDelayMs: 0 },
    links: { checkCandidates: false, checkSources: false },
    sources: [{ id: 'forsk', name: 'Forsk', section: 'forskning', kind: 'html', url: 'https://www.forsk.no/liste', select: { item: 'li.pub', link: 'a', date: '.d' } }],
    ...extra,
  });
}

function project(extra: Record<string, unknown> = {}): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'sources.json'), configWith(extra));
  return dir;
}

beforeAll(async () => {
  replica = await startReplica({ sites: [site] });
  hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      posts.push(JSON.parse(body) as { subject: string; text: string });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await replica.close();
  await new Promise<void>((resolve) => hook.close(() => resolve()));
});

const net = () => ['--proxy', replica.proxyUrl, '--insecure', '--host-delay', '0'];
// The webhook receiver is local: it must not go through the replica proxy.
const env = { NO_PROXY: '127.0.0.1' };

function logLines(dir: string): Array<Record<string, unknown>> {
  const logs = path.join(dir, 'storage', 'logs');
  return readdirSync(logs)
    .filter((name) => name.endsWith('.log'))
    .flatMap((name) => readFileSync(path.join(logs, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the run lock from the command line', () => {
  it('a second run while one is in progress refuses with exit 4, naming the holder', async () => {
    const dir = project();
    // Slow enough that the contenders (node start-up, config load) arrive while it still runs.
    delayMs = 7000;
    const lockFile = path.join(dir, 'storage', 'sourcewatch.lock');
    const first = runCli(['watch', ...net()], { cwd: dir });
    const deadline = Date.now() + 10_000;
    while (!existsSync(lockFile) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number; command: string };
    expect(holder.command).toBe('watch');
    const [second, third] = await Promise.all([runCli(['watch', ...net()], { cwd: dir }), runCli(['run', ...net()], { cwd: dir })]);
    for (const refused of [second, third]) {
      expect(refused.code, refused.stderr).toBe(4);
      expect(refused.stderr).toContain(`another sourcewatch run is in progress: "watch" (pid ${holder.pid} on ${os.hostname()}`);
      expect(refused.stdout).toBe('');
    }
    const done = await first;
    delayMs = 0;
    expect(done.code, done.stderr).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 30_000);

  it('a lock left by a killed run is taken over, and the log says so', async () => {
    const dir = project();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
    const lockFile = path.join(dir, 'storage', 'sourcewatch.lock');
    mkdirSync(path.dirname(lockFile), { recursive: true });
    writeFileSync(lockFile, JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: new Date().toISOString(), command: 'run', token: 'stale' }));
    const result = await runCli(['watch', ...net()], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    expect(logLines(dir).find((line) => line.msg === 'took over a stale lock left by a killed run')).toMatchObject({ staleHolder: { pid: dead, command: 'run' } });
  });

  it('a real SIGKILLed run leaves a lock that the next run takes over', async () => {
    const dir = project();
    delayMs = 3000;
    const child = spawn(process.execPath, [path.resolve('bin/sourcewatch.js'), 'watch', ...net()], { cwd: dir, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
    const lockFile = path.join(dir, 'storage', 'sourcewatch.lock');
    const deadline = Date.now() + 10_000;
    while (!existsSync(lockFile) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    delayMs = 0;
    expect(existsSync(lockFile)).toBe(true);
    const next = await runCli(['watch', '--json', ...net()], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    const status = await runCli(['status', '--json'], { cwd: dir });
    const runs = JSON.parse(status.stdout) as { jobs: Array<{ job: string; last: { status: string } | null }> };
    expect(runs.jobs.find((j) => j.job === 'watch')!.last!.status).toBe('ok');
  }, 30_000);
});

describe('alerts and logs from `sourcewatch run`', () => {
  it('fail ×3 → the alert once on stdout and the webhook; recovery → one notice; status and logs tell the story', async () => {
    posts.length = 0;
    const dir = project({ alerts: { webhook: { url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook` } } });
    const run = (): Promise<CliResult> => runCli(['run', ...net()], { cwd: dir, env });
    const baseline = await run();
    expect(baseline.code, baseline.stderr).toBe(0);
    gone = true;
    const results: CliResult[] = [];
    for (let i = 0; i < 4; i += 1) results.push(await run());
    gone = false;
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(results.map((r) => r.stdout.includes('FAILING'))).toEqual([false, false, true, false]);
    expect(results[2]!.stdout).toMatch(/sourcewatch: 1 source failing\n\nFAILING +forsk \(Forsk\): failed 3 runs in a row .*HTTP 404/);

    const down = await runCli(['status'], { cwd: dir });
    expect(down.code).toBe(2);
    expect(down.stdout).toMatch(/forsk +never|forsk +\d{4}-\d{2}-\d{2} \d{2}:\d{2} +4 ALERT/);
    expect(down.stdout).toContain('Needs attention (1):');

    const back = await run();
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/RECOVERED +forsk \(Forsk\): working again/);
    expect(posts.map((p) => p.subject)).toEqual(['1 source failing', '1 source recovered']);

    const up = await runCli(['status', '--json'], { cwd: dir });
    expect(up.code, up.stdout).toBe(0);
    const status = JSON.parse(up.stdout) as { problems: string[]; sources: Array<{ id: string; consecutiveFailures: number; lastOkAt: string }>; jobs: Array<{ job: string; last: { status: string; durationMs: number } | null }> };
    expect(status.problems).toEqual([]);
    expect(status.sources[0]).toMatchObject({ id: 'forsk', consecutiveFailures: 0 });
    expect(status.jobs.find((j) => j.job === 'watch')!.last).toMatchObject({ status: 'ok', durationMs: expect.any(Number) });
    expect(readFileSync(path.join(dir, 'storage', 'alerts.md'), 'utf8')).toContain('## Open (0)');

    // Every log line belongs to a run and says which.
    const lines = logLines(dir);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => typeof line.runId !== 'string')).toEqual([]);
    expect(lines.some((line) => line.source === 'forsk' && line.msg === 'source failed')).toBe(true);
    expect(lines.some((line) => line.alert === 'failing')).toBe(true);
  }, 60_000);
});
