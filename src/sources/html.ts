/** The `html` kind: a listing page read with cheerio through the configured selectors. */
import type { HtmlSource } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { extractDetail, extractListing } from './listing.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

/**
 * Fill in fields the listing lacks from each item's own page — only for items we have not
 * recorded yet, and at most `maxPerRun` pages, so a listing without dates costs a few
 * requests per run, not one per item.
 */
export async function fillFromDetailPages(
  items: RawItem[],
  detail: NonNullable<HtmlSource['detail']>,
  context: SourceContext,
  warnings: string[],
): Promise<void> {
  const wanted = items.filter(
    (item) =>
      !context.known(item.url) &&
      ((detail.date && !item.publishedRaw) || (detail.title && !item.title) || (detail.summary && !item.summary)),
  );
  const batch = wanted.slice(0, detail.maxPerRun);
  if (wanted.length > batch.length) {
    warnings.push(`${wanted.length - batch.length} detail pages left for the next run (maxPerRun ${detail.maxPerRun})`);
  }
  for (const item of batch) {
    try {
      const page = await context.fetch(item.url);
      if (page.notModified) continue;
      const fields = extractDetail(page.text, detail);
      if (!item.publishedRaw && fields.publishedRaw) item.publishedRaw = fields.publishedRaw;
      if (!item.summary && fields.summary) item.summary = fields.summary;
      if (fields.title && detail.title) item.title = fields.title;
    } catch (error) {
      warnings.push(`detail page ${item.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export const htmlHandler: SourceHandler<HtmlSource> = async (source, context): Promise<Extraction> => {
  const items: RawItem[] = [];
  const warnings: string[] = [];
  const maxPages = source.pagination?.maxPages ?? 1;
  let url: string | undefined = source.url;
  const visited = new Set<string>();
  for (let pageNumber = 1; url && pageNumber <= maxPages && !visited.has(url); pageNumber += 1) {
    visited.add(url);
    // Only the first page is asked conditionally: if it has not changed, nothing has.
    const page = await context.fetch(url, { conditional: pageNumber === 1 });
    if (page.notModified) return { notModified: true, items: [], warnings };
    if (page.truncated) warnings.push(`${url}: page cut off at the size limit`);
    const listing = extractListing(page.text, page.finalUrl, source.select!, source.pagination?.next);
    if (listing.incomplete > 0) warnings.push(`${url}: ${listing.incomplete} item elements without title or link`);
    items.push(...listing.items);
    url = listing.next;
  }
  if (source.detail) await fillFromDetailPages(items, source.detail, context, warnings);
  return { notModified: false, items, warnings };
};
