/**
 * A compiled selector (sources/compiled-selector.ts) must answer what cheerio answers for the
 * same string: for every element of these pages and every selector the listing reader
 * compiles, `hasMatchBelow` equals `$(el).find(s).length > 0` and `closestMatch` equals
 * `$(el).closest(s)`.
 */
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { closestMatch, hasMatchBelow } from '../../src/sources/compiled-selector.js';
import { SECTIONING, SITE_CHROME } from '../../src/sources/page-chrome.js';

const PAGES = {
  listing: `<html><body><header><nav><a href="/">Hjem</a></nav></header><main><article><header><h2><a href="/a">A</a></h2></header>
    <div class="card"><span>Tekst uten lenke</span><div role="heading">Overskrift</div><p>Avsnitt <a href="/b">lenke</a></p></div>
    <footer>Publisert 1. juni</footer></article><aside role="complementary"><ul><li><a href="/c">C</a></li></ul></aside></main>
    <footer role="contentinfo"><a href="/kontakt">Kontakt</a></footer><script>var x = 1;</script></body></html>`,
  nested: `<div role="main"><section><header><h1>T</h1></header><div><dd><blockquote><a href="/q">q</a></blockquote></dd></div></section>
    <div role="search"><input><p>Søk</p></div><div role="banner"><span>b</span></div></div>`,
} as const;

const SELECTORS = [SITE_CHROME, SECTIONING, 'header, footer', 'a, h1, h2, h3, h4, h5, h6, [role="heading"]', 'p', 'a[href]'];

describe('compiled selectors answer as cheerio does', () => {
  const cases = Object.entries(PAGES).flatMap(([page, html]) => SELECTORS.map((selector) => ({ page, html, selector })));
  it.each(cases)('$page: $selector', ({ html, selector }) => {
    const $ = load(html);
    const elements: AnyNode[] = $('*').toArray();
    expect(elements.length).toBeGreaterThan(10);
    let matchedBelow = 0;
    let withClosest = 0;
    for (const element of elements) {
      const below = $(element).find(selector).length > 0;
      expect(hasMatchBelow(element, selector), `${selector} below <${'name' in element ? element.name : '?'}>`).toBe(below);
      const closest = $(element).closest(selector).get(0);
      expect(closestMatch(element, selector)).toBe(closest);
      if (below) matchedBelow += 1;
      if (closest) withClosest += 1;
    }
    // Each selector finds something in these pages, so the comparison is not of empty answers.
    expect(matchedBelow + withClosest).toBeGreaterThan(0);
  });
});
