/**
 * Writers that wait. Editors decide on the review page (`sourcewatch serve`, its own process
 * and connection) while cron runs `run`, `watch` and `links check` on the same storage.
 * Before every write transaction began IMMEDIATE, a decision posted mid-run could fail with
 * "database is locked" (a deferred transaction read, then could not take the write lock),
 * and so could the run. Here a seeded loop posts decisions and undos as fast as the server
 * answers while the real CLI runs each command several times against the replica web, and
 * afterwards the store must hold exactly what the loop decided last on each item.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { sites } from '../../src/demo/sites/index.js';
import { seededRandom } from '../helpers/random.js';

const SEED = 20261201;
/** Each of `run`, `watch`, `links check`, in turn. */
const ROUNDS = 3;
/** Bounds on the decision loop, whichever is reached first (it also stops when the runs end). */
const MAX_POSTS = 20_000;
const MAX_LOOP_MS = 150_000;
const UNDO_SHARE = 0.2;


interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// One kept-alive connection, as a browser tab has; loopback only, never through a proxy.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const bin = path.resolve('bin/sourcewatch.js');
let replica: Replica;
let dir: string;
let serve: ChildProcess | undefined;
let serveStderr = '';

function project(): string {
  const root = tempDir('sourcewatch-writers-');
  const shipped = JSON.parse(readFileSync(path.resolve('sources.json'), 'utf8')) as { sources: Array<{ kind: string }>; $schema?: string };
  // The browser source needs Chromium and adds nothing to the locking story.
  shipped.sources = shipped.sources.filter((source) => source.kind !== 'browser');
  delete shipped.$schema;
  writeFileSync(path.join(root, 'sources.json'), JSON.stringify(shipped));
  // Past issues with links on replica hosts, so `links check` (and `run`) write link state.
  mkdirSync(path.join(root, 'archive'));
  writeFileSync(
    path.join(root, 'archive', 'nyhetsbrev-2026-1.md'),
    ['https://www.fafo.no/', 'https://www.regjeringen.no/', 'https://www.fafo.no/finnes-ikke', 'https://www.regjeringen.no/borte'].map((url) => `- ${url}`).join('\n'),
  );
  return root;
}

const net = (): string[] => ['--proxy', replica.proxyUrl, '--insecure', '--host-delay', '0'];

