/**
 * The schema of sources.json. One zod schema both validates the file and generates the JSON
 * Schema that ships beside it (`sourcewatch sources schema`), so the two never drift apart.
 * Every object is strict: an unknown key is a typo until proven otherwise.
 */
import { z } from 'zod';
import { idPattern } from './schema/common.js';
import { browserSchema, httpSchema, limitsSchema } from './schema/http.js';
import { linksSchema } from './schema/links.js';
import { alertsSchema, scheduleSchema } from './schema/ops.js';
import { rankingSchema } from './schema/ranking.js';
import { reviewSchema } from './schema/review.js';
import { sourceSchema } from './schema/sources.js';
import { storageSchema } from './schema/storage.js';

// The parts, each in its own file under schema/; importers keep importing from here.
export { httpUrl } from './schema/common.js';
export * from './schema/http.js';
export * from './schema/links.js';
export * from './schema/ops.js';
export * from './schema/ranking.js';
export * from './schema/review.js';
export * from './schema/sources.js';
export * from './schema/storage.js';

export const sectionSchema = z.strictObject({
  id: z.string().regex(idPattern),
  title: z.string().min(1).describe('As the newsletter titles it'),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  sections: z.array(sectionSchema).min(1).describe('Newsletter sections, in the order the digest lists them'),
  ranking: rankingSchema,
  http: httpSchema,
  limits: limitsSchema,
  browser: browserSchema,
  digest: z
    .strictObject({
      days: z.number().int().positive().default(7),
      maxPerSection: z.number().int().positive().default(30),
    })
    .prefault({}),
  links: linksSchema,
  review: reviewSchema,
  schedule: scheduleSchema,
  alerts: alertsSchema,
  storage: storageSchema.describe('What the store and storage/digests/ keep'),
  sources: z.array(sourceSchema).min(1),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
