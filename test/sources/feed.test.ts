import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import {
  cleanTitle,
  decodeEntities,
  htmlToText,
  parseFeed,
  parseFeedDetailed,
  repairXml,
} from '../../src/sources/feed.js';
import { truncate } from '../../src/sources/feed-text.js';

const BASE = 'https://www.example.no/rss/nyheter.xml';

const rss = (items: string, extra = ''): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${extra}><channel><title>Nyheter</title><link>https://www.example.no/</link>${items}</channel></rss>`;

const atom = (entries: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:feed</id><updated>2024-03-13T10:00:00Z</updated>${entries}</feed>`;

const rdf = (items: string): string =>
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://www.stortinget.no/rss"><title>Stortinget</title><link>https://www.stortinget.no/</link></channel>${items}</rdf:RDF>`;

describe('parseFeed', () => {
  it.each([
    {
      name: 'RSS 2.0: pubDate, guid with attributes, relative link, HTML description',
      xml: rss(
        `<item><title>Ny rapport om menneskehandel</title><link>/nyheter/ny-rapport</link>` +
          `<guid isPermaLink="false">art-123</guid><pubDate>Wed, 13 Mar 2024 10:00:00 +0100</pubDate>` +
          `<description>&lt;p&gt;Rapporten   viser &lt;b&gt;økning&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Les mer&lt;/p&gt;</description></item>`,
      ),
      expected: [
        {
          title: 'Ny rapport om menneskehandel',
          url: 'https://www.example.no/nyheter/ny-rapport',
          guid: 'art-123',
          publishedRaw: 'Wed, 13 Mar 2024 10:00:00 +0100',
          summary: 'Rapporten viser økning. Les mer',
        },
      ],
    },
    {
      name: 'Atom: id as GUID, published before updated, alternate link, HTML summary',
      xml: atom(
        `<entry><title type="html">GRETA &lt;em&gt;publishes&lt;/em&gt; report</title><id>tag:coe.int,2024:1</id>` +
          `<link rel="alternate" type="text/html" href="https://www.coe.int/en/web/anti-human-trafficking/-/greta"/>` +
          `<link rel="self" href="https://www.coe.int/feed/1"/>` +
          `<published>2024-03-13T10:00:00+01:00</published><updated>2024-03-14T09:00:00Z</updated>` +
          `<summary type="html">&lt;p&gt;Third&amp;nbsp;report on Norway&lt;/p&gt;</summary></entry>` +
          `<entry><title>Only updated</title><id>tag:coe.int,2024:2</id><link href="/en/web/x/-/only-updated"/>` +
          `<updated>2024-03-12T08:00:00Z</updated><content type="html">&lt;p&gt;Body text&lt;/p&gt;</content></entry>`,
      ),
      expected: [
        {
          title: 'GRETA publishes report',
          url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta',
          guid: 'tag:coe.int,2024:1',
          publishedRaw: '2024-03-13T10:00:00+01:00',
          summary: 'Third report on Norway',
        },
        {
          title: 'Only updated',
          url: 'https://www.example.no/en/web/x/-/only-updated',
          guid: 'tag:coe.int,2024:2',
          publishedRaw: '2024-03-12T08:00:00Z',
          summary: 'Body text',
        },
      ],
    },
    {
      name: 'RSS 1.0 / RDF: date from dc:date, link from rdf:about when <link> is missing',
      xml: rdf(
        `<item rdf:about="https://www.stortinget.no/sak/1"><title>Sak 1</title><link>https://www.stortinget.no/sak/1</link>` +
          `<description>Om saken</description><dc:date>2024-03-13T10:00:00+01:00</dc:date></item>` +
          `<item rdf:about="https://www.stortinget.no/sak/2"><title>Sak 2</title><dc:date>2024-03-12</dc:date></item>`,
      ),
      expected: [
        { title: 'Sak 1', url: 'https://www.stortinget.no/sak/1', publishedRaw: '2024-03-13T10:00:00+01:00', summary: 'Om saken' },
        { title: 'Sak 2', url: 'https://www.stortinget.no/sak/2', publishedRaw: '2024-03-12' },
      ],
    },
    {
      name: 'empty GUIDs (with and without attributes) are no GUID',
      xml: rss(
        `<item><title>A</title><link>https://a.no/1</link><guid></guid></item>` +
          `<item><title>B</title><link>https://a.no/2</link><guid isPermaLink="false"></guid></item>` +
          `<item><title>C</title><link>https://a.no/3</link><guid isPermaLink="false">   </guid></item>`,
      ),
      expected: [
        { title: 'A', url: 'https://a.no/1' },
        { title: 'B', url: 'https://a.no/2' },
        { title: 'C', url: 'https://a.no/3' },
      ],
    },
    {
      name: 'bare ampersands are repaired, entities and CDATA left alone',
      xml: rss(
        `<item><title>Fafo & NTNU: rapport om R&D</title><link>https://a.no/x?a=1&b=2</link></item>` +
          `<item><title><![CDATA[Tom & Jerry &amp; co]]></title><link>https://a.no/y?a=1&amp;b=2</link></item>`,
      ),
      expected: [
        { title: 'Fafo & NTNU: rapport om R&D', url: 'https://a.no/x?a=1&b=2' },
        { title: 'Tom & Jerry & co', url: 'https://a.no/y?a=1&b=2' },
      ],
    },
    {
      name: 'titles: entities decoded, formatting stripped, escaped <script> kept as text',
      xml: rss(
        `<item><title>  Fafo &amp;amp; NTNU &#8211; &lt;b&gt;ny&lt;/b&gt;   rapport </title><link>https://a.no/1</link></item>` +
          `<item><title>&lt;script&gt;alert(1)&lt;/script&gt; Rapport</title><link>https://a.no/2</link></item>` +
          `<item><title>R&aring;det for &oslash;konomi&nbsp;og&nbsp;arbeid</title><link>https://a.no/3</link></item>`,
      ),
      expected: [
        { title: 'Fafo & NTNU – ny rapport', url: 'https://a.no/1' },
        { title: '<script>alert(1)</script> Rapport', url: 'https://a.no/2' },
        { title: 'Rådet for økonomi og arbeid', url: 'https://a.no/3' },
      ],
    },
    {
      name: '<rss> without a version attribute is read as RSS 2.0',
      xml: `<rss><channel><title>x</title><item><title>A</title><link>https://a.no/1</link></item></channel></rss>`,
      expected: [{ title: 'A', url: 'https://a.no/1' }],
    },
    {
      name: 'items without a link fall back to a URL GUID, else are skipped',
      xml: rss(
        `<item><title>Has URL guid</title><guid>https://a.no/guid-url</guid></item>` +
          `<item><title>No link at all</title><guid>plain-id</guid></item>`,
      ),
      expected: [{ title: 'Has URL guid', url: 'https://a.no/guid-url', guid: 'https://a.no/guid-url' }],
    },
    {
      name: 'an item without title is titled from its summary',
      xml: rss(`<item><link>https://a.no/1</link><description>Kort nyhet uten tittel</description></item>`),
      expected: [{ title: 'Kort nyhet uten tittel', url: 'https://a.no/1', summary: 'Kort nyhet uten tittel' }],
    },
  ])('$name', async ({ xml, expected }) => {
    expect(await parseFeed(xml, BASE)).toEqual(expected);
  });

  it('keeps an Atom date that Date cannot read, raw (rss-parser alone throws)', async () => {
    const xml = atom(`<entry><title>HEUNI</title><id>x</id><link href="https://heuni.fi/-/a"/><published>13.3.2024</published></entry>`);
    expect(await parseFeed(xml, BASE)).toEqual([{ title: 'HEUNI', url: 'https://heuni.fi/-/a', guid: 'x', publishedRaw: '13.3.2024' }]);
  });

  it('takes the rel-less Atom link over a leading enclosure, and survives a link without attributes', async () => {
    const xml = atom(
      `<entry><title>Report</title><id>r</id><link rel="enclosure" type="application/pdf" href="https://rm.coe.int/report.pdf"/>` +
        `<link href="https://www.coe.int/-/report"/><link>junk</link></entry>`,
    );
    expect((await parseFeed(xml, BASE))[0]?.url).toBe('https://www.coe.int/-/report');
  });

  it('repeated GUIDs on different links are dropped, with a warning; a duplicated item is listed once', async () => {
    const xml = rss(
      `<item><title>A</title><link>https://a.no/1</link><guid>same</guid></item>` +
        `<item><title>B</title><link>https://a.no/2</link><guid>same</guid></item>` +
        `<item><title>C</title><link>https://a.no/3</link><guid>c</guid></item>` +
        `<item><title>C</title><link>https://a.no/3</link><guid>c</guid></item>`,
    );
    const { items, warnings } = await parseFeedDetailed(xml, BASE);
    expect(items).toEqual([
      { title: 'A', url: 'https://a.no/1' },
      { title: 'B', url: 'https://a.no/2' },
      { title: 'C', url: 'https://a.no/3', guid: 'c' },
    ]);
    expect(warnings.join('\n')).toMatch(/GUID.*repeated.*same/);
  });

  it('warns when every item links to the same page (a Stortinget RSS quirk)', async () => {
    const xml = rdf(
      `<item><title>Høring 1</title><link>https://www.stortinget.no/horinger</link><dc:date>2024-03-13</dc:date></item>` +
        `<item><title>Høring 2</title><link>https://www.stortinget.no/horinger</link><dc:date>2024-03-14</dc:date></item>`,
    );
    const { items, warnings } = await parseFeedDetailed(xml, BASE);
    expect(items.map((item) => item.title)).toEqual(['Høring 1', 'Høring 2']);
    expect(warnings.join('\n')).toMatch(/same page/);
  });

  it('reads text the HTTP layer already decoded (the prolog still says windows-1252)', async () => {
    // The HTTP layer hands over a JS string; the prolog's encoding must not make the parser re-decode it.
    const xml = rss(`<item><title>Rådet – «nye» tiltak</title><link>https://a.no/1</link><description>Ærlig talt… 10 €</description></item>`).replace(
      'utf-8',
      'windows-1252',
    );
    expect(await parseFeed(xml, BASE)).toEqual([{ title: 'Rådet – «nye» tiltak', url: 'https://a.no/1', summary: 'Ærlig talt… 10 €' }]);
  });

  it('caps summaries at 600 characters on a word boundary', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const [item] = await parseFeed(rss(`<item><title>T</title><link>https://a.no/1</link><description>${long}</description></item>`), BASE);
    expect([...(item?.summary ?? '')].length).toBeLessThanOrEqual(600);
    expect(item?.summary).toMatch(/ord\d+…$/);
  });

  it.each([
    ['an unclosed tag', rss(`<item><title>A</item>`), /^feed could not be parsed: Unexpected close tag, line 1, column \d+/],
    ['a truncated document', rss('<item><title>A</title>').slice(0, -20), /^feed could not be parsed: .*Unclosed/],
    ['an HTML page', '<!DOCTYPE html><html><body><p>Hello</p></body></html>', /^feed could not be parsed: .*HTML page/],
    ['an empty body', '  ', /^feed could not be parsed: the response was empty/],
    ['plain text', 'Service Unavailable', /^feed could not be parsed: Non-whitespace before first tag/],
    ['XML that is no feed', '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', /^feed could not be parsed: Feed not recognized/],
  ])('throws a clear error for %s', async (_name, xml, message) => {
    await expect(parseFeed(xml, BASE)).rejects.toThrow(message);
  });
});

