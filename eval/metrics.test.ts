/** The eval's figures from chosen items, candidates and recorded items: one case per rule. */
import { describe, expect, it } from 'vitest';
import { computeMetrics, stortingetKey, type CandidateView, type ChosenItem, type ListedView, type MetricsInput, type Outcome } from './metrics.js';

const PERIOD = '2022-04-30T22:00:00.000Z';

function candidate(url: string, section: string, extra: Partial<CandidateView> = {}): CandidateView {
  return { title: `candidate ${url}`, url, canonicalUrl: url, section, score: 10, reasons: [{ label: 'menneskehandel', points: 10 }], ...extra };
}

function listed(url: string, extra: Partial<ListedView> = {}): ListedView {
  return { title: `listed ${url}`, url, canonicalUrl: url, firstSeen: '2022-05-10T07:00:00.000Z', baseline: false, sourceIds: ['s'], ...extra };
}

function chosen(url: string, section = 'greta', extra: Partial<ChosenItem> = {}): ChosenItem {
  return { url, section, sourceId: 's', title: url, ...extra };
}

function input(parts: Partial<MetricsInput>): MetricsInput {
  return {
    chosen: [],
    sections: [],
    listed: [],
    configured: new Set(['s', 'pending']),
    watched: new Set(['s']),
    periodFrom: PERIOD,
    ...parts,
  };
}

describe('computeMetrics: one chosen item', () => {
  const greta = (candidates: CandidateView[]) => [{ id: 'greta', title: 'GRETA', candidates }];
  const cases: Array<{ name: string; parts: Partial<MetricsInput>; outcome: Outcome; rank?: number; detail?: RegExp }> = [
    {
      name: 'found by the same URL, ranked in its section',
      parts: { chosen: [chosen('https://a.example/x')], sections: greta([candidate('https://a.example/other', 'greta'), candidate('https://a.example/x', 'greta')]) },
      outcome: 'found',
      rank: 2,
    },
    {
      name: 'found through canonicalUrl: www, fragment, tracking and Liferay parameters do not matter',
      parts: {
        chosen: [chosen('https://www.coe.int/en/web/a/-/asset_publisher/X/content/report?inheritRedirect=false&redirect=https%3A%2F%2Fx#top')],
        sections: greta([candidate('https://coe.int/en/web/a/-/asset_publisher/X/content/report?utm_source=rss', 'greta')]),
      },
      outcome: 'found',
      rank: 1,
    },
    {
      name: 'found through a URL the candidate was also seen under (seenUrls)',
      parts: { chosen: [chosen('https://old.example/x')], sections: greta([candidate('https://new.example/x', 'greta', { seenUrls: ['https://old.example/x'] })]) },
      outcome: 'found',
      rank: 1,
    },
    {
      name: 'found through a sameAs URL of the chosen item',
      parts: { chosen: [chosen('https://ec.europa.eu/home-affairs/news/x_en', 'greta', { sameAs: ['https://home-affairs.ec.europa.eu/news/x_en'] })], sections: greta([candidate('https://home-affairs.ec.europa.eu/news/x_en', 'greta')]) },
      outcome: 'found',
      rank: 1,
    },
    {
      name: 'Stortinget: the same sak id, whatever else the URL says',
      parts: {
        chosen: [chosen('https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609&target=case-status', 'politiske-tiltak')],
        sections: [{ id: 'politiske-tiltak', title: 'P', candidates: [candidate('https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609', 'politiske-tiltak')] }],
      },
      outcome: 'found',
      rank: 1,
    },
    {
      name: 'Stortinget: the same publication id on the web page and in the export',
      parts: {
        chosen: [chosen('https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Dokumentserien/2021-2022/dok6-202122/', 'politiske-tiltak')],
        sections: [{ id: 'politiske-tiltak', title: 'P', candidates: [candidate('https://data.stortinget.no/eksport/publikasjon?publikasjonid=dok6-202122', 'politiske-tiltak')] }],
      },
      outcome: 'found',
      rank: 1,
    },
    {
      name: 'Lovdata Pro: two documents are two items, though canonicalUrl drops the fragment that names them',
      parts: {
        chosen: [chosen('https://lovdata.no/pro/#document/TRSTR/avgjorelse/thedm-2020-52736', 'rettsavgjorelser')],
        sections: [{ id: 'rettsavgjorelser', title: 'R', candidates: [candidate('https://lovdata.no/pro/#document/HRSTR/avgjorelse/hr-2022-402-u', 'rettsavgjorelser'), candidate('https://lovdata.no/pro/#document/TRSTR/avgjorelse/thedm-2020-52736', 'rettsavgjorelser')] }],
      },
      outcome: 'found',
      rank: 2,
    },
    {
      name: 'a candidate in another section is missed as wrong section',
      parts: { chosen: [chosen('https://a.example/x', 'tilsyn-og-rapporter')], sections: greta([candidate('https://a.example/x', 'greta')]) },
      outcome: 'wrong-section',
      detail: /wrong section: a candidate in greta \(rank 1 of 1\)/,
    },
    {
      name: 'recorded in the baseline: listed but not a candidate',
      parts: { chosen: [chosen('https://a.example/x')], listed: [listed('https://a.example/x', { baseline: true, firstSeen: '2022-04-28T07:00:00.000Z' })] },
      outcome: 'listed-not-candidate',
      detail: /silent baseline of 2022-04-28/,
    },
    {
      name: 'recorded in the period but ranked out: listed but not a candidate',
      parts: { chosen: [chosen('https://a.example/x')], listed: [listed('https://a.example/x')] },
      outcome: 'listed-not-candidate',
      detail: /first seen 2022-05-10 \(s\), ranked out/,
    },
    {
      name: 'recorded before the period: listed but not a candidate',
      parts: { chosen: [chosen('https://a.example/x')], listed: [listed('https://a.example/x', { firstSeen: '2022-04-29T07:00:00.000Z' })] },
      outcome: 'listed-not-candidate',
      detail: /before the period/,
    },
    {
      name: 'nothing recorded: never listed',
      parts: { chosen: [chosen('https://a.example/x')], listed: [listed('https://a.example/y')] },
      outcome: 'never-listed',
    },
    { name: 'no such source in sources.json: out of reach, not watched', parts: { chosen: [chosen('https://a.example/x', 'greta', { sourceId: 'cbss' })] }, outcome: 'out-of-reach', detail: /no enabled source "cbss"/ },
    { name: 'a site no source is meant to watch: out of reach', parts: { chosen: [chosen('https://a.example/x', 'greta', { sourceId: null })] }, outcome: 'out-of-reach', detail: /site not watched/ },
    { name: 'configured but no replica site: out of reach', parts: { chosen: [chosen('https://a.example/x', 'greta', { sourceId: 'pending' })] }, outcome: 'out-of-reach', detail: /"pending" not replayed: no replica site yet/ },
    {
      name: 'configured but left out of a slice: out of reach, saying why',
      parts: { chosen: [chosen('https://a.example/x', 'greta', { sourceId: 'pending' })], notReplayed: new Map([['pending', 'left out of this slice']]) },
      outcome: 'out-of-reach',
      detail: /not replayed: left out of this slice/,
    },
    {
      name: 'not watchable, even when a candidate matches',
      parts: { chosen: [chosen('https://a.example/x', 'greta', { notWatchable: 'decided in 2020' })], sections: greta([candidate('https://a.example/x', 'greta')]) },
      outcome: 'out-of-reach',
      detail: /not watchable: decided in 2020/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [result] = computeMetrics(input(c.parts)).items;
      expect(result?.outcome).toBe(c.outcome);
      if (c.rank !== undefined) expect(result?.rank).toBe(c.rank);
      if (c.detail) expect(result?.detail).toMatch(c.detail);
    });
  }
});

