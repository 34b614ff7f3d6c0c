/**
 * The files a run writes to storage/digests/: the day's digest in every format, and the open
 * issue's accepted items as a feed. Apart from digest-job.ts so that `sourcewatch digest`, which
 * prints one format and writes no files, loads neither the other formats nor the review modules.
 */
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { writeDigestFiles } from '../digest/write.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import type { Digest } from '../model/digest.js';
import type { DigestFormat } from '../report/format-names.js';
import type { TextLanguage } from '../report/report-text.js';
import { acceptedAtom } from '../review/feeds.js';
import type { Db } from '../store/db.js';
import { osloDay } from '../time/oslo.js';

/** storage/digests/digest-<Oslo day>.{every format}, plus latest.* copies. */
/** `language`: the editors' (`review.language`). */
export function writeDailyDigest(digest: Digest, storageDir: string, at: Date, language: TextLanguage = 'nb'): Record<DigestFormat, string> {
  return writeDigestFiles(digest, path.join(storageDir, 'digests'), osloDay(at), language);
}

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
