/**
 * Helsedirektoratet's conferences and webinars (www.helsedirektoratet.no/konferanser). Known
 * (docs/sources.md): conference pages at `/konferanser/<slug>` without a trailing slash (the seed
 * issue; a stored copy of `/konferanser/helsepersonell-i-mote-med-vold-og-utnyttelse-…`), laid
 * out as: the title, a photo with its credit, an introduction, then a short list "16. februar
 * 2023 · 13:30–14:45 · Gjennomført, se opptak og presentasjoner", the kind ("Webinar") and the
 * sections Opptak, Presentasjoner, Om webinaret, Program. Not known: the listing `/konferanser`
 * (assumed from the pages' parent path) and its markup; here it shows titles, kind and
 * introduction but no date, so the source reads the date from each page (`detail`).
 *
 * The host is shared with the news feed replica (helsedirektoratet.ts); each answers only its
 * own paths.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  formatDate,
  htmlResponse,
  renderPage,
  slugOf,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';

export const HELSEDIREKTORATET_KONFERANSER_URL = 'https://www.helsedirektoratet.no/konferanser';
const SITE = 'https://www.helsedirektoratet.no';
const LISTING_PATH = '/konferanser';

export interface KonferanseItem extends TableItem {
  /** "Webinar", "Konferanse", "Fagdag" (default Webinar). */
  kind?: string;
  /** "13:30–14:45" (default 09:00–11:00). */
  time?: string;
}

export const helsedirektoratetKonferanserItems: KonferanseItem[] = [
  {
    title: 'Webinar om helsehjelp til ofre for menneskehandel',
    slug: 'webinar-om-helsehjelp-til-ofre-for-menneskehandel', daysAgo: 0, fromDay: 2, onTopic: true, time: '13:00–14:30',
    summary: 'Helsedirektoratet og Nasjonalt nettverk for arbeid mot menneskehandel inviterer helsepersonell til webinar om rettigheter og oppfølging.',
  },
  {
    title: 'Risiko for utnytting og menneskehandel',
    slug: 'risiko-for-utnytting-og-menneskehandel', daysAgo: 4, onTopic: true, time: '12:00–13:30',
    summary: 'Webinar for kommunalt ansatte om risiko for utnytting av flyktninger fra Ukraina og andre sårbare grupper.',
  },
  {
    title: 'Nasjonal konferanse om rusforebygging 2022',
    slug: 'nasjonal-konferanse-om-rusforebygging-2022', daysAgo: 9, onTopic: false, kind: 'Konferanse', time: '09:00–16:00',
    summary: 'Konferansen samler kommuner, forskere og frivillige om forebygging av rusproblemer blant barn og unge.',
  },
  {
    title: 'Helsepersonell i møte med vold og utnyttelse: avvergingsplikt og taushetsplikt',
    slug: 'helsepersonell-i-mote-med-vold-og-utnyttelse-avvergingsplikt-og-taushetsplikt', daysAgo: 17, onTopic: true, time: '13:30–14:45',
    summary: 'Webinar om avvergingsplikt og taushetsplikt i situasjoner der det er mistanke om vold og utnytting.',
  },
  {
    title: 'Fagdag om legemiddelhåndtering i sykehjem',
    slug: 'fagdag-om-legemiddelhandtering-i-sykehjem', daysAgo: 24, onTopic: false, kind: 'Fagdag',
    summary: 'Fagdag for ledere og ansatte i sykehjem om trygg legemiddelhåndtering.',
  },
  {
    title: 'Lansering av ny nasjonal faglig retningslinje for svangerskapsomsorgen',
    slug: 'lansering-retningslinje-svangerskapsomsorgen', daysAgo: 33, onTopic: false,
    summary: 'Digital lansering med gjennomgang av de viktigste endringene i retningslinjen.',
  },
  {
    title: 'Helsetjenester til flyktninger fra Ukraina – erfaringsseminar',
    slug: 'helsetjenester-til-flyktninger-fra-ukraina', daysAgo: 45, onTopic: true, kind: 'Konferanse',
    summary: 'Kommuner deler erfaringer med helseundersøkelse og psykisk helsehjelp til flyktninger fra Ukraina.',
  },
];

