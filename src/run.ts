/**
 * The main job, as cron calls it: watch every source, check the links (archive, candidates,
 * source pages), then write the digest of the last days to storage/digests/. Returns both so the caller can report and pick an exit code.
 */
import path from 'node:path';
import type { Runtime } from './app.js';
import type { Config } from './config/schema.js';
import { digestPeriod } from './digest/build.js';
import type { Digest } from './model/digest.js';
import { writeDigestFiles, type DigestFormat } from './digest/write.js';
import { runLinksJob, type LinksJobResult } from './links/run.js';
import { buildLearnedDigest } from './digest/learned-digest.js';
import type { RunSummary, SourceOutcome } from './model.js';
import { osloDay } from './time/oslo.js';
import { watchSources } from './watch/watch.js';

export interface MainJobResult {
  watch: RunSummary;
  /** Absent when link checking was switched off for this run. */
  links?: LinksJobResult;
  digest: Digest;
  files: Record<DigestFormat, string>;
}

export async function runMainJob(
  config: Config,
  runtime: Runtime,
  options: {
    now?: () => Date;
    days?: number;
    onSourceDone?: (o: SourceOutcome, done: number, total: number) => void;
    /** Check links between watching and writing the digest (default true). */
    checkLinks?: boolean;
    /** Where the config's relative archive paths start (default: the working directory). */
    baseDir?: string;
    onLinkProgress?: (done: number, total: number) => void;
  } = {},
): Promise<MainJobResult> {
  const now = options.now ?? (() => new Date());
  const watch = await watchSources(config, {
    db: runtime.db,
    http: runtime.http,
    browser: runtime.browser,
    log: runtime.log,
    now,
    ...(options.onSourceDone ? { onSourceDone: options.onSourceDone } : {}),
  });
  // watch → links → digest: the digest shows each candidate's link status. When watching
  // reached no server at all, checking links would only wait out the same outage.
  const links =
    options.checkLinks === false || watch.reachability.offline
      ? undefined
      : await runLinksJob(config, runtime, {
          now,
          ...(options.baseDir ? { baseDir: options.baseDir } : {}),
          ...(options.onLinkProgress ? { onProgress: options.onLinkProgress } : {}),
        });
  const at = now();
  // Past issues and editors' decisions nudge the ranking, as on the review page (config review.learning).
  const { digest, archive } = await buildLearnedDigest(runtime.db, config, digestPeriod({ now: at, days: options.days, defaultDays: config.digest.days }), at, {
    baseDir: options.baseDir ?? process.cwd(),
  });
  for (const problem of archive?.problems ?? []) runtime.log.warn({ problem }, 'past issue not read for learning');
  const files = writeDigestFiles(digest, path.join(runtime.storageDir, 'digests'), osloDay(at));
  return { watch, digest, files, ...(links ? { links } : {}) };
}