describe('computeMetrics: the figures', () => {
  const sections = [
    { id: 'greta', title: 'GRETA', candidates: Array.from({ length: 12 }, (_, i) => candidate(`https://g.example/${i}`, 'greta')) },
    { id: 'eu', title: 'EU', candidates: [candidate('https://e.example/1', 'eu'), candidate('https://e.example/2', 'eu')] },
  ];
  const metrics = computeMetrics(
    input({
      sections,
      chosen: [
        chosen('https://g.example/0'), // rank 1
        chosen('https://g.example/11'), // rank 12: found, not top 10
        chosen('https://e.example/2', 'eu'), // rank 2
        chosen('https://e.example/1', 'greta'), // wrong section
        chosen('https://x.example/never'), // never listed
        chosen('https://x.example/cbss', 'greta', { sourceId: 'cbss' }), // out of reach
        chosen('https://x.example/old', 'greta', { notWatchable: 'old' }), // out of reach
      ],
    }),
  );
  const cases: Array<[string, unknown, unknown]> = [
    ['chosen', metrics.chosen, 7],
    ['in reach', metrics.inReach, 5],
    ['found', metrics.found, 3],
    ['recall = found / in reach', metrics.recall, 3 / 5],
    ['candidates', metrics.candidates, 14],
    ['chosen candidates (a wrong-section match does not count)', metrics.chosenCandidates, 3],
    ['precision', metrics.precision, 3 / 14],
    ['in top 10', metrics.inTop10, 2],
    ['out of reach by reason', metrics.outOfReach, { 'not-watched': 1, 'not-replayed': 0, 'not-watchable': 1 }],
  ];
  for (const [name, actual, expected] of cases) it(name, () => expect(actual).toEqual(expected));

  it('no candidates and nothing in reach: no figures rather than 0 % or NaN', () => {
    const empty = computeMetrics(input({ chosen: [chosen('https://x', 'greta', { sourceId: null })] }));
    expect(empty.recall).toBeNull();
    expect(empty.precision).toBeNull();
  });
});

describe('stortingetKey', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87960', 'stortinget:sak:87960'],
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=89080', 'stortinget:sporsmal:89080'],
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2021-2022/dok8-202122-104s/', 'stortinget:publikasjon:dok8-202122-104s'],
    ['https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2021-2022/inns-202122-402l/', 'stortinget:publikasjon:inns-202122-402l'],
    ['https://data.stortinget.no/eksport/publikasjon?publikasjonid=dok3-202122-008', 'stortinget:publikasjon:dok3-202122-008'],
    ['https://www.stortinget.no/no/Stottemeny/RSS/Representantforslag/', undefined],
    ['https://www.regjeringen.no/no/aktuelt/x/id2913639/?p=1', undefined],
  ];
  for (const [url, key] of cases) it(url, () => expect(stortingetKey(url)).toBe(key));
});
