/**
 * Every source kind and its handler. The mapped type makes TypeScript reject a kind added to
 * the schema without a handler here. Each kind's handler loads when the first source of that
 * kind is read, and the handler loads its parser (rss-parser, cheerio) once the first answer is
 * in: a run's first requests do not wait for any parser (issue 14: start-up).
 */
import { oneLineError } from '../fetch/error-detail.js';
import type { FeedSource, Source, SourceKind } from '../config/schema.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

type HandlerLoaders = { [K in SourceKind]: () => Promise<SourceHandler<Extract<Source, { kind: K }>>> };

const handlers: HandlerLoaders = {
  feed: async () => (await import('./feed-handler.js')).feedHandler,
  html: async () => (await import('./html.js')).htmlHandler,
  browser: async () => (await import('./browser.js')).browserHandler,
  sitemap: async () => (await import('./sitemap.js')).sitemapHandler,
  stortinget: async () => (await import('./stortinget-handler.js')).stortingetHandler,
};

/**
 * A feed with a `fallback`: the feed first; when it fails or lists nothing, the fallback is read
 * and says why in its warnings. When both fail, the feed's error is the one reported.
 */
async function withFallback(source: FeedSource, context: SourceContext): Promise<Extraction> {
  const fallback = source.fallback!;
  const feedHandler = await handlers.feed();
  let why: string;
  let feedError: unknown;
  try {
    const extraction = await feedHandler(source, context);
    if (extraction.notModified || extraction.items.length > 0) return extraction;
    why = 'the feed listed nothing';
  } catch (error) {
    feedError = error;
    why = `the feed failed (${oneLineError(error)})`;
  }
  try {
    const extraction =
      fallback.kind === 'feed'
        ? await feedHandler({ ...source, url: fallback.url, fallback: undefined }, context)
        : await (await import('./html.js')).readHtmlListing(fallback, context);
    if (extraction.notModified) return extraction;
    return { ...extraction, warnings: [`${why}: read ${fallback.url} instead`, ...extraction.warnings] };
  } catch (error) {
    throw feedError ?? error;
  }
}

export async function extractSource(source: Source, context: SourceContext): Promise<Extraction> {
  if (source.kind === 'feed' && source.fallback) return withFallback(source, context);
  const handler = (await (handlers[source.kind] as () => Promise<SourceHandler<Source>>)()) as SourceHandler<Source>;
  return handler(source, context);
}
