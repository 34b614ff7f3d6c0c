/**
 * Listings read by the URL shape of their article links, not by class names. Every link whose
 * URL matches the source's pattern is an article; the links to one article (image, title,
 * "Read more") become one item; the item's *block* is the largest element around those links
 * that holds no other article's link. Title, date and summary are read from that block.
 *
 * URL shapes are what a CMS keeps across redesigns (`/-/<slug>` on Liferay, `/id<N>/` on
 * regjeringen.no); class names are what a redesign changes first.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { compileSafePattern } from '../config/pattern.js';
import type { ArticlePattern } from '../config/schema.js';
import type { RawItem } from '../model.js';
import { canonicalUrl } from './canonical-url.js';
import { hasMatchBelow } from './compiled-selector.js';
import { parseDate } from './dates.js';
import { inPageChrome } from './page-chrome.js';
import { baseUrlOf, resolveUrl } from './page-urls.js';
import { collapse, textOf } from './text.js';

/** Link texts that say "go there", never what the article is called (nb, nn, en, fi, sv, fr). */
export const NON_TITLES =
  /^(?:read more|read the full (?:story|article|report)|more|continue reading|full story|see more|learn more|details|les mer|les meir|mer|meir|se mer|lue lisää|lisää|läs mer|en savoir plus|lire la suite|download|last ned|lataa|pdf|›|»|→|>>|\.\.\.|…)$/iu;

