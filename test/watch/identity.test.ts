import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/model.js';
import { guidsTrustworthy, identityKeys, normaliseTitle } from '../../src/watch/identity.js';

const COE_SHORT = 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-publishes-its-third-report-on-norway';
const COE_LONG =
  'https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-publishes-its-third-report-on-norway?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews%3Fp_p_id%3D101_INSTANCE_fX6ZWufj34JY%26p_p_lifecycle%3D0';
const GRETA_TITLE = 'GRETA publishes its third report on Norway';
/** sha1 of "greta publishes its third report on norway|2024-06-12", from `sha1sum`. */
const GRETA_TITLE_KEY = 'title:3597562f287cb3b965ed2df2eff1ef83c8f2705a';

function shared(a: string[], b: string[]): string[] {
  return a.filter((key) => b.includes(key));
}

describe('normaliseTitle', () => {
  it.each([
    ['lower-cases', 'GRETA Report', 'greta report'],
    ['strips guillemets', '«Menneskehandel i Norge»', 'menneskehandel i norge'],
    ['strips curly quotes', '“Trafficking” report', 'trafficking report'],
    ['apostrophes vanish inside words', "GRETA's report", 'gretas report'],
    ['punctuation becomes space, whitespace collapses', 'Norway:  third   report - 2024!', 'norway third report 2024'],
    ['NFKC folds compatibility forms', 'ﬁnal　report', 'final report'],
    ['keeps Norwegian letters', 'Årsrapport for Kompetansesenteret', 'årsrapport for kompetansesenteret'],
    ['soft hyphen removed', 'Menneske\u00ADhandel', 'menneskehandel'],
    ['trims', '  Nyhetsbrev \n', 'nyhetsbrev'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });
});

describe('identityKeys', () => {
  it('lists guid, url, slug and title keys, strongest first', () => {
    expect(
      identityKeys({ sourceId: 'coe-greta', title: GRETA_TITLE, url: COE_SHORT, guid: 'abc-123', publishedDay: '2024-06-12' }),
    ).toEqual([
      'guid:coe-greta:abc-123',
      'url:https://coe.int/en/web/anti-human-trafficking/-/greta-publishes-its-third-report-on-norway',
      'slug:coe.int/greta-publishes-its-third-report-on-norway',
      GRETA_TITLE_KEY,
    ]);
  });

  it('the two coe.int shapes share the slug key', () => {
    const short = identityKeys({ sourceId: 'coe-greta', title: GRETA_TITLE, url: COE_SHORT });
    const long = identityKeys({ sourceId: 'coe-news', title: GRETA_TITLE, url: COE_LONG });
    expect(shared(short, long)).toEqual(['slug:coe.int/greta-publishes-its-third-report-on-norway']);
    expect(long).toContain(
      'url:https://coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-publishes-its-third-report-on-norway',
    );
  });

  it.each([
    ['heuni.fi short shape', 'https://heuni.fi/-/report-series-99', 'slug:heuni.fi/report-series-99'],
    [
      'asset_publisher shape',
      'https://www.heuni.fi/en/news/-/asset_publisher/AbC123/content/report-series-99?p_p_id=x',
      'slug:heuni.fi/report-series-99',
    ],
    ['a -1 suffix is kept (another article)', 'https://www.coe.int/en/web/portal/-/greta-report-1', 'slug:coe.int/greta-report-1'],
    ['no dash segment', 'https://fafo.no/publikasjoner/greta-report', null],
    ['dash with two segments after it', 'https://coe.int/en/-/greta/report', null],
    ['dash as the last segment', 'https://coe.int/en/-/', null],
    ['asset_publisher without content', 'https://coe.int/en/-/asset_publisher/AbC123/view/x', null],
    ['a hyphen inside a segment is not the dash segment', 'https://fafo.no/a-b/c', null],
  ])('slug key: %s', (_name, url, expected) => {
    const slugKeys = identityKeys({ sourceId: 's', title: 'x', url }).filter((key) => key.startsWith('slug:'));
    expect(slugKeys).toEqual(expected === null ? [] : [expected]);
  });

  it('the same URL from two sources shares the url key', () => {
    const a = identityKeys({ sourceId: 'osce', title: 'OSCE report', url: 'https://www.osce.org/cthb/123/', guid: 'g1' });
    const b = identityKeys({ sourceId: 'regjeringen', title: 'OSCE-rapport', url: 'http://osce.org/cthb/123?utm_source=rss' });
    expect(shared(a, b)).toEqual(['url:https://osce.org/cthb/123']);
  });

  it('GUID keys are scoped by source: the same GUID in two sources does not match', () => {
    const a = identityKeys({ sourceId: 'fafo', title: 'A', url: 'https://fafo.no/a', guid: '42' });
    const b = identityKeys({ sourceId: 'heuni', title: 'B', url: 'https://heuni.fi/b', guid: '42' });
    expect(a).toContain('guid:fafo:42');
    expect(b).toContain('guid:heuni:42');
    expect(shared(a, b)).toEqual([]);
  });

  it.each([
    ['trustGuid false', { trustGuid: false }, '42'],
    ['empty guid', {}, ''],
    ['blank guid', {}, '   '],
    ['no guid', {}, undefined],
  ])('no guid key: %s', (_name, options, guid) => {
    const keys = identityKeys({ sourceId: 'fafo', title: 'A', url: 'https://fafo.no/a', guid }, options);
    expect(keys).toEqual(['url:https://fafo.no/a']);
  });

  it('title and day match a publication that moved URL', () => {
    const before = identityKeys({
      sourceId: 'regjeringen',
      title: 'Ny handlingsplan mot menneskehandel',
      url: 'https://www.regjeringen.no/no/aktuelt/ny-handlingsplan/id2950000/',
      publishedDay: '2025-03-04',
    });
    const after = identityKeys({
      sourceId: 'regjeringen',
      title: '«Ny handlingsplan mot menneskehandel»',
      url: 'https://www.regjeringen.no/no/dokumenter/handlingsplan-mot-menneskehandel/id2950123/',
      publishedDay: '2025-03-04',
    });
    expect(shared(before, after)).toHaveLength(1);
    expect(shared(before, after)[0]).toMatch(/^title:[0-9a-f]{40}$/);
  });

  it('the same title on another day is not the same publication', () => {
    const title = 'Ny handlingsplan mot menneskehandel';
    const a = identityKeys({ sourceId: 'r', title, url: 'https://r.no/a', publishedDay: '2025-03-04' });
    const b = identityKeys({ sourceId: 'r', title, url: 'https://r.no/b', publishedDay: '2025-03-05' });
    expect(shared(a, b)).toEqual([]);
  });

  it.each([
    ['one word', 'Nyhetsbrev', '2025-03-04', false],
    ['two short words', 'Nyhetsbrev mars', '2025-03-04', false],
    ['two words made of punctuation do not count', 'Nyhetsbrev — «mars»', '2025-03-04', false],
    ['three words', 'Nyhetsbrev for mars', '2025-03-04', true],
    ['one word of 20 characters', 'Menneskehandelsrapport', '2025-03-04', true],
    ['two words, 20 characters with the space', 'Kompetansesenter mot', '2025-03-04', true],
    ['long title but no day', GRETA_TITLE, undefined, false],
    ['long title, empty day', GRETA_TITLE, '', false],
  ])('title key: %s → %s', (_name, title, publishedDay, expected) => {
    const keys = identityKeys({ sourceId: 's', title, url: 'https://s.no/x', publishedDay });
    expect(keys.some((key) => key.startsWith('title:'))).toBe(expected);
  });

  it('the title key is the sha1 of the normalised title and day', () => {
    const keys = identityKeys({ sourceId: 's', title: '  GRETA publishes its “third” report on Norway.', url: '', publishedDay: '2024-06-12' });
    expect(keys).toEqual([GRETA_TITLE_KEY]);
  });

  it('a non-URL string still gives a url key', () => {
    expect(identityKeys({ sourceId: 's', title: 'x', url: ' /no/aktuelt ' })).toEqual(['url:/no/aktuelt']);
  });
});

describe('guidsTrustworthy', () => {
  const item = (url: string, guid?: string): RawItem => (guid === undefined ? { title: url, url } : { title: url, url, guid });

  it.each<[string, RawItem[], boolean]>([
    ['good: distinct GUIDs', [item('https://a/1', 'g1'), item('https://a/2', 'g2'), item('https://a/3', 'g3')], true],
    ['good: GUIDs equal to each item URL', [item('https://a/1', 'https://a/1'), item('https://a/2', 'https://a/2')], true],
    ['good: half empty is not more than half', [item('https://a/1', 'g1'), item('https://a/2', ''), item('https://a/3', 'g3'), item('https://a/4')], true],
    ['no items', [], true],
    ['duplicates', [item('https://a/1', 'g1'), item('https://a/2', 'g2'), item('https://a/3', 'g1')], false],
    ['duplicates after trimming', [item('https://a/1', 'g1'), item('https://a/2', ' g1 ')], false],
    ['mostly empty', [item('https://a/1', 'g1'), item('https://a/2', ''), item('https://a/3')], false],
    ['all empty', [item('https://a/1'), item('https://a/2')], false],
    ['blank counts as empty', [item('https://a/1', 'g1'), item('https://a/2', '  '), item('https://a/3', '\t')], false],
    [
      'all the same URL',
      [item('https://a/1', 'https://a/'), item('https://a/2', 'https://a/'), item('https://a/3', 'https://a/')],
      false,
    ],
    ['a single item with a GUID', [item('https://a/1', 'g1')], true],
  ])('%s → %s', (_name, items, expected) => {
    expect(guidsTrustworthy(items)).toBe(expected);
  });
});
