/**
 * A small re-statement of the extractor's documented semantics (src/config/schema.ts), used by the
 * replica tests to read the replica sites without the extractor itself, so that a regression in
 * either shows up as a disagreement:
 * - `select`: one item per `item` match, fields inside it.
 * - `articles`: every link whose absolute URL matches `include` (and no `exclude`) is an article;
 *   links to the same article (same canonical URL) are one item; the item's block is the largest
 *   ancestor of its first link holding no other article's link; the title is the text of a heading
 *   that holds the link or that the link holds (else the longest link text), the date the first
 *   date in the block's text, the summary its first paragraph of 40 characters or more.
 * - With both, `articles` is the fallback when the selectors match nothing.
 * - `pagination`: a `next` link, or a `template` with {page} from `firstNumber` by `step`.
 * - `detail` (metadata): the page's JSON-LD / article:published_time / DC.Date / <time>, else the
 *   first date after the <h1>; the title from the <h1>.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { decodeBody } from '../../src/fetch/charset.js';
import type { Source } from '../../src/config/schema.js';
import { parseDate } from '../../src/sources/dates.js';
import { canonicalUrl } from '../../src/sources/canonical-url.js';
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../../src/demo/types.js';

export interface Extracted {
  title: string;
  url: string;
  dateRaw?: string;
  summary?: string;
}

type HtmlKinds = Extract<Source, { kind: 'html' | 'browser' }>;
/** What a listing reader needs of an html/browser source or of a feed's html fallback. */
export type Listing = Pick<HtmlKinds, 'url' | 'select' | 'articles' | 'pagination' | 'detail'> & {
  kind: 'html' | 'browser';
  waitFor?: string | undefined;
};
type Select = NonNullable<HtmlKinds['select']>;
type Articles = NonNullable<HtmlKinds['articles']>;

// ---------------------------------------------------------------------------------------------
// Talking to the sites

export interface Answer {
  response: ReplicaResponse;
  /** The site returned null (the core's plain 404). */
  unhandled: boolean;
}

export interface Web {
  ask(url: string, state: ReplicaState, headers?: Record<string, string>): Answer;
  /** The decoded body of a 200 answer, or null for any other status. */
  tryFetch(url: string, state: ReplicaState, headers?: Record<string, string>): string | null;
}

