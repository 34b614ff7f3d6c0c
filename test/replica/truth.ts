/**
 * What the replica web holds, for tests to assert against without restating the sites. Built
 * from the same data tables the site modules render from.
 *
 * `expectedItems(sourceId, day, today)` is what a correct extraction with the shipped
 * sources.json finds, in page/feed order: on arbeidstilsynet's feed once it is gone, that is
 * nothing. HEUNI's listing keeps yielding its items after its day-2 redesign, because the source
 * names its articles by URL shape, not by class names.
 */
import { arbeidstilsynetFeed, ARBEIDSTILSYNET_GONE_DAY } from '../../src/demo/sites/arbeidstilsynet.js';
import { bufdirItems, bufdirListing } from '../../src/demo/sites/bufdir.js';
import { cbssItems, cbssPosts } from '../../src/demo/sites/cbss.js';
import { coeItems, coeListing } from '../../src/demo/sites/coe.js';
import { toExpected, visibleOn, type ExpectedItem, type TableItem } from '../../src/demo/sites/common.js';
import { euFeed, euItems } from '../../src/demo/sites/eu.js';
import { fafoItems, fafoListing, fafoUrl } from '../../src/demo/sites/fafo.js';
import { fafoArrangementerItems, fafoArrangementerListing } from '../../src/demo/sites/fafo-arrangementer.js';
import { helsedirektoratetFeed, helsedirektoratetItems } from '../../src/demo/sites/helsedirektoratet.js';
import { helsedirektoratetKonferanserItems, helsedirektoratetKonferanserListing } from '../../src/demo/sites/helsedirektoratet-konferanser.js';
import { heuniArticles, heuniItems, heuniListing, HEUNI_LAYOUT_CHANGE_DAY } from '../../src/demo/sites/heuni.js';
import { lovdataFeed, lovdataItems } from '../../src/demo/sites/lovdata.js';
import { lovdataDommerFeed, lovdataDommerItems } from '../../src/demo/sites/lovdata-dommer.js';
import { nimItems, nimPosts } from '../../src/demo/sites/nim.js';
import { osceListing, oscePressItems, oscePublicationItems } from '../../src/demo/sites/osce.js';
import { politietItems, politietListing } from '../../src/demo/sites/politiet.js';
import { regjeringenFeed } from '../../src/demo/sites/regjeringen.js';
import { regjeringenItems } from '../../src/demo/sites/regjeringen-table.js';
import { riksrevisjonenItems, riksrevisjonenListing } from '../../src/demo/sites/riksrevisjonen.js';
import { rvtsOstItems, rvtsOstListing } from '../../src/demo/sites/rvts-ost.js';
import { stortingetRssFeed, stortingetRssItems } from '../../src/demo/sites/stortinget-web.js';
import { stortingetExpected } from '../../src/demo/sites/stortinget.js';
import { udiItems, udiListing } from '../../src/demo/sites/udi.js';

export type { ExpectedItem } from '../../src/demo/sites/common.js';

type Truth = (day: number, today: Date) => ExpectedItem[];

const bySource: Record<string, Truth> = {
  greta: (day, today) => coeListing(day, today).map(toExpected),
  'osce-press': (day, today) => osceListing('press', day, today).map(toExpected),
  'osce-publications': (day, today) => osceListing('publications', day, today).map(toExpected),
  fafo: (day, today) => fafoListing(day, today).map(toExpected),
  heuni: (day, today) => heuniListing(day, today).map(toExpected),
  'heuni-sitemap': (day, today) => heuniArticles(day, today).map(toExpected),
  // The typed feed first; its listing fallback holds the same hearings in the same order.
  regjeringen: (day, today) => regjeringenFeed(day, today).map(toExpected),
  'regjeringen-nyheter': (day, today) => regjeringenFeed(day, today, regjeringenItems, 'aktuelt/nyheter').map(toExpected),
  'regjeringen-pressemeldinger': (day, today) => regjeringenFeed(day, today, regjeringenItems, 'aktuelt/pressemeldinger').map(toExpected),
  lovdata: (day, today) => lovdataFeed(day, today).map(toExpected),
  arbeidstilsynet: (day, today) => arbeidstilsynetFeed(day, today).map(toExpected),
  'eu-home-affairs': (day, today) => euFeed(day, today).map(toExpected),
  'stortinget-rss': (day, today) => stortingetRssFeed(day, today).map(toExpected),
  helsedirektoratet: (day, today) => helsedirektoratetFeed(day, today).map(toExpected),
  stortinget: (day, today) => stortingetExpected(day, today).map(({ title, url }) => ({ title, url })),
  // The newsletter's other sites (issue 11): each replica renders its default table.
  politiet: (day, today) => politietListing(politietItems, day, today).map(toExpected),
  udi: (day, today) => udiListing(udiItems, day, today).map(toExpected),
  // The tag feed first; its listing fallback holds the same posts in the same order.
  cbss: (day, today) => cbssPosts(cbssItems, day, today).map(toExpected),
  riksrevisjonen: (day, today) => riksrevisjonenListing(riksrevisjonenItems, day, today).map(toExpected),
  'rvts-ost': (day, today) => rvtsOstListing(rvtsOstItems, day, today).map(toExpected),
  bufdir: (day, today) => bufdirListing(bufdirItems, day, today).map(toExpected),
  nim: (day, today) => nimPosts(nimItems, day, today).map(toExpected),
  'helsedirektoratet-konferanser': (day, today) =>
    helsedirektoratetKonferanserListing(helsedirektoratetKonferanserItems, day, today).map(toExpected),
  'fafo-arrangementer': (day, today) => fafoArrangementerListing(fafoArrangementerItems, day, today).map(toExpected),
  'lovdata-dommer': (day, today) => lovdataDommerFeed(lovdataDommerItems, day, today).map(toExpected),
};

