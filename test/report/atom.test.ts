/**
 * The Atom renderer: what a feed reader reads back (rss-parser, as the watch job reads feeds),
 * and the XML against RFC 4287's essentials, read by a strict XML parser.
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Candidate, Digest } from '../../src/model/digest.js';
import { atomDate, atomId, escapeXml, renderAtom, type AtomFeed } from '../../src/report/atom.js';
import { candidatesFeed, formatDigestAtom } from '../../src/report/candidates-feed.js';
import { child, expectAtomEssentials, strictXml } from '../helpers/atom.js';

const HOSTILE = 'Barn & unge <under 18> «utnyttet» – "tvang" og \'press\'';

function candidate(over: Partial<Candidate> & { id: string; title: string }): Candidate {
  return {
    itemId: over.id,
    sourceId: 'fafo',
    sourceIds: ['fafo'],
    url: `https://www.fafo.no/${over.id}`,
    canonicalUrl: `https://fafo.no/${over.id}`,
    published: { raw: '2026-11-20', iso: '2026-11-20T09:00:00.000Z', dateOnly: false },
    summary: 'Om <b>tvangsarbeid</b> & menneskehandel',
    firstSeen: '2026-11-21T05:00:00.000Z',
    baseline: false,
    history: [],
    seenUrls: [],
    section: 'forskning',
    sourceName: 'Fafo – rapporter',
    score: 17,
    reasons: [{ kind: 'keyword', label: 'menneskehandel', points: 10 }],
    ...over,
  };
}

function digest(generatedAt: string): Digest {
  return {
    period: { from: '2026-11-19T06:00:00.000Z', to: generatedAt },
    generatedAt,
    sections: [
      { id: 'forskning', title: 'Forskningsrapporter', candidates: [candidate({ id: 'a1', title: HOSTILE }), candidate({ id: 'b2', title: 'Ny rapport', published: null })] },
      {
        id: 'politiske-tiltak',
        title: 'Politiske tiltak',
        candidates: [
          candidate({
            id: 'ev-9',
            itemId: 'c3',
            title: 'Representantforslag om menneskehandel',
            section: 'politiske-tiltak',
            event: { key: 'behandlet', label: 'Stortinget behandlet saken {date}', at: '2026-11-24T12:00:00.000Z', dated: true },
          }),
        ],
      },
    ],
    health: [],
  };
}

describe('atomId', () => {
  it.each([
    ['entry:a1'],
    ['entry:ev-9'],
    ['feed:candidates'],
  ])('%s is a version-5 shaped urn:uuid, the same every time', (name) => {
    expect(atomId(name)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(atomId(name)).toBe(atomId(name));
  });

  it('differs from name to name', () => {
    expect(new Set(['entry:a1', 'entry:a2', 'feed:candidates', 'feed:accepted'].map(atomId)).size).toBe(4);
  });
});

describe('escapeXml and atomDate', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<i>"x"</i>', '&lt;i&gt;&quot;x&quot;&lt;/i&gt;'],
    ["l'été", 'l&apos;été'],
    ['bell\u0007 and nul\u0000 gone', 'bell and nul gone'],
    ['tab\tnewline\n kept', 'tab\tnewline\n kept'],
  ])('%j → %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  it.each([
    ['2026-11-20T09:00:00Z', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20', '2026-11-20T00:00:00.000Z'],
    ['ikke en dato', '2026-01-01T00:00:00.000Z'],
    [null, '2026-01-01T00:00:00.000Z'],
  ])('date %j → %s', (input, output) => {
    expect(atomDate(input, '2026-01-01T00:00:00Z')).toBe(output);
  });
});

describe('the candidates feed', () => {
  const first = formatDigestAtom(digest('2026-11-26T06:00:00.000Z'));
  const second = formatDigestAtom(digest('2026-11-27T06:00:00.000Z'));

  it('is well-formed Atom with every required element', () => {
    const feed = expectAtomEssentials(first);
    expect(child(feed, 'entry')).toHaveLength(3);
    expect(child(feed, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href).toBe('latest.atom');
  });

  it('reads back with a feed parser: titles as written, links, sections as categories', async () => {
    const parsed = await new Parser({ customFields: { item: ['category', 'summary'] } }).parseString(first);
    expect(parsed.title).toBe('sourcewatch – kandidater');
    expect(parsed.items.map((i) => i.title)).toEqual([HOSTILE, 'Ny rapport', 'Representantforslag om menneskehandel']);
    expect(parsed.items.map((i) => i.link)).toEqual(['https://www.fafo.no/a1', 'https://www.fafo.no/b2', 'https://www.fafo.no/ev-9']);
    expect((parsed.items[0] as { author?: string }).author).toBe('Fafo – rapporter');
    const tree = strictXml(first);
    expect(child(tree, 'entry').map((e) => child(e, 'category')[0]!.attributes.term)).toEqual(['forskning', 'forskning', 'politiske-tiltak']);
    expect(child(tree, 'entry').map((e) => child(e, 'category')[0]!.attributes.label)).toEqual(['Forskningsrapporter', 'Forskningsrapporter', 'Politiske tiltak']);
  });

  it('carries the summary as escaped HTML: the web text stays text, the reader gets the markup', () => {
    const summary = child(child(strictXml(first), 'entry')[0]!, 'summary')[0]!.text;
    expect(summary).toContain('<p>Om &lt;b&gt;tvangsarbeid&lt;/b&gt; &amp; menneskehandel</p>');
    expect(summary).toContain('Poeng 17: menneskehandel +10');
    expect(summary).toContain('publisert 20.');
    const undated = child(child(strictXml(first), 'entry')[1]!, 'summary')[0]!.text;
    expect(undated).toContain('først sett 21.');
    const event = child(child(strictXml(first), 'entry')[2]!, 'summary')[0]!.text;
    expect(event).toMatch(/<p><strong>Stortinget behandlet saken 24\. nov/);
  });

  it('keeps feed and entry ids (and entry dates) from run to run; only the feed is updated', () => {
    const ids = (xml: string): string[] => child(strictXml(xml), 'entry').map((e) => child(e, 'id')[0]!.text);
    const updated = (xml: string): string[] => child(strictXml(xml), 'entry').map((e) => child(e, 'updated')[0]!.text);
    expect(ids(first)).toHaveLength(3);
    expect(new Set(ids(first)).size).toBe(3);
    expect(ids(second)).toEqual(ids(first));
    expect(updated(second)).toEqual(updated(first));
    expect(updated(first)).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-21T05:00:00.000Z', '2026-11-24T12:00:00.000Z']);
    expect(child(strictXml(second), 'id')[0]!.text).toBe(child(strictXml(first), 'id')[0]!.text);
    expect(child(strictXml(second), 'updated')[0]!.text).toBe('2026-11-27T06:00:00.000Z');
    expect(child(strictXml(first), 'id')[0]!.text).toBe(atomId('feed:candidates'));
    expect(ids(first)[0]).toBe(atomId('entry:a1'));
    expect(ids(first)[2]).toBe(atomId('entry:ev-9'));
  });

  it('gives the server its own self and alternate links', () => {
    const feed: AtomFeed = candidatesFeed(digest('2026-11-26T06:00:00.000Z'), { selfHref: 'http://127.0.0.1:8080/feeds/candidates.atom', alternateHref: 'http://127.0.0.1:8080/candidates' });
    const links = child(expectAtomEssentials(renderAtom(feed)), 'link').map((l) => [l.attributes.rel, l.attributes.href]);
    expect(links).toEqual([
      ['self', 'http://127.0.0.1:8080/feeds/candidates.atom'],
      ['alternate', 'http://127.0.0.1:8080/candidates'],
    ]);
  });

  it('links only to http(s): a javascript: URL from a page becomes "#"', () => {
    const hostile = digest('2026-11-26T06:00:00.000Z');
    hostile.sections[0]!.candidates[0]!.url = 'javascript:alert(1)';
    const entry = child(expectAtomEssentials(formatDigestAtom(hostile)), 'entry')[0]!;
    expect(child(entry, 'link')[0]!.attributes.href).toBe('#');
  });

  it('is a valid, empty feed when there are no candidates', () => {
    const feed = expectAtomEssentials(formatDigestAtom({ ...digest('2026-11-26T06:00:00.000Z'), sections: [] }));
    expect(child(feed, 'entry')).toHaveLength(0);
  });
});
