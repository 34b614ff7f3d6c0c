/**
 * The `feed` kind: RSS 2.0, RSS 1.0 (RDF) and Atom, read with rss-parser's `parseString` on
 * the text the HTTP layer fetched and decoded (never `parseURL`: it decodes by the
 * Content-Type charset only and ignores our proxy).
 *
 * rss-parser is strict XML and trips over a few things real feeds do; each workaround below
 * has a fixture in test/sources/feed.test.ts:
 * - a bare `&` ("Fafo & NTNU") aborts the whole feed → repaired to `&amp;` before parsing;
 * - an Atom `<published>`/`<updated>` that `Date` cannot read ("13.3.2024") makes it throw
 *   "Invalid time value" for the whole feed → those tags are renamed before rss-parser sees
 *   them and read raw (we keep the date as written anyway);
 * - Atom links: it takes the first `<link>` when none says rel="alternate" — even a
 *   rel="enclosure" PDF — though a link without rel *is* the alternate; and a `<link>` without
 *   attributes crashes it → `<link>` is renamed too and chosen here;
 * - `<guid isPermaLink="false"></guid>` and an empty Atom `<title type="html"/>` come out as
 *   objects (`{ $: {...} }`), not strings → every text goes through `textOf`.
 */
import Parser from 'rss-parser';
import { load } from 'cheerio';
import type { RawItem } from '../model.js';
import { collapseWhitespace, parseError, resolveUrl, truncate } from './feed-text.js';

/** Decode HTML entities (`&amp;amp;` in a double-escaped feed, `&#8217;`, `&aring;`), keeping `<` as text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Escaping "<" first means the HTML parser sees only text: nothing is taken for a tag.
  return load(text.replace(/</g, '&lt;'), null, false).text();
}

/** HTML to plain text: tags (and script/style contents) removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const $ = load(html, null, false);
  $('script, style, noscript, template').remove();
  // Block boundaries become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
  $('br, p, div, li, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, section, article').after(' ');
  return collapseWhitespace($.root().text());
}

/** Formatting tags a title may carry. Anything else in `<…>` (e.g. escaped `<script>`) stays as text. */
const TITLE_TAGS =
  /<\/?(?:a|abbr|b|big|br|cite|code|del|div|em|font|h[1-6]|i|ins|mark|p|q|s|small|span|strike|strong|sub|sup|time|u|wbr)(?:\s[^<>]*)?\/?>/gi;

/** A title as an editor should read it: formatting tags stripped, entities decoded, whitespace collapsed. */
export function cleanTitle(raw: string): string {
  return collapseWhitespace(decodeEntities(raw.replace(TITLE_TAGS, ' ')));
}

/**
 * The text of an xml2js value: a string, `{ _: text, $: attrs }`, an attributes-only object
 * (empty element with attributes), or nested elements (concatenated).
 */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record._ === 'string') return record._;
    return Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Repair

/** `&` that does not start an entity or character reference. */
const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)/g;

/**
 * Escape bare ampersands (the commonest way real feeds break strict XML). CDATA sections are
 * left as they are: an `&` there is legal and means itself.
 */
export function repairXml(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part : part.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Tags rss-parser mishandles, renamed before it sees them (see the header comment). */
const RENAMED: Readonly<Record<string, string>> = {
  link: 'sw:link',
  published: 'sw:published',
  updated: 'sw:updated',
};

interface ParsedItem {
  title?: unknown;
  guid?: unknown;
  id?: unknown;
  pubDate?: unknown;
  date?: unknown;
  'dc:date'?: unknown;
  swLinks?: unknown[];
  swPublished?: unknown;
  swUpdated?: unknown;
  summary?: unknown;
  content?: unknown;
  'content:encodedSnippet'?: unknown;
  'rdf:about'?: unknown;
}

function makeParser(): Parser<Record<string, unknown>, ParsedItem> {
  return new Parser<Record<string, unknown>, ParsedItem>({
    // <rss> without a version attribute is read as RSS 2.0 rather than rejected.
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [(name: string) => RENAMED[name] ?? name] },
    customFields: {
      item: [
        ['sw:link', 'swLinks', { keepArray: true }],
        ['sw:published', 'swPublished'],
        ['sw:updated', 'swUpdated'],
        // RSS 1.0 / Dublin Core date (rss-parser maps it to `date` too; named here on purpose).
        ['dc:date', 'dc:date'],
      ],
    },
  });
}

