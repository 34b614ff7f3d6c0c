/**
 * `sourcewatch demo`: a new user sees the tool work at once, without the internet. It starts
 * the replica web (src/demo/, the same one the tests use), runs day 1 (the silent baseline) and day 2
 * (new items, a moved URL, a changed layout, a dead feed), then shows the digest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRuntime } from '../app.js';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { createLogger } from '../log.js';
import { formatWatchText } from '../report/watch-text.js';
import { runMainJob } from '../run.js';
import type { GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export async function demoCommand(options: GlobalOptions & { keep?: boolean }): Promise<number> {
  if (options.configNotFound) throw new ConfigError(options.config, [{ path: '', message: options.configNotFound }]);
  const loaded = loadConfig(options.config);
  // The replica serves the watched sites, not the hosts the archived issues link to: the demo
  // checks the candidates' and sources' links, and leaves the archive to a real run.
  const config = { ...loaded, links: { ...loaded.links, archive: [] } };
  // Loaded only here: no other command needs the replica's two dozen sites.
  const { startReplica } = await import('../demo/server.js');
  const { sites } = await import('../demo/sites/index.js');
  const replica = await startReplica({ sites, day: 1 });
  const storageDir = mkdtempSync(path.join(tmpdir(), 'sourcewatch-demo-'));
  const log = await createLogger({ level: options.logLevel ?? 'error', pretty: Boolean(process.stderr.isTTY) });
  const say = (text: string): boolean => process.stdout.write(text);
  try {
    const runtime = createRuntime(
      config,
      {
        storageDir,
        proxy: replica.proxyUrl,
        insecure: true,
        hostDelayMs: 50,
        ...(options.chromium ? { chromiumPath: options.chromium } : {}),
      },
      log,
    );
    try {
      say(`Replica web of ${sites.length} sites on ${replica.proxyUrl}; state in ${storageDir}\n\n`);
      say('Day 1: first visit. Every source is read once as a silent baseline (nothing is announced).\n');
      const day1 = await runMainJob(config, runtime);
      say(formatWatchText(day1.watch));
      replica.setDay(2);
      say('\nDay 2: new publications, a moved URL, a changed layout and a dead feed.\n');
      const day2 = await runMainJob(config, runtime);
      say(formatWatchText(day2.watch));
      const { formatDigestMarkdown } = await import('../report/digest-markdown.js');
      say(`\n${formatDigestMarkdown(day2.digest)}\n`);
      say(`The same digest as a page: ${day2.files.html}\n`);
    } finally {
      await runtime.close();
    }
  } finally {
    await replica.close();
    if (!options.keep) {
      // Keep the HTML so the user can open it; drop the database.
      rmSync(path.join(storageDir, 'sourcewatch.db'), { force: true });
      rmSync(path.join(storageDir, 'sourcewatch.db-wal'), { force: true });
      rmSync(path.join(storageDir, 'sourcewatch.db-shm'), { force: true });
    }
  }
  return EXIT.ok;
}
