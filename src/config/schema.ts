/**
 * The schema of sources.json. One zod schema both validates the file and generates the JSON
 * Schema that ships beside it (`sourcewatch sources schema`), so the two never drift apart.
 * Every object is strict: an unknown key is a typo until proven otherwise.
 */
import { z } from 'zod';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export const httpUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/** A CSS selector; syntax is checked at load time with the same engine that will run it. */
const selector = z.string().min(1).describe('CSS selector (cheerio / browser querySelectorAll syntax)');

const selectSchema = z
  .strictObject({
    item: selector.describe('Selects one element per publication in the listing'),
    title: selector.optional().describe('Inside an item: the title text (default: the link text)'),
    link: selector.describe('Inside an item: the element carrying the link'),
    linkAttribute: z.string().default('href').describe('Attribute of the link element holding the URL'),
    date: selector.optional().describe('Inside an item: the element whose text holds the date'),
    dateAttribute: z.string().optional().describe('Read the date from this attribute (e.g. datetime) instead of text'),
    summary: selector.optional().describe('Inside an item: the summary text'),
  })
  .describe('Where to find each field in a listing page');

/** A regular expression as written in sources.json; syntax is checked at load time. */
const pattern = z.string().min(1).describe('Regular expression (JavaScript syntax), matched against the absolute URL');

const articlesSchema = z
  .strictObject({
    include: z
      .array(pattern)
      .min(1)
      .describe('A link whose absolute URL matches one of these is an article (e.g. "/-/[^/?#]+$" on Liferay sites)'),
    exclude: z.array(pattern).default([]).describe('…unless it matches one of these (tag pages, share links, pagination)'),
  })
  .describe(
    'Name the articles by the URL shape of their links. Every matching link on the page becomes an item (links to the same article merged); title, date and summary come from the link\'s block. With `select` too, this is the fallback when the selectors match nothing.',
  );

const paginationSchema = z
  .strictObject({
    next: selector.optional().describe('Selects the link to the next listing page (href is followed)'),
    template: z
      .string()
      .regex(/\{page\}/, 'must contain {page}')
      .optional()
      .describe('URL of listing page N with {page} for its number, when the page has no "next" link: "…/fafo-reports/{page}", "…?page={page}"'),
    firstNumber: z.number().int().min(0).default(2).describe('The {page} number of the second listing page (Drupal counts from 0, so its second page is 1)'),
    step: z.number().int().min(1).default(1).describe('Added to {page} for each further page (Liferay ?start= counts items: 20)'),
    maxPages: z.number().int().min(1).max(50).default(3).describe('Pages to read at most, the first included'),
  })
  .refine((value) => value.next !== undefined || value.template !== undefined, 'give `next` (a selector) or `template` (a URL with {page})')
  .describe('Read further listing pages: by a "next" link or by a URL template. A later page that fails keeps what the earlier pages gave.');

const detailSchema = z
  .strictObject({
    date: selector.optional().describe('On the detail page: element holding the date'),
    title: selector.optional().describe('On the detail page: element holding the title'),
    summary: selector.optional().describe('On the detail page: element holding the summary'),
    metadata: z
      .boolean()
      .default(true)
      .describe('Fill what the selectors do not give from the page\'s own metadata (JSON-LD, article:published_time, og:*, DC.date, <time>, a date near the <h1>)'),
    maxPerRun: z.number().int().min(1).max(200).default(10).describe('Detail pages fetched per run at most'),
  })
  .describe('Read the article page itself for new items the listing gives no date (or title, summary) for');

const rankingOfSource = z
  .strictObject({
    weight: z.number().min(-10).max(20).default(0).describe('Added to every item of this source'),
    requireKeyword: z
      .boolean()
      .default(false)
      .describe('Items become candidates only when a keyword matches (e.g. Stortinget: most items are off topic)'),
  })
  .describe('How this source counts in the ranking');

