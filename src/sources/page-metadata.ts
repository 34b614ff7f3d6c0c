/**
 * What an article page says about itself: title, publication date and summary, read from the
 * metadata CMSes emit for search engines and social previews (JSON-LD, Open Graph, Dublin Core,
 * `<time>`) and, failing those, from the text around the page's `<h1>`. Class names change with
 * every redesign; this metadata outlives them, which is why a listing that lacks a field is
 * completed from here.
 *
 * Each field remembers where it came from, so a probe can say "date from JSON-LD datePublished".
 */
import type { CheerioAPI } from 'cheerio';
import { parseDate } from './dates.js';
import { inPageChrome, SITE_CHROME } from './page-chrome.js';
import { collapse } from './text.js';

export type MetadataOrigin =
  | 'json-ld'
  | 'article:published_time'
  | 'itemprop'
  | 'dublin-core'
  | 'meta'
  | 'og'
  | 'labelled-text'
  | 'time-element'
  | 'near-h1'
  | 'h1'
  | 'title-element'
  | 'first-paragraph';

export interface MetadataField {
  value: string;
  from: MetadataOrigin;
}

export interface PageMetadata {
  title?: MetadataField;
  /** The publication date as written (an ISO string from metadata, or the page's own text). */
  published?: MetadataField;
  summary?: MetadataField;
}

/** JSON-LD types that describe the page's own content (not the site, a person or a breadcrumb). */
const CONTENT_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'blogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
  'creativework',
  'webpage',
  'event',
  'pressrelease',
  'governmentservice',
  'publicationissue',
  'book',
  'legislation',
  'digitaldocument',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function jsonLdObjects($: CheerioAPI): Array<Record<string, Json>> {
  const found: Array<Record<string, Json>> = [];
  const visit = (value: Json, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry, depth + 1);
      return;
    }
    found.push(value);
    if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    if (value.mainEntity !== undefined) visit(value.mainEntity, depth + 1);
  };
  $('script[type="application/ld+json"]').each((_, element) => {
    const text = $(element).text().trim();
    if (text === '') return;
    try {
      // Control characters inside strings are common in CMS output and make JSON.parse throw.
      visit(JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as Json, 0);
    } catch {
      // A broken block is the page's problem, not ours: the other sources of metadata remain.
    }
  });
  return found;
}

function typesOf(object: Record<string, Json>): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function stringField(object: Record<string, Json>, key: string): string | undefined {
  const value = object[key];
  if (typeof value === 'string' && value.trim() !== '') return collapse(value);
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0].trim() !== '') return collapse(value[0]);
  return undefined;
}

/** The first content meta tag (by name or property, case-insensitive) among `names`. */
function metaContent($: CheerioAPI, names: readonly string[]): string | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  let found: string | undefined;
  $('meta[content]').each((_, element) => {
    const node = $(element);
    const key = (node.attr('property') ?? node.attr('name') ?? node.attr('itemprop') ?? '').toLowerCase();
    const content = collapse(node.attr('content') ?? '');
    if (wanted.has(key) && content !== '') {
      found = content;
      return false;
    }
    return undefined;
  });
  return found;
}

const DUBLIN_CORE_DATES = ['dcterms.issued', 'dc.date.issued', 'dcterms.date', 'dc.date', 'dcterms.created', 'dc.date.created'];
const OTHER_DATE_METAS = ['citation_publication_date', 'publish-date', 'publish_date', 'pubdate', 'date', 'sailthru.date', 'parsely-pub-date'];

/**
 * Words that introduce a publication date in the languages these sites write
 * ("Publication date: 9. June 2021", "Publisert 8. juni 2022", "Julkaistu 13.3.2024").
 */
export const PUBLISHED_LABELS =
  /^(?:publication date|publishing date|date of publication|published(?: on)?|publisert|publiseringsdato|publisert dato|dato|utgitt|julkaistu|julkaisupäivä|publicerad|date)\s*:?\s*/iu;

/** A date that reads as one. */
function isDate(text: string): boolean {
  return parseDate(text)?.iso != null;
}

function publishedDate($: CheerioAPI, ld: Array<Record<string, Json>>): MetadataField | undefined {
  // datePublished before anything else; dateModified never stands in for it: an edited old
  // page is not a new publication.
  for (const object of ld) {
    const value = stringField(object, 'datePublished') ?? stringField(object, 'dateCreated');
    if (value && isDate(value)) return { value, from: 'json-ld' };
  }
  const ogDate = metaContent($, ['article:published_time', 'og:published_time', 'og:article:published_time']);
  if (ogDate && isDate(ogDate)) return { value: ogDate, from: 'article:published_time' };
  const itemprop = $('[itemprop="datePublished"]').first();
  if (itemprop.length > 0) {
    const value = collapse(itemprop.attr('content') ?? itemprop.attr('datetime') ?? itemprop.text());
    if (value && isDate(value)) return { value, from: 'itemprop' };
  }
  const dc = metaContent($, DUBLIN_CORE_DATES);
  if (dc && isDate(dc)) return { value: dc, from: 'dublin-core' };
  const other = metaContent($, OTHER_DATE_METAS);
  if (other && isDate(other)) return { value: other, from: 'meta' };
  const labelled = labelledDate($);
  if (labelled) return { value: labelled, from: 'labelled-text' };
  const time = $('main time[datetime], article time[datetime], time[pubdate], time[datetime]').first();
  if (time.length > 0) {
    const value = collapse(time.attr('datetime') ?? '');
    if (isDate(value)) return { value, from: 'time-element' };
  }
  const near = dateNearHeading($);
  if (near) return { value: near, from: 'near-h1' };
  return undefined;
}