function startServe(cwd: string): Promise<string> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  serve = child;
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (serveStderr += d.toString()));
  return new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /review page: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}${serveStderr}`)));
  });
}

beforeAll(async () => {
  replica = await startReplica({ sites, day: 1 });
  dir = project();
});
afterAll(async () => {
  agent.destroy();
  if (serve && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve!.on('exit', resolve));
    serve.kill('SIGTERM');
    await exited;
  }
  await replica?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Kind = 'accepted' | 'rejected' | 'maybe';
interface State {
  decision: Kind;
  note: string;
}

interface CliRun {
  args: string[];
  result: CliResult;
  startedAt: number;
  endedAt: number;
}

describe(`decisions posted while cron runs (seed ${SEED})`, () => {
  it('neither the page nor the runs fail, and no decision is lost', async () => {
    // Candidates: the replica's day-1 pages as baseline, then its day-2 additions.
    for (const day of [1, 2]) {
      replica.setDay(day);
      const seeded = await runCli(['watch', ...net()], { cwd: dir, timeoutMs: 120_000 });
      expect([0, 2], seeded.stderr).toContain(seeded.code);
    }
    const seedDb = openDb(path.join(dir, 'storage'), { readonly: true });
    const itemIds = (seedDb.prepare('SELECT id FROM items ORDER BY id').all() as Array<{ id: string }>).map((row) => row.id);
    seedDb.close();
    expect(itemIds.length).toBeGreaterThanOrEqual(20);

    const base = await startServe(dir);
    const page = await request(`${base}/candidates`);
    expect(page.status).toBe(200);
    const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const token = /<meta name="csrf-token" content="([^"]+)">/.exec(page.body)![1]!;
    // What the page's script sends: session cookie, token header, same-origin fetch metadata.
    const headers = {
      Cookie: cookie,
      'X-CSRF-Token': token,
      Origin: base,
      'Sec-Fetch-Site': 'same-origin',
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    };

    // The loop's own record: the current decision per item, and the stack undo walks back.
    const expected = new Map<string, State>();
    const undoStack: Array<{ itemId: string; previous: State | undefined }> = [];
    const failures: string[] = [];
    const posts: Array<{ startedAt: number; endedAt: number }> = [];
    const durations: number[] = [];
    const counts = { decisions: 0, undos: 0, emptyUndos: 0 };
    const next = seededRandom(SEED);
    let runsDone = false;
    const loopStarted = Date.now();

    const loop = (async () => {
      while (!runsDone && posts.length < MAX_POSTS && Date.now() - loopStarted < MAX_LOOP_MS) {
        const startedAt = Date.now();
        if (next() < UNDO_SHARE) {
          const answer = await request(`${base}/undo`, { method: 'POST', headers, body: '' });
          const endedAt = Date.now();
          posts.push({ startedAt, endedAt });
          durations.push(endedAt - startedAt);
          if (answer.status < 200 || answer.status >= 300) {
            failures.push(`undo → ${answer.status} ${answer.body.slice(0, 200)}`);
            continue;
          }
          const body = JSON.parse(answer.body) as { ok: boolean; nothing?: boolean; itemId?: string };
          const top = undoStack.pop();
          if (!top) {
            counts.emptyUndos += 1;
            if (body.nothing !== true) failures.push(`undo with nothing to undo answered ${answer.body}`);
            continue;
          }
          counts.undos += 1;
          if (body.itemId !== top.itemId) failures.push(`undo took back ${body.itemId}, the loop's last decision was on ${top.itemId}`);
          if (top.previous) expected.set(top.itemId, top.previous);
          else expected.delete(top.itemId);
        } else {
          const itemId = itemIds[Math.floor(next() * itemIds.length)]!;
          const state: State = { decision: (['accepted', 'rejected', 'maybe'] as const)[Math.floor(next() * 3)]!, note: `post ${posts.length}` };
          const answer = await request(`${base}/decide`, {
            method: 'POST',
            headers,
            body: new URLSearchParams({ item: itemId, decision: state.decision, note: state.note }).toString(),
          });
          const endedAt = Date.now();
          posts.push({ startedAt, endedAt });
          durations.push(endedAt - startedAt);
          if (answer.status < 200 || answer.status >= 300) {
            failures.push(`decide ${itemId} ${state.decision} → ${answer.status} ${answer.body.slice(0, 200)}`);
            continue;
          }
          counts.decisions += 1;
          undoStack.push({ itemId, previous: expected.get(itemId) });
          expected.set(itemId, state);
        }
      }
    })();

    // The cron side: one command at a time, as the run lock requires; the replica moves
    // between its days so each watch has changes to write.
    const runs: CliRun[] = [];
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        replica.setDay(round % 2 === 0 ? 1 : 2);
        for (const args of [['run'], ['watch'], ['links', 'check']]) {
          const startedAt = Date.now();
          const result = await runCli([...args, ...net()], { cwd: dir, timeoutMs: 120_000 });
          runs.push({ args, result, startedAt, endedAt: Date.now() });
        }
      }
    } finally {
      runsDone = true;
      await loop;
    }

    // No run crashed or met a locked database.
    expect(runs).toHaveLength(3 * ROUNDS);
    for (const run of runs) {
      const label = `${run.args.join(' ')}: ${run.result.stderr.slice(-2000)}`;
      expect(run.result.code, label).not.toBeNull();
      // 0 or 2 (a replica source or link is broken on purpose); never 1 (crash) or 4 (lock).
      expect([0, 2], label).toContain(run.result.code);
      expect(run.result.stderr, label).not.toMatch(/database is locked|SQLITE_BUSY/i);
      expect(run.result.stdout, label).not.toMatch(/database is locked|SQLITE_BUSY/i);
    }
    // The loop really raced every run, not just the gaps between them.
    for (const run of runs) {
      const during = posts.filter((post) => post.endedAt > run.startedAt && post.startedAt < run.endedAt).length;
      expect(during, `posts during ${run.args.join(' ')}`).toBeGreaterThanOrEqual(10);
    }
    // Every post answered 2xx.
    expect(failures).toEqual([]);
    expect(counts.decisions).toBeGreaterThanOrEqual(100);
    expect(counts.undos).toBeGreaterThanOrEqual(10);

    // The page is still up, and said nothing about a locked database.
    expect((await request(`${base}/candidates`)).status).toBe(200);
    expect(serveStderr).not.toMatch(/database is locked|SQLITE_BUSY/i);

    // Nothing lost: the store holds exactly the loop's last word on each item.
    const db = openDb(path.join(dir, 'storage'), { readonly: true });
    try {
      const stored = db.prepare('SELECT item_id, decision, note FROM decisions ORDER BY item_id').all() as Array<{ item_id: string; decision: Kind; note: string }>;
      const want = [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([itemId, state]) => ({ item_id: itemId, ...state }));
      expect(want.length).toBeGreaterThan(0);
      expect(stored).toEqual(want);
      const live = (db.prepare('SELECT count(*) AS n FROM decision_log WHERE undone_at IS NULL').get() as { n: number }).n;
      expect(live).toBe(undoStack.length);
    } finally {
      db.close();
    }

    const sorted = [...durations].sort((a, b) => a - b);
    const figures = {
      posts: posts.length,
      ...counts,
      cliRuns: runs.map((run) => `${run.args.join(' ')} → ${run.result.code} in ${run.endedAt - run.startedAt} ms`),
      loopMs: Date.now() - loopStarted,
      postMs: { median: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.floor(sorted.length * 0.99)], max: sorted[sorted.length - 1] },
      itemsDecided: expected.size,
    };
    process.stdout.write(`concurrent writers: ${JSON.stringify(figures, null, 2)}\n`);
  }, 300_000);
});