export function headerValue(response: ReplicaResponse, name: string): string | undefined {
  const entry = Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

export function bytesOf(response: ReplicaResponse): Buffer {
  return typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
}

/** Decode as the HTTP layer does: BOM, Content-Type charset, then the document's own declaration. */
export function decode(response: ReplicaResponse): string {
  if (typeof response.body === 'string') return response.body;
  return decodeBody(response.body, headerValue(response, 'content-type')).text;
}

/** The User-Agent the reader's requests carry (the coe.int wall signs its cookie for it). */
export const READER_USER_AGENT = 'replica reader';

/** Calls `site.handle()` directly: no server, no proxy. */
export function webOf(sites: readonly ReplicaSite[]): Web {
  const ask = (url: string, state: ReplicaState, headers: Record<string, string> = {}): Answer => {
    const target = new URL(url);
    const host = target.hostname.toLowerCase();
    const site = sites.find((s) => s.hosts.includes(host));
    if (!site) throw new Error(`no replica site for ${host}`);
    const request: ReplicaRequest = {
      method: 'GET',
      host,
      path: target.pathname,
      query: target.searchParams,
      headers: { 'user-agent': READER_USER_AGENT, ...headers },
      scheme: target.protocol === 'http:' ? 'http' : 'https',
    };
    const response = site.handle(request, state);
    return response === null ? { response: { status: 404, body: 'not found' }, unhandled: true } : { response, unhandled: false };
  };
  return {
    ask,
    tryFetch(url, state, headers) {
      const { response } = ask(url, state, headers);
      return response.status === 200 ? decode(response) : null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One listing page

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

type Node = ReturnType<CheerioAPI>;

/** The first descendant of `scope` matching `selector`, or `scope` itself when it matches. */
function pick(scope: Node, selector: string): Node | undefined {
  if (scope.is(selector)) return scope;
  const found = scope.find(selector).first();
  return found.length > 0 ? found : undefined;
}

function baseOf($: CheerioAPI, pageUrl: string): string {
  return new URL($('base[href]').attr('href') ?? pageUrl, pageUrl).href;
}

export function extractBySelectors($: CheerioAPI, pageUrl: string, select: Select): Extracted[] {
  const base = baseOf($, pageUrl);
  const items: Extracted[] = [];
  $(select.item).each((_, element) => {
    const scope = $(element);
    const link = pick(scope, select.link);
    const href = link?.attr(select.linkAttribute);
    const titleNode = select.title ? pick(scope, select.title) : link;
    const item: Extracted = { title: titleNode ? collapse(titleNode.text()) : '', url: href ? new URL(href, base).href : '' };
    if (select.date) {
      const node = pick(scope, select.date);
      const raw = node && (select.dateAttribute ? node.attr(select.dateAttribute) : node.text());
      if (raw) item.dateRaw = collapse(raw);
    }
    if (select.summary) {
      const node = pick(scope, select.summary);
      if (node) item.summary = collapse(node.text());
    }
    items.push(item);
  });
  return items;
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

export function extractByPattern($: CheerioAPI, pageUrl: string, articles: Articles): Extracted[] {
  const base = baseOf($, pageUrl);
  const include = articles.include.map((p) => new RegExp(p));
  const exclude = articles.exclude.map((p) => new RegExp(p));
  const keyOf = new Map<Element, string>();
  const groups = new Map<string, { url: string; links: Element[] }>();
  for (const element of $('a[href]').toArray()) {
    const url = absolute($(element).attr('href') ?? '', base);
    if (url === null || !include.some((r) => r.test(url)) || exclude.some((r) => r.test(url))) continue;
    const key = canonicalUrl(url);
    keyOf.set(element, key);
    const group = groups.get(key) ?? { url, links: [] };
    group.links.push(element);
    groups.set(key, group);
  }
  const holdsOnly = (node: AnyNode, key: string): boolean =>
    $(node)
      .find('a[href]')
      .toArray()
      .every((link) => (keyOf.get(link) ?? key) === key);
  return [...groups.entries()].map(([key, group]) => {
    let block: AnyNode = group.links[0]!;
    for (let parent = block.parent; parent && parent.type === 'tag' && !['body', 'html'].includes(parent.name); parent = parent.parent) {
      if (!holdsOnly(parent, key)) break;
      block = parent;
    }
    // A heading holding the link, or held by it (a teaser that is one link around its heading).
    const texts = group.links.map((link) => {
      const inner = $(link).find('h1, h2, h3, h4, h5, h6').first();
      if (inner.length > 0) return { text: collapse(inner.text()), heading: true };
      return { text: collapse($(link).text()), heading: $(link).closest('h1, h2, h3, h4, h5, h6').length > 0 };
    });
    const titled = texts.find((t) => t.heading && t.text !== '') ?? [...texts].sort((a, b) => b.text.length - a.text.length)[0];
    const blockText = collapse($(block).text());
    const item: Extracted = { title: titled?.text ?? '', url: group.url };
    if (parseDate(blockText)?.iso) item.dateRaw = blockText;
    // The summary: the block's first real paragraph (what keyword-only sources are ranked on too).
    const paragraph = $(block)
      .find('p')
      .toArray()
      .map((p) => collapse($(p).text()))
      .find((text) => text.length >= 40 && text !== item.title);
    if (paragraph) item.summary = paragraph;
    return item;
  });
}

// ---------------------------------------------------------------------------------------------
// Article pages

/** What an article page's own metadata gives, as the `detail.metadata` picker reads it. */
export function readPageMetadata(html: string): { title?: string; dateRaw?: string } {
  const $ = load(html);
  const found: { title?: string; dateRaw?: string } = {};
  const h1 = $('h1').first();
  if (h1.length > 0) found.title = collapse(h1.text());
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    try {
      const data = JSON.parse($(script).text()) as { datePublished?: string };
      if (data.datePublished) found.dateRaw = data.datePublished;
    } catch {
      // Malformed JSON-LD is ignored, as browsers ignore it.
    }
  }
  const meta =
    $('meta[property="article:published_time"]').attr('content') ?? $('meta[name="DC.Date"], meta[name="dc.date"]').attr('content') ?? $('time[datetime]').attr('datetime');
  if (!found.dateRaw && meta) found.dateRaw = meta;
  if (!found.dateRaw && found.title) {
    // The first date after the heading: climb until an ancestor's text holds one after the title.
    for (let scope = h1.parent(); scope.length > 0 && !scope.is('html'); scope = scope.parent()) {
      const text = collapse(scope.text());
      const rest = text.slice(text.indexOf(found.title) + found.title.length).slice(0, 300);
      if (parseDate(rest)?.iso) {
        found.dateRaw = rest;
        break;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// A whole listing

export interface ListingRead {
  items: Extracted[];
  pages: number;
  /** Another listing page was still there when maxPages stopped the walk. */
  moreBeyondMax: boolean;
  /** How each page's items were found. */
  by: ('selectors' | 'pattern' | 'nothing')[];
}

export interface ReadOptions {
  headers?: Record<string, string>;
  /** Turn the served HTML into what a browser shows (pages rendered by their own script). */
  render?: ($: CheerioAPI) => void;
}

function extractPage($: CheerioAPI, pageUrl: string, listing: Listing): { items: Extracted[]; by: ListingRead['by'][number] } {
  const bySelectors = listing.select ? extractBySelectors($, pageUrl, listing.select) : [];
  if (bySelectors.length > 0) return { items: bySelectors, by: 'selectors' };
  const byPattern = listing.articles ? extractByPattern($, pageUrl, listing.articles) : [];
  return byPattern.length > 0 ? { items: byPattern, by: 'pattern' } : { items: [], by: 'nothing' };
}

function templateUrl(template: string, number: number): string {
  return template.replace('{page}', String(number));
}

export function readListing(listing: Listing, web: Web, state: ReplicaState, options: ReadOptions = {}): ListingRead {
  const maxPages = listing.pagination?.maxPages ?? 1;
  const read: ListingRead = { items: [], pages: 0, moreBeyondMax: false, by: [] };
  const visited = new Set<string>();
  const load$ = (url: string): CheerioAPI | null => {
    const html = web.tryFetch(url, state, options.headers);
    if (html === null) return null;
    const $ = load(html);
    options.render?.($);
    return $;
  };
  let url: string | undefined = listing.url;
  while (url !== undefined && !visited.has(url)) {
    const $ = load$(url);
    if ($ === null) break;
    const page = extractPage($, url, listing);
    if (read.pages > 0 && page.items.length === 0) break; // a template page past the end
    visited.add(url);
    read.items.push(...page.items);
    read.by.push(page.by);
    read.pages += 1;
    const pagination = listing.pagination;
    let next: string | undefined;
    if (pagination?.next) {
      const href = $(pagination.next).first().attr('href');
      next = href ? new URL(href, url).href : undefined;
    } else if (pagination?.template) {
      next = templateUrl(pagination.template, pagination.firstNumber + (read.pages - 1) * pagination.step);
    }
    if (read.pages === maxPages) {
      if (next !== undefined) {
        const beyond = load$(next);
        read.moreBeyondMax = beyond !== null && extractPage(beyond, next, listing).items.length > 0;
      }
      break;
    }
    url = next;
  }
  if (listing.detail) {
    for (const item of read.items) {
      if (item.dateRaw && item.title) continue;
      const html = web.tryFetch(item.url, state, options.headers);
      if (html === null) continue;
      const $ = load(html);
      const { detail } = listing;
      if (detail.date && !item.dateRaw) {
        const node = $(detail.date).first();
        if (node.length > 0) item.dateRaw = collapse(node.text());
      }
      if (detail.metadata) {
        const meta = readPageMetadata(html);
        if (!item.dateRaw && meta.dateRaw) item.dateRaw = meta.dateRaw;
        if (!item.title && meta.title) item.title = meta.title;
      }
    }
  }
  return read;
}

// ---------------------------------------------------------------------------------------------
// The coe.int page as a browser renders it

/**
 * What the coe.int page's inline script does in a browser: run the page's own renderer (not a
 * copy of it, so a scrambled page renders scrambled) over its JSON blob into its list.
 */
export function renderLikeBrowser($: CheerioAPI): void {
  const script = $('script:not([src])')
    .toArray()
    .map((el) => $(el).text())
    .find((text) => text.includes('function renderNewsItem'));
  if (script === undefined) throw new Error('no renderNewsItem script on the page');
  const source = script.slice(script.indexOf('function renderNewsItem'), script.indexOf('function render()'));
  const render = new Function(`${source}\nreturn renderNewsItem;`)() as (item: unknown) => string;
  const data = JSON.parse($('script[data-asset-data]').text()) as { items: unknown[] };
  $('[data-asset-list]').html(data.items.map(render).join(''));
}

