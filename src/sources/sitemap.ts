/**
 * The `sitemap` kind: a sitemap (`<urlset>`) or a sitemap index (`<sitemapindex>`), plain or
 * gzipped. Each URL is an item; its title comes from the page itself when `detail` is
 * configured (for the newest few), else from the URL's last path segment. Both that title and
 * `lastmod` are guesses: anything read on the article page beats them (detail-precedence.ts).
 */
import { gunzipSync } from 'node:zlib';
import { compileSafePattern } from '../config/pattern.js';
import type { SitemapSource } from '../config/schema.js';
import type { FetchedPage } from '../fetch/types.js';
import type { RawItem } from '../model.js';
import { collapseWhitespace, parseError, resolveUrl } from './feed-text.js';
import { DEFAULT_LIMITS, urlsCapWarning, withSizeCap } from './limits.js';
import { localName, scanSitemap, type SitemapEntry } from './sitemap-xml.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

export const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, application/x-gzip;q=0.5, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export type ParsedSitemap =
  | { kind: 'index'; sitemaps: string[] }
  | { kind: 'urlset'; urls: { loc: string; lastmod?: string }[] };

/** Newest `lastmod` first; entries without one keep their order after those with one. */
export function newestFirst<T extends { lastmod?: string }>(entries: T[]): T[] {
  const time = (entry: T): number => {
    const ms = entry.lastmod ? Date.parse(entry.lastmod) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
  };
  return entries
    .map((entry, index) => ({ entry, index, t: time(entry) }))
    .sort((a, b) => (b.t === a.t ? a.index - b.index : b.t - a.t))
    .map(({ entry }) => entry);
}

/**
 * Parse a sitemap or sitemap index. Index children come back newest `lastmod` first (the order
 * the handler reads them in); a urlset keeps document order.
 */
export function parseSitemap(xml: string): ParsedSitemap {
  const trimmed = xml.trim();
  if (trimmed === '') throw parseError('the sitemap was empty');
  const { root, entries } = scanSitemap(trimmed);
  const local = localName(root);
  if (local === 'sitemapindex') return { kind: 'index', sitemaps: newestFirst(entries).map((entry) => entry.loc) };
  if (local === 'urlset') return { kind: 'urlset', urls: entries };
  const what = /^<!doctype html|^<html/i.test(trimmed) ? 'an HTML page' : root ? `<${root}>` : 'no XML element';
  throw parseError(`expected <urlset> or <sitemapindex>, got ${what}`);
}

/** The body of a sitemap response as text, gunzipped when it starts with the gzip magic bytes. */
export function sitemapText(page: Pick<FetchedPage, 'body' | 'text' | 'url'>): string {
  const body = page.body;
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b) {
    try {
      return gunzipSync(body).toString('utf8');
    } catch (error) {
      throw parseError(`${page.url} looks gzipped but could not be gunzipped (${(error as Error).message})`);
    }
  }
  return page.text;
}

/** File extensions and id-like segments that say nothing about the page. */
const EXTENSION = /\.(?:s?html?|aspx?|php|jsp|cfm)$/i;
const ID_SEGMENT = /^(?:id)?\d+$|^[0-9a-f]{8,}$/i;

/**
 * A title guessed from the URL: the last meaningful path segment with dashes as spaces and the
 * first letter capitalised (`greta-publishes-its-third-report-on-norway` → "Greta publishes its
 * third report on norway"). Numeric segments (`/id2345678/`) are skipped.
 */
export function titleFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const segments = parsed.pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .map((segment) => segment.replace(EXTENSION, '').trim())
    .filter((segment) => segment !== '' && segment !== '-');
  const slug = [...segments].reverse().find((segment) => !ID_SEGMENT.test(segment)) ?? segments.at(-1);
  if (!slug) return parsed.hostname;
  const words = collapseWhitespace(slug.replace(/[-_+]+/g, ' '));
  return words.charAt(0).toLocaleUpperCase('nb') + words.slice(1);
}

function compile(patterns: string[], what: string): RegExp[] {
  return patterns.map((pattern) => compileSafePattern(pattern, `sitemap ${what}`));
}

/** Keep URLs matching one `include` pattern (when any) and no `exclude` pattern. */
export function filterUrls<T extends { loc: string }>(entries: T[], include: string[], exclude: string[]): T[] {
  const inc = compile(include, 'include');
  const exc = compile(exclude, 'exclude');
  return entries.filter(
    (entry) => (inc.length === 0 || inc.some((re) => re.test(entry.loc))) && !exc.some((re) => re.test(entry.loc)),
  );
}

type FetchedSitemap = ParsedSitemap & { finalUrl?: string };

async function fetchSitemap(context: SourceContext, url: string, conditional: boolean): Promise<FetchedSitemap | null> {
  const result = await context.fetch(url, { conditional, accept: SITEMAP_ACCEPT });
  if (result.notModified) return null;
  try {
    return { ...parseSitemap(sitemapText(result)), finalUrl: result.finalUrl };
  } catch (error) {
    throw withSizeCap(error, result.truncated, result.body.length);
  }
}

