/**
 * The open issue's accepted items as a feed beside the digest files. Apart from digest-job.ts
 * so that `sourcewatch digest`, which writes no files, does not load the review modules.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { acceptedAtom } from '../review/feeds.js';
import type { Db } from '../store/db.js';

/** The file name of the open issue's accepted items as a feed, beside the digest files. */
export const ACCEPTED_FEED_FILE = 'accepted.atom';

/**
 * storage/digests/accepted.atom: the items accepted into the open issue, as `serve` offers them at
 * /feeds/accepted.atom — one file, not one a day, since it is the state, not the day's news.
 */
export function writeAcceptedFeed(db: Db, config: Config, storageDir: string, at: Date): string {
  const file = path.join(storageDir, 'digests', ACCEPTED_FEED_FILE);
  writeFileAtomic(file, acceptedAtom(db, config, at, { origin: '', selfHref: ACCEPTED_FEED_FILE, alternateHref: 'latest.html' }));
  return file;
}
