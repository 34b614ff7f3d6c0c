/**
 * A prune killed with SIGKILL at random moments: a child process prunes a store holding a long
 * history and is killed while the delete runs. The store is SQLite in WAL mode and the prune is
 * one transaction, so each time the next open finds the whole history or the whole prune —
 * never a part — and passes the integrity check. The kill delays come from a seeded generator.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionCutoffs } from '../../src/jobs/retention-policy.js';
import { checkIntegrity, DB_FILE, openDb } from '../../src/store/db.js';
import { historyCounts, pruneHistory } from '../../src/store/retention.js';
import { seededRandom } from '../helpers/random.js';
import { tempDir } from '../helpers/runtime.js';
import { rmSync } from 'node:fs';

const SEED = 20261202;
const KILLS = 6;
const NOW = new Date('2026-12-02T06:00:00Z');
const cutoffs = retentionCutoffs({ runsDays: 180, linkChecksDays: 180, linkStateDays: 30 }, NOW);
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();

let template: string;
let before: ReturnType<typeof historyCounts>;
let after: ReturnType<typeof historyCounts>;
const dirs: string[] = [];

beforeAll(() => {
  // A long history: 2,000 links checked daily for a year (730,000 checks), runs, forgotten links.
  template = tempDir('sw-prune-kill-');
  dirs.push(template);
  const db = openDb(template);
  const run = db.prepare(`INSERT INTO runs (id, kind, started_at, status) VALUES (?, ?, ?, 'ok')`);
  const check = db.prepare(`INSERT INTO link_checks (run_id, url, verdict, detail, checked_at) VALUES (?, ?, 'ok', 'HTTP 200', ?)`);
  const state = db.prepare(`INSERT INTO link_state (url, first_seen, last_checked) VALUES (?, ?, ?)`);
  const seen = db.prepare(`INSERT INTO link_occurrences (url, file, page, line, last_seen) VALUES (?, 'arkiv/2025.md', -1, 1, ?)`);
  db.transaction(() => {
    for (let day = 365; day >= 0; day -= 1) {
      run.run(`watch-${day}`, 'watch', daysAgo(day));
      run.run(`links-${day}`, 'links', daysAgo(day));
    }
    for (let link = 0; link < 2000; link += 1) {
      const url = `https://arkiv.example/dok/${link}`;
      // A tenth left the archive 60 days ago: forgotten by the prune, with their checks.
      const lastDay = link % 10 === 0 ? 60 : 0;
      state.run(url, daysAgo(365), daysAgo(lastDay));
      seen.run(url, daysAgo(lastDay));
      for (let day = 365; day >= lastDay; day -= 1) check.run(`links-${day}`, url, daysAgo(day));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  before = historyCounts(db);
  db.close();
  // What a prune that finishes leaves: the reference for "the whole prune".
  const finished = copyOf(template);
  const done = openDb(finished);
  pruneHistory(done, cutoffs);
  after = historyCounts(done);
  done.close();
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function copyOf(source: string): string {
  const dir = tempDir('sw-prune-kill-');
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(source)) if (name.startsWith(DB_FILE)) copyFileSync(path.join(source, name), path.join(dir, name));
  return dir;
}

/** Prune in a child process (the built store modules), SIGKILLed `delayMs` after it says it begins. */
function pruneAndKill(storageDir: string, delayMs: number): Promise<{ signal: NodeJS.Signals | null; finished: boolean }> {
  const dist = (file: string): string => pathToFileURL(path.resolve('dist/src', file)).href;
  const script = `
    const { openDb } = await import(${JSON.stringify(dist('store/db.js'))});
    const { pruneHistory } = await import(${JSON.stringify(dist('store/retention.js'))});
    const db = openDb(${JSON.stringify(storageDir)});
    process.stdout.write('pruning\\n');
    pruneHistory(db, ${JSON.stringify(cutoffs)});
    process.stdout.write('pruned\\n');
    db.close();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('pruning') && !out.includes('pruned')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => resolve({ signal, finished: out.includes('pruned') }));
  });
}

describe(`a prune killed mid-way (seed ${SEED})`, () => {
  it('the pruned rows are many: the prune takes long enough to be killed inside', () => {
    expect(before.linkChecks - after.linkChecks).toBeGreaterThan(300_000);
    expect(after.linkStates).toBe(1800);
  });

  it(`after each of ${KILLS} kills the store holds the whole history or the whole prune, and is sound`, async () => {
    const random = seededRandom(SEED);
    const seen: string[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const dir = copyOf(template);
      const outcome = await pruneAndKill(dir, Math.floor(random() * 400));
      const db = openDb(dir);
      const counts = historyCounts(db);
      expect([before, after]).toContainEqual(counts);
      expect(checkIntegrity(db)).toEqual([]);
      db.close();
      seen.push(outcome.finished ? 'finished' : JSON.stringify(counts) === JSON.stringify(before) ? 'rolled back' : 'committed, then killed');
    }
    // At least one kill landed inside the transaction (else this test would show nothing).
    expect(seen).toContain('rolled back');
  }, 120_000);
});
