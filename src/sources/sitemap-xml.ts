/**
 * Reading a sitemap's XML in one linear pass, without building a DOM: a 100,000-URL sitemap
 * as a cheerio tree cost over half a gigabyte, and all a sitemap holds that we use is each
 * entry's `<loc>` and `<lastmod>`. Prefixes are ignored (`<sm:loc>` is `<loc>`); only direct
 * children count (an `<image:loc>` inside `<image:image>` is not the page's `<loc>`); text is
 * entity-decoded, CDATA taken as it is, whitespace collapsed.
 */
import { tagEnd } from './tag-scan.js';
import { collapse } from './text.js';

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export interface ScannedSitemap {
  /** The root element's name as written, lower case (`sm:urlset`); '' when there is none. */
  root: string;
  /** Children of the root named `url` (in a urlset) or `sitemap` (in an index) that have a `<loc>`. */
  entries: SitemapEntry[];
}

const ENTRY_OF: Readonly<Record<string, string>> = { urlset: 'url', sitemapindex: 'sitemap' };
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}


const NAME = /[A-Za-z_][^\s/>]*/y;

/** Scan a sitemap or sitemap index. Pure, linear in the text's length. */
export function scanSitemap(xml: string): ScannedSitemap {
  let root = '';
  let entryName = '';
  let depth = 0;
  let entry: Partial<SitemapEntry> | undefined;
  let field: 'loc' | 'lastmod' | '' = '';
  let text: string[] = [];
  const entries: SitemapEntry[] = [];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (field) text.push(decodeXmlText(xml.slice(pos, lt === -1 ? xml.length : lt)));
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      pos = end === -1 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (field) text.push(xml.slice(lt + 9, end === -1 ? xml.length : end));
      pos = end === -1 ? xml.length : end + 3;
      continue;
    }
    const next = xml[lt + 1];
    if (next === '?' || next === '!') {
      pos = tagEnd(xml, lt + 2);
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const match = NAME.exec(xml);
    if (!match) {
      if (field) text.push('<');
      pos = lt + 1;
      continue;
    }
    const end = tagEnd(xml, NAME.lastIndex);
    pos = end;
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 2 && field && entry) {
        const value = collapse(text.join(''));
        if (value !== '') entry[field] = value;
        field = '';
      } else if (depth === 1 && entry) {
        if (entry.loc) entries.push(entry.lastmod ? { loc: entry.loc, lastmod: entry.lastmod } : { loc: entry.loc });
        entry = undefined;
      }
      continue;
    }
    const local = localName(match[0]);
    if (depth === 0 && root === '') {
      root = match[0].toLowerCase();
      entryName = ENTRY_OF[local] ?? '';
    } else if (depth === 1) {
      entry = local === entryName ? {} : undefined;
    } else if (depth === 2 && entry && !field && (local === 'loc' || local === 'lastmod') && entry[local] === undefined) {
      field = local;
      text = [];
    }
    if (xml[end - 2] !== '/') depth += 1;
  }
  return { root, entries };
}