const common = {
  id: z.string().regex(idPattern, 'lowercase letters, digits and dashes').describe('Stable identity of the source; never reuse'),
  name: z.string().min(1).describe('Name shown to editors'),
  section: z.string().min(1).describe('Newsletter section id (one of the top-level sections)'),
  enabled: z.boolean().default(true),
  ranking: rankingOfSource.prefault({}),
  schedule: z.string().optional().describe('Cron expression overriding the default watch schedule (Europe/Oslo)'),
  notes: z.string().optional().describe('Free text for maintainers'),
};

const needsSelectOrArticles = (value: { select?: unknown; articles?: unknown }): boolean =>
  value.select !== undefined || value.articles !== undefined;
const selectOrArticles = 'give `articles` (link patterns), `select` (selectors), or both';

const htmlListing = {
  url: httpUrl.describe('The listing page'),
  select: selectSchema.optional(),
  articles: articlesSchema.optional(),
  pagination: paginationSchema.optional(),
  detail: detailSchema.optional(),
};

/**
 * What to read when the source itself fails or yields nothing: e.g. regjeringen.no's typed RSS
 * feed first, its listing page when the feed does not answer. Items found either way are the
 * same items (identity is by URL).
 */
const fallbackSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('feed'), url: httpUrl }),
    z.strictObject({ kind: z.literal('html'), ...htmlListing }).refine(needsSelectOrArticles, { message: selectOrArticles, path: ['articles'] }),
  ])
  .describe('Read this instead when the source fails or finds nothing (a listing behind a feed)');

export const feedSourceSchema = z.strictObject({
  ...common,
  kind: z.literal('feed'),
  url: httpUrl.describe('RSS 2.0, RSS 1.0/RDF or Atom feed'),
  ignoreGuid: z.boolean().default(false).describe('Treat GUIDs as untrustworthy (identify items by URL instead)'),
  fallback: fallbackSchema.optional(),
});

export const htmlSourceSchema = z
  .strictObject({ ...common, kind: z.literal('html'), ...htmlListing })
  .refine(needsSelectOrArticles, { message: selectOrArticles, path: ['articles'] });

export const browserSourceSchema = z
  .strictObject({
    ...common,
    kind: z.literal('browser'),
    ...htmlListing,
    url: httpUrl.describe('The listing page, rendered in a real browser'),
    waitFor: selector.optional().describe('Wait until this selector matches before reading the page'),
  })
  .refine(needsSelectOrArticles, { message: selectOrArticles, path: ['articles'] });

export const sitemapSourceSchema = z.strictObject({
  ...common,
  kind: z.literal('sitemap'),
  url: httpUrl.describe('A sitemap or sitemap index'),
  include: z.array(z.string()).default([]).describe('Regular expressions; a URL must match one (when any are given)'),
  exclude: z.array(z.string()).default([]).describe('Regular expressions; a URL matching one is skipped'),
  maxSitemaps: z.number().int().min(1).max(100).default(10).describe('Child sitemaps of an index read at most'),
  detail: detailSchema.optional(),
});

export const stortingetEndpoint = z.enum(['saker', 'skriftligesporsmal', 'publikasjoner']);

export const stortingetSourceSchema = z.strictObject({
  ...common,
  kind: z.literal('stortinget'),
  url: httpUrl.default('https://data.stortinget.no/eksport/').describe('Base URL of the open-data export'),
  session: z
    .string()
    .regex(/^(current|\d{4}-\d{4})$/, '"current" or a session id like 2025-2026')
    .default('current'),
  endpoints: z.array(stortingetEndpoint).min(1).default(['saker', 'skriftligesporsmal', 'publikasjoner']),
  publikasjontyper: z
    .array(z.string().min(1))
    .default(['dok8', 'dok6', 'dok3'])
    .describe('publikasjoner?publikasjontype=… values: dok8 representantforslag, dok6 (e.g. NIM\'s annual report), dok3 (Riksrevisjonen)'),
  votesPerRun: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(10)
    .describe('Saker treated since the last run whose votes are read (voteringer?sakid=) to tell "vedtatt" / "ikke vedtatt"; only saker that may become candidates'),
  webBase: httpUrl.default('https://www.stortinget.no/').describe('Where item links point'),
});

