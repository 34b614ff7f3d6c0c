/**
 * The numbers behind the retention table in docs/operations.md: the simulated year of the
 * retention test run twice, with nothing pruned and with the defaults, printing row counts,
 * digest files and store size at a few days. Not a test (it asserts nothing); run it by hand:
 *   npx tsx test/helpers/retention-year-numbers.ts
 * Then the first prune of a year-old store that never pruned (an upgrade): its time and the
 * space given back, for a store made before this version (full VACUUM) and after (incremental).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { retentionSchema } from '../../src/config/schema.js';
import { reclaimPlan, retentionCutoffs } from '../../src/jobs/retention-policy.js';
import { DB_FILE } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { fullVacuum, incrementalVacuum, pruneHistory, storeSpace } from '../../src/store/retention.js';
import { startSimulatedYear } from './simulated-year.js';

const DAYS = 365;
const SAMPLED = [29, 89, 179, 199, 269, DAYS - 1];

async function year(name: string, retention: Record<string, unknown>, legacyStore = false): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-year-numbers-'));
  if (legacyStore) {
    // A store as versions before retention made it: no auto-vacuum.
    mkdirSync(path.join(dir, 'storage'));
    const old = new Database(path.join(dir, 'storage', DB_FILE));
    old.pragma('journal_mode = WAL');
    for (const [version, sql] of MIGRATIONS.entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${version + 1}`);
    }
    old.close();
  }
  const sim = await startSimulatedYear(dir, retention);
  const started = performance.now();
  try {
    for (let day = 0; day < DAYS; day += 1) {
      await sim.runDay(day);
      if (SAMPLED.includes(day) && !legacyStore) {
        const { counts, digestFiles, storeBytes } = sim.sample(day);
        console.log([name, day + 1, counts.runs, counts.sourceRuns, counts.linkChecks, counts.linkStates, counts.linkOccurrences, digestFiles, (storeBytes / 1e6).toFixed(2)].join('\t'));
      }
    }
    console.error(`${name}: ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (legacyStore || name === 'nothing pruned') {
      const db = sim.runtime.db;
      const before = sim.sample(DAYS - 1);
      let at = performance.now();
      const rows = pruneHistory(db, retentionCutoffs(retentionSchema.parse({}), sim.dayStart(DAYS)));
      const pruneMs = performance.now() - at;
      const plan = reclaimPlan(storeSpace(db));
      at = performance.now();
      if (plan.kind === 'incremental') incrementalVacuum(db, plan.pages);
      else if (plan.kind === 'vacuum') fullVacuum(db);
      const reclaimMs = performance.now() - at;
      const after = sim.sample(DAYS);
      console.log(
        `first prune of a year-old ${legacyStore ? 'pre-retention' : 'new'} store: ${JSON.stringify(rows)} in ${pruneMs.toFixed(0)} ms; ` +
          `${plan.kind} in ${reclaimMs.toFixed(0)} ms; ${(before.storeBytes / 1e6).toFixed(2)} MB → ${(after.storeBytes / 1e6).toFixed(2)} MB`,
      );
    }
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(['retention', 'days', 'runs', 'source_runs', 'link_checks', 'link_state', 'link_occurrences', 'digest files', 'store MB'].join('\t'));
await year('nothing pruned', { enabled: false });
await year('defaults', {});
await year('pre-retention store', { enabled: false }, true);
