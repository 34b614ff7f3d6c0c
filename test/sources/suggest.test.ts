/** `sources suggest`: URL shapes, the chosen pattern, selectors only when they give the same items, feeds. */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlSourceSchema } from '../../src/config/schema.js';
import { htmlHandler } from '../../src/sources/html.js';
import { extractListingPage } from '../../src/sources/listing.js';
import { listingBlock, suggestedId } from '../../src/sources/suggest-block.js';
import { segmentPattern, shapeToPattern, suggestSource, urlShape, urlShapes } from '../../src/sources/suggest.js';
import { replicaContext } from '../helpers/replica-context.js';

describe('URL shapes', () => {
  it.each([
    ['2024', '\\d+'],
    ['id3034567', 'id\\d+'],
    ['-', '-'],
    ['greta-publishes-its-report', '[^/?#]+'],
    ['dokumenter', 'dokumenter'],
    ['a.b', 'a\\.b'],
    ['fafo-rapporter', '[^/?#]+'],
  ])('segment %s → %s', (segment, pattern) => expect(segmentPattern(segment)).toBe(pattern));

  const shapesOf = (urls: string[]) => urlShapes(urls).map((s) => `${s.host}/${s.tokens.join('/')}${s.trailingSlash ? '/' : ''} ×${s.urls.length}`).sort();

  it.each([
    [
      'a slug segment all articles share is written out',
      ['https://www.coe.int/en/web/anti-human-trafficking/-/greta-visits', 'https://www.coe.int/en/web/anti-human-trafficking/-/committee-adopts'],
      ['coe.int/en/web/anti-human-trafficking/-/[^/?#]+ ×2'],
    ],
    [
      'shapes that differ in one word merge; a different section stays apart',
      ['https://www.regjeringen.no/no/dokumenter/horing/id3034567/', 'https://www.regjeringen.no/no/dokumenter/rapport/id3034000/', 'https://www.regjeringen.no/no/tema/arbeidsliv/id1234/'],
      ['regjeringen.no/no/dokumenter/[^/?#]+/id\\d+/ ×2', 'regjeringen.no/no/tema/arbeidsliv/id\\d+/ ×1'],
    ],
    ['numeric node ids', ['https://www.osce.org/secretariat/520172', 'https://www.osce.org/secretariat/520999'], ['osce.org/secretariat/\\d+ ×2']],
  ])('%s', (_name, urls, shapes) => expect(shapesOf(urls)).toEqual(shapes));

  it('one URL on its own: every varying-looking segment a class', () => {
    expect(urlShape('https://www.osce.org/secretariat/520172')).toBe('osce.org/secretariat/\\d+');
  });

  it('a shape becomes a pattern that matches the article with or without www, slash or query, and nothing longer', () => {
    const re = new RegExp(shapeToPattern('regjeringen.no/no/dokumenter/[^/?#]+/id\\d+/'));
    expect(re.test('https://www.regjeringen.no/no/dokumenter/horing/id3034567/')).toBe(true);
    expect(re.test('https://regjeringen.no/no/dokumenter/horing/id3034567')).toBe(true);
    expect(re.test('https://www.regjeringen.no/no/dokumenter/horing/id3034567/?ch=1')).toBe(true);
    expect(re.test('https://www.regjeringen.no/no/dokumenter/horing/id3034567/vedlegg/')).toBe(false);
  });

  it.each([
    ['https://www.fafo.no/en/publications/fafo-reports', 'fafo-fafo-reports'],
    ['https://heuni.fi/', 'heuni'],
    ['https://www.regjeringen.no/no/dokumenter/id2000006/', 'regjeringen-id2000006'],
  ])('suggested id of %s is %s', (url, id) => expect(suggestedId(url)).toBe(id));
});

const card = (slug: string, title: string, date: string): string =>
  `<article class="card"><a class="img" href="/publikasjoner/${slug}"><img src="x.jpg" alt=""></a><h3 class="card-title"><a href="/publikasjoner/${slug}">${title}</a></h3><p class="meta">${date}</p><a class="more" href="/publikasjoner/${slug}">Les mer</a><a class="tag" href="/tema/arbeidsliv">Arbeidsliv</a></article>`;

const listing = `<!doctype html><html><head><title>Publikasjoner</title>
<link rel="alternate" type="application/rss+xml" title="Nyheter" href="/rss.xml"><link rel="alternate" hreflang="en" href="/en/"></head><body>
<header><nav><a href="/om-oss/ansatte">Ansatte</a><a href="/publikasjoner/arsrapport-2025">Årsrapport 2025</a></nav></header>
<main><h1>Publikasjoner</h1><div class="grid">
${card('rapport-om-menneskehandel', 'Rapport om menneskehandel i Norge', '8. juni 2022')}
${card('notat-2022-11', 'Fafo-notat 2022:11 om arbeidsvilkår', '1. juni 2022')}
${card('seminar-om-tvangsarbeid', 'Seminar om tvangsarbeid og utnytting', '20. mai 2022')}
</div><nav class="pager"><a href="/publikasjoner?page=2">2</a></nav></main>
<footer><a href="/personvern/erklaering">Personvern</a></footer></body></html>`;