export const sourceSchema = z.discriminatedUnion('kind', [
  feedSourceSchema,
  htmlSourceSchema,
  browserSourceSchema,
  sitemapSourceSchema,
  stortingetSourceSchema,
]);

const keywordSchema = z.strictObject({
  label: z.string().min(1).describe('Shown in the reasons'),
  terms: z
    .array(z.string().min(1))
    .min(1)
    .describe('Words or phrases; a trailing * matches any word ending ("menneskehandel*")'),
  weight: z.number().min(-20).max(20),
  notNear: z
    .array(z.string().min(1))
    .default([])
    .describe('A match does not count when one of these words or phrases stands within `nearWords` words of it: "drug*", "kokain*" beside "trafficking"; "overskuddsvarme" beside "utnytte"'),
  near: z
    .array(z.string().min(1))
    .default([])
    .describe('When set, a match counts only where one of these words or phrases stands within `nearWords` words of it: "utnytte" beside a person ("arbeidstakere", "barn", "flyktninger"), not beside "kapasiteten" or "skogen"'),
  nearWords: z.number().int().min(1).max(10).default(3).describe('How many words on each side `near` and `notNear` look at'),
  notInSources: z
    .array(z.string().min(1))
    .default([])
    .describe("Source ids whose own items this rule does not score: a publisher's name in its own news (\"OSCE\" in OSCE's press releases) says nothing about the topic"),
});

export const rankingSchema = z
  .strictObject({
    keywords: z.array(keywordSchema).default([]),
    recency: z
      .strictObject({
        weight: z.number().min(0).max(20).default(2).describe('Bonus for an item published today'),
        halfLifeDays: z.number().positive().default(14).describe('The bonus halves every this many days'),
      })
      .prefault({}),
    minScore: z.number().default(0).describe('Candidates scoring below this are left out of the digest'),
  })
  .prefault({});

