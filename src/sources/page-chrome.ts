/**
 * Site chrome: navigation, banners, sidebars, page-level header and footer. Links there are
 * never listing items, and dates there are never an article's date. One definition, so the
 * listing reader, the metadata picker and `sources suggest` agree on what chrome is.
 */
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

export const SITE_CHROME =
  'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

/** `<header>`/`<footer>` are chrome only at page level: inside these they belong to the content. */
export const SECTIONING = 'article, main, section, [role="main"], [role="article"]';

export function inPageChrome(node: Cheerio<AnyNode>): boolean {
  if (node.closest(SITE_CHROME).length > 0) return true;
  const furniture = node.closest('header, footer');
  return furniture.length > 0 && furniture.parents(SECTIONING).length === 0 && !furniture.is(SECTIONING);
}
