/**
 * `sources suggest`: given a listing page, propose a source block. The article links are found
 * by their URL shape (the shape most links with long, title-like texts share), the items read
 * by that pattern, and selectors proposed only where every item's block shares them and they
 * give back the very same items. A feed the page advertises is proposed first.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { ArticlePattern, Limits, Selectors } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { articleBlocks, compilePattern, isChrome, isNonTitle, type ArticleBlock } from './link-pattern.js';
import { boundHtml } from './html-bounds.js';
import { DEFAULT_LIMITS, htmlBounds } from './limits.js';
import { extractBySelectors } from './listing.js';
import { baseUrlOf, resolveUrl } from './page-urls.js';
import { collapse, textOf } from './text.js';

export interface AdvertisedFeed {
  url: string;
  type: 'rss' | 'atom';
  title?: string;
}

export interface Suggestion {
  feeds: AdvertisedFeed[];
  pattern?: ArticlePattern;
  select?: Selectors;
  /** What the proposed block yields on this page. */
  items: RawItem[];
  /** Further pages, as the source block's `pagination`. */
  pagination?: { next?: string; template?: string; firstNumber?: number };
  /** Why no listing could be proposed, when none could. */
  problem?: string;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

export function advertisedFeeds($: CheerioAPI, pageUrl: string): AdvertisedFeed[] {
  const base = baseUrlOf($, pageUrl);
  const feeds: AdvertisedFeed[] = [];
  $('link[rel~="alternate"][href]').each((_, element) => {
    const link = $(element);
    const type = (link.attr('type') ?? '').toLowerCase();
    const kind = type.includes('atom') ? 'atom' : type.includes('rss') || type.includes('rdf') ? 'rss' : undefined;
    const url = resolveUrl(link.attr('href'), base);
    if (!kind || !url || feeds.some((f) => f.url === url)) return;
    const title = collapse(link.attr('title') ?? '');
    feeds.push(title ? { url, type: kind, title } : { url, type: kind });
  });
  return feeds;
}

/** A path segment as a pattern: numbers, ids and slugs vary; words stay. Pure. */
export function segmentPattern(segment: string): string {
  if (/^\d+$/.test(segment)) return '\\d+';
  if (/^id\d+$/i.test(segment)) return 'id\\d+';
  if (segment === '-') return '-';
  if (/[-_]/.test(segment) || /\d/.test(segment) || segment.length > 24) return '[^/?#]+';
  return escapeRegex(segment);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Shape {
  host: string;
  /** Per path segment: a literal (escaped) or a class ("\\d+", "id\\d+", "[^/?#]+"). */
  tokens: string[];
  trailingSlash: boolean;
  urls: string[];
}

const isClass = (token: string): boolean => token.includes('\\d') || token.startsWith('[');
const shapeKey = (shape: Pick<Shape, 'host' | 'tokens' | 'trailingSlash'>): string =>
  `${shape.host}/${shape.tokens.join('/')}${shape.trailingSlash && shape.tokens.length > 0 ? '/' : ''}`;

function segmentsOf(url: string): { host: string; segments: string[]; trailingSlash: boolean } {
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  return { host: parsed.hostname.replace(/^www\./, ''), segments, trailingSlash: parsed.pathname.endsWith('/') };
}

/**
 * Group URLs by shape: varying-looking segments (numbers, ids, slugs) become classes; two
 * shapes that differ in one word only ("/dokumenter/horing/id1/", "/dokumenter/rapport/id2/")
 * merge; a segment every URL of a shape shares is written out again. Pure.
 */
export function urlShapes(urls: string[]): Shape[] {
  let shapes = new Map<string, Shape>();
  for (const url of urls) {
    const { host, segments, trailingSlash } = segmentsOf(url);
    const shape = { host, tokens: segments.map(segmentPattern), trailingSlash, urls: [url] };
    const key = shapeKey(shape);
    const known = shapes.get(key);
    if (known) known.urls.push(url);
    else shapes.set(key, shape);
  }
  for (let merged = true; merged; ) {
    merged = false;
    const list = [...shapes.values()];
    outer: for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.host !== b.host || a.tokens.length !== b.tokens.length || a.trailingSlash !== b.trailingSlash) continue;
        const differ = a.tokens.flatMap((token, k) => (token === b.tokens[k] ? [] : [k]));
        const at = differ[0];
        if (differ.length !== 1 || at === undefined || at === 0 || isClass(a.tokens[at]!) || isClass(b.tokens[at]!)) continue;
        const union: Shape = { ...a, tokens: a.tokens.map((t, k) => (k === at ? '[^/?#]+' : t)), urls: [...a.urls, ...b.urls] };
        shapes.delete(shapeKey(a));
        shapes.delete(shapeKey(b));
        const existing = shapes.get(shapeKey(union));
        if (existing) existing.urls.push(...union.urls);
        else shapes.set(shapeKey(union), union);
        merged = true;
        break outer;
      }
    }
  }
  const out: Shape[] = [];
  for (const shape of shapes.values()) {
    const split = shape.urls.map((url) => segmentsOf(url).segments);
    const tokens = shape.tokens.map((token, k) => {
      const values = new Set(split.map((segments) => segments[k]));
      return values.size === 1 && shape.urls.length > 1 ? escapeRegex([...values][0]!) : token;
    });
    out.push({ ...shape, tokens });
  }
  shapes = new Map();
  return out;
}

