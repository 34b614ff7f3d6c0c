/** OPML in and out: the strict XML reader, the feed outlines, the import's decisions, the export. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { FeedSource } from '../../src/config/schema.js';
import { parseOpml, renderOpml, type OpmlFeed } from '../../src/sources/opml.js';
import { feedKey, planOpmlImport, sectionOf, slug } from '../../src/sources/opml-import.js';
import { parseXml, XmlSyntaxError } from '../../src/sources/opml-xml.js';

const config = parseConfig({
  version: 1,
  sections: [
    { id: 'politiske-tiltak', title: 'Politiske tiltak' },
    { id: 'forskning', title: 'Forskningsrapporter og digitale seminarer' },
  ],
  sources: [
    { id: 'fafo', name: 'Fafo – rapporter', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/rss' },
    { id: 'nim', name: 'NIM', section: 'politiske-tiltak', kind: 'html', url: 'https://www.nhri.no/publikasjoner/', articles: { include: ['/rapport/'] } },
  ],
});

describe('parseXml', () => {
  it('reads elements, attributes with entities, comments, a doctype and CDATA', () => {
    const root = parseXml(`\uFEFF<?xml version="1.0"?>\n<!DOCTYPE opml>\n<!-- x --><opml version='2.0'><head><title>A &amp; B</title></head><body><outline text="&lt;i&gt; &quot;q&quot; &#230;"/><![CDATA[<raw>]]></body></opml>`);
    expect(root.name).toBe('opml');
    expect(root.attributes.version).toBe('2.0');
    expect(root.children[0]!.children[0]!.text).toBe('A & B');
    expect(root.children[1]!.children[0]!.attributes.text).toBe('<i> "q" æ');
    expect(root.children[1]!.text).toBe('<raw>');
  });

  it.each([
    ['an unclosed element', '<opml><body>\n<outline text="a">\n</body></opml>', 'line 3: </body> where </outline> (opened on line 2) was expected'],
    ['a truncated file', '<opml><body><outline text="a"/>', 'line 1: <body> is never closed'],
    ['an unquoted attribute', '<opml><body><outline text=a/></body></opml>', 'cannot read the attributes'],
    ['a bare ampersand in an attribute', '<opml><body><outline xmlUrl="https://x.no/?a=1&b=2"/></body></opml>', 'a bare "&" in attribute xmlUrl'],
    ['a bare ampersand in text', '<opml><head><title>A & B</title></head></opml>', 'a bare "&" in text'],
    ['a duplicated attribute', '<opml><body><outline text="a" text="b"/></body></opml>', 'attribute text given twice'],
    ['two roots', '<opml/><opml/>', 'a second root element'],
    ['a close with nothing open', '</opml>', 'closes nothing'],
    ['text outside the root', 'hello <opml/>', 'text outside the root element'],
    ['an open comment', '<opml><!-- </opml>', 'a comment is never closed'],
    ['nothing', '   ', 'no element at all'],
    ['HTML', '<html><body><p>Hei<br></p></body></html>', '</p> where </br>'],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseXml(text)).toThrow(XmlSyntaxError);
    expect(() => parseXml(text)).toThrow(message);
  });
});

const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Miniflux</title></head>
  <body>
    <outline text="Forskning">
      <outline title="FAFO" text="FAFO" type="rss" xmlUrl="https://fafo.no/rss/" htmlUrl="https://www.fafo.no/"/>
      <outline text="Nordic Council of Ministers" type="rss" xmlUrl="https://www.norden.org/en/rss.xml"/>
    </outline>
    <outline text="Nyhetsbrev">
      <outline text="Politiske tiltak">
        <outline text="Regjeringen – høringer" type="rss" xmlURL="https://www.regjeringen.no/no/rss/hoeringer"/>
      </outline>
    </outline>
    <outline text="Uten adresse" type="rss"/>
    <outline text="Lenke" type="rss" xmlUrl="ftp://example.org/feed"/>
    <outline text="Ikke i noen mappe" type="rss" xmlUrl="https://www.unodc.org/rss.xml"/>
    <outline text="Dobbel" type="rss" xmlUrl="https://www.norden.org/en/rss.xml#again"/>
  </body>
</opml>
`;

describe('parseOpml', () => {
  it('finds every feed outline with its folders, innermost first', () => {
    const parsed = parseOpml(READER_EXPORT);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.title).toBe('Miniflux');
    expect(parsed.feeds.map((f) => [f.title, f.xmlUrl, f.categories])).toEqual([
      ['FAFO', 'https://fafo.no/rss/', ['Forskning']],
      ['Nordic Council of Ministers', 'https://www.norden.org/en/rss.xml', ['Forskning']],
      ['Regjeringen – høringer', 'https://www.regjeringen.no/no/rss/hoeringer', ['Politiske tiltak', 'Nyhetsbrev']],
      ['Uten adresse', '', []],
      ['Lenke', 'ftp://example.org/feed', []],
      ['Ikke i noen mappe', 'https://www.unodc.org/rss.xml', []],
      ['Dobbel', 'https://www.norden.org/en/rss.xml#again', []],
    ]);
    expect(parsed.feeds[0]!.htmlUrl).toBe('https://www.fafo.no/');
    expect(parsed.feeds[0]!.line).toBe(6);
  });

  it.each([
    ['not XML', 'just text', /^not well-formed XML: line 1: text outside the root element$/],
    ['another root', '<rss version="2.0"><channel/></rss>', /^not an OPML file: the root element is <rss>, not <opml>$/],
    ['no body', '<opml version="2.0"><head/></opml>', /^not an OPML file: <opml> has no <body>$/],
    ['broken nesting', '<opml><body><outline></body></opml>', /^not well-formed XML: line 1: <\/body> where <\/outline>/],
  ])('says clearly what is wrong with %s', (_name, text, error) => {
    const parsed = parseOpml(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('the import decisions', () => {
  it.each([
    ['Fafo – rapporter', 'fafo-rapporter'],
    ['Nordic Council of Ministers', 'nordic-council-of-ministers'],
    ['Kirkens Bymisjon: Årsrapport (Ø)', 'kirkens-bymisjon-arsrapport-o'],
    ['Straße æøå Café', 'strasse-aeoa-cafe'],
    ['  ---  ', ''],
    ['A'.repeat(50), 'a'.repeat(40)],
  ])('slug(%j) = %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it.each([
    ['https://www.fafo.no/rss/', 'fafo.no/rss'],
    ['HTTP://FAFO.no/rss#top', 'fafo.no/rss'],
    ['https://fafo.no:8443/rss?x=1', 'fafo.no:8443/rss?x=1'],
    ['ftp://fafo.no/rss', null],
    ['not a url', null],
  ])('feedKey(%j) = %j', (url, key) => {
    expect(feedKey(url)).toBe(key);
  });

  it.each([
    [['Forskning'], 'forskning'],
    [['Annet'], undefined],
    [['forskning'], 'forskning'],
    [['Forskningsrapporter og digitale seminarer'], 'forskning'],
    [['Politiske tiltak', 'Forskning'], 'politiske-tiltak'],
    [['Annet', 'POLITISKE-TILTAK'], 'politiske-tiltak'],
    [[], undefined],
  ])('sectionOf(%j) = %j', (categories, section) => {
    expect(sectionOf(categories, config.sections)).toBe(section);
  });

  it('adds the new, skips what is there by address (also twice in the file), refuses what has no http(s) address', () => {
    const parsed = parseOpml(READER_EXPORT);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planOpmlImport(config, parsed.feeds, { section: 'forskning' });
    expect(plan.add.map((a) => [a.source, a.sectionFrom])).toEqual([
      [{ id: 'nordic-council-of-ministers', name: 'Nordic Council of Ministers', section: 'forskning', kind: 'feed', url: 'https://www.norden.org/en/rss.xml' }, 'category'],
      [{ id: 'regjeringen-horinger', name: 'Regjeringen – høringer', section: 'politiske-tiltak', kind: 'feed', url: 'https://www.regjeringen.no/no/rss/hoeringer' }, 'category'],
      [{ id: 'ikke-i-noen-mappe', name: 'Ikke i noen mappe', section: 'forskning', kind: 'feed', url: 'https://www.unodc.org/rss.xml' }, 'default'],
    ]);
    expect(plan.skipped.map((s) => [s.feed.title, s.sameAs])).toEqual([
      ['FAFO', 'fafo'],
      ['Dobbel', 'nordic-council-of-ministers'],
    ]);
    expect(plan.invalid.map((i) => [i.feed.title, i.reason])).toEqual([
      ['Uten adresse', 'no xmlUrl'],
      ['Lenke', 'not an http(s) address: ftp://example.org/feed'],
    ]);
    // Without --section, the first section.
    expect(planOpmlImport(config, parsed.feeds).add[2]!.source.section).toBe('politiske-tiltak');
  });

  it('makes ids unique against the existing ones and each other, and keeps our own ids when free', () => {
    const feed = (title: string, url: string, sourceId: string | null = null): OpmlFeed => ({ xmlUrl: url, htmlUrl: null, title, categories: [], sourceId, line: 1 });
    const plan = planOpmlImport(config, [
      feed('Fafo', 'https://a.no/1'),
      feed('Fafo', 'https://a.no/2'),
      feed('Noe', 'https://a.no/3', 'nim'),
      feed('Eget', 'https://a.no/4', 'eget-id'),
      feed('', 'https://b.no/5'),
    ]);
    expect(plan.add.map((a) => [a.source.id, a.source.name])).toEqual([
      ['fafo-2', 'Fafo'],
      ['fafo-3', 'Fafo'],
      ['noe', 'Noe'],
      ['eget-id', 'Eget'],
      ['b-no', 'b.no'],
    ]);
  });
});

describe('renderOpml', () => {
  const feeds = config.sources.filter((s): s is FeedSource => s.kind === 'feed');
  const withHostile: FeedSource[] = [...feeds, { ...feeds[0]!, id: 'x', name: 'A & B <"C">', url: 'https://x.no/rss?a=1&b=2', section: 'politiske-tiltak' }];
  const text = renderOpml({ title: 'sourcewatch – kilder', dateCreated: '2026-11-26T06:00:00.000Z', sections: config.sections, sources: withHostile });

  it('writes OPML 2.0 with a folder per section, that the strict reader reads back as it was', () => {
    const root = parseXml(text);
    expect(root.attributes.version).toBe('2.0');
    expect(text).toContain('<dateCreated>Thu, 26 Nov 2026 06:00:00 GMT</dateCreated>');
    const parsed = parseOpml(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.title).toBe('sourcewatch – kilder');
    expect(parsed.feeds.map((f) => [f.sourceId, f.title, f.xmlUrl, f.categories])).toEqual([
      ['x', 'A & B <"C">', 'https://x.no/rss?a=1&b=2', ['Politiske tiltak']],
      ['fafo', 'Fafo – rapporter', 'https://www.fafo.no/rss', ['Forskningsrapporter og digitale seminarer']],
    ]);
  });

  it('gives a feed with a listing fallback that listing as its htmlUrl (a feed fallback is no page)', () => {
    const render = (source: FeedSource): string => renderOpml({ title: 't', dateCreated: '2026-11-26T06:00:00Z', sections: config.sections, sources: [source] });
    const listing: FeedSource = { ...feeds[0]!, fallback: { kind: 'html', url: 'https://www.fafo.no/publikasjoner', articles: { include: ['/rapport/'], exclude: [] } } };
    expect(render(listing)).toContain('htmlUrl="https://www.fafo.no/publikasjoner"');
    expect(render({ ...feeds[0]!, fallback: { kind: 'feed', url: 'https://www.fafo.no/rss2' } })).not.toContain('htmlUrl');
  });
});
