/**
 * Reading one listing page: by the configured selectors (the precise way), by the article link
 * pattern (the way that survives a redesign), or by the selectors with the pattern as fallback
 * when they match nothing. Shared by the html kind (the fetched page) and the browser kind (the
 * rendered DOM), so a selector or a pattern means the same thing in both.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { ArticlePattern, Selectors } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { compilePattern, extractByPattern } from './link-pattern.js';
import { baseUrlOf, resolveUrl } from './page-urls.js';
import { collapse, textOf } from './text.js';


/** The first element inside `scope` matching `selector` — or `scope` itself when it matches. */
function pick(scope: Cheerio<AnyNode>, selector: string): Cheerio<AnyNode> | undefined {
  if (scope.is(selector)) return scope;
  const found = scope.find(selector).first();
  return found.length > 0 ? found : undefined;
}

export interface SelectorListing {
  items: RawItem[];
  /** Elements the item selector matched. */
  matched: number;
  /** Matched elements that lacked a title or a link. */
  incomplete: number;
  /** True when `maxItems` items were read before every matched element was. */
  capped: boolean;
}

export function extractBySelectors($: CheerioAPI, pageUrl: string, select: Selectors, maxItems = Number.POSITIVE_INFINITY): SelectorListing {
  const base = baseUrlOf($, pageUrl);
  const items: RawItem[] = [];
  let incomplete = 0;
  let capped = false;
  const elements = $(select.item);
  elements.each((_, element) => {
    if (items.length >= maxItems) {
      capped = true;
      return false;
    }
    const scope = $(element);
    const link = pick(scope, select.link);
    const url = resolveUrl(link?.attr(select.linkAttribute), base);
    const titleNode = select.title ? pick(scope, select.title) : link;
    const title = titleNode ? textOf(titleNode) : '';
    if (!url || title === '') {
      incomplete += 1;
      return;
    }
    const item: RawItem = { title, url };
    if (select.date) {
      const dateNode = pick(scope, select.date);
      const raw = dateNode ? (select.dateAttribute ? dateNode.attr(select.dateAttribute) : textOf(dateNode)) : undefined;
      if (raw && raw.trim() !== '') item.publishedRaw = collapse(raw);
    }
    if (select.summary) {
      const summaryNode = pick(scope, select.summary);
      const summary = summaryNode ? textOf(summaryNode) : '';
      if (summary !== '') item.summary = summary;
    }
    items.push(item);
    return undefined;
  });
  return { items, matched: elements.length, incomplete, capped };
}

export type ListingMethod = 'selectors' | 'pattern' | 'fallback';

export interface ListingRules {
  select?: Selectors | undefined;
  articles?: ArticlePattern | undefined;
  /** Selector of the "next page" link, when pagination follows links. */
  next?: string | undefined;
  /** Items read at most (limits.maxItemsPerPage). */
  maxItems?: number | undefined;
}

export interface ListingPage {
  items: RawItem[];
  /** How the items were found: selectors, pattern, or the pattern after the selectors found nothing. */
  method: ListingMethod;
  /** Item elements (selectors) without title or link. */
  incomplete: number;
  /** Elements the item selector matched (0 when there is no `select`). */
  selectorMatches: number;
  /** Absolute URL of the next page, when a next-link selector is configured and found. */
  next?: string;
  /** True when the page held more items than `maxItems`. */
  capped?: boolean;
}

/** One listing page's items. Pure. */
export function extractListingPage(html: string, pageUrl: string, rules: ListingRules): ListingPage {
  const $ = load(html);
  const next = rules.next ? resolveUrl($(rules.next).first().attr('href'), baseUrlOf($, pageUrl)) : undefined;
  const maxItems = rules.maxItems ?? Number.POSITIVE_INFINITY;
  const withNext = (page: ListingPage): ListingPage => (next ? { ...page, next } : page);
  let bySelectors: SelectorListing | undefined;
  if (rules.select) {
    bySelectors = extractBySelectors($, pageUrl, rules.select, maxItems);
    if (bySelectors.items.length > 0 || !rules.articles) {
      return withNext({
        items: bySelectors.items,
        method: 'selectors',
        incomplete: bySelectors.incomplete,
        selectorMatches: bySelectors.matched,
        ...(bySelectors.capped ? { capped: true } : {}),
      });
    }
  }
  if (!rules.articles) return withNext({ items: [], method: 'selectors', incomplete: 0, selectorMatches: 0 });
  const byPattern = extractByPattern($, pageUrl, compilePattern(rules.articles), maxItems);
  return withNext({
    items: byPattern.items,
    method: bySelectors ? 'fallback' : 'pattern',
    incomplete: bySelectors?.incomplete ?? 0,
    selectorMatches: bySelectors?.matched ?? 0,
    ...(byPattern.capped ? { capped: true } : {}),
  });
}
