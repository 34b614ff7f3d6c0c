/**
 * A listing over several pages, for the html and browser kinds alike (walked by page-walk.ts):
 * page 1 decides (it failing fails the source; it unchanged means nothing changed), later pages
 * only add. A later page that fails keeps what the earlier pages gave, with a warning that names
 * it. (Not `partial`: that skips the broken-extraction check, and the pages read were read anew.)
 */
import { oneLineError } from '../fetch/error-detail.js';
import type { ArticlePattern, DetailRules, Limits, Pagination, Selectors } from '../config/schema.js';
import type { RawItem } from '../model.js';
import type { PageLoader } from './detail-page.js';
import { boundHtml } from './html-bounds.js';
import { DEFAULT_LIMITS, elementsCapWarning, htmlBounds, itemsCapWarning, nestingWarning, sizeCapNote } from './limits.js';
import type { ListingMethod } from './listing.js';
import { walkPages } from './page-walk.js';
import type { Extraction } from './types.js';

export interface ListingSource {
  url: string;
  select?: Selectors | undefined;
  articles?: ArticlePattern | undefined;
  pagination?: Pagination | undefined;
  detail?: DetailRules | undefined;
}

/** A listing page as loaded: its HTML, or "unchanged since last time" (page 1 only). */
export type LoadedListing =
  | { notModified: true }
  /** `truncated`: the body was cut at the size cap, which is `bytes` long. */
  | { notModified: false; html: string; finalUrl: string; truncated?: boolean; bytes?: number };

export interface ListingLoaders {
  /** Page `number` (1 = the source's URL); page 1 may answer notModified. */
  page(url: string, number: number): Promise<LoadedListing>;
  /** An article page, for `detail`. */
  detail: PageLoader;
  known(url: string): boolean;
}

/** URL of listing page `number` (≥ 2) from a pagination template. Pure. */
export function templatePageUrl(pagination: Pagination, number: number, base: string): string | undefined {
  if (!pagination.template) return undefined;
  const value = pagination.firstNumber + (number - 2) * pagination.step;
  try {
    return new URL(pagination.template.replaceAll('{page}', String(value)), base).href;
  } catch {
    return undefined;
  }
}

/** One line for how the items were found, when it is news to a maintainer. */
export function methodWarning(methods: ListingMethod[], items: number): string | undefined {
  if (!methods.includes('fallback') || items === 0) return undefined;
  return `selectors matched nothing; ${items} item${items === 1 ? '' : 's'} found by link pattern — did the page change layout?`;
}

export async function readListing(source: ListingSource, loaders: ListingLoaders, limits: Limits = DEFAULT_LIMITS): Promise<Extraction> {
  const items: RawItem[] = [];
  const urls = new Set<string>();
  const warnings: string[] = [];
  const methods: ListingMethod[] = [];
  const pagination = source.pagination;
  let notModified = false;
  const walk = await walkPages(source.url, pagination?.maxPages ?? 1, async (url, number) => {
    const loaded = await loaders.page(url, number);
    if (loaded.notModified) {
      notModified = true;
      return 'stop';
    }
    if (loaded.truncated) warnings.push(`${url}: page ${sizeCapNote(loaded.bytes ?? loaded.html.length)}`);
    const bounded = boundHtml(loaded.html, htmlBounds(limits));
    if (bounded.dropped > 0) warnings.push(nestingWarning(url, bounded.depth, limits.maxNestingDepth));
    if (bounded.cut) warnings.push(elementsCapWarning(url, limits.maxElementsPerPage));
    // The HTML parser (cheerio) loads with the first page in, not before the first request.
    const { extractListingPage } = await import('./listing.js');
    const page = extractListingPage(bounded.html, loaded.finalUrl, {
      select: source.select,
      articles: source.articles,
      next: pagination?.next,
      maxItems: limits.maxItemsPerPage,
    });
    methods.push(page.method);
    if (page.capped) warnings.push(itemsCapWarning(url, limits.maxItemsPerPage));
    if (page.incomplete > 0 && page.method === 'selectors') warnings.push(`${url}: ${page.incomplete} item elements without title or link`);
    const fresh = page.items.filter((item) => !urls.has(item.url));
    for (const item of fresh) {
      urls.add(item.url);
      items.push(item);
    }
    // A templated page past the end repeats or empties: nothing more to read.
    if (number > 1 && fresh.length === 0) return 'stop';
    return { next: page.next ?? (pagination ? templatePageUrl(pagination, number + 1, source.url) : undefined), finalUrl: loaded.finalUrl };
  });
  if (notModified) return { notModified: true, items: [], warnings };
  if (walk.failed) {
    const { number, url, error } = walk.failed;
    warnings.push(`page ${number} (${url}) failed: ${oneLineError(error)}; kept the ${items.length} items of the earlier pages`);
  }
  if (walk.warning) warnings.push(walk.warning);
  const fellBack = methodWarning(methods, items.length);
  if (fellBack) warnings.unshift(fellBack);
  if (source.detail) await (await import('./detail-page.js')).fillFromDetailPages(items, source.detail, loaders.detail, loaders.known, warnings, limits);
  return { notModified: false, items, warnings, ...(fellBack ? { fellBack: true } : {}) };
}
