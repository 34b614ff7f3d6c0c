/**
 * Build dist/ once per test run, before any test file starts, when any source is newer than
 * its output. The CLI, lock and crash tests spawn bin/sourcewatch.js (→ dist/) as a user or
 * cron would — real processes with real signals and exit codes — so they need compiled code;
 * running them through tsx instead would add its loader to every one of the many spawns
 * (slower under load, and another layer between the test and the signal handling it checks).
 * A build that is already fresh (`npm test` runs `pretest`) costs one stat per file, so CI
 * time does not grow; a plain `npx vitest run` after an edit rebuilds once (~20 s) instead of
 * testing stale code.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { staleOutputs } from './helpers/build.js';

export default function buildOnce(): void {
  const root = process.cwd();
  const stale = staleOutputs(root);
  if (stale.length === 0) return;
  process.stderr.write(`global setup: dist/ is stale (${stale.length} files, e.g. ${stale[0]}): building\n`);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
