/**
 * Every replica site. Where two modules answer for the same host (e.g. a web feed and an API
 * replica both on www.stortinget.no), each is wrapped so that a request it does not know
 * (null) falls through to the others: the core keeps one site per host, and no page is lost
 * whichever it keeps.
 */
import type { ReplicaSite } from '../types.js';
import { arbeidstilsynet } from './arbeidstilsynet.js';
import { bufdir } from './bufdir.js';
import { cbss } from './cbss.js';
import { coe } from './coe.js';
import { eu } from './eu.js';
import { fafo } from './fafo.js';
import { fafoArrangementer } from './fafo-arrangementer.js';
import { fixtures } from './fixtures.js';
import { helsedirektoratet } from './helsedirektoratet.js';
import { helsedirektoratetKonferanser } from './helsedirektoratet-konferanser.js';
import { heuni } from './heuni.js';
import { lovdata } from './lovdata.js';
import { lovdataDommer } from './lovdata-dommer.js';
import { nim } from './nim.js';
import { osce } from './osce.js';
import { politiet } from './politiet.js';
import { regjeringen } from './regjeringen.js';
import { riksrevisjonen } from './riksrevisjonen.js';
import { rvtsOst } from './rvts-ost.js';
import { stortinget } from './stortinget.js';
import { stortingetWeb } from './stortinget-web.js';
import { udi } from './udi.js';

/** Sites that answer for the same host, each falling through to the others on null. */
export function shareHosts(list: ReplicaSite[]): ReplicaSite[] {
  const claims = new Map<string, ReplicaSite[]>();
  for (const site of list) {
    for (const host of site.hosts) claims.set(host, [...(claims.get(host) ?? []), site]);
  }
  return list.map((site) => {
    if (!site.hosts.some((host) => (claims.get(host)?.length ?? 0) > 1)) return site;
    return {
      name: site.name,
      hosts: site.hosts,
      handle(request, state) {
        const own = site.handle(request, state);
        if (own !== null) return own;
        for (const other of claims.get(request.host) ?? []) {
          if (other === site) continue;
          const answer = other.handle(request, state);
          if (answer !== null) return answer;
        }
        return null;
      },
    };
  });
}

export const sites: ReplicaSite[] = shareHosts([
  coe,
  osce,
  fafo,
  heuni,
  regjeringen,
  lovdata,
  arbeidstilsynet,
  eu,
  stortinget,
  stortingetWeb,
  helsedirektoratet,
  politiet,
  udi,
  cbss,
  riksrevisjonen,
  rvtsOst,
  bufdir,
  nim,
  helsedirektoratetKonferanser,
  fafoArrangementer,
  lovdataDommer,
  fixtures,
]);

/** The site answering for a host, or undefined. */
export function siteFor(host: string): ReplicaSite | undefined {
  const wanted = host.toLowerCase();
  return sites.find((site) => site.hosts.includes(wanted));
}
