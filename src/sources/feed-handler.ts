/**
 * The `feed` kind's handler: fetch the feed, then parse it (sources/feed.ts). The parser —
 * rss-parser, xml2js, cheerio — loads once the first answer is in, so a run's first requests
 * do not wait for it (issue 14: start-up).
 */
import type { FeedSource } from '../config/schema.js';
import type { FeedParseResult } from './feed.js';
import { sizeCapNote, withSizeCap } from './limits.js';
import type { Extraction, SourceHandler } from './types.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export const feedHandler: SourceHandler<FeedSource> = async (source, context): Promise<Extraction> => {
  const result = await context.fetch(source.url, { conditional: true, accept: FEED_ACCEPT });
  if (result.notModified) return { notModified: true, items: [], warnings: [] };
  const warnings: string[] = [];
  if (result.truncated) warnings.push(`the feed was ${sizeCapNote(result.body.length)}`);
  let parsed: FeedParseResult;
  try {
    const { parseFeedDetailed } = await import('./feed.js');
    parsed = await parseFeedDetailed(result.text, result.finalUrl);
  } catch (error) {
    // "Unclosed root tag … column 10485760" says nothing of why: the cut comes first.
    throw withSizeCap(error, result.truncated, result.body.length);
  }
  // `ignoreGuid`: the editors know this feed's GUIDs are junk; identify its items by URL.
  if (source.ignoreGuid) for (const item of parsed.items) delete item.guid;
  return { notModified: false, items: parsed.items, warnings: [...warnings, ...parsed.warnings] };
};
