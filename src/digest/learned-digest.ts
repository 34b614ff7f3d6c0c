/**
 * The digest as every caller builds it — `run`, `digest`, the scheduler, the eval: the past
 * issues' paragraphs brought up to date, then the ranking with what they and the editors'
 * decisions teach (config `review.learning`).
 */
import type { Config } from '../config/schema.js';
import { learningFor } from '../learning/learned.js';
import { refreshArchive, type ArchiveRefresh } from '../learning/refresh-archive.js';
import type { Db } from '../store/db.js';
import { buildDigest, type DigestPeriod } from './build.js';
import type { Digest } from '../model/digest.js';

export async function buildLearnedDigest(
  db: Db,
  config: Config,
  period: DigestPeriod,
  now: Date,
  options: { baseDir: string },
): Promise<{ digest: Digest; archive?: ArchiveRefresh }> {
  if (!config.review.learning) return { digest: buildDigest(db, config, period, now) };
  const archive = await refreshArchive(db, config, options.baseDir);
  const { learned } = learningFor(db, config);
  return { digest: buildDigest(db, config, period, now, learned ? { learned } : {}), archive };
}
