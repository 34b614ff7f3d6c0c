/**
 * The digest job: the period's candidates ranked with everything the ranking knows (keywords,
 * learning from past issues and decisions); the files a run writes of it are digest-files.ts.
 * `run`, `digest`, the scheduler and the evaluation rank through this one call, so they never
 * disagree.
 */
import type { Config } from '../config/schema.js';
import { digestPeriod } from '../digest/build.js';
import { buildLearnedDigest } from '../digest/learned-digest.js';
import type { Logger } from '../log.js';
import type { Digest } from '../model/digest.js';
import type { Db } from '../store/db.js';

export interface DigestJobOptions {
  /** The period's end (default: now). */
  now?: Date;
  /** The period's start; else `days` (or the config's `digest.days`) before `now`. */
  since?: Date;
  days?: number;
  /** Where the config's relative archive paths start. */
  baseDir: string;
  /** Where problems reading past issues are said (they never stop the digest). */
  log?: Logger;
}

export async function digestJob(db: Db, config: Config, options: DigestJobOptions): Promise<Digest> {
  const now = options.now ?? new Date();
  const period = digestPeriod({ now, defaultDays: config.digest.days, ...(options.days !== undefined ? { days: options.days } : {}), ...(options.since ? { since: options.since } : {}) });
  const { digest, archive } = await buildLearnedDigest(db, config, period, now, { baseDir: options.baseDir });
  for (const problem of archive?.problems ?? []) options.log?.warn({ problem }, 'past issue not read for learning');
  return digest;
}