describe('suggestSource', () => {
  const url = 'https://www.example.no/publikasjoner';

  it('finds the article links by shape, merges image/title/"Les mer", ignores tags and chrome', () => {
    const suggestion = suggestSource(listing, url);
    expect(suggestion.pattern).toEqual({ include: ['^https?://(?:www\\.)?example\\.no/publikasjoner/[^/?#]+/?(?:[?#]|$)'], exclude: [] });
    expect(suggestion.items.map((i) => [i.title, i.url, i.publishedRaw])).toEqual([
      ['Rapport om menneskehandel i Norge', 'https://www.example.no/publikasjoner/rapport-om-menneskehandel', '8. juni 2022'],
      ['Fafo-notat 2022:11 om arbeidsvilkår', 'https://www.example.no/publikasjoner/notat-2022-11', '1. juni 2022'],
      ['Seminar om tvangsarbeid og utnytting', 'https://www.example.no/publikasjoner/seminar-om-tvangsarbeid', '20. mai 2022'],
    ]);
  });

  it('proposes selectors that give back exactly the same items', () => {
    const suggestion = suggestSource(listing, url);
    expect(suggestion.select).toMatchObject({ item: 'article.card', title: 'h3.card-title', date: 'p.meta' });
    const bySelectors = extractListingPage(listing, url, { select: suggestion.select });
    expect(bySelectors.method).toBe('selectors');
    expect(bySelectors.items.map((i) => [i.title, i.url, i.publishedRaw])).toEqual(suggestion.items.map((i) => [i.title, i.url, i.publishedRaw]));
  });

  it('proposes no selectors when the blocks share no structure, and the pattern still reads them', () => {
    const mixed = listing.replace('<article class="card">', '<section class="feature">');
    const fixed = mixed.replace(/<\/article>(?![\s\S]*<\/article>)/, '</article>');
    const suggestion = suggestSource(fixed.replace('</a><a class="tag" href="/tema/arbeidsliv">Arbeidsliv</a></article>', '</a></section>'), url);
    expect(suggestion.select).toBeUndefined();
    expect(suggestion.items).toHaveLength(3);
  });

  it('names the advertised feed and the way to page 2', () => {
    const suggestion = suggestSource(listing, url);
    expect(suggestion.feeds).toEqual([{ url: 'https://www.example.no/rss.xml', type: 'rss', title: 'Nyheter' }]);
    expect(suggestion.pagination).toEqual({ template: 'https://www.example.no/publikasjoner?page={page}', firstNumber: 2 });
  });

  it('says so when a page has no repeated article links', () => {
    const suggestion = suggestSource('<html><body><main><p>Tom side.</p><a href="/om">Om</a></main></body></html>', url);
    expect(suggestion.pattern).toBeUndefined();
    expect(suggestion.problem).toMatch(/no repeated article links/);
  });

  it('the block it prints is valid config and yields the same items through the html kind', async () => {
    const suggestion = suggestSource(listing, url);
    const block = listingBlock(suggestion, { url, kind: 'html', id: 'example', name: 'Example', section: 'forskning' })!;
    const source = htmlSourceSchema.parse({ ...block, pagination: undefined });
    const site = { name: 'example', hosts: ['www.example.no'], handle: () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: listing }) };
    const result = await htmlHandler(source, replicaContext(site));
    expect(result.items.map((i) => i.url)).toEqual(suggestion.items.map((i) => i.url));
  });
});

describe('a real listing page (regjeringen.no, public copy in test/fixtures/real/)', () => {
  const html = readFileSync('test/fixtures/real/regjeringen/hoyringar-page-001.html', 'utf8');
  const url = 'https://www.regjeringen.no/no/dokument/hoyringar/id1763/';

  it('is read by the suggested pattern: the 20 hearings, as the real selectors read them', () => {
    const suggestion = suggestSource(html, url);
    const bySelectors = extractListingPage(html, url, {
      select: { item: 'ul.listing#searchResultsListing > li.listItem', title: 'h2.title > a', link: 'h2.title > a', linkAttribute: 'href', date: 'div.info > span.date' },
    });
    expect(bySelectors.items).toHaveLength(20);
    expect(suggestion.items.map((i) => [i.title, i.url])).toEqual(bySelectors.items.map((i) => [i.title, i.url]));
    expect(suggestion.pagination).toEqual({ next: 'link[rel="next"]' });
    expect(load(html)('title').text()).not.toBe('');
  });
});
