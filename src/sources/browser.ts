/**
 * The `browser` kind: the same selectors as `html`, on the page as a real browser renders it —
 * for listings built by JavaScript or behind a bot wall that only lets browsers through.
 * There is no conditional request here: a browser navigation cannot send our validators.
 */
import type { BrowserSource } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { extractListing } from './listing.js';
import type { Extraction, SourceHandler } from './types.js';

export const browserHandler: SourceHandler<BrowserSource> = async (source, context): Promise<Extraction> => {
  const items: RawItem[] = [];
  const warnings: string[] = [];
  const maxPages = source.pagination?.maxPages ?? 1;
  const browser = context.browser();
  let url: string | undefined = source.url;
  const visited = new Set<string>();
  for (let pageNumber = 1; url && pageNumber <= maxPages && !visited.has(url); pageNumber += 1) {
    visited.add(url);
    const page = await browser.render(url, source.waitFor ? { waitFor: source.waitFor } : {});
    const listing = extractListing(page.html, page.finalUrl, source.select!, source.pagination?.next);
    if (listing.incomplete > 0) warnings.push(`${url}: ${listing.incomplete} item elements without title or link`);
    items.push(...listing.items);
    url = listing.next;
  }
  return { notModified: false, items, warnings };
};