/** Short texts of the page's content, in document order (site chrome left out). */
function shortTexts($: CheerioAPI, maxLength: number): string[] {
  const texts: string[] = [];
  $('body *').each((_, element) => {
    const node = $(element);
    if (node.is('script, style, noscript, template')) return;
    if (inPageChrome(node)) return;
    const text = collapse(node.text());
    if (text !== '' && text.length <= maxLength) texts.push(text);
  });
  return texts;
}

function labelledDate($: CheerioAPI): string | undefined {
  for (const text of shortTexts($, 80)) {
    if (!PUBLISHED_LABELS.test(text)) continue;
    const rest = text.replace(PUBLISHED_LABELS, '');
    if (rest !== '' && isDate(rest)) return text;
  }
  return undefined;
}

/** A date written just before or after the `<h1>` ("31.1.2024 | News item" over the title). */
function dateNearHeading($: CheerioAPI): string | undefined {
  const heading = $('main h1, article h1, h1').first();
  if (heading.length === 0) return undefined;
  // The heading's own neighbours first, then its parent's, two levels up.
  let scope = heading;
  for (let level = 0; level < 3 && scope.length > 0; level += 1) {
    const around = [...scope.prevAll().slice(0, 3).toArray().reverse(), ...scope.nextAll().slice(0, 4).toArray()];
    for (const element of around) {
      if (inPageChrome($(element)) || $(element).find(SITE_CHROME).length > 0) continue;
      const text = collapse($(element).text());
      if (text !== '' && text.length <= 120 && isDate(text)) return text;
      // A longer neighbour may hold the date in a small child ("<div><span>31.1.2024</span>…").
      const inner = $(element)
        .find('time, span, p, div, small, li')
        .toArray()
        .map((child) => collapse($(child).text()))
        .find((t) => t !== '' && t.length <= 80 && isDate(t));
      if (inner) return inner;
    }
    scope = scope.parent();
  }
  return undefined;
}

function title($: CheerioAPI, ld: Array<Record<string, Json>>): MetadataField | undefined {
  for (const object of ld) {
    if (!typesOf(object).some((t) => CONTENT_TYPES.has(t))) continue;
    const value = stringField(object, 'headline') ?? stringField(object, 'name');
    if (value) return { value, from: 'json-ld' };
  }
  const og = metaContent($, ['og:title']);
  if (og) return { value: og, from: 'og' };
  const dc = metaContent($, ['dcterms.title', 'dc.title']);
  if (dc) return { value: dc, from: 'dublin-core' };
  const h1 = collapse($('main h1, article h1, h1').first().text());
  if (h1) return { value: h1, from: 'h1' };
  const element = collapse($('head > title').first().text());
  return element ? { value: element, from: 'title-element' } : undefined;
}

function summary($: CheerioAPI, ld: Array<Record<string, Json>>): MetadataField | undefined {
  for (const object of ld) {
    if (!typesOf(object).some((t) => CONTENT_TYPES.has(t))) continue;
    const value = stringField(object, 'description') ?? stringField(object, 'abstract');
    if (value) return { value, from: 'json-ld' };
  }
  const og = metaContent($, ['og:description']);
  if (og) return { value: og, from: 'og' };
  const meta = metaContent($, ['description']);
  if (meta) return { value: meta, from: 'meta' };
  const dc = metaContent($, ['dcterms.description', 'dc.description', 'dcterms.abstract']);
  if (dc) return { value: dc, from: 'dublin-core' };
  const heading = $('main h1, article h1, h1').first();
  const paragraph = (heading.length > 0 ? heading.nextAll('p').add(heading.parent().find('p')) : $('main p, article p'))
    .toArray()
    .map((p) => collapse($(p).text()))
    .find((text) => text.length >= 60);
  return paragraph ? { value: paragraph, from: 'first-paragraph' } : undefined;
}

/** Everything the page says about itself. Pure: the same document gives the same answer. */
export function readPageMetadata($: CheerioAPI): PageMetadata {
  const ld = jsonLdObjects($);
  const out: PageMetadata = {};
  const t = title($, ld);
  const p = publishedDate($, ld);
  const s = summary($, ld);
  if (t) out.title = t;
  if (p) out.published = p;
  if (s) out.summary = s;
  return out;
}