/** The item's link: RSS text link, or the Atom alternate (a link without rel is one, RFC 4287 4.2.7.2). */
function pickLink(links: unknown[] | undefined): string | undefined {
  if (!links || links.length === 0) return undefined;
  const atom: Array<{ href: string; rel: string; type: string }> = [];
  let text: string | undefined;
  for (const link of links) {
    if (link && typeof link === 'object' && '$' in link) {
      const attrs = (link as { $: Record<string, string | undefined> }).$;
      if (attrs.href) atom.push({ href: attrs.href, rel: attrs.rel ?? 'alternate', type: attrs.type ?? '' });
      continue;
    }
    text ??= textOf(link).trim() || undefined;
  }
  // RSS: the text of <link>. (Text inside an Atom <link> is not a link: only href counts.)
  if (atom.length === 0) return text;
  const alternates = atom.filter((l) => l.rel === 'alternate');
  return (
    alternates.find((l) => l.type === '' || /html/i.test(l.type))?.href ??
    alternates[0]?.href ??
    atom.find((l) => l.rel !== 'self' && l.rel !== 'enclosure' && l.rel !== 'edit')?.href
  );
}

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = collapseWhitespace(textOf(value));
    if (text) return text;
  }
  return undefined;
}

export interface FeedParseResult {
  items: RawItem[];
  warnings: string[];
}

/** Parse a feed and say what was dropped or distrusted on the way. */
export async function parseFeedDetailed(xml: string, baseUrl: string): Promise<FeedParseResult> {
  const warnings: string[] = [];
  if (xml.trim() === '') throw parseError('the response was empty');
  let feed: { items: ParsedItem[] };
  try {
    feed = await makeParser().parseString(repairXml(xml));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // sax reports "Unexpected close tag\nLine: 0\nColumn: 65\nChar: >"; one line reads better.
    const reason = message
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('Char:'))
      .join(', ')
      .replace(/Line: (\d+)/, (_m, line: string) => `line ${Number(line) + 1}`)
      .replace(/Column: (\d+)/, 'column $1');
    throw parseError(/^<!doctype html|<html[\s>]/i.test(xml.trimStart()) ? `got an HTML page, not a feed (${reason})` : reason);
  }

  const items: RawItem[] = [];
  let dropped = 0;
  for (const entry of feed.items ?? []) {
    const link = pickLink(entry.swLinks);
    const rawGuid = firstText(entry.guid, entry.id);
    const guidIsUrl = rawGuid !== undefined && /^https?:\/\//i.test(rawGuid);
    const url =
      resolveUrl(link, baseUrl) ??
      resolveUrl(textOf(entry['rdf:about']), baseUrl) ??
      (guidIsUrl ? resolveUrl(rawGuid, baseUrl) : undefined);

    // Atom <summary>, else RSS <description> / Atom <content> (rss-parser's `content`), else
    // content:encoded: as plain text.
    const summarySource =
      htmlToText(textOf(entry.summary)) ||
      htmlToText(textOf(entry.content)) ||
      collapseWhitespace(textOf(entry['content:encodedSnippet']));
    const summary = summarySource ? truncate(summarySource) : undefined;

    let title = cleanTitle(textOf(entry.title));
    if (!title && summary) title = truncate(summary, 120);
    if (!url) {
      dropped++;
      continue;
    }
    if (!title) title = url;

    const item: RawItem = { title, url };
    if (rawGuid) item.guid = rawGuid;
    const published = firstText(entry.pubDate, entry['dc:date'], entry.date, entry.swPublished, entry.swUpdated);
    if (published) item.publishedRaw = published;
    if (summary) item.summary = summary;
    items.push(item);
  }
  if (dropped > 0) warnings.push(`${dropped} feed item(s) without a usable link were skipped`);

  // The same GUID on different links: the feed's GUIDs cannot be trusted to tell items apart.
  const linksByGuid = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.guid === undefined) continue;
    const set = linksByGuid.get(item.guid) ?? new Set<string>();
    set.add(item.url);
    linksByGuid.set(item.guid, set);
  }
  const repeated = [...linksByGuid].filter(([, links]) => links.size > 1).map(([guid]) => guid);
  if (repeated.length > 0) {
    for (const item of items) if (item.guid !== undefined && repeated.includes(item.guid)) delete item.guid;
    warnings.push(`GUID(s) repeated on different links, ignored: ${repeated.slice(0, 3).join(', ')}`);
  }
  // The very same item listed twice: keep the first.
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = `${item.guid ?? ''}\u0000${item.url}\u0000${item.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length > 1 && new Set(unique.map((item) => item.url)).size === 1) {
    warnings.push(`every item links to the same page (${unique[0]?.url}): identity relies on GUIDs and titles`);
  }
  return { items: unique, warnings };
}

/**
 * Parse RSS 2.0, RSS 1.0/RDF or Atom text into raw items. Asynchronous only because
 * rss-parser's `parseString` returns a promise; it does no I/O.
 */
export async function parseFeed(xml: string, baseUrl: string): Promise<RawItem[]> {
  return (await parseFeedDetailed(xml, baseUrl)).items;
}
