/**
 * Every source kind and its handler. The mapped type makes TypeScript reject a kind added to
 * the schema without a handler here.
 */
import { oneLineError } from '../fetch/error-detail.js';
import type { FeedSource, Source, SourceKind } from '../config/schema.js';
import { browserHandler } from './browser.js';
import { feedHandler } from './feed.js';
import { htmlHandler, readHtmlListing } from './html.js';
import { sitemapHandler } from './sitemap.js';
import { stortingetHandler } from './stortinget-handler.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

type Handlers = { [K in SourceKind]: SourceHandler<Extract<Source, { kind: K }>> };

const handlers: Handlers = {
  feed: feedHandler,
  html: htmlHandler,
  browser: browserHandler,
  sitemap: sitemapHandler,
  stortinget: stortingetHandler,
};

/**
 * A feed with a `fallback`: the feed first; when it fails or lists nothing, the fallback is read
 * and says why in its warnings. When both fail, the feed's error is the one reported.
 */
async function withFallback(source: FeedSource, context: SourceContext): Promise<Extraction> {
  const fallback = source.fallback!;
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
      fallback.kind === 'feed' ? await feedHandler({ ...source, url: fallback.url, fallback: undefined }, context) : await readHtmlListing(fallback, context);
    if (extraction.notModified) return extraction;
    return { ...extraction, warnings: [`${why}: read ${fallback.url} instead`, ...extraction.warnings] };
  } catch (error) {
    throw feedError ?? error;
  }
}

export function extractSource(source: Source, context: SourceContext): Promise<Extraction> {
  if (source.kind === 'feed' && source.fallback) return withFallback(source, context);
  const handler = handlers[source.kind] as SourceHandler<Source>;
  return handler(source, context);
}
