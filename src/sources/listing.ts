/**
 * Reading a listing page through the selectors in sources.json. Shared by the html kind
 * (cheerio on the fetched page) and the browser kind (cheerio on the rendered DOM), so a
 * selector means the same thing in both.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Selectors } from '../config/schema.js';
import type { RawItem } from '../model.js';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The base URL links on this page resolve against: <base href> if present, else the page. */
export function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  const base = $('base[href]').first().attr('href');
  if (!base) return pageUrl;
  try {
    return new URL(base, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

export function resolveUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^(javascript|mailto|tel):/i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/** The first element inside `scope` matching `selector` — or `scope` itself when it matches. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Selection = Cheerio<any>;

function pick(scope: Selection, selector: string): Selection | undefined {
  if (scope.is(selector)) return scope;
  const found = scope.find(selector).first();
  return found.length > 0 ? found : undefined;
}

/** Text of an element without <script>/<style> content. */
function textOf(node: Selection): string {
  const clone = node.clone();
  clone.find('script, style, noscript').remove();
  return collapse(clone.text());
}

export interface ListingPage {
  items: RawItem[];
  /** Items whose element was found but lacked a title or a link. */
  incomplete: number;
  /** Absolute URL of the next page, when pagination is configured and a link is found. */
  next?: string;
}

export function extractListing(html: string, pageUrl: string, select: Selectors, nextSelector?: string): ListingPage {
  const $ = load(html);
  const base = baseUrlOf($, pageUrl);
  const items: RawItem[] = [];
  let incomplete = 0;
  $(select.item).each((_, element) => {
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
  });
  const next = nextSelector ? resolveUrl($(nextSelector).first().attr('href'), base) : undefined;
  return next ? { items, incomplete, next } : { items, incomplete };
}

/** Read single fields from an item's own page (for listings that lack them). */
export function extractDetail(
  html: string,
  fields: { title?: string; date?: string; summary?: string },
): { title?: string; publishedRaw?: string; summary?: string } {
  const $ = load(html);
  const read = (selector: string | undefined): string | undefined => {
    if (!selector) return undefined;
    const node = $(selector).first();
    if (node.length === 0) return undefined;
    const text = textOf(node) || node.attr('content') || node.attr('datetime') || '';
    return text === '' ? undefined : text;
  };
  const out: { title?: string; publishedRaw?: string; summary?: string } = {};
  const title = read(fields.title);
  const date = read(fields.date);
  const summary = read(fields.summary);
  if (title) out.title = title;
  if (date) out.publishedRaw = date;
  if (summary) out.summary = summary;
  return out;
}


