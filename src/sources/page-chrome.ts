/**
 * Site chrome: navigation, banners, sidebars, page-level header and footer. Links there are
 * never listing items, and dates there are never an article's date. One definition, so the
 * listing reader, the metadata picker and `sources suggest` agree on what chrome is.
 */
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { closestMatch } from './compiled-selector.js';

export const SITE_CHROME =
  'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

/** `<header>`/`<footer>` are chrome only at page level: inside these they belong to the content. */
export const SECTIONING = 'article, main, section, [role="main"], [role="article"]';

function elementInPageChrome(element: AnyNode): boolean {
  if (closestMatch(element, SITE_CHROME)) return true;
  const furniture = closestMatch(element, 'header, footer');
  // Inside sectioning content (the furniture itself sectioning, or below it) header and footer are the content's.
  return furniture !== undefined && closestMatch(furniture, SECTIONING) === undefined;
}

/** Whether any of these nodes sits in site chrome. Selectors compiled once (compiled-selector.ts): this runs for every link of a page. */
export function inPageChrome(node: Cheerio<AnyNode>): boolean {
  return node.toArray().some(elementInPageChrome);
}
