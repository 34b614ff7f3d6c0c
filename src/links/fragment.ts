/**
 * `#fragment` checks: does the page hold the anchor a link points into? Pure, no I/O.
 *
 * Follows the HTML standard's "indicated part of the document": an element whose `id` is
 * the fragment, else an `<a name>` with it, tried first with the fragment as written and then
 * percent-decoded; an empty fragment and "top" mean the top of the page.
 */
import { load } from 'cheerio';

/** The fragment without its "#", or '' for none. */
export function fragmentOf(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? '' : url.slice(at + 1);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function candidates(fragment: string): string[] {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const decoded = safeDecode(raw);
  return decoded === raw ? [raw] : [raw, decoded];
}

/**
 * Is this fragment something a page anchor could answer? Not: app routes (`#!/…`, `#/…`,
 * `#document/…`, anything with a "/"), state (`#page=3`, `#q=…`), Text Fragments
 * (`#:~:text=…`, which browsers resolve by text, not by anchor), and the empty fragment or
 * "top" (always the top of the page). Those are never reported as missing.
 */
export function isJudgeableFragment(fragment: string): boolean {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw === '' || raw.toLowerCase() === 'top') return false;
  const decoded = safeDecode(raw);
  if (decoded.startsWith('!') || decoded.includes('/')) return false;
  if (decoded.includes(':~:')) return false;
  if (decoded.includes('=')) return false;
  return true;
}

/** `id` / `name` attributes in one start tag, quoted or not. */
const ANCHOR_ATTRIBUTE = /\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Does this start tag (`<h2 class="x" id="funn">`) name one of the values as its anchor? */
function tagIsAnchor(tag: string, names: ReadonlySet<string>): boolean {
  const isA = /^<a[\s>]/i.test(tag);
  for (const match of tag.matchAll(ANCHOR_ATTRIBUTE)) {
    const attribute = (match[1] ?? '').toLowerCase();
    if (attribute === 'name' && !isA) continue;
    if (names.has(match[2] ?? match[3] ?? match[4] ?? '')) return true;
  }
  return false;
}

/**
 * Anchors found by text search, no parsing: each `id=`/`name=` attribute holding one of the
 * values as written is checked in the start tag around it (a `name` counts only on `<a>`).
 */
function hasLiteralAnchor(html: string, names: ReadonlySet<string>): boolean {
  for (const value of names) {
    const attribute = new RegExp(`\\s(?:id|name)\\s*=\\s*(?:"${escapeRegExp(value)}"|'${escapeRegExp(value)}'|${escapeRegExp(value)}(?=[\\s/>]))`, 'gi');
    for (const match of html.matchAll(attribute)) {
      const at = match.index;
      const open = html.lastIndexOf('<', at);
      const close = html.indexOf('>', at);
      if (open === -1 || close === -1) continue;
      if (tagIsAnchor(html.slice(open, close + 1), names)) return true;
    }
  }
  return false;
}

/** An `id`/`name` value written with an entity (`id="a&amp;b"`): only a parser reads those right. */
const ENTITY_IN_ANCHOR = /\s(?:id|name)\s*=\s*["']?[^"'\s>]*&/i;

/**
 * Does the page have an anchor for this fragment: an element with `id="…"` or an
 * `<a name="…">`? The fragment may carry its "#" or not; it is compared as written and
 * percent-decoded (`#s%C3%B8k` finds `id="søk"`). Ids are case-sensitive, as in browsers.
 *
 * Fast on big pages: the anchor is looked for by text search (a 500 KB page takes a few
 * milliseconds); the page is parsed (htmlparser2, the quick parser) only when that finds
 * nothing and some id or name on the page is written with an entity.
 */
export function hasAnchor(html: string, fragment: string): boolean {
  const wanted = candidates(fragment);
  if (wanted[0] === '' || wanted[0]?.toLowerCase() === 'top') return true;
  const names = new Set(wanted);
  if (hasLiteralAnchor(html, names)) return true;
  if (!ENTITY_IN_ANCHOR.test(html)) return false;
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  for (const element of $('[id]').toArray()) {
    if (names.has(element.attribs.id ?? '')) return true;
  }
  for (const element of $('a[name]').toArray()) {
    if (names.has(element.attribs.name ?? '')) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A reason to believe a script makes the anchor at run time although the served HTML lacks
 * it, or undefined. Such pages are not reported: the anchor works in a reader's browser.
 *
 * - the page itself points at it (`href="#x"`, `aria-controls="x"`, `data-target="#x"`):
 *   tabs and accordions whose panels get their ids from script;
 * - the page is an app shell (scripts, next to no text): everything is made by script.
 */
export function anchorMadeByScript(html: string, fragment: string): string | undefined {
  for (const value of candidates(fragment)) {
    const reference = new RegExp(`(?:href|aria-controls|data-[\\w-]+)\\s*=\\s*["']#?${escapeRegExp(value)}["']`);
    if (reference.test(html)) return `the page refers to #${value} itself (a tab or panel made by script)`;
  }
  if (/<script\b/i.test(html)) {
    const text = html
      .replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length < 300) return 'the page is built by script (an app shell with next to no text)';
  }
  return undefined;
}
