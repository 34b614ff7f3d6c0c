/** Turning a page's hrefs into absolute URLs, as a browser would. */
import type { CheerioAPI } from 'cheerio';

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

/** An absolute http(s) URL for an href, or undefined for fragments, scripts, mail and junk. */
export function resolveUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
