/**
 * How far a source's selectors get on a page: the item selector counted over the page, each
 * field selector inside the first item. What an editor needs to see which one a redesign broke.
 */
import { load } from 'cheerio';
import type { Selectors } from '../config/schema.js';
import { boundHtml } from './html-bounds.js';
import { DEFAULT_LIMITS, htmlBounds } from './limits.js';
import { collapse } from './text.js';

export interface SelectorCount {
  field: 'item' | 'title' | 'link' | 'date' | 'summary';
  selector: string;
  /** Elements matched: on the page for `item`, inside the first item for the others. */
  matches: number;
}

export interface PageReport {
  counts: SelectorCount[];
  /** The page's main text, shortened: what the page says now. */
  excerpt: string;
}

const FIELDS = ['title', 'link', 'date', 'summary'] as const;

export function selectorReport(html: string, select: Selectors | undefined, excerptLength = 400): PageReport {
  const $ = load(boundHtml(html, htmlBounds(DEFAULT_LIMITS)).html);
  const counts: SelectorCount[] = [];
  if (select) {
    const items = $(select.item);
    counts.push({ field: 'item', selector: select.item, matches: items.length });
    const first = items.first();
    for (const field of FIELDS) {
      const selector = select[field];
      if (!selector) continue;
      counts.push({ field, selector, matches: first.length === 0 ? 0 : first.find(selector).length + (first.is(selector) ? 1 : 0) });
    }
  }
  const main = $('main').first().length > 0 ? $('main').first() : $('body');
  main.find('script, style, noscript, template, nav, header, footer').remove();
  const text = collapse(main.text());
  return { counts, excerpt: text.length > excerptLength ? `${text.slice(0, excerptLength - 1)}…` : text };
}
