/**
 * Links in an HTML document (cheerio with parse5, which gives each element's source line):
 * `a[href]`, `area[href]`, `link[href]` (not rel=preconnect / dns-prefetch: those name a
 * host, not a resource), `img[src]`, `iframe[src]`, `source[src]`, `script[src]`.
 *
 * Targets are resolved against `<base href>` (itself resolved against `baseUrl` when
 * relative), else against `baseUrl`. Without either, relative targets are skipped: there
 * is nothing to check them against (an archived file's own folder is not where its links
 * pointed). `//host/…` without a base is taken as https. Skipped too: `javascript:`,
 * `data:` (and `vbscript:`, `about:`, `blob:`), empty targets and pure `#fragment` links
 * (same document). `mailto:` and `tel:` are kept. See `resolveLinkTarget`.
 */
import { load } from 'cheerio';
import type { FoundLink } from '../types.js';
import { decodeBody } from '../../fetch/charset.js';
import { absoluteBase, resolveLinkTarget } from './urls-in-text.js';

const SELECTOR = 'a[href], area[href], link[href], img[src], iframe[src], source[src], script[src]';
const SKIPPED_REL = new Set(['preconnect', 'dns-prefetch']);

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function extractHtmlLinksFromString(file: string, html: string, options: { baseUrl?: string } = {}): FoundLink[] {
  const $ = load(html, { sourceCodeLocationInfo: true });
  const base = absoluteBase($('base[href]').first().attr('href'), options.baseUrl);
  const links: FoundLink[] = [];
  $(SELECTOR).each((_, el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'link') {
      const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/u);
      if (rel.some((token) => SKIPPED_REL.has(token))) return;
    }
    const attribute = tag === 'a' || tag === 'area' || tag === 'link' ? 'href' : 'src';
    const url = resolveLinkTarget($(el).attr(attribute) ?? '', base);
    if (url === undefined) return;

    let text = '';
    if (tag === 'a') {
      text = collapse($(el).text());
      if (text === '') text = collapse($(el).find('img[alt]').first().attr('alt') ?? '');
    } else if (tag === 'area' || tag === 'img') {
      text = collapse($(el).attr('alt') ?? '');
    }
    const line = el.sourceCodeLocation?.startLine;
    links.push({
      url,
      location: { file, ...(line !== undefined ? { line } : {}) },
      ...(text !== '' ? { text } : {}),
    });
  });
  return links;
}

/** Decoded in the document's own charset (BOM, then <meta charset>, else UTF-8). */
export function extractHtmlLinks(file: string, bytes: Uint8Array, options: { baseUrl?: string } = {}): FoundLink[] {
  return extractHtmlLinksFromString(file, decodeBody(bytes, undefined).text, options);
}
