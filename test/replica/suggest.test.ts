/**
 * `sources suggest` on every listing of the replica web: for each html/browser source of the
 * shipped sources.json (and regjeringen's fallback listing), the suggested block yields exactly
 * the items the shipped source reads on that page — by its pattern, and by its selectors when
 * it proposes them. Also with every class and id renamed.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { patternProblem } from '../../src/config/pattern.js';
import { htmlSourceSchema } from '../../src/config/schema.js';
import { extractListingPage } from '../../src/sources/listing.js';
import { listingBlock } from '../../src/sources/suggest-block.js';
import { suggestSource } from '../../src/sources/suggest.js';
import { READER_USER_AGENT, renderLikeBrowser, webOf } from './reader.js';
import { scrambleHtml } from './scramble.js';
import { passedWallCookie } from '../../src/demo/bot-wall.js';
import { sites } from '../../src/demo/sites/index.js';

const config = loadConfig('sources.json');
const web = webOf(sites);
const state = { day: 1, today: new Date('2026-11-28T05:00:00Z') };

interface Case {
  id: string;
  url: string;
  browser: boolean;
  rules: Parameters<typeof extractListingPage>[2];
}

const cases: Case[] = config.sources.flatMap((source): Case[] => {
  if (source.kind === 'html' || source.kind === 'browser') {
    return [{ id: source.id, url: source.url, browser: source.kind === 'browser', rules: { select: source.select, articles: source.articles } }];
  }
  if (source.kind === 'feed' && source.fallback?.kind === 'html') {
    const listing = source.fallback;
    return [{ id: `${source.id} (fallback listing)`, url: listing.url, browser: false, rules: { select: listing.select, articles: listing.articles } }];
  }
  return [];
});

/** Page 1 as the source sees it: over HTTP, or (coe.int) as the browser renders it past the wall. */
function page(c: Case, scramble = false): string {
  const served = web.tryFetch(c.url, state, c.browser ? { cookie: passedWallCookie(READER_USER_AGENT) } : {});
  if (served === null) throw new Error(`${c.url} did not answer 200`);
  const html = scramble ? scrambleHtml(served, { seed: 7 }) : served;
  if (!c.browser) return html;
  const $ = load(html);
  renderLikeBrowser($);
  return $.html();
}

const view = (items: Array<{ title: string; url: string; publishedRaw?: string }>) => items.map((i) => [i.title, i.url]);

describe('sources suggest on the replica listings', () => {
  it('covers every html and browser source of the shipped config', () => {
    expect(cases.map((c) => c.id)).toEqual(expect.arrayContaining(['greta', 'osce-press', 'osce-publications', 'fafo', 'heuni', 'regjeringen (fallback listing)']));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: the suggested block yields exactly the page\'s items', (_id, c) => {
    const html = page(c);
    const expected = extractListingPage(html, c.url, c.rules).items;
    expect(expected.length).toBeGreaterThan(2);
    const suggestion = suggestSource(html, c.url);
    expect(view(suggestion.items)).toEqual(view(expected));
    const block = listingBlock(suggestion, { url: c.url, kind: 'html', id: 'suggested', name: 'Suggested', section: 'forskning' })!;
    const source = htmlSourceSchema.parse(block);
    // What it prints must pass the loader's checks, catastrophic backtracking included.
    for (const pattern of [...source.articles!.include, ...source.articles!.exclude]) expect(patternProblem(pattern), pattern).toBeUndefined();
    expect(view(extractListingPage(html, c.url, { articles: source.articles }).items)).toEqual(view(expected));
    if (source.select) expect(view(extractListingPage(html, c.url, { select: source.select }).items)).toEqual(view(expected));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: scrambled, the suggestion still finds the same items (by pattern)', (_id, c) => {
    const expected = extractListingPage(page(c), c.url, c.rules).items;
    const suggestion = suggestSource(page(c, true), c.url);
    expect(view(suggestion.items)).toEqual(view(expected));
  });
});
