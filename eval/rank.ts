/**
 * The one place the eval calls into the product's ranking: the digest exactly as the main job
 * builds it (`buildLearnedDigest`, as src/run.ts, `digest` and the scheduler build it). When the
 * ranking's entry point changes, this adapter changes and nothing else in eval/ does. `configDir` is where sources.json's relative paths (the
 * archive of past issues, which a ranking may learn from) start.
 */
import type { Config } from '../src/config/schema.js';
import { buildLearnedDigest } from '../src/digest/learned-digest.js';
import type { Digest } from '../src/model/digest.js';
import type { Db } from '../src/store/db.js';

export interface RankInput {
  db: Db;
  config: Config;
  configDir: string;
  period: { from: Date; to: Date };
  now: Date;
}

/** Async, as the product's learned digest (reading past issues) is on main. */
export async function rankDigest(input: RankInput): Promise<Digest> {
  const { db, config, period, now, configDir } = input;
  return (await buildLearnedDigest(db, config, period, now, { baseDir: configDir })).digest;
}
