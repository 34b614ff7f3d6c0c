import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDetailPage } from '../../src/sources/detail-page.js';
import { filterUrls, parseSitemap, sitemapText, titleFromUrl } from '../../src/sources/sitemap.js';

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

describe('parseSitemap', () => {
  it.each([
    {
      name: 'a urlset, with and without lastmod, in document order',
      xml: `<?xml version="1.0" encoding="UTF-8"?><urlset ${NS}>
        <url><loc>https://heuni.fi/-/report-series-99</loc><lastmod>2024-03-13</lastmod><changefreq>monthly</changefreq></url>
        <url><loc> https://heuni.fi/-/news-item </loc></url>
        <url><lastmod>2024-01-01</lastmod></url>
      </urlset>`,
      expected: {
        kind: 'urlset',
        urls: [{ loc: 'https://heuni.fi/-/report-series-99', lastmod: '2024-03-13' }, { loc: 'https://heuni.fi/-/news-item' }],
      },
    },
    {
      name: 'a sitemap index, newest lastmod first, undated last',
      xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex ${NS}>
        <sitemap><loc>https://x.no/sitemap-2022.xml</loc><lastmod>2022-12-31T10:00:00+01:00</lastmod></sitemap>
        <sitemap><loc>https://x.no/sitemap-pages.xml</loc></sitemap>
        <sitemap><loc>https://x.no/sitemap-2024.xml.gz</loc><lastmod>2024-03-13</lastmod></sitemap>
        <sitemap><loc>https://x.no/sitemap-2023.xml</loc><lastmod>2023-06-01</lastmod></sitemap>
      </sitemapindex>`,
      expected: {
        kind: 'index',
        sitemaps: [
          'https://x.no/sitemap-2024.xml.gz',
          'https://x.no/sitemap-2023.xml',
          'https://x.no/sitemap-2022.xml',
          'https://x.no/sitemap-pages.xml',
        ],
      },
    },
    {
      name: 'prefixed elements (<sm:urlset>)',
      xml: `<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://x.no/a</sm:loc><sm:lastmod>2024-01-02</sm:lastmod></sm:url></sm:urlset>`,
      expected: { kind: 'urlset', urls: [{ loc: 'https://x.no/a', lastmod: '2024-01-02' }] },
    },
    {
      name: 'entities in loc',
      xml: `<urlset ${NS}><url><loc>https://x.no/s?a=1&amp;b=2</loc></url></urlset>`,
      expected: { kind: 'urlset', urls: [{ loc: 'https://x.no/s?a=1&b=2' }] },
    },
    {
      name: 'an empty urlset',
      xml: `<urlset ${NS}></urlset>`,
      expected: { kind: 'urlset', urls: [] },
    },
  ])('$name', ({ xml, expected }) => {
    expect(parseSitemap(xml)).toEqual(expected);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Not found</body></html>', /feed could not be parsed: expected <urlset> or <sitemapindex>, got an HTML page/],
    ['an RSS feed', '<rss version="2.0"><channel/></rss>', /got <rss>/],
    ['an empty body', '', /feed could not be parsed: the sitemap was empty/],
  ])('throws for %s', (_name, xml, message) => {
    expect(() => parseSitemap(xml)).toThrow(message);
  });
});

describe('sitemapText', () => {
  const xml = `<urlset ${NS}><url><loc>https://x.no/æøå</loc></url></urlset>`;
  it('gunzips a body that starts with 1f 8b', () => {
    const body = gzipSync(Buffer.from(xml, 'utf8'));
    expect(sitemapText({ body, text: body.toString('latin1'), url: 'https://x.no/s.xml.gz' })).toBe(xml);
  });
  it('passes plain text through', () => {
    expect(sitemapText({ body: Buffer.from(xml), text: xml, url: 'https://x.no/s.xml' })).toBe(xml);
  });
  it('fails clearly on a broken gzip body', () => {
    const body = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]);
    expect(() => sitemapText({ body, text: '', url: 'https://x.no/s.xml.gz' })).toThrow(/feed could not be parsed: .*could not be gunzipped/);
  });
});

describe('titleFromUrl', () => {
  it.each([
    ['https://www.coe.int/en/web/anti-human-trafficking/-/greta-publishes-its-third-report-on-norway', 'Greta publishes its third report on norway'],
    ['https://heuni.fi/-/report-series-99b/', 'Report series 99b'],
    ['https://www.regjeringen.no/no/dokumenter/handlingsplan-mot-menneskehandel/id2345678/', 'Handlingsplan mot menneskehandel'],
    ['https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/arbeidsliv_og_innvandring.html', 'Arbeidsliv og innvandring'],
    ['https://www.udi.no/aktuelt/%C3%B8kning-i-antall-asyls%C3%B8kere', 'Økning i antall asylsøkere'],
    ['https://www.osce.org/secretariat/520172', 'Secretariat'],
    ['https://www.example.no/', 'www.example.no'],
  ])('%s → %s', (url, title) => {
    expect(titleFromUrl(url)).toBe(title);
  });
});

describe('filterUrls', () => {
  const entries = [
    { loc: 'https://x.no/nyheter/a' },
    { loc: 'https://x.no/nyheter/b?print=1' },
    { loc: 'https://x.no/om-oss' },
    { loc: 'https://x.no/publikasjoner/c' },
  ];
  it.each([
    { include: [], exclude: [], expected: ['a', 'b?print=1', 'om-oss', 'c'] },
    { include: ['/nyheter/'], exclude: [], expected: ['a', 'b?print=1'] },
    { include: ['/nyheter/', '/publikasjoner/'], exclude: ['print=1'], expected: ['a', 'c'] },
    { include: [], exclude: ['^https://x\\.no/om-'], expected: ['a', 'b?print=1', 'c'] },
  ])('include $include exclude $exclude', ({ include, exclude, expected }) => {
    expect(filterUrls(entries, include, exclude).map((e) => e.loc.replace(/^.*\//, ''))).toEqual(expected);
  });
  it('names an invalid pattern', () => {
    expect(() => filterUrls(entries, ['(unclosed'], [])).toThrow(/include pattern "\(unclosed": not a valid regular expression/);
  });
});

describe('readDetailPage (selectors only)', () => {
  const html = `<html><head><meta name="description" content="Meta summary"></head><body>
    <h1 class="title">  Report   on Norway </h1><time datetime="2024-03-13">13 March 2024</time>
    <div class="lead"><p>First <b>paragraph</b>.</p><p>Second.</p></div></body></html>`;
  it('reads title, date (datetime attribute first) and summary', () => {
    expect(readDetailPage(html, { title: 'h1.title', date: 'time', summary: '.lead', metadata: false })).toEqual({
      title: 'Report on Norway',
      publishedRaw: '2024-03-13',
      summary: 'First paragraph. Second.',
      from: { title: 'selector', publishedRaw: 'selector', summary: 'selector' },
    });
  });
  it('reads a meta summary from its content attribute, and leaves missing fields out', () => {
    expect(readDetailPage(html, { title: 'h2.nope', summary: 'meta[name=description]', metadata: false })).toEqual({
      summary: 'Meta summary',
      from: { summary: 'selector' },
    });
  });
});
