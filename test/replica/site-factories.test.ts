/**
 * The contract of the issue-11 replica modules: `make<Name>Site(table)` serves the same pages as
 * the default instance, from any table (an evaluation serves May–June 2022 items through these
 * renderers). Each factory gets a small table of its own; the shipped source must read exactly
 * those items, in order, with their dates.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Source } from '../../src/config/schema.js';
import { parseDate } from '../../src/sources/dates.js';
import { collapse, readListing, webOf } from './reader.js';
import { makeBufdirSite } from '../../src/demo/sites/bufdir.js';
import { makeCbssSite } from '../../src/demo/sites/cbss.js';
import { dating, isoDay, osloDay, type TableItem } from '../../src/demo/sites/common.js';
import { makeFafoArrangementerSite } from '../../src/demo/sites/fafo-arrangementer.js';
import { makeHelsedirektoratetKonferanserSite } from '../../src/demo/sites/helsedirektoratet-konferanser.js';
import { makeLovdataDommerSite } from '../../src/demo/sites/lovdata-dommer.js';
import { makeNimSite } from '../../src/demo/sites/nim.js';
import { makePolitietSite } from '../../src/demo/sites/politiet.js';
import { makeRiksrevisjonenSite } from '../../src/demo/sites/riksrevisjonen.js';
import { makeRvtsOstSite } from '../../src/demo/sites/rvts-ost.js';
import { makeUdiSite } from '../../src/demo/sites/udi.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const config = loadConfig('sources.json');
const today = new Date('2022-06-30T08:00:00Z');

/** Plain TableItems, no site-specific columns: what an evaluation's table holds. */
const table: TableItem[] = [
  { title: 'KOM tilstandsrapport 2021 om menneskehandel er publisert', slug: 'kom-tilstandsrapport-2021', daysAgo: 1, onTopic: true, summary: 'Rapporten gir en oversikt over den nasjonale situasjonen på menneskehandelområdet.' },
  { title: 'LB-2022-1 – Strafferett. Menneskehandel', daysAgo: 20, onTopic: true, summary: 'Lagmannsretten stadfestet dommen for menneskehandel og tvangsarbeid.' },
  { title: 'Et nytt tiltak kommer i august', slug: 'nytt-tiltak-i-august', daysAgo: 33, fromDay: 2, onTopic: false, summary: 'Tiltaket gjelder fra høsten og omtales nærmere senere.' },
];

const factories: Record<string, (t: TableItem[]) => ReplicaSite> = {
  politiet: makePolitietSite,
  udi: makeUdiSite,
  cbss: makeCbssSite,
  riksrevisjonen: makeRiksrevisjonenSite,
  'rvts-ost': makeRvtsOstSite,
  bufdir: makeBufdirSite,
  nim: makeNimSite,
  'helsedirektoratet-konferanser': makeHelsedirektoratetKonferanserSite,
  'fafo-arrangementer': makeFafoArrangementerSite,
  'lovdata-dommer': makeLovdataDommerSite,
};

const dayOf = (raw: string | undefined): string | undefined => {
  const iso = raw ? parseDate(raw)?.iso : undefined;
  return iso ? isoDay(osloDay(new Date(iso))) : undefined;
};

function read(source: Source, site: ReplicaSite, day: number): { title: string; day: string | undefined }[] {
  const web = webOf([site]);
  const state = { day, today };
  if (source.kind === 'feed') {
    const xml = web.tryFetch(source.url, state);
    expect(xml, source.url).not.toBeNull();
    const $ = load(xml!, { xml: true });
    return $('item')
      .toArray()
      .map((el) => ({ title: collapse($(el).children('title').text()), day: dayOf($(el).children('pubDate').text()) }));
  }
  if (source.kind !== 'html') throw new Error(`${source.id}: unexpected kind ${source.kind}`);
  return readListing({ ...source, kind: 'html' }, web, state).items.map((item) => ({ title: item.title, day: dayOf(item.dateRaw) }));
}

describe('make<Name>Site(table) serves any table through the same renderers', () => {
  it('has a factory for every source added for the newsletter\'s sites', () => {
    for (const id of Object.keys(factories)) expect(config.sources.map((s) => s.id), id).toContain(id);
  });

  for (const [id, make] of Object.entries(factories)) {
    it(`${id}: the shipped source reads exactly the given items, newest first, dated, the later one from day 2`, () => {
      const source = config.sources.find((s) => s.id === id)!;
      const site = make(table);
      const expected = (day: number) =>
        table
          .filter((item) => (item.fromDay ?? 1) <= day)
          .map((item) => ({ title: item.title, day: dating(today, item).publishedDay }));
      expect(read(source, site, 1)).toEqual(expected(1));
      expect(read(source, site, 2)).toEqual(expected(2));
    });
  }
});
