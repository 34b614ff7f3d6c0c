/**
 * The sources of sources.json: one schema per kind (feed, html, browser, sitemap, stortinget),
 * with what a listing page needs (selectors, article patterns, pagination, detail pages).
 */
import { z } from 'zod';
import { httpUrl, idPattern, pattern, selector } from './common.js';

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

/**
 * The object refinements, named: json-schema.ts states each in sources.schema.json (as anyOf of
 * required keys), where the quick check reads it.
 */
export const needsNextOrTemplate = (value: { next?: unknown; template?: unknown }): boolean => value.next !== undefined || value.template !== undefined;
export const needsSelectOrArticles = (value: { select?: unknown; articles?: unknown }): boolean =>
  value.select !== undefined || value.articles !== undefined;

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
  .refine(needsNextOrTemplate, 'give `next` (a selector) or `template` (a URL with {page})')
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
