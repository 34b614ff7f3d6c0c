/**
 * The shipped sources.json against a real page (test/fixtures/real/), read by the extractor
 * itself: the regjeringen.no listing fallback's selectors, its link pattern (also with every class
 * and id scrambled) and its next-page link must all read the real høyringar list alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { extractListingPage } from '../../src/sources/listing.js';
import { scrambleHtml } from './scramble.js';

const config = loadConfig('sources.json');
const html = readFileSync(new URL('../fixtures/real/regjeringen/hoyringar-page-001.html', import.meta.url), 'utf8');

function fallback() {
  const source = config.sources.find((s) => s.id === 'regjeringen');
  if (source?.kind !== 'feed' || source.fallback?.kind !== 'html') throw new Error('regjeringen must be a feed with an html fallback');
  return source.fallback;
}

describe('regjeringen.no: the real høyringar listing (July 2026)', () => {
  const listing = fallback();
  const bySelectors = extractListingPage(html, listing.url, { select: listing.select, articles: listing.articles, next: listing.pagination?.next });
  const byPattern = extractListingPage(html, listing.url, { articles: listing.articles });

  it('the selectors read all 20 hearings, with titles, links and publication dates', () => {
    expect(bySelectors.method).toBe('selectors');
    expect(bySelectors.items).toHaveLength(20);
    expect(bySelectors.items[0]).toMatchObject({
      title: 'Høyring – framlegg om presiseringar i reglane om Nav si opplysingsplikt overfor skattestyresmaktene',
      url: 'https://www.regjeringen.no/no/dokumenter/hoyring-framlegg-om-presiseringar-i-reglane-om-nav-si-opplysingsplikt-overfor-skattestyresmaktene/id3168525/',
      publishedRaw: '03.07.2026',
    });
    expect(bySelectors.items.at(-1)).toMatchObject({ title: 'Høyring – NOU 2026: 9 Veien mot et bedre og mer forutsigbart skattesystem', publishedRaw: '24.06.2026' });
    for (const item of bySelectors.items) expect(item.url).toMatch(/^https:\/\/www\.regjeringen\.no\/no\/dokumenter\/[^/]+\/id\d+\/$/);
  });

  it('the next page is the <link rel="next"> in the head', () => {
    expect(bySelectors.next).toBe('https://www.regjeringen.no/no/dokument/hoyringar/id1763/?page=2');
  });

  it('the link pattern alone finds the same hearings: same titles, links, and the publication date, not the deadline', () => {
    expect(byPattern.method).toBe('pattern');
    const view = (items: typeof bySelectors.items) => items.map((i) => [i.title, i.url, i.publishedRaw]);
    expect(byPattern.items).toHaveLength(20);
    expect(view(byPattern.items)).toEqual(view(bySelectors.items));
  });

  it('with every class and id scrambled, the selectors match nothing and the pattern still finds them all', () => {
    const scrambled = scrambleHtml(html, { seed: 2026 });
    const page = extractListingPage(scrambled, listing.url, { select: listing.select, articles: listing.articles });
    expect(page.method).toBe('fallback');
    expect(page.selectorMatches).toBe(0);
    expect(page.items.map((i) => [i.title, i.url, i.publishedRaw])).toEqual(bySelectors.items.map((i) => [i.title, i.url, i.publishedRaw]));
  });
});
