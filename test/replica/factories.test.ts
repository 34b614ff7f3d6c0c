/**
 * Every replica site module can serve a table it is given (`make<Name>Site(table)`), as the
 * eval does with its replayed worlds: a listing shows the given items and nothing of the
 * default table. regjeringen.no serves other document types by the feed's `documentType`.
 */
import { describe, expect, it } from 'vitest';
import { CLEARANCE_COOKIE, clearanceValue } from '../../src/demo/bot-wall.js';
import type { TableItem } from '../../src/demo/sites/common.js';
import { makeArbeidstilsynetSite } from '../../src/demo/sites/arbeidstilsynet.js';
import { makeCoeSite, coeItems } from '../../src/demo/sites/coe.js';
import { makeEuSite } from '../../src/demo/sites/eu.js';
import { makeFafoSite } from '../../src/demo/sites/fafo.js';
import { makeHelsedirektoratetSite } from '../../src/demo/sites/helsedirektoratet.js';
import { makeHeuniSite } from '../../src/demo/sites/heuni.js';
import { makeLovdataSite } from '../../src/demo/sites/lovdata.js';
import { makeOsceSite } from '../../src/demo/sites/osce.js';
import { makeRegjeringenSite } from '../../src/demo/sites/regjeringen.js';
import { type RegjeringenItem } from '../../src/demo/sites/regjeringen-table.js';
import { makeStortingetWebSite } from '../../src/demo/sites/stortinget-web.js';
import type { ReplicaSite, ReplicaState } from '../../src/demo/types.js';

const state: ReplicaState = { day: 1, today: new Date('2022-05-12T07:00:00Z') };
const base: TableItem = { title: 'Eval item about trafficking in human beings', daysAgo: 1, summary: 'A summary.', onTopic: true };

const userAgent = 'factories-test';
// coe.int sits behind the replica's bot wall: a request with clearance gets the page.
const cookie = `${CLEARANCE_COOKIE}=${clearanceValue(userAgent, Math.floor(Date.now() / 1000) + 600)}`;

function body(site: ReplicaSite, url: string): string {
  const target = new URL(url);
  const response = site.handle({ method: 'GET', host: target.hostname, path: target.pathname, query: target.searchParams, headers: { cookie, 'user-agent': userAgent }, scheme: 'https' }, state);
  expect(response?.status, url).toBe(200);
  return String(response!.body instanceof Buffer ? response!.body.toString('latin1') : response!.body);
}

describe('replica site factories', () => {
  const cases: Array<[string, ReplicaSite, string]> = [
    ['coe', makeCoeSite([{ ...base, place: 'Strasbourg', langs: ['EN'] }]), 'https://www.coe.int/en/web/anti-human-trafficking/all-news'],
    ['osce', makeOsceSite({ press: [{ ...base, node: '/cthb/518790', city: 'WARSAW' }], publications: [] }), 'https://www.osce.org/press-releases?filters=+im_taxonomy_vid_3%3A%28111%29'],
    ['fafo', makeFafoSite([{ ...base, lang: 'no', series: 'Fafo-rapport', number: 14, authors: 'A. Forfatter', orderingId: 10001 }]), 'https://www.fafo.no/en/publications/fafo-reports'],
    ['heuni', makeHeuniSite([{ ...base, type: 'News item' }]), 'https://heuni.fi/news'],
    ['lovdata', makeLovdataSite([{ ...base, id: 1 }]), 'https://lovdata.no/feed?data=newArticles&type=RSS'],
    ['arbeidstilsynet', makeArbeidstilsynetSite([base]), 'https://www.arbeidstilsynet.no/rss/nyheter/'],
    ['eu', makeEuSite([{ ...base, nid: 1 }]), 'https://home-affairs.ec.europa.eu/node/2/rss_en'],
    ['helsedirektoratet', makeHelsedirektoratetSite([base]), 'https://www.helsedirektoratet.no/rss'],
    ['stortinget-web', makeStortingetWebSite([{ ...base, number: 104, from: 'Rasmus Hansson' }], () => []), 'https://www.stortinget.no/no/Stottemeny/RSS/Representantforslag/'],
  ];
  for (const [name, site, url] of cases) {
    it(`${name}: serves the given table`, () => {
      const page = body(site, url);
      // coe renders its listing from a JSON blob, escaped differently from the HTML listings.
      expect(page).toContain(name === 'coe' ? JSON.stringify(base.title).slice(1, -1) : base.title);
    });
  }

  it('coe: nothing of the default table when given another', () => {
    expect(body(makeCoeSite([]), 'https://www.coe.int/en/web/anti-human-trafficking/all-news')).not.toContain(coeItems[1]!.title);
  });

  it('regjeringen: hearings in the høyringar listing and their feed; news only in its own typed feed', () => {
    const common = { department: 'Justis- og beredskapsdepartementet', departmentPath: '/no/dep/jd/id463/', deadlineDays: 90, summary: 'Sammendrag.', onTopic: false };
    const table: RegjeringenItem[] = [
      { ...common, title: 'Høring – ny forskrift', id: 1, daysAgo: 2, type: 'Høring' },
      { ...common, title: 'Norges niende rapport til FNs torturkomité', slug: 'norges-niende-rapport-til-fns-torturkomite', id: 2913639, daysAgo: 1, type: 'Nyhet', documentType: 'aktuelt/nyheter' },
    ];
    const site = makeRegjeringenSite(table);
    const hearings = body(site, 'https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=dokumenter/h%C3%B8ringer');
    expect(hearings).toContain('Høring – ny forskrift');
    expect(hearings).not.toContain('torturkomité');
    expect(body(site, 'https://www.regjeringen.no/no/dokument/hoyringar/id1763/')).not.toContain('torturkomit');
    const news = body(site, 'https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=aktuelt/nyheter');
    expect(news).toContain('https://www.regjeringen.no/no/aktuelt/norges-niende-rapport-til-fns-torturkomite/id2913639/');
    expect(body(site, 'https://www.regjeringen.no/no/aktuelt/norges-niende-rapport-til-fns-torturkomite/id2913639/')).toContain('torturkomit');
  });
});