describe('text helpers', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['a &amp; b &#38; c &#x26; d &nbsp;', 'a &amp; b &#38; c &#x26; d &nbsp;'],
    ['?a=1&b=2', '?a=1&amp;b=2'],
    ['&;', '&amp;;'],
    ['<![CDATA[a & b]]> & c', '<![CDATA[a & b]]> &amp; c'],
  ])('repairXml(%j) = %j', (input, output) => {
    expect(repairXml(input)).toBe(output);
  });

  it.each([
    ['<b>Bold</b> and <i>italic</i>', 'Bold and italic'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['Use <span class="x">the</span>  <style> tag', 'Use the <style> tag'],
    ['  line\n break\t tab ', 'line break tab'],
  ])('cleanTitle(%j) = %j', (input, output) => {
    expect(cleanTitle(input)).toBe(output);
  });

  it('htmlToText drops scripts and separates blocks', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p><script>evil()</script>')).toBe('One Two Three');
  });

  it('decodeEntities keeps "<" as text', () => {
    expect(decodeEntities('&lt;a&gt; &amp; <b>')).toBe('<a> & <b>');
  });

  it('truncate leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('one two three four', 10)).toBe('one two…');
  });
});

/** Evidence for the workarounds in feed.ts: rss-parser 3.13 on its own. */
describe('rss-parser 3.13 quirks we work around', () => {
  const parser = new Parser();
  it('throws on a bare ampersand', async () => {
    await expect(parser.parseString(rss('<item><title>A & B</title></item>'))).rejects.toThrow(/Invalid character in entity name/);
  });
  it('throws "Invalid time value" for the whole feed on one unreadable Atom date', async () => {
    await expect(parser.parseString(atom('<entry><title>A</title><id>x</id><published>13.3.2024</published></entry>'))).rejects.toThrow(
      /Invalid time value/,
    );
  });
  it('picks a leading rel="enclosure" link over the implicit alternate', async () => {
    const feed = await parser.parseString(atom('<entry><title>A</title><link rel="enclosure" href="/a.pdf"/><link href="/page"/></entry>'));
    expect(feed.items[0]?.link).toBe('/a.pdf');
  });
  it('crashes on an Atom <link> without attributes', async () => {
    await expect(parser.parseString(atom('<entry><title>A</title><link>http://x/</link></entry>'))).rejects.toThrow(TypeError);
  });
  it('returns an object for an empty GUID with attributes', async () => {
    const feed = await parser.parseString(rss('<item><title>A</title><guid isPermaLink="false"></guid></item>'));
    expect(feed.items[0]?.guid).toEqual({ $: { isPermaLink: 'false' } });
  });
});
