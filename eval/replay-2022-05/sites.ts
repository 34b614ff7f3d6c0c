/**
 * Which replica site serves which sources in this replay, each built from its world for the
 * replay day. A listing that shows only its newest entries (a feed's last 20, coe.int's first
 * page of 20) is cut to them; paged listings serve everything and the source reads its pages.
 *
 * A source whose replica module is not written yet waits in AWAITING_REPLICA with its world;
 * wiring it in is one line in SITES. Until then the replay skips the source and says so.
 */
import { makeBufdirSite } from '../../src/demo/sites/bufdir.js';
import { makeCbssSite } from '../../src/demo/sites/cbss.js';
import { makeFafoArrangementerSite } from '../../src/demo/sites/fafo-arrangementer.js';
import { makeHelsedirektoratetKonferanserSite } from '../../src/demo/sites/helsedirektoratet-konferanser.js';
import { makeLovdataDommerSite } from '../../src/demo/sites/lovdata-dommer.js';
import { makeNimSite } from '../../src/demo/sites/nim.js';
import { makePolitietSite } from '../../src/demo/sites/politiet.js';
import { makeRiksrevisjonenSite } from '../../src/demo/sites/riksrevisjonen.js';
import { makeRvtsOstSite } from '../../src/demo/sites/rvts-ost.js';
import { makeUdiSite } from '../../src/demo/sites/udi.js';
import { makeArbeidstilsynetSite } from '../../src/demo/sites/arbeidstilsynet.js';
import { makeCoeSite } from '../../src/demo/sites/coe.js';
import { makeEuSite } from '../../src/demo/sites/eu.js';
import { makeFafoSite } from '../../src/demo/sites/fafo.js';
import { makeHelsedirektoratetSite } from '../../src/demo/sites/helsedirektoratet.js';
import { makeHeuniSite } from '../../src/demo/sites/heuni.js';
import { makeLovdataSite } from '../../src/demo/sites/lovdata.js';
import { makeOsceSite } from '../../src/demo/sites/osce.js';
import { makeRegjeringenSite } from '../../src/demo/sites/regjeringen.js';
import { makeStortingetWebSite } from '../../src/demo/sites/stortinget-web.js';
import { makeStortingetWorldSite } from '../../src/demo/sites/stortinget-world.js';
import type { SiteBuilder } from '../replay-web.js';
import { tableOn, type Dated } from '../world-table.js';
import { arbeidstilsynet } from './world/arbeidstilsynet.js';
import { bufdir } from './world/bufdir.js';
import { cbss } from './world/cbss.js';
import { euHomeAffairs } from './world/eu-home-affairs.js';
import { fafoArrangementer } from './world/fafo-arrangementer.js';
import { fafo } from './world/fafo.js';
import { greta } from './world/greta.js';
import { helsedirektoratetKonferanser } from './world/helsedirektoratet-konferanser.js';
import { helsedirektoratet } from './world/helsedirektoratet.js';
import { heuni } from './world/heuni.js';
import { lovdataDommer } from './world/lovdata-dommer.js';
import { lovdata } from './world/lovdata.js';
import { nim } from './world/nim.js';
import { oscePress } from './world/osce-press.js';
import { oscePublications } from './world/osce-publications.js';
import type { PageItem } from './world/page-item.js';
import { politiet } from './world/politiet.js';
import { regjeringen } from './world/regjeringen.js';
import { riksrevisjonen } from './world/riksrevisjonen.js';
import { rvtsOst } from './world/rvts-ost.js';
import { stortingetRss } from './world/stortinget-rss.js';
import { stortinget } from './world/stortinget.js';
import { udi } from './world/udi.js';

/** The API replica reads its dated world against the replica's today: built once. */
const stortingetApi = makeStortingetWorldSite(stortinget);

export const SITES: readonly SiteBuilder[] = [
  { sources: ['greta'], build: (day) => makeCoeSite(tableOn(greta, day, { newest: 20 })) },
  { sources: ['osce-press', 'osce-publications'], build: (day) => makeOsceSite({ press: tableOn(oscePress, day), publications: tableOn(oscePublications, day) }) },
  { sources: ['stortinget'], build: () => stortingetApi },
  // The feed only: the API's items link pages the product does not read in a watch.
  { sources: ['stortinget-rss'], build: (day) => makeStortingetWebSite(tableOn(stortingetRss, day, { newest: 20 }), () => []) },
  { sources: ['fafo'], build: (day) => makeFafoSite(tableOn(fafo, day)) },
  { sources: ['heuni', 'heuni-sitemap'], build: (day) => makeHeuniSite(tableOn(heuni, day)) },
  { sources: ['regjeringen', 'regjeringen-nyheter', 'regjeringen-pressemeldinger'], build: (day) => makeRegjeringenSite(tableOn(regjeringen, day)) },
  { sources: ['lovdata'], build: (day) => makeLovdataSite(tableOn(lovdata, day, { newest: 20 })) },
  { sources: ['arbeidstilsynet'], build: (day) => makeArbeidstilsynetSite(tableOn(arbeidstilsynet, day, { newest: 20 })) },
  { sources: ['eu-home-affairs'], build: (day) => makeEuSite(tableOn(euHomeAffairs, day, { newest: 20 })) },
  { sources: ['helsedirektoratet'], build: (day) => makeHelsedirektoratetSite(tableOn(helsedirektoratet, day, { newest: 20 })) },
  { sources: ['politiet'], build: (day) => makePolitietSite(tableOn(politiet, day)) },
  { sources: ['udi'], build: (day) => makeUdiSite(tableOn(udi, day)) },
  { sources: ['cbss'], build: (day) => makeCbssSite(tableOn(cbss, day, { newest: 10 })) },
  { sources: ['riksrevisjonen'], build: (day) => makeRiksrevisjonenSite(tableOn(riksrevisjonen, day)) },
  { sources: ['rvts-ost'], build: (day) => makeRvtsOstSite(tableOn(rvtsOst, day)) },
  { sources: ['bufdir'], build: (day) => makeBufdirSite(tableOn(bufdir, day)) },
  { sources: ['nim'], build: (day) => makeNimSite(tableOn(nim, day, { newest: 10 })) },
  { sources: ['helsedirektoratet-konferanser'], build: (day) => makeHelsedirektoratetKonferanserSite(tableOn(helsedirektoratetKonferanser, day)) },
  { sources: ['fafo-arrangementer'], build: (day) => makeFafoArrangementerSite(tableOn(fafoArrangementer, day)) },
  { sources: ['lovdata-dommer'], build: (day) => makeLovdataDommerSite(tableOn(lovdataDommer, day, { newest: 20 })) },
];

/** Worlds ready for sources whose replica modules are not written yet: none left. */
export const AWAITING_REPLICA: Readonly<Record<string, readonly Dated<PageItem>[]>> = {};
