/**
 * Which replica site serves which sources in this replay, each built from its world for the
 * replay day. A listing that shows only its newest entries (a feed's last 20, coe.int's first
 * page of 20) is cut to them; paged listings serve everything and the source reads its pages.
 *
 * A source whose replica module is not written yet waits in AWAITING_REPLICA with its world;
 * wiring it in is one line in SITES. Until then the replay skips the source and says so.
 */
import { makeBufdirSite } from '../../test/replica/sites/bufdir.js';
import { makeCbssSite } from '../../test/replica/sites/cbss.js';
import { makeFafoArrangementerSite } from '../../test/replica/sites/fafo-arrangementer.js';
import { makeHelsedirektoratetKonferanserSite } from '../../test/replica/sites/helsedirektoratet-konferanser.js';
import { makeLovdataDommerSite } from '../../test/replica/sites/lovdata-dommer.js';
import { makeNimSite } from '../../test/replica/sites/nim.js';
import { makePolitietSite } from '../../test/replica/sites/politiet.js';
import { makeRiksrevisjonenSite } from '../../test/replica/sites/riksrevisjonen.js';
import { makeRvtsOstSite } from '../../test/replica/sites/rvts-ost.js';
import { makeUdiSite } from '../../test/replica/sites/udi.js';
import { makeArbeidstilsynetSite } from '../../test/replica/sites/arbeidstilsynet.js';
import { makeCoeSite } from '../../test/replica/sites/coe.js';
import { makeEuSite } from '../../test/replica/sites/eu.js';
import { makeFafoSite } from '../../test/replica/sites/fafo.js';
import { makeHelsedirektoratetSite } from '../../test/replica/sites/helsedirektoratet.js';
import { makeHeuniSite } from '../../test/replica/sites/heuni.js';
import { makeLovdataSite } from '../../test/replica/sites/lovdata.js';
import { makeOsceSite } from '../../test/replica/sites/osce.js';
import { makeRegjeringenSite } from '../../test/replica/sites/regjeringen.js';
import { makeStortingetWebSite } from '../../test/replica/sites/stortinget-web.js';
import { makeStortingetWorldSite } from '../../test/replica/sites/stortinget-world.js';
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