/** True for "Read More »", "‹ Les mer", "Download (PDF)": link text that names no article. */
export function isNonTitle(text: string): boolean {
  const bare = text.replace(/^[\s«‹←<]+|[\s»›→>:.…]+$/gu, '').replace(/\s*\((?:pdf|\d+ ?[km]b)\)$/iu, '');
  return bare === '' || NON_TITLES.test(bare);
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const LINK_OR_HEADING = `a, ${HEADINGS}`;
const MAX_SUMMARY = 600;

export interface CompiledPattern {
  include: RegExp[];
  exclude: RegExp[];
}

export function compilePattern(pattern: ArticlePattern): CompiledPattern {
  return {
    include: pattern.include.map((p) => compileSafePattern(p, 'articles.include')),
    exclude: pattern.exclude.map((p) => compileSafePattern(p, 'articles.exclude')),
  };
}

export function matchesPattern(url: string, pattern: CompiledPattern): boolean {
  return pattern.include.some((re) => re.test(url)) && !pattern.exclude.some((re) => re.test(url));
}

/** A link in site chrome (navigation, page header/footer, sidebars) or a tag/pagination link. */
export function isChrome($: CheerioAPI, anchor: Cheerio<Element>): boolean {
  if (inPageChrome(anchor)) return true;
  const rel = (anchor.attr('rel') ?? '').toLowerCase();
  return /\b(?:tag|next|prev|author|category)\b/.test(rel);
}

interface Group {
  key: string;
  url: string;
  anchors: Element[];
}

/** Article links on the page, grouped by the article they name, in order of first appearance. */
function articleGroups($: CheerioAPI, pageUrl: string, pattern: CompiledPattern, maxGroups: number): Group[] {
  const base = baseUrlOf($, pageUrl);
  const page = canonicalUrl(pageUrl);
  const groups = new Map<string, Group>();
  // One group past the cap is gathered, so the caller can tell a full page from a capped one.
  $('a[href]').each((_, element) => {
    if (groups.size > maxGroups) return false;
    const anchor = $(element);
    const url = resolveUrl(anchor.attr('href'), base);
    if (!url) return;
    const withoutFragment = url.replace(/#.*$/, '');
    if (!matchesPattern(withoutFragment, pattern)) return;
    const key = canonicalUrl(withoutFragment);
    if (key === page || isChrome($, anchor)) return;
    const group = groups.get(key);
    if (group) group.anchors.push(element);
    else groups.set(key, { key, url: withoutFragment, anchors: [element] });
    return undefined;
  });
  return [...groups.values()];
}

/** For each element, the groups whose links it holds (only elements that hold any). */
function groupsInside(groups: Group[]): Map<AnyNode, Set<number>> {
  const inside = new Map<AnyNode, Set<number>>();
  groups.forEach((group, index) => {
    for (const anchor of group.anchors) {
      for (let node: AnyNode | null = anchor; node; node = node.parent) {
        let set = inside.get(node);
        if (!set) inside.set(node, (set = new Set()));
        set.add(index);
      }
    }
  });
  return inside;
}

function isElement(node: AnyNode | null | undefined): node is Element {
  return node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/**
 * The block of group `index`: climb from its first link while the parent holds no other
 * article's link. Stops below <body>/<main> so one lone article does not claim the page.
 */
function blockOf(groups: Group[], index: number, inside: Map<AnyNode, Set<number>>): Element {
  let block: Element = groups[index]!.anchors[0]!;
  for (;;) {
    const parent = block.parent;
    if (!isElement(parent) || ['body', 'html', 'main'].includes(parent.name)) return block;
    const holds = inside.get(parent);
    if (holds && (holds.size > 1 || !holds.has(index))) return block;
    block = parent;
  }
}

/**
 * A block that is only its link (a heading in a flat list: `<h3><a/></h3><p>date</p><p>…</p>`)
 * takes the siblings that follow it, up to the next article's link.
 */
function withTrailingSiblings($: CheerioAPI, block: Element, linkText: string, inside: Map<AnyNode, Set<number>>): Element[] {
  const parts: Element[] = [block];
  if (collapse($(block).text()) !== linkText) return parts;
  for (let next = block.nextSibling; next; next = next.nextSibling) {
    if (!isElement(next)) continue;
    if (inside.has(next)) break;
    parts.push(next);
    if (parts.length > 6) break;
  }
  return parts;
}

function meaningful(text: string): boolean {
  return text.length >= 3 && !isNonTitle(text) && parseDate(text)?.iso == null;
}

/** The title: a heading that holds the article's link, else any heading, else the longest link text. */
function titleOf($: CheerioAPI, parts: Element[], group: Group): string | undefined {
  const scope = $(parts);
  const headings = scope.find(HEADINGS).add(scope.filter(HEADINGS));
  const holding = headings.filter((_, h) => group.anchors.some((a) => h === a || $(h).find(a).length > 0 || $(a).find(h).length > 0));
  for (const candidate of [holding, headings]) {
    const text = candidate
      .toArray()
      .map((h) => textOf($(h)))
      .find(meaningful);
    if (text) return text;
  }
  const fromLinks = group.anchors
    .flatMap((a) => [textOf($(a)), collapse($(a).attr('title') ?? ''), collapse($(a).find('img[alt]').first().attr('alt') ?? '')])
    .filter(meaningful)
    .sort((x, y) => y.length - x.length);
  return fromLinks[0];
}

/** The date: `<time datetime>`, else the first short text that reads as a date. */
function dateOf($: CheerioAPI, parts: Element[], title: string): string | undefined {
  const scope = $(parts);
  const time = scope.find('time[datetime]').add(scope.filter('time[datetime]')).first();
  if (time.length > 0) {
    const value = collapse(time.attr('datetime') ?? '');
    if (parseDate(value)?.iso) return value;
  }
  // Text nodes first (the date as written), then small elements (a date split over spans).
  const texts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const text = collapse((node as unknown as { data: string }).data);
      if (text !== '' && /\d/.test(text) && text.length <= 100) texts.push(text);
      return;
    }
    if (!isElement(node) || node.type !== 'tag' || ['script', 'style', 'noscript', 'template'].includes(node.name)) return;
    for (const child of node.children) walk(child);
  };
  for (const part of parts) walk(part);
  for (const text of texts) if (text !== title && parseDate(text)?.iso) return text;
  const small = scope
    .find('*')
    .toArray()
    .map((element) => textOf($(element)))
    .find((text) => text.length <= 60 && text !== title && /\d/.test(text) && parseDate(text)?.iso);
  return small;
}

/** The summary: the first real paragraph, else the block's remaining text. */
function summaryOf($: CheerioAPI, parts: Element[], title: string, date: string | undefined, group: Group): string | undefined {
  const scope = $(parts);
  const anchorTexts = new Set(group.anchors.map((a) => textOf($(a))));
  const paragraph = scope
    .find('p')
    .add(scope.filter('p'))
    .toArray()
    .map((p) => textOf($(p)))
    .find((text) => text.length >= 40 && text !== title && !anchorTexts.has(text));
  // Else a text block of its own: no link, no heading, not the title or the date — the
  // summary <div> of a card, not the card with its language chips and "Read more".
  const textBlock = paragraph
    ? undefined
    : scope
        .find('div, span, dd, li, section, blockquote')
        .toArray()
        .filter((el) => !hasMatchBelow(el, LINK_OR_HEADING))
        .map((el) => textOf($(el)))
        .find((text) => text.length >= 40 && text !== title && !text.includes(title) && (!date || !text.startsWith(date)));
  let text = paragraph ?? textBlock;
  if (!text) {
    const clone = $(parts.map((part) => $(part).clone()[0]!));
    clone.find(HEADINGS).remove();
    clone.find('a').each((_, a) => {
      const t = textOf($(a));
      if (t === title || isNonTitle(t) || t.length <= 3 || t.includes(title)) $(a).remove();
    });
    clone.find('script, style, noscript, template, button').remove();
    text = collapse(clone.text());
    if (date) text = collapse(text.replace(date, ' '));
    text = text.replace(title, ' ').trim();
    if (text.length < 40) return undefined;
  }
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1).trimEnd()}…` : text;
}

export interface PatternListing {
  items: RawItem[];
  /** Article links seen (before merging), for probes: "14 links to 7 articles". */
  links: number;
  /** Articles whose block gave no title. */
  untitled: number;
  /** True when the page links to more than `maxArticles` articles (only the first were read). */
  capped: boolean;
}

export interface ArticleBlock {
  item: RawItem;
  /** The elements the item was read from: its block, and the siblings a flat list gives it. */
  parts: Element[];
  /** The links to the article. */
  anchors: Element[];
}

/** The article blocks of a listing page, with the item each gives. Pure. */
export function articleBlocks(
  $: CheerioAPI,
  pageUrl: string,
  pattern: CompiledPattern,
  maxArticles = Number.POSITIVE_INFINITY,
): { blocks: ArticleBlock[]; links: number; untitled: number; capped: boolean } {
  const gathered = articleGroups($, pageUrl, pattern, maxArticles);
  const capped = gathered.length > maxArticles;
  const groups = capped ? gathered.slice(0, maxArticles) : gathered;
  const inside = groupsInside(groups);
  const blocks: ArticleBlock[] = [];
  let untitled = 0;
  groups.forEach((group, index) => {
    const block = blockOf(groups, index, inside);
    const firstLinkText = textOf($(group.anchors[0]!));
    const parts = withTrailingSiblings($, block, firstLinkText, inside);
    const title = titleOf($, parts, group);
    if (!title) {
      untitled += 1;
      return;
    }
    const item: RawItem = { title, url: group.url };
    const date = dateOf($, parts, title);
    if (date) item.publishedRaw = date;
    const summary = summaryOf($, parts, title, date, group);
    if (summary) item.summary = summary;
    blocks.push({ item, parts, anchors: group.anchors });
  });
  return { blocks, links: groups.reduce((n, g) => n + g.anchors.length, 0), untitled, capped };
}

/** Read a listing page by its article links. Pure: the same page gives the same items. */
export function extractByPattern($: CheerioAPI, pageUrl: string, pattern: CompiledPattern, maxArticles = Number.POSITIVE_INFINITY): PatternListing {
  const { blocks, links, untitled, capped } = articleBlocks($, pageUrl, pattern, maxArticles);
  return { items: blocks.map((block) => block.item), links, untitled, capped };
}
