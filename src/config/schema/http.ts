/** How pages are fetched: HTTP settings, run limits, the browser. */
import { z } from 'zod';
import { httpUrl } from './common.js';
import { LIMIT_DEFAULTS } from '../defaults.js';

export const httpSchema = z
  .strictObject({
    userAgent: z.string().min(1).default('sourcewatch/0.1 (+https://github.com/kom/sourcewatch; newsletter source monitor)'),
    timeoutSeconds: z.number().positive().max(600).default(30),
    maxBytes: z.number().int().positive().default(10 * 1024 * 1024).describe('Response bodies are cut off past this size'),
    perHostConcurrency: z.number().int().min(1).max(16).default(1),
    perHostDelayMs: z.number().int().min(0).max(60_000).default(1000).describe('Spacing between requests to one host'),
    concurrency: z
      .number()
      .int()
      .min(1)
      .max(256)
      .default(128)
      .describe('Requests in flight at once over all hosts (sockets, memory). Sources are scheduled by host: each host keeps its own spacing, and a host waiting for its next slot holds none of these'),
    retries: z.number().int().min(0).max(10).default(2),
    retryBaseDelayMs: z.number().int().min(0).default(1000),
    maxRetryAfterSeconds: z.number().min(0).default(120).describe('A longer Retry-After fails the request instead'),
    respectRobotsTxt: z.boolean().default(true),
    proxy: httpUrl.optional().describe('HTTP(S) proxy for every request (also --proxy or HTTPS_PROXY)'),
    insecure: z.boolean().default(false).describe('Accept any TLS certificate (for TLS-intercepting proxies)'),
  })
  .prefault({});

export const limitsSchema = z
  .strictObject({
    maxNestingDepth: z
      .number()
      .int()
      .min(32)
      .max(5000)
      .default(LIMIT_DEFAULTS.maxNestingDepth)
      .describe('HTML pages: tags nested deeper than this are dropped before parsing, their text kept (parse time grows with the square of the depth; real pages nest a few dozen levels)'),
    maxElementsPerPage: z
      .number()
      .int()
      .min(1000)
      .max(2_000_000)
      .default(LIMIT_DEFAULTS.maxElementsPerPage)
      .describe('HTML pages: the page is cut after this many tags before parsing (each costs some 500 bytes as a DOM node; a big real listing has a few thousand)'),
    maxItemsPerPage: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(LIMIT_DEFAULTS.maxItemsPerPage)
      .describe('Items read from one listing page at most (in page order); the rest are left out with a warning'),
    maxUrlsPerSitemap: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(LIMIT_DEFAULTS.maxUrlsPerSitemap)
      .describe('URLs kept from one sitemap at most, newest lastmod first (50,000 is the sitemap protocol\'s own limit); the rest are left out with a warning'),
  })
  .prefault({})
  .describe('Bounds on the work one document may cause, so a broken or hostile page stays cheap and every source still reports');

export const browserSchema = z
  .strictObject({
    executablePath: z.string().default('/usr/bin/chromium'),
    navigationTimeoutSeconds: z.number().positive().default(45),
    challengeTimeoutSeconds: z
      .number()
      .positive()
      .max(120)
      .default(12)
      .describe('How long a bot wall\'s challenge page may take to pass before the page counts as blocked'),
    headful: z
      .boolean()
      .default(false)
      .describe('Run Chromium headful in a virtual display (needs Xvfb: apt-get install xvfb), for walls that catch headless browsers'),
  })
  .prefault({});

export type HttpSettings = z.output<typeof httpSchema>;
export type Limits = z.output<typeof limitsSchema>;
