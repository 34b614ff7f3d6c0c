/**
 * Every source kind and its handler. The mapped type makes TypeScript reject a kind added to
 * the schema without a handler here.
 */
import type { Source, SourceKind } from '../config/schema.js';
import { browserHandler } from './browser.js';
import { feedHandler } from './feed.js';
import { htmlHandler } from './html.js';
import { sitemapHandler } from './sitemap.js';
import { stortingetHandler } from './stortinget.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

type Handlers = { [K in SourceKind]: SourceHandler<Extract<Source, { kind: K }>> };

const handlers: Handlers = {
  feed: feedHandler,
  html: htmlHandler,
  browser: browserHandler,
  sitemap: sitemapHandler,
  stortinget: stortingetHandler,
};

export function extractSource(source: Source, context: SourceContext): Promise<Extraction> {
  const handler = handlers[source.kind] as SourceHandler<Source>;
  return handler(source, context);
}