export const httpSchema = z
  .strictObject({
    userAgent: z.string().min(1).default('sourcewatch/0.1 (+https://github.com/kom/sourcewatch; newsletter source monitor)'),
    timeoutSeconds: z.number().positive().max(600).default(30),
    maxBytes: z.number().int().positive().default(10 * 1024 * 1024).describe('Response bodies are cut off past this size'),
    perHostConcurrency: z.number().int().min(1).max(16).default(1),
    perHostDelayMs: z.number().int().min(0).max(60_000).default(1000).describe('Spacing between requests to one host'),
    concurrency: z.number().int().min(1).max(64).default(8).describe('Sources fetched at once (each host still gets its own spacing)'),
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
      .default(256)
      .describe('HTML pages: tags nested deeper than this are dropped before parsing, their text kept (parse time grows with the square of the depth; real pages nest a few dozen levels)'),
    maxElementsPerPage: z
      .number()
      .int()
      .min(1000)
      .max(2_000_000)
      .default(50_000)
      .describe('HTML pages: the page is cut after this many tags before parsing (each costs some 500 bytes as a DOM node; a big real listing has a few thousand)'),
    maxItemsPerPage: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(2000)
      .describe('Items read from one listing page at most (in page order); the rest are left out with a warning'),
    maxUrlsPerSitemap: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(50_000)
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
      .default(20_000)
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

export const reviewSchema = z
  .strictObject({
    language: z.enum(['nb', 'en']).default('nb').describe('Labels of the review page'),
    learning: z.boolean().default(true).describe('Let past accept/reject decisions nudge the ranking'),
    learningMaxPoints: z
      .number()
      .min(0)
      .max(20)
      .default(5)
      .describe('What learning may add to or take from a score, at most (points)'),
    learningMinDecisions: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe('Learning starts once there are this many accepted and this many rejected items'),
    templates: z
      .record(z.string(), z.string())
      .default({})
      .describe(
        'Lead sentence per section id for the export; {source} {month} {title} {url} {kind} (also {sourceName} {year} {date} {section}) are filled in, and "se her" becomes the link',
      ),
    defaultTemplate: z.string().default('{source} publiserte i {month} «{title}», se her.'),
    eventTemplate: z
      .string()
      .default('{event} – «{title}», se her.')
      .describe('Lead sentence for an accepted event (a sak decided, a question answered); {event} is what happened, dated by month'),
  })
  .prefault({});

export const scheduleSchema = z
  .strictObject({
    timezone: z
      .string()
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'not a known IANA time zone (e.g. Europe/Oslo)')
      .default('Europe/Oslo')
      .describe('Time zone the cron expressions are read in (IANA name)'),
    watch: z.string().default('0 6 * * *').describe('Cron expression: watch all sources'),
    links: z.string().default('0 5 * * 1').describe('Cron expression: check links'),
    digest: z.string().default('0 7 * * 1').describe('Cron expression: write the weekly digest'),
    shutdownGraceSeconds: z
      .number()
      .int()
      .min(0)
      .max(3600)
      .default(60)
      .describe('On SIGINT/SIGTERM, wait this long for a running job to finish before abandoning it (keep systemd TimeoutStopSec above it)'),
    missedToleranceSeconds: z
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(300)
      .describe('A job whose time passed while the process was busy or the machine asleep still runs when at most this late'),
    lockMaxAgeHours: z
      .number()
      .positive()
      .default(12)
      .describe('A run lock older than this is taken over even if its process seems alive (a hung run, or a reused pid)'),
  })
  .prefault({});

export const alertsSchema = z
  .strictObject({
    failuresBeforeAlert: z.number().int().min(1).default(3).describe('A source is reported failing after this many failed runs in a row'),
    reportFile: z.string().default('alerts.md').describe('Written under storage/'),
    links: z.boolean().default(true).describe('Alert when a link becomes dead, and again when it works'),
    maxLinesPerMessage: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('Notices listed one by one in a message; the rest are counted per host (no floods when a site goes down)'),
    retryHours: z
      .number()
      .min(0)
      .default(72)
      .describe('An undelivered webhook/e-mail message is retried on later runs for this long'),
    webhook: z
      .strictObject({
        url: httpUrl,
        headers: z.record(z.string(), z.string()).default({}),
        timeoutSeconds: z.number().positive().max(120).default(10),
      })
      .optional()
      .describe('POST a JSON message ({"text", "subject", "notices"}) for each batch of alerts'),
    email: z
      .strictObject({
        host: z.string().min(1),
        port: z.number().int().positive().default(587),
        secure: z.boolean().default(false),
        from: z.string().min(3),
        to: z.array(z.string().min(3)).min(1),
        user: z.string().optional(),
        passwordEnv: z.string().optional().describe('Name of the environment variable holding the SMTP password'),
        subjectPrefix: z.string().default('[sourcewatch]'),
        timeoutSeconds: z.number().positive().max(300).default(20),
      })
      .optional()
      .describe('Send each batch of alerts by e-mail (SMTP)'),
  })
  .prefault({});

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
  sources: z.array(sourceSchema).min(1),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SourceKind = Source['kind'];
export type FeedSource = z.output<typeof feedSourceSchema>;
export type HtmlSource = z.output<typeof htmlSourceSchema>;
export type BrowserSource = z.output<typeof browserSourceSchema>;
export type SitemapSource = z.output<typeof sitemapSourceSchema>;
export type StortingetSource = z.output<typeof stortingetSourceSchema>;
export type Selectors = z.output<typeof selectSchema>;
export type ArticlePattern = z.output<typeof articlesSchema>;
export type Pagination = z.output<typeof paginationSchema>;
export type DetailRules = z.output<typeof detailSchema>;
export type FallbackSource = z.output<typeof fallbackSchema>;
export type HttpSettings = z.output<typeof httpSchema>;
export type Limits = z.output<typeof limitsSchema>;
export type RankingSettings = z.output<typeof rankingSchema>;
export type KeywordRule = z.output<typeof keywordSchema>;
export type LinksSettings = z.output<typeof linksSchema>;
export type ReviewSettings = z.output<typeof reviewSchema>;
export type ScheduleSettings = z.output<typeof scheduleSchema>;
export type AlertSettings = z.output<typeof alertsSchema>;
