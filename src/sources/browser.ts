/**
 * The `browser` kind: the same listing rules as `html`, on the page as a real browser renders
 * it — for listings built by JavaScript or behind a bot wall that only lets browsers through.
 * Article pages (`detail`) are asked over plain HTTP first — which carries the clearance the
 * browser earned on that host — and rendered in the browser when the wall answers instead.
 * There is no conditional request: a browser navigation cannot send our validators.
 */
import type { BrowserSource } from '../config/schema.js';
import { FetchError } from '../fetch/types.js';
import { readListing } from './listing-pages.js';
import type { Extraction, SourceHandler } from './types.js';

/** Statuses a bot wall answers plain clients with. */
const WALL_STATUSES = new Set([401, 403, 429, 503]);

export const browserHandler: SourceHandler<BrowserSource> = async (source, context): Promise<Extraction> => {
  const browser = context.browser();
  // Hosts whose wall refused a plain request this run: their article pages go to the browser.
  const walled = new Set<string>();
  return readListing(source, {
    async page(url) {
      const page = await browser.render(url, source.waitFor ? { waitFor: source.waitFor } : {});
      return { notModified: false, html: page.html, finalUrl: page.finalUrl };
    },
    async detail(url) {
      const host = new URL(url).host;
      if (!walled.has(host)) {
        try {
          const page = await context.fetch(url);
          if (!page.notModified) return { html: page.text, finalUrl: page.finalUrl };
        } catch (error) {
          if (!(error instanceof FetchError && error.status !== undefined && WALL_STATUSES.has(error.status))) throw error;
          walled.add(host);
        }
      }
      const page = await browser.render(url);
      return { html: page.html, finalUrl: page.finalUrl };
    },
    known: context.known,
  }, context.limits);
};