/** Source ids that have a truth entry (tests iterate sources.json and skip the others). */
export function knownSources(): string[] {
  return Object.keys(bySource);
}

/** What a correct extraction of `sourceId` with the shipped sources.json yields on `day`. */
export function expectedItems(sourceId: string, day: number, today: Date): ExpectedItem[] {
  const truth = bySource[sourceId];
  if (!truth) throw new Error(`truth.ts has no entry for source "${sourceId}"`);
  return truth(day, today);
}

const titlesFrom = (table: readonly TableItem[], day = 2): string[] =>
  visibleOn(table, day)
    .filter((item) => (item.fromDay ?? 1) === day)
    .map((item) => item.title);

const movedReport = fafoItems.find((item) => item.movesOnDay === 2);
if (!movedReport) throw new Error('fafo table: no report moves on day 2');

/**
 * What changes between day 1 and day 2. `newItems` are titles (URLs can depend on `today`, e.g.
 * Stortinget's session): look them up in expectedItems(source, 2, today). Sources missing from
 * `newItems` have none.
 */
export const day2Events = {
  newItems: {
    greta: titlesFrom(coeItems),
    'osce-press': titlesFrom(oscePressItems),
    'osce-publications': titlesFrom(oscePublicationItems),
    fafo: titlesFrom(fafoItems),
    // The redesigned listing still links its articles by the same URL shape.
    heuni: titlesFrom(heuniItems),
    'heuni-sitemap': titlesFrom(heuniItems),
    regjeringen: titlesFrom(regjeringenItems.filter((item) => item.documentType === undefined)),
    'regjeringen-nyheter': titlesFrom(regjeringenItems.filter((item) => item.documentType === 'aktuelt/nyheter')),
    'regjeringen-pressemeldinger': titlesFrom(regjeringenItems.filter((item) => item.documentType === 'aktuelt/pressemeldinger')),
    lovdata: titlesFrom(lovdataItems),
    // The feed is gone on day 2.
    arbeidstilsynet: [] as string[],
    'eu-home-affairs': titlesFrom(euItems),
    'stortinget-rss': titlesFrom(stortingetRssItems),
    helsedirektoratet: titlesFrom(helsedirektoratetItems),
    // The API's day-2 additions, whatever `today` is (its URLs depend on the session).
    stortinget: (() => {
      const today = new Date('2026-11-28T12:00:00Z');
      const before = new Set(stortingetExpected(1, today).map((item) => item.title));
      return stortingetExpected(2, today).map((item) => item.title).filter((title) => !before.has(title));
    })(),
    politiet: titlesFrom(politietItems),
    udi: titlesFrom(udiItems),
    cbss: titlesFrom(cbssItems),
    riksrevisjonen: titlesFrom(riksrevisjonenItems),
    'rvts-ost': titlesFrom(rvtsOstItems),
    bufdir: titlesFrom(bufdirItems),
    nim: titlesFrom(nimItems),
    'helsedirektoratet-konferanser': titlesFrom(helsedirektoratetKonferanserItems),
    'fafo-arrangementer': titlesFrom(fafoArrangementerItems),
    'lovdata-dommer': titlesFrom(lovdataDommerItems),
  } as Record<string, string[]>,
  /** Same title and date, new URL; the old URL answers 301 to the new one on day 2. */
  moved: {
    sourceId: 'fafo',
    title: movedReport.title,
    fromUrl: fafoUrl(movedReport, 1),
    toUrl: fafoUrl(movedReport, 2),
  },
  /**
   * The listing's markup changes: every class name differs (the page still answers 200, its links
   * keep their shape). A source configured by link pattern finds the same items.
   */
  layoutChanged: 'heuni',
  /** The feed answers 404. */
  gone: 'arbeidstilsynet',
  /** Days on which those happen (for tests that walk more days). */
  onDay: { layoutChanged: HEUNI_LAYOUT_CHANGE_DAY, gone: ARBEIDSTILSYNET_GONE_DAY },
} as const;