/** The same document, whatever the spelling: fragment and a trailing slash aside. */
function sameDocument(a: string, b: string): boolean {
  const norm = (url: string): string => url.replace(/#.*$/, '').replace(/\/$/, '');
  return norm(a) === norm(b);
}

/** A sitemap's URLs, at most `max`, newest first: the cap keeps what a watcher wants most. */
function capped(urls: SitemapEntry[], max: number, url: string, warnings: string[]): SitemapEntry[] {
  if (urls.length <= max) return urls;
  warnings.push(urlsCapWarning(url, urls.length, max));
  return newestFirst(urls).slice(0, max);
}

export const sitemapHandler: SourceHandler<SitemapSource> = async (source, context): Promise<Extraction> => {
  const warnings: string[] = [];
  const limits = context.limits ?? DEFAULT_LIMITS;
  // An index often stays the same while the sitemaps it lists change, so a 304 on the index
  // must not end the run: the children it listed last time (remembered) are asked instead.
  // When nothing is remembered, the top document is read in full.
  const remembered = context.memo.get('children');
  let top = await fetchSitemap(context, source.url, remembered !== undefined);
  if (top === null) {
    // A plain urlset that has not changed: nothing new at all.
    if (remembered === 'urlset') return { notModified: true, items: [], warnings };
    top = { kind: 'index', sitemaps: JSON.parse(remembered!) as string[] };
  }
  context.memo.set('children', top.kind === 'index' ? JSON.stringify(top.sitemaps) : 'urlset');

  let entries: SitemapEntry[] = [];
  let partial = false;
  if (top.kind === 'urlset') {
    entries = capped(top.urls, limits.maxUrlsPerSitemap, source.url, warnings);
  } else {
    const topUrls = [source.url, ...(top.finalUrl ? [top.finalUrl] : [])];
    const listed = top.sitemaps.map((loc) => resolveUrl(loc, source.url)).filter((loc): loc is string => loc !== undefined);
    // An index that lists itself would be read again and again; it is no sitemap of URLs.
    const loops = listed.filter((loc) => topUrls.some((url) => sameDocument(url, loc)));
    const children = listed.filter((loc) => !loops.includes(loc));
    for (const loc of loops) warnings.push(`sitemap loop: ${source.url} lists ${loc} (itself); skipped`);
    if (children.length === 0 && loops.length > 0) throw new Error(`sitemap loop: ${source.url} lists ${loops[0]} (itself) and no other sitemap`);
    if (children.length > source.maxSitemaps) {
      warnings.push(`sitemap index lists ${children.length} sitemaps; read the newest ${source.maxSitemaps}`);
    }
    let changed = 0;
    let cycle: string | undefined;
    for (const child of children.slice(0, source.maxSitemaps)) {
      const parsed = await fetchSitemap(context, child, true);
      if (parsed === null) continue;
      changed++;
      if (parsed.kind === 'index') {
        const back = parsed.sitemaps.map((loc) => resolveUrl(loc, child)).find((loc) => loc !== undefined && topUrls.some((url) => sameDocument(url, loc)));
        if (back) {
          cycle ??= `sitemap loop: ${child} lists ${back}, which lists ${child}`;
          warnings.push(`${cycle}; skipped`);
        } else {
          warnings.push(`${child} is itself a sitemap index; nested indexes are not followed`);
        }
        continue;
      }
      for (const url of capped(parsed.urls, limits.maxUrlsPerSitemap, child, warnings)) entries.push(url);
    }
    // Nothing but the loop to read: that is the failure, not an extraction that found nothing.
    if (cycle && entries.length === 0) throw new Error(cycle);
    // The index changed but every sitemap it lists answered 304: nothing new to read.
    if (changed === 0 && children.length > 0) return { notModified: true, items: [], warnings: [] };
    partial = changed < Math.min(children.length, source.maxSitemaps);
  }

  const kept = newestFirst(
    filterUrls(entries, source.include, source.exclude)
      .map((entry) => ({ ...entry, loc: resolveUrl(entry.loc, source.url) ?? '' }))
      .filter((entry) => entry.loc !== ''),
  );
  // One URL listed in two child sitemaps is one item.
  const unique = [...new Map(kept.map((entry) => [entry.loc, entry])).values()];

  const items: RawItem[] = unique.map((entry) => {
    const item: RawItem = { title: titleFromUrl(entry.loc), url: entry.loc };
    if (entry.lastmod) item.publishedRaw = entry.lastmod;
    return item;
  });

  if (source.detail) {
    // Items are newest first: the newest unknown pages are the ones read within maxPerRun.
    const load = async (url: string) => {
      const page = await context.fetch(url, { accept: PAGE_ACCEPT });
      return page.notModified ? undefined : { html: page.text, finalUrl: page.finalUrl };
    };
    // cheerio (the detail pages' parser) loads only when a sitemap has detail pages to read.
    const { fillFromDetailPages } = await import('./detail-page.js');
    await fillFromDetailPages(items, source.detail, load, context.known, warnings, limits, 'guess');
  }
  return { notModified: false, items, warnings, partial };
};