export interface KonferanseListed extends ListedItem {
  path: string;
  kind: string;
  time: string;
  dateText: string;
}

export function helsedirektoratetKonferanserListing(table: readonly KonferanseItem[], day: number, today: Date): KonferanseListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const path = `${LISTING_PATH}/${slugOf(item)}`;
    return {
      title: item.title,
      url: `${SITE}${path}`,
      path,
      kind: item.kind ?? 'Webinar',
      time: item.time ?? '09:00–11:00',
      dateText: formatDate.norwegian(when.day),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

const header = `<div class="cookie-info">Helsedirektoratet.no benytter informasjonskapsler til å forbedre brukeropplevelsen din og samle inn statistikk. <a href="/om/personvern">Les mer</a></div>
<header class="b-header">
  <a href="/" class="b-header__logo"><img src="/Static/img/hdir-logo.svg" alt="Helsedirektoratet"></a>
  <nav class="b-header__nav"><a href="/tema">Tema</a> <a href="/retningslinjer">Retningslinjer</a> <a href="/rapporter">Rapporter</a> <a href="/nyheter">Nyheter</a> <a href="/konferanser">Konferanser</a></nav>
</header>`;

const footer = `<footer class="b-footer"><p>Helsedirektoratet · Postboks 220 Skøyen · 0213 Oslo</p><p><a href="/om/personvern">Personvern</a></p></footer>`;

function listingPage(items: KonferanseListed[]): string {
  const main = `<h1>Konferanser og webinarer</h1>
<ul class="b-list">
${items
  .map(
    (item) => `  <li class="b-list__item">
    <a class="b-list__link" href="${escapeHtml(item.path)}"><h2 class="b-list__title">${escapeHtml(item.title)}</h2></a>
    <span class="b-list__kind">${escapeHtml(item.kind)}</span>
    <p class="b-list__ingress">${escapeHtml(item.summary)}</p>
  </li>`,
  )
  .join('\n')}
</ul>`;
  return renderPage({ lang: 'nb', title: 'Konferanser og webinarer - Helsedirektoratet', header, main, footer });
}

/** The page as the stored copy shows it: title, photo, introduction, then date · time · status. */
function conferencePage(item: KonferanseListed): string {
  const head = `<meta property="og:title" content="${escapeHtml(item.title)}">\n<meta name="description" content="${escapeHtml(item.summary)}">`;
  const main = `<p class="b-browser-warning">Du benytter en nettleser vi ikke støtter. Se informasjon om nettlesere</p>
<article class="b-event">
  <h1>${escapeHtml(item.title)}</h1>
  <figure><img src="/Static/img/event.jpg" alt="Illustrasjon"><figcaption>Foto: Mostphotos</figcaption></figure>
  <p class="b-event__ingress">${escapeHtml(item.summary)}</p>
  <ul class="b-event__facts">
    <li>${item.dateText}</li>
    <li>${item.time}</li>
    <li>Gjennomført, se opptak og presentasjoner</li>
  </ul>
  <p class="b-event__kind">${escapeHtml(item.kind)}</p>
  <h2>Opptak</h2><h2>Presentasjoner</h2><h2>Om ${item.kind === 'Webinar' ? 'webinaret' : 'arrangementet'}</h2><h2>Program</h2>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - Helsedirektoratet`, head, header, main, footer });
}

/** Helsedirektoratet's conference pages serving `table` (paths under /konferanser only). */
export function makeHelsedirektoratetKonferanserSite(table: readonly KonferanseItem[]): ReplicaSite {
  return {
    name: 'helsedirektoratet-konferanser',
    hosts: ['www.helsedirektoratet.no', 'helsedirektoratet.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path !== LISTING_PATH && !path.startsWith(`${LISTING_PATH}/`)) return null;
      const items = helsedirektoratetKonferanserListing(table, state.day, state.today);
      if (path === LISTING_PATH) return htmlResponse(listingPage(items));
      const item = items.find((i) => i.path === path);
      return item ? htmlResponse(conferencePage(item)) : null;
    },
  };
}

export const helsedirektoratetKonferanser: ReplicaSite = makeHelsedirektoratetKonferanserSite(helsedirektoratetKonferanserItems);
