/**
 * What the store and storage/digests/ keep. Without limits a daily run grows the store by
 * run, source-run and link-check rows and the digest folder by a file set a day, forever; the
 * defaults keep half a year of history, which is more than any report or page reads.
 */
import { z } from 'zod';

export const retentionSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Prune at the end of every run and scheduled job (false: keep everything)'),
    runsDays: z
      .number()
      .int()
      .min(7)
      .default(180)
      .describe(
        'Runs and per-source run outcomes older than this many days are deleted; the newest run of each kind and the first failed run of a source that is still failing are always kept',
      ),
    linkChecksDays: z
      .number()
      .int()
      .min(7)
      .default(180)
      .describe('Single link checks older than this many days are deleted; the newest check of every link is always kept (its state, first failure and dead-since dates live on)'),
    linkStateDays: z
      .number()
      .int()
      .min(1)
      .default(30)
      .describe(
        'A link no longer found anywhere checked (left the archive, a candidate that left the digest period, a removed source) is forgotten this many days after it was last seen',
      ),
    digestDays: z
      .number()
      .int()
      .min(1)
      .default(90)
      .describe('Dated files in storage/digests/ (digest-<day>.*, health-<day>.md) older than this many days are deleted; latest.*, latest-health.md and accepted.atom are never touched'),
    digestFiles: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('At most this many dated files in storage/digests/ (the oldest days go first; a day\'s set is kept or deleted whole); no limit when absent'),
  })
  .prefault({});

export const storageSchema = z
  .strictObject({
    retention: retentionSchema.describe('How long history and digest files are kept'),
  })
  .prefault({});

export type RetentionSettings = z.output<typeof retentionSchema>;
