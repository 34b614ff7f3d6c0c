/** The link checker's settings. */
import { z } from 'zod';
import { MAX_LINKS_PER_DOCUMENT } from '../defaults.js';

export const linksSchema = z
  .strictObject({
    archive: z
      .array(z.string().min(1))
      .default([])
      .describe('Files or folders of past issues (PDF, HTML, Markdown, text), relative to sources.json'),
    exclude: z.array(z.string()).default([]).describe('Regular expressions; matching URLs get the verdict "excluded"'),
    checkCandidates: z.boolean().default(true).describe('Also check the links of current digest candidates'),
    checkSources: z.boolean().default(true).describe('Also check the source pages themselves'),
    deadAfterRuns: z.number().int().min(1).default(3).describe('A link is reported dead after failing this many runs in a row…'),
    deadAfterDays: z.number().min(0).default(14).describe('…or after failing for this many days'),
    cacheOkHours: z.number().min(0).default(20).describe('A link that was ok is not checked again for this long (failures are never cached)'),
    concurrency: z.number().int().min(1).max(256).default(64).describe('Checks in flight at once, over all hosts'),
    perHostConcurrency: z.number().int().min(1).max(16).default(2),
    perHostDelayMs: z.number().int().min(0).max(60_000).default(0).describe('Spacing between request starts to one host'),
    timeoutSeconds: z.number().positive().max(600).default(20),
    retries: z.number().int().min(0).max(10).default(2),
    maxRetryWaitSeconds: z.number().min(0).default(60).describe('Total Retry-After / rate-limit waiting allowed per link'),
    method: z
      .enum(['auto', 'head', 'get'])
      .default('auto')
      .describe('auto: HEAD for documents (pdf, docx…), GET reading only the first bytes for pages (soft-404 and #fragment checks need them)'),
    maxBodyBytes: z.number().int().min(1024).default(512 * 1024).describe('Bytes of a page read at most (soft-404, fragments)'),
    maxLinksPerDocument: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(MAX_LINKS_PER_DOCUMENT)
      .describe('Links taken from one archive document at most (in document order); the rest are left out with a warning'),
    browserRecheck: z
      .strictObject({
        enabled: z.boolean().default(false),
        hosts: z.array(z.string()).default([]).describe('Only these hosts (empty: every host that answered "blocked")'),
      })
      .prefault({})
      .describe('Re-check links that look blocked (bot walls) in a real browser'),
  })
  .prefault({});

export type LinksSettings = z.output<typeof linksSchema>;
