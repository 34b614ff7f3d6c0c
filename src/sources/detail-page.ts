/**
 * Reading an article's own page for what its listing lacks — one reader for every kind (html,
 * browser, sitemap): on the page, the configured selectors first, then the page's own metadata;
 * against what the item already holds, the one precedence rule of detail-precedence.ts.
 */
import { oneLineError } from '../fetch/error-detail.js';
import { load } from 'cheerio';
import type { DetailRules } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { htmlToText } from './feed.js';
import { truncate } from './feed-text.js';
import type { Limits } from '../config/schema.js';
import { boundHtml } from './html-bounds.js';
import { DEFAULT_LIMITS, htmlBounds } from './limits.js';
import { readPageMetadata, type MetadataOrigin } from './page-metadata.js';
import { collapse } from './text.js';
import { DETAIL_FIELDS, mergeDetail, pageMayImprove, RULE_OF_FIELD, type DetailField, type ListedAs } from './detail-precedence.js';

export interface DetailFields {
  title?: string;
  publishedRaw?: string;
  summary?: string;
  /** Where each field came from: a selector, or the kind of metadata. */
  from: { title?: FieldOrigin; publishedRaw?: FieldOrigin; summary?: FieldOrigin };
}

export type FieldOrigin = 'selector' | MetadataOrigin;

type Rules = Pick<DetailRules, 'title' | 'date' | 'summary'> & { metadata?: boolean };

/** Title, date and summary of an article page. Pure. */
export function readDetailPage(html: string, rules: Rules, limits: Limits = DEFAULT_LIMITS): DetailFields {
  // An article page is parsed too, so it is bounded the same way; what it is read for (title,
  // date, summary, metadata in <head>) stands near its start.
  const $ = load(boundHtml(html, htmlBounds(limits)).html);
  const fields: DetailFields = { from: {} };
  const fill = (field: 'title' | 'publishedRaw' | 'summary', value: string | undefined, from: FieldOrigin): void => {
    if (fields[field] !== undefined || !value) return;
    fields[field] = value;
    fields.from[field] = from;
  };
  if (rules.title) fill('title', collapse($(rules.title).first().text()), 'selector');
  if (rules.date) {
    const el = $(rules.date).first();
    // A machine-readable attribute beats the text it is shown as.
    fill('publishedRaw', collapse(el.attr('datetime') ?? el.attr('content') ?? el.text()), 'selector');
  }
  if (rules.summary) {
    const el = $(rules.summary).first();
    const summary = el.is('meta') ? collapse(el.attr('content') ?? '') : htmlToText(el.html() ?? '');
    fill('summary', summary ? truncate(summary) : undefined, 'selector');
  }
  if (rules.metadata !== false) {
    const meta = readPageMetadata($);
    if (meta.title) fill('title', meta.title.value, meta.title.from);
    if (meta.published) fill('publishedRaw', meta.published.value, meta.published.from);
    if (meta.summary) fill('summary', truncate(meta.summary.value), meta.summary.from);
  }
  return fields;
}

export type PageLoader = (url: string) => Promise<{ html: string; finalUrl: string } | undefined>;

/** Where an item's field came from when a configured detail selector found nothing. */
const FALLBACK_OF = { listing: 'the listing', guess: 'the sitemap entry' } as const satisfies Record<ListedAs, string>;

/**
 * Fill in from each item's own page what it gives more strongly than the item holds (the rule
 * is detail-precedence.ts) — only for items not recorded yet whose page may improve a field,
 * and at most `maxPerRun` pages, so a listing without dates costs a few requests per run, not
 * one per item. `listedAs`: how strong the kind's own values are (a listing's, a sitemap's guess).
 */
export async function fillFromDetailPages(
  items: RawItem[],
  rules: DetailRules,
  load: PageLoader,
  known: (url: string) => boolean,
  warnings: string[],
  limits: Limits = DEFAULT_LIMITS,
  listedAs: ListedAs = 'listing',
): Promise<void> {
  const wanted = items.filter((item) => !known(item.url) && pageMayImprove(item, listedAs, rules));
  const batch = wanted.slice(0, rules.maxPerRun);
  if (wanted.length > batch.length) {
    warnings.push(`${wanted.length - batch.length} detail pages left for the next run (maxPerRun ${rules.maxPerRun})`);
  }
  const missed = new Map<DetailField, number>();
  for (const item of batch) {
    let page;
    try {
      page = await load(item.url);
    } catch (error) {
      warnings.push(`detail page ${item.url}: ${oneLineError(error)}`);
      continue;
    }
    if (!page) continue;
    const fields = readDetailPage(page.html, rules, limits);
    for (const field of DETAIL_FIELDS) {
      if (rules[RULE_OF_FIELD[field]] && fields.from[field] !== 'selector') missed.set(field, (missed.get(field) ?? 0) + 1);
    }
    Object.assign(item, mergeDetail(item, listedAs, fields));
  }
  for (const [field, pages] of missed) {
    const rule = RULE_OF_FIELD[field];
    warnings.push(`detail.${rule} selector ${JSON.stringify(rules[rule])} matched nothing on ${pages} page(s); the ${rule} came from the page's metadata or ${FALLBACK_OF[listedAs]}`);
  }
}
