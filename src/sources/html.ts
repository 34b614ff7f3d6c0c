/** The `html` kind: a listing page fetched over plain HTTP, read by selectors or link pattern. */
import type { HtmlSource } from '../config/schema.js';
import { readListing, type ListingSource } from './listing-pages.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** A listing read over plain HTTP: shared with a feed's `fallback` listing. */
export function readHtmlListing(listing: ListingSource, context: SourceContext): Promise<Extraction> {
  return readListing(listing, {
    async page(url, number) {
      // Only the first page is asked conditionally: if it has not changed, nothing has.
      const page = await context.fetch(url, { conditional: number === 1, accept: PAGE_ACCEPT });
      if (page.notModified) return { notModified: true };
      return { notModified: false, html: page.text, finalUrl: page.finalUrl, truncated: page.truncated, bytes: page.body.length };
    },
    async detail(url) {
      const page = await context.fetch(url, { accept: PAGE_ACCEPT });
      return page.notModified ? undefined : { html: page.text, finalUrl: page.finalUrl };
    },
    known: context.known,
  }, context.limits);
}

export const htmlHandler: SourceHandler<HtmlSource> = (source, context) => readHtmlListing(source, context);
