/**
 * The main job, as cron calls it: watch every source, check the links (archive, candidates,
 * source pages), then write the digest of the last days to storage/digests/, then prune what retention
 * (storage.retention) says has expired. Returns both so the caller can report and pick an exit code.
 */
import type { Runtime } from './app.js';
import type { Config } from './config/schema.js';
import type { Digest } from './model/digest.js';
import type { DigestFormat } from './report/format-names.js';
import { writeAcceptedFeed, writeDailyDigest } from './jobs/digest-files.js';
import { digestJob } from './jobs/digest-job.js';
import { runLinksJob, type LinksJobResult } from './jobs/links-job.js';
import { applyRetention, type RetentionOutcome } from './jobs/retention-job.js';
import { runWatchJob } from './jobs/watch-job.js';
import type { RunSummary, SourceOutcome } from './model.js';

export interface MainJobResult {
  watch: RunSummary;
  /** Absent when link checking was switched off for this run. */
  links?: LinksJobResult;
  digest: Digest;
  files: Record<DigestFormat, string>;
  /** What retention pruned at the end (absent when `storage.retention.enabled` is false). */
  retention?: RetentionOutcome;
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
  const watch = await runWatchJob(config, runtime, { now, ...(options.onSourceDone ? { onSourceDone: options.onSourceDone } : {}) });
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
  const digest = await digestJob(runtime.db, config, {
    now: at,
    ...(options.days !== undefined ? { days: options.days } : {}),
    baseDir: options.baseDir ?? process.cwd(),
    log: runtime.log,
  });
  const files = writeDailyDigest(digest, runtime.storageDir, at, config.review.language);
  writeAcceptedFeed(runtime.db, config, runtime.storageDir, at);
  // Last, after today's files exist: the digest's period and the link run have read what they need.
  const retention = applyRetention(runtime.db, runtime.storageDir, config.storage.retention, now(), runtime.log.child({ runId: watch.runId }));
  return { watch, digest, files, ...(links ? { links } : {}), ...(retention ? { retention } : {}) };
}