/** The shape of one URL on its own (every varying-looking segment a class). Pure. */
export function urlShape(url: string): string {
  const { host, segments, trailingSlash } = segmentsOf(url);
  return shapeKey({ host, tokens: segments.map(segmentPattern), trailingSlash });
}

/** The shape as a regular expression for `articles.include`. */
export function shapeToPattern(shape: string): string {
  const slash = shape.indexOf('/');
  const host = (slash === -1 ? shape : shape.slice(0, slash)).replace(/\./g, '\\.');
  const path = slash === -1 ? '/' : shape.slice(slash);
  const trimmed = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  return `^https?://(?:www\\.)?${host}${trimmed}/?(?:[?#]|$)`;
}

interface ShapeStats {
  shape: string;
  urls: Set<string>;
  anchors: Element[];
  anchorsByUrl: Map<string, Element[]>;
  textLength: number;
  inHeadings: number;
}

function linkShapes($: CheerioAPI, pageUrl: string): ShapeStats[] {
  const base = baseUrlOf($, pageUrl);
  const page = new URL(pageUrl);
  const anchorsByUrl = new Map<string, Element[]>();
  $('a[href]').each((_, element) => {
    const anchor = $(element);
    if (isChrome($, anchor)) return;
    const url = resolveUrl(anchor.attr('href'), base)?.replace(/[?#].*$/, '');
    if (!url) return;
    const parsed = new URL(url);
    if (parsed.hostname.replace(/^www\./, '') !== page.hostname.replace(/^www\./, '')) return;
    if (parsed.pathname === page.pathname) return; // the listing itself, its pages and filters
    anchorsByUrl.set(url, [...(anchorsByUrl.get(url) ?? []), element]);
  });
  return urlShapes([...anchorsByUrl.keys()])
    .map((shape): ShapeStats => {
      const anchors = shape.urls.flatMap((url) => anchorsByUrl.get(url) ?? []);
      let textLength = 0;
      let inHeadings = 0;
      for (const element of anchors) {
        const anchor = $(element);
        const text = textOf(anchor);
        if (!isNonTitle(text)) textLength += text.length;
        if (anchor.closest(HEADINGS).length > 0 || anchor.find(HEADINGS).length > 0) inHeadings += 1;
      }
      const byUrl = new Map(shape.urls.map((url) => [url, anchorsByUrl.get(url) ?? []]));
      return { shape: shapeKey(shape), urls: new Set(shape.urls), anchors, anchorsByUrl: byUrl, textLength, inHeadings };
    })
    // A fixed address is one page, not a kind of page.
    .filter((stats) => /\[\^|\\d/.test(stats.shape));
}

/** Many distinct articles with long link texts, in headings: what a listing's items look like. */
function shapeScore(stats: ShapeStats): number {
  const meanText = stats.textLength / stats.anchors.length;
  const headingShare = stats.inHeadings / stats.anchors.length;
  return stats.urls.size * Math.min(meanText, 80) * (1 + headingShare);
}

function commonAncestor(a: Element, b: Element): Element | undefined {
  const chain = new Set<Element>();
  for (let node: Element | null = a; node; node = node.parent as Element | null) chain.add(node);
  for (let node: Element | null = b; node; node = node.parent as Element | null) if (chain.has(node)) return node;
  return undefined;
}

interface ChosenShapes {
  shapes: ShapeStats[];
  /** URLs of those shapes that stand outside the listing (a featured box, a category page). */
  outside: string[];
}

/**
 * The shapes of the article links: the best one, and others titled alike in the same list
 * (Fafo lists reports under two URL shapes). The list is where the best shape's links are;
 * links of the chosen shapes elsewhere on the page (not site chrome) are named, to exclude.
 */
function chooseShapes($: CheerioAPI, shapes: ShapeStats[]): ChosenShapes {
  const ranked = shapes.filter((s) => s.urls.size >= 2 || s.inHeadings > 0).sort((a, b) => shapeScore(b) - shapeScore(a));
  const best = ranked[0];
  if (!best) return { shapes: [], outside: [] };
  const content = best.anchors.filter((el) => !isChrome($, $(el)));
  const container = content.length > 1 ? commonAncestor(content[0]!, content[content.length - 1]!) : content[0]?.parent ?? undefined;
  const within = (el: Element): boolean => container !== undefined && $(container as Element).find(el).length > 0;
  const inside = (s: ShapeStats): string[] => [...s.anchorsByUrl].filter(([, anchors]) => anchors.some(within)).map(([url]) => url);
  // Another shape of the same kind of page lives under the same literal first segment
  // (/zoo-publikasjoner/…), or ends in the same kind of id (OSCE's /<unit>/<node number>);
  // a bare "/<anything>" beside the items is facets and menus.
  const tokens = (shape: string): string[] => shape.split('/').slice(1).filter((t) => t !== '');
  const section = (shape: string): string | undefined => {
    const first = tokens(shape)[0];
    return first === undefined || isClass(first) ? undefined : first;
  };
  const idForm = (shape: string): string | undefined => {
    const last = tokens(shape).at(-1);
    return last !== undefined && last.includes('\\d') && tokens(shape).length >= 2 ? last : undefined;
  };
  const sameKind = (shape: string): boolean =>
    (section(best.shape) !== undefined && section(shape) === section(best.shape)) || (idForm(best.shape) !== undefined && idForm(shape) === idForm(best.shape));
  const others = ranked.slice(1).filter((s) => {
    if (!sameKind(s.shape)) return false;
    const urls = inside(s);
    if (urls.length === 0) return false;
    const anchors = urls.flatMap((url) => s.anchorsByUrl.get(url) ?? []);
    const titled = anchors.filter((el) => $(el).closest(HEADINGS).length > 0 || $(el).find(HEADINGS).length > 0).length;
    const meanText = anchors.reduce((n, el) => n + (isNonTitle(textOf($(el))) ? 0 : textOf($(el)).length), 0) / anchors.length;
    return titled > 0 || meanText >= 25;
  });
  const chosen = [best, ...others];
  const outside = chosen.flatMap((s) =>
    [...s.anchorsByUrl].filter(([, anchors]) => !anchors.some(within) && anchors.some((el) => !isChrome($, $(el)))).map(([url]) => url),
  );
  return { shapes: chosen, outside };
}

/** An exclude pattern for one URL, with or without www, slash or query. */
function exactPattern(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/$/, '');
  return `^https?://(?:www\\.)?${escapeRegex(parsed.hostname.replace(/^www\./, ''))}${escapeRegex(path)}/?(?:[?#]|$)`;
}

/** Classes every element shares, rarest on the page first. */
function sharedClasses($: CheerioAPI, elements: Element[]): string[] {
  const lists = elements.map((el) => new Set(($(el).attr('class') ?? '').split(/\s+/).filter((c) => /^[A-Za-z_][\w-]*$/.test(c))));
  const first = lists[0];
  if (!first) return [];
  return [...first].filter((c) => lists.every((l) => l.has(c))).sort((a, b) => $(`.${a}`).length - $(`.${b}`).length);
}

/** A selector matching every one of `elements` by tag and shared class, or by tag alone. */
function commonSelector($: CheerioAPI, elements: Element[]): string | undefined {
  const tag = elements[0]?.name;
  if (!tag || !elements.every((el) => el.name === tag)) return undefined;
  const [cls] = sharedClasses($, elements);
  return cls ? `${tag}.${cls}` : tag;
}

/**
 * The element inside `scope` whose text is exactly `text` — the outermost such (the heading
 * around the title's link, not the link), but never the block itself.
 */
function elementWithText($: CheerioAPI, scope: Element[], text: string): Element | undefined {
  return $(scope)
    .find('*')
    .toArray()
    .find((el) => collapse($(el).text()) === text);
}

function proposeSelectors($: CheerioAPI, pageUrl: string, blocks: ArticleBlock[]): Selectors | undefined {
  if (blocks.length < 2 || blocks.some((b) => b.parts.length > 1)) return undefined;
  const roots = blocks.map((b) => b.parts[0]!);
  const item = commonSelector($, roots);
  if (!item || $(item).length !== blocks.length) return undefined;
  const titles = blocks.map((b) => elementWithText($, b.parts, b.item.title));
  if (titles.some((t) => t === undefined)) return undefined;
  const title = commonSelector($, titles as Element[]);
  if (!title) return undefined;
  const select: Selectors = { item, title, link: 'a[href]', linkAttribute: 'href' };
  const dated = blocks.filter((b) => b.item.publishedRaw);
  if (dated.length === blocks.length) {
    const times = blocks.map((b) => $(b.parts).find('time[datetime]').first()[0]);
    if (times.every((t) => t && collapse($(t).attr('datetime') ?? '') === blocks[times.indexOf(t)]!.item.publishedRaw)) {
      select.date = 'time[datetime]';
      select.dateAttribute = 'datetime';
    } else {
      const dates = blocks.map((b) => elementWithText($, b.parts, b.item.publishedRaw!));
      const date = dates.every(Boolean) ? commonSelector($, dates as Element[]) : undefined;
      if (date) select.date = date;
    }
  }
  const summarised = blocks.filter((b) => b.item.summary);
  if (summarised.length === blocks.length) {
    const summaries = blocks.map((b) => elementWithText($, b.parts, b.item.summary!));
    const summary = summaries.every(Boolean) ? commonSelector($, summaries as Element[]) : undefined;
    if (summary) select.summary = summary;
  }
  // Kept only when the selectors give back exactly what the pattern found.
  const check = extractBySelectors($, pageUrl, select);
  const same =
    check.items.length === blocks.length &&
    check.items.every((it, i) => {
      const want = blocks[i]!.item;
      return it.title === want.title && it.url === want.url && it.publishedRaw === (select.date ? want.publishedRaw : undefined);
    });
  return same ? select : undefined;
}

/** How the listing's further pages are reached, when the page says. */
function proposePagination($: CheerioAPI, pageUrl: string): Suggestion['pagination'] {
  if ($('link[rel~="next"][href]').length > 0) return { next: 'link[rel="next"]' };
  if ($('a[rel~="next"][href]').length > 0) return { next: 'a[rel="next"]' };
  const base = baseUrlOf($, pageUrl);
  const page = new URL(pageUrl);
  for (const element of $('a[href]').toArray()) {
    const text = textOf($(element));
    if (!/^(?:2|next|neste|seuraava|nästa|next page|neste side)\b/i.test(text)) continue;
    const url = resolveUrl($(element).attr('href'), base);
    if (!url) continue;
    const target = new URL(url);
    if (target.hostname !== page.hostname) continue;
    const query = [...target.searchParams].find(([key, value]) => /^\d+$/.test(value) && page.searchParams.get(key) !== value);
    if (query && target.pathname === page.pathname) {
      const template = new URL(url);
      template.searchParams.set(query[0], '{page}');
      return { template: decodeURI(template.href), firstNumber: Number(query[1]) };
    }
    const pathNumber = /^(.*\/)(\d+)\/?$/.exec(target.pathname);
    if (pathNumber && target.pathname.startsWith(page.pathname.replace(/\/$/, ''))) {
      return { template: `${target.origin}${pathNumber[1]}{page}`, firstNumber: Number(pathNumber[2]) };
    }
  }
  return undefined;
}

export function suggestSource(html: string, pageUrl: string, limits: Limits = DEFAULT_LIMITS): Suggestion {
  // The same caps as the watch: a hostile page is as cheap to look at as to watch.
  const $ = load(boundHtml(html, htmlBounds(limits)).html);
  const feeds = advertisedFeeds($, pageUrl);
  const { shapes, outside } = chooseShapes($, linkShapes($, pageUrl));
  if (shapes.length === 0) return { feeds, items: [], problem: 'no repeated article links found on the page' };
  const pattern: ArticlePattern = { include: shapes.map((s) => shapeToPattern(s.shape)), exclude: outside.map(exactPattern) };
  const { blocks } = articleBlocks($, pageUrl, compilePattern(pattern));
  const select = proposeSelectors($, pageUrl, blocks);
  const pagination = proposePagination($, pageUrl);
  return {
    feeds,
    pattern,
    ...(select ? { select } : {}),
    items: blocks.map((b) => b.item),
    ...(pagination ? { pagination } : {}),
  };
}
