/**
 * Which value an item keeps when its own article page (`detail`) offers another — one rule for
 * every kind that reads article pages (html, browser, sitemap), field by field (title, date,
 * summary). Strongest first:
 *
 * 1. `detail-selector` — a selector configured under `detail`: the maintainer pointed at this
 *    field on the article page, so it is what they want (a `detail.title` replaces the
 *    listing's title; a `detail.date` the listing's date).
 * 2. `listing` — what the listing itself gave (its selectors, or the link text the article
 *    pattern found): written for readers next to the link, and dated as the site dates it.
 * 3. `page-metadata` — the article page's own metadata (JSON-LD, article:published_time, og:*,
 *    DC.*, <time>, a date near the <h1>; see page-metadata.ts): fills what the listing lacks.
 * 4. `guess` — what a sitemap entry implies: a title made from the URL, and `lastmod`, which is
 *    when the page last changed, not when it was published. Anything read on the page beats it.
 *    A listing's summary of fewer than THIN_SUMMARY_WORDS words counts as a guess too: that is a
 *    byline ("Fafo-rapport 2022:12 Silje Sønsterudbråten, Anne Hege Strand") or a label, not a
 *    summary, and the page's own description says what the publication is about.
 *
 * Within the page, readDetailPage already takes a configured selector before the metadata.
 */
import type { DetailRules } from '../config/schema.js';
import type { RawItem } from '../model.js';

export type FieldSource = 'detail-selector' | 'listing' | 'page-metadata' | 'guess';

const STRENGTH = { 'detail-selector': 3, listing: 2, 'page-metadata': 1, guess: 0 } as const satisfies Record<FieldSource, number>;

/** How strong the values are that a kind gives its items before any article page is read. */
export type ListedAs = Extract<FieldSource, 'listing' | 'guess'>;

export type DetailField = 'title' | 'publishedRaw' | 'summary';
export const DETAIL_FIELDS = ['title', 'publishedRaw', 'summary'] as const satisfies readonly DetailField[];

/** The `detail` rule that selects each item field on the article page. */
export const RULE_OF_FIELD = { title: 'title', publishedRaw: 'date', summary: 'summary' } as const satisfies Record<DetailField, keyof DetailRules>;

/** What an article page gave (readDetailPage's DetailFields): values, and 'selector' or a metadata kind per field. */
export type OfferedFields = Partial<Record<DetailField, string>> & { from: Partial<Record<DetailField, string>> };

/** Fewer words than this, and a listing's summary says too little to keep against the page's description. */
export const THIN_SUMMARY_WORDS = 10;

/** True when a listing's summary is too short to be one (a byline, a series label). Pure. */
export function isThinSummary(summary: string): boolean {
  return summary.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < THIN_SUMMARY_WORDS;
}

/** How strong the value is that an item holds for `field`, before any article page is read. Pure. */
export function heldStrength(item: RawItem, field: DetailField, listedAs: ListedAs): FieldSource | undefined {
  const value = item[field];
  if (!value) return undefined;
  if (field === 'summary' && listedAs === 'listing' && isThinSummary(value)) return 'guess';
  return listedAs;
}

/** True when a value from `offered` replaces one from `held` (or fills a gap: `held` undefined). Pure. */
export function prevails(offered: FieldSource, held: FieldSource | undefined): boolean {
  return held === undefined || STRENGTH[offered] > STRENGTH[held];
}

/** The strongest source an article page can give for `field` under these rules. Pure. */
function bestOnPage(field: DetailField, rules: Pick<DetailRules, 'title' | 'date' | 'summary' | 'metadata'>): FieldSource | undefined {
  if (rules[RULE_OF_FIELD[field]]) return 'detail-selector';
  return rules.metadata ? 'page-metadata' : undefined;
}

/** True when the article page may give some field a stronger value than the item holds. Pure. */
export function pageMayImprove(item: RawItem, listedAs: ListedAs, rules: Pick<DetailRules, 'title' | 'date' | 'summary' | 'metadata'>): boolean {
  return DETAIL_FIELDS.some((field) => {
    const best = bestOnPage(field, rules);
    return best !== undefined && prevails(best, heldStrength(item, field, listedAs));
  });
}

/** The item with every field the page gives more strongly than the item held. Pure. */
export function mergeDetail(item: RawItem, listedAs: ListedAs, fields: OfferedFields): RawItem {
  const merged: RawItem = { ...item };
  for (const field of DETAIL_FIELDS) {
    const value = fields[field];
    if (!value) continue;
    const offered: FieldSource = fields.from[field] === 'selector' ? 'detail-selector' : 'page-metadata';
    if (prevails(offered, heldStrength(item, field, listedAs))) merged[field] = value;
  }
  return merged;
}
