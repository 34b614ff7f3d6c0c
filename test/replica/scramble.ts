/**
 * Class-name and id scrambling for served HTML: every class token and every id is renamed at
 * random, consistently within one document, so the page still renders and its scripts still
 * run, but no selector written against the real markup matches any more. Tests use it to prove
 * that a source configured by link pattern does not depend on class names.
 *
 * The renaming is textual, over the whole document, so class attributes inside script string
 * literals (`'<div class="asset-abstract">'`, `class=\"…\"`) are renamed too: a page rendered
 * by its own script loses its class names as well. References to ids (`for=`, `aria-*`) follow
 * their ids. Text, hrefs, `<style>` contents and data-* attributes are left alone.
 */
import type { ReplicaSite } from '../../src/demo/types.js';
import { seededRandom } from '../helpers/random.js';

/** Attributes whose value is a list of class tokens. */
const CLASS_ATTRIBUTE = /(\bclass\s*=\s*)(\\?["'])(.*?)\2/gis;
/** Attributes whose value is one id or a list of ids. */
const ID_ATTRIBUTE = /(\b(?:id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)\s*=\s*)(\\?["'])(.*?)\2/gis;

export interface ScrambleOptions {
  /** Seed for reproducible names (default: a fresh random seed per call). */
  seed?: number;
}


function renamer(random: () => number, prefix: string): (token: string) => string {
  const names = new Map<string, string>();
  const used = new Set<string>();
  return (token) => {
    const known = names.get(token);
    if (known !== undefined) return known;
    let name: string;
    do name = `${prefix}${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    while (used.has(name));
    used.add(name);
    names.set(token, name);
    return name;
  };
}

/** Skip template placeholders and escapes that are not names (`' + esc(x) + '`). */
const isName = (token: string): boolean => /^[A-Za-z_-][\w:.-]*$/.test(token);

/** `html` with every class token and every id renamed at random (consistently within it). */
export function scrambleHtml(html: string, options: ScrambleOptions = {}): string {
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const className = renamer(random, 'c');
  const idName = renamer(random, 'i');
  const renameList = (value: string, rename: (token: string) => string): string =>
    value.replace(/[^\s]+/g, (token) => (isName(token) ? rename(token) : token));
  return html
    .replace(CLASS_ATTRIBUTE, (_all, head: string, quote: string, value: string) => `${head}${quote}${renameList(value, className)}${quote}`)
    .replace(ID_ATTRIBUTE, (_all, head: string, quote: string, value: string) => `${head}${quote}${renameList(value, idName)}${quote}`);
}

/**
 * The same site, with HTML answers scrambled on the chosen hosts (every host of the site when
 * `hosts` is left out). Feeds, sitemaps and other non-HTML answers pass through unchanged.
 */
export function scrambledSite(site: ReplicaSite, hosts: readonly string[] = site.hosts, options: ScrambleOptions = {}): ReplicaSite {
  const chosen = new Set(hosts.map((host) => host.toLowerCase()));
  return {
    name: site.name,
    hosts: site.hosts,
    handle(request, state) {
      const response = site.handle(request, state);
      if (response === null || !chosen.has(request.host)) return response;
      const type = Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === 'content-type')?.[1] ?? '';
      if (!/text\/html/i.test(type)) return response;
      const text = typeof response.body === 'string' ? response.body : response.body.toString('utf8');
      return { ...response, body: scrambleHtml(text, options) };
    },
  };
}
