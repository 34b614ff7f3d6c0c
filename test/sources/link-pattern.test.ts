/**
 * Listings read by article link pattern, on the shapes real CMSes write: the links to one
 * article merge to one item, chrome never becomes an item, and title/date/summary come from
 * the article's block whatever its class names.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { compilePattern, extractByPattern } from '../../src/sources/link-pattern.js';

const chrome = (main: string): string => `<!doctype html><html><head><title>News</title></head><body>
<header><a href="/">Home</a><nav><a href="/-/about-us">About us</a><a href="/-/contact">Contact</a></nav>
<div><a href="/en/-/language-switch">EN</a></div></header>
<main>${main}</main>
<aside><h2>Most read</h2><a href="/-/most-read-article">Most read article of the year</a></aside>
<footer><a href="/-/privacy">Privacy</a></footer></body></html>`;

const liferayAbstract = (slug: string, title: string, date: string, summary: string): string => `
<div class="asset-abstract">
  <div class="lfr-meta-actions asset-actions"></div>
  <h3 class="asset-title"><a href="/-/${slug}"><img alt="" src="/icon.png"> ${title}</a></h3>
  <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${date}</span></div>
  <div class="asset-content"><div class="asset-summary">${summary}</div>
  <div class="asset-more"><a href="/-/${slug}?redirect=%2Fnews">Read More »</a></div></div>
</div>`;

const pattern = compilePattern({ include: ['/-/[^/?#]+'], exclude: ['/-/(?:about-us|contact|privacy)$'] });
const page = 'https://heuni.fi/news';

describe('extractByPattern', () => {
  it('Liferay abstracts: one item per article, title not "Read More", date and summary from the block', () => {
    const html = chrome(
      liferayAbstract('report-2024', 'New report on labour trafficking', '31.1.2024 | News item', 'HEUNI published a report on labour trafficking in Finland and the Nordics.') +
        liferayAbstract('seminar', 'Seminar on victims', '13.3.2024 | News item', 'A seminar gathered practitioners from the Baltic Sea region in Helsinki.'),
    );
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items).toEqual([
      {
        title: 'New report on labour trafficking',
        url: 'https://heuni.fi/-/report-2024',
        publishedRaw: '31.1.2024 | News item',
        summary: 'HEUNI published a report on labour trafficking in Finland and the Nordics.',
      },
      {
        title: 'Seminar on victims',
        url: 'https://heuni.fi/-/seminar',
        publishedRaw: '13.3.2024 | News item',
        summary: 'A seminar gathered practitioners from the Baltic Sea region in Helsinki.',
      },
    ]);
  });

  it('a card with language chips and "Read More about <title>": the summary is the summary block alone', () => {
    const html = chrome(`<div>
      <div><span>EN</span> <a href="/fr/-/x">FR</a></div>
      <h3><a href="/-/greta-report">GRETA publishes its report on Norway</a></h3>
      <div><div>In its fourth evaluation report on Norway, GRETA focuses on access to justice for victims.</div>
      <div><a href="/-/greta-report">Read More about <span>GRETA publishes its report on Norway</span> »</a></div></div>
    </div><div><h3><a href="/-/other">Another article here</a></h3></div>`);
    const listing = extractByPattern(load(html), page, compilePattern({ include: ['^https://heuni\\.fi/-/'], exclude: [] }));
    expect(listing.items[0]).toMatchObject({
      title: 'GRETA publishes its report on Norway',
      summary: 'In its fourth evaluation report on Norway, GRETA focuses on access to justice for victims.',
    });
  });

  it('the same page with every class name gone gives the same items', () => {
    const html = chrome(
      liferayAbstract('report-2024', 'New report on labour trafficking', '31.1.2024 | News item', 'HEUNI published a report on labour trafficking in Finland and the Nordics.'),
    ).replace(/\s(?:class|id)="[^"]*"/g, '');
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items.map((i) => [i.title, i.publishedRaw])).toEqual([['New report on labour trafficking', '31.1.2024 | News item']]);
  });

  it('image link + heading link + "Les mer" to one article: one item titled by the heading', () => {
    const html = chrome(`
      <div><a href="/-/a"><img src="a.jpg" alt=""></a><h2><a href="/-/a">Første sak</a></h2><p>8. juni 2022</p><a href="/-/a">Les mer</a></div>
      <div><a href="/-/b"><img src="b.jpg" alt="Bilde"></a><h2><a href="/-/b">Andre sak</a></h2><p>9. juni 2022</p><a href="/-/b">Les mer</a></div>`);
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items.map((i) => [i.title, i.url, i.publishedRaw])).toEqual([
      ['Første sak', 'https://heuni.fi/-/a', '8. juni 2022'],
      ['Andre sak', 'https://heuni.fi/-/b', '9. juni 2022'],
    ]);
    expect(listing.links).toBe(6);
  });

  it('navigation, header, aside, footer and excluded links never become items', () => {
    const listing = extractByPattern(load(chrome('<p>No news today.</p>')), page, pattern);
    expect(listing.items).toEqual([]);
  });

  it('an article header inside the item is not page chrome', () => {
    const html = chrome('<article><header><h3><a href="/-/x">Inside an article header</a></h3><time datetime="2024-05-02">2 May</time></header></article><article><header><h3><a href="/-/y">Second one</a></h3></header></article>');
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items.map((i) => [i.title, i.publishedRaw])).toEqual([
      ['Inside an article header', '2024-05-02'],
      ['Second one', undefined],
    ]);
  });

  it('a flat list (heading, then its date and text as siblings) takes the siblings up to the next article', () => {
    const html = chrome(`<div>
      <h3><a href="/-/one">First flat item</a></h3><p>Publishing date: 6 June 2023</p><p>A snippet that describes the first item at some length for readers.</p>
      <h3><a href="/-/two">Second flat item</a></h3><p>Publishing date: 7 June 2023</p>
    </div>`);
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items).toEqual([
      { title: 'First flat item', url: 'https://heuni.fi/-/one', publishedRaw: 'Publishing date: 6 June 2023', summary: 'A snippet that describes the first item at some length for readers.' },
      { title: 'Second flat item', url: 'https://heuni.fi/-/two', publishedRaw: 'Publishing date: 7 June 2023' },
    ]);
  });

  it('a definition list (dt title, dd details) as Drupal search results write it', () => {
    const html = chrome(`<dl>
      <dt><h3><a href="https://www.osce.org/-/press-1">OSCE calls for action</a></h3></dt>
      <dd><p>Publishing date: 6 June 2023</p><p>Content type: Press release</p><p>VIENNA, 6 June 2023 – The OSCE Special Representative called for action.</p></dd>
      <dt><h3><a href="https://www.osce.org/-/press-2">Second release</a></h3></dt><dd><p>Publishing date: 1 June 2023</p></dd>
    </dl>`);
    const listing = extractByPattern(load(html), 'https://www.osce.org/press-releases', pattern);
    expect(listing.items.map((i) => [i.title, i.publishedRaw])).toEqual([
      ['OSCE calls for action', 'Publishing date: 6 June 2023'],
      ['Second release', 'Publishing date: 1 June 2023'],
    ]);
  });

  it('links whose only text is "Read more" and no heading: the item is untitled and left out', () => {
    const html = chrome('<ul><li><a href="/-/nameless">Read more</a></li><li><a href="/-/named">A named article</a></li></ul>');
    const listing = extractByPattern(load(html), page, pattern);
    expect(listing.items.map((i) => i.title)).toEqual(['A named article']);
    expect(listing.untitled).toBe(1);
  });

  it('resolves against <base href>, ignores fragments of the same article, and keeps page order', () => {
    const html = `<html><head><base href="https://heuni.fi/sub/"></head><body><main>
      <div><a href="-/z">Zeta article title</a></div><div><a href="-/a#comments">Alpha article title</a><a href="-/a">Alpha</a></div></main></body></html>`;
    const listing = extractByPattern(load(html), page, compilePattern({ include: ['/-/'], exclude: [] }));
    expect(listing.items.map((i) => i.url)).toEqual(['https://heuni.fi/sub/-/z', 'https://heuni.fi/sub/-/a']);
  });

  it('regjeringen-like list items: the date and type line, the excerpt as summary', () => {
    const html = chrome(`<ul>
      <li><h2><a href="/no/dokumenter/horing-om-ny-lov/id3034567/">Høring om ny lov</a></h2><div><span>03.07.2026</span> <span>Høring</span> <span>Justis- og beredskapsdepartementet</span></div><p>Departementet sender på høring et forslag om endringer i straffeloven om menneskehandel.</p></li>
      <li><h2><a href="/no/dokumenter/rapport/id3034000/">Rapport</a></h2><div><span>01.07.2026</span></div></li>
    </ul>`);
    const listing = extractByPattern(load(html), 'https://www.regjeringen.no/no/dokumenter/id2000006/', compilePattern({ include: ['/no/dokumenter/[^/]+/id\\d+/$'], exclude: [] }));
    expect(listing.items).toEqual([
      {
        title: 'Høring om ny lov',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-om-ny-lov/id3034567/',
        publishedRaw: '03.07.2026',
        summary: 'Departementet sender på høring et forslag om endringer i straffeloven om menneskehandel.',
      },
      { title: 'Rapport', url: 'https://www.regjeringen.no/no/dokumenter/rapport/id3034000/', publishedRaw: '01.07.2026' },
    ]);
  });
});
