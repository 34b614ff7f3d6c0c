/**
 * The one place the eval calls into the product's ranking: the digest job (src/jobs/digest-job.ts),
 * the same call `run`, `digest` and the scheduler make. When the ranking's entry point changes,
 * this adapter changes and nothing else in eval/ does. `configDir` is where sources.json's
 * relative paths (the archive of past issues, which a ranking may learn from) start.
 */
import type { Config } from '../src/config/schema.js';
import { digestJob } from '../src/jobs/digest-job.js';
import type { Digest } from '../src/model/digest.js';
import type { Db } from '../src/store/db.js';

export interface RankInput {
  db: Db;
  config: Config;
  configDir: string;
  /** The digest's period: from `since` to `now`, ranked at `now`. */
  since: Date;
  now: Date;
}

/** Async, as the product's learned digest (reading past issues) is on main. */
export async function rankDigest(input: RankInput): Promise<Digest> {
  const { db, config, since, now, configDir } = input;
  return digestJob(db, config, { now, since, baseDir: configDir });
}
