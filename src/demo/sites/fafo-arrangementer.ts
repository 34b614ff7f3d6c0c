/**
 * Fafo's events (www.fafo.no): the listing `/arrangementer/arrangementer`, Joomla with YOOtheme
 * Pro like the report listing (fafo.ts). Known (docs/sources.md): event pages at
 * `/arrangementer/arrangementer/<slug>` (the seed issue), a flat `/arrangementer/<slug>` for
 * some (`fafo.no/arrangementer/fafobaten-2023`), older Joomla ZOO shapes
 * `/index.php/arrangementer/arrangementer/item/<slug>` and
 * `/index.php/nb/arrangementer/alle-arrangementer/item/<slug>`, recordings listed under
 * `/arrangementer/fafo-tv` (page N as `/N`); event pages give "Tid:" and "Sted:" lines. The
 * listing's own markup is not known: here it is YOOtheme's grid with the date as the item's
 * meta line ("Tirsdag 14. juni 2022"), the vendor's class names, which the config does not use.
 *
 * The host is shared with the report replica (fafo.ts); each answers only its own paths.
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

export const FAFO_ARRANGEMENTER_URL = 'https://www.fafo.no/arrangementer/arrangementer';
const SITE = 'https://www.fafo.no';
const LISTING_PATH = '/arrangementer/arrangementer';

export interface FafoEventItem extends TableItem {
  /** Linked as `/arrangementer/<slug>` without the category, like the Fafo boat pages. */
  flat?: boolean;
  /** "Fafo, Borggata 2B" (default), "Digitalt", … */
  place?: string;
}

export const fafoArrangementerItems: FafoEventItem[] = [
  {
    title: 'Fafo Østforum: Arbeidsutnyttelse av ukrainske flyktninger',
    slug: 'arbeidsutnyttelse-av-ukrainske-flyktninger', daysAgo: 0, fromDay: 2, onTopic: true, place: 'Digitalt',
    summary: 'Hvordan kan vi hindre at flyktninger fra Ukraina blir utsatt for sosial dumping og utnytting i norsk arbeidsliv?',
  },
  {
    title: 'Fattige tilreisende: grov utnytting i gråsonen mellom arbeidsliv og menneskehandel',
    slug: 'fattige-tilreisende', daysAgo: 6, onTopic: true,
    summary: 'Lansering av Fafo-rapporten om grov utnytting av utenlandske arbeidstakere, med debatt om hjelpeapparatet.',
  },
  {
    title: 'Fafofrokost: Hva skjer med lønnsdannelsen?',
    slug: 'fafofrokost-hva-skjer-med-lonnsdannelsen', daysAgo: 11, onTopic: false,
    summary: 'Frokostseminar om årets lønnsoppgjør og frontfagsmodellen.',
  },
  {
    title: 'Fafobåten 2022',
    slug: 'fafobaten-2022', daysAgo: 15, onTopic: false, flat: true, place: 'Langbryggen, Arendal',
    summary: 'Fafo er på plass under Arendalsuka med seminarer og forskerstafett om bord.',
  },
  {
    title: 'Seminar: Estimating the prevalence of trafficking in persons in Norway',
    slug: 'estimating-the-prevalence-of-trafficking-in-persons-in-norway', daysAgo: 22, onTopic: true,
    summary: 'Fafo, UNODC and KOM present the first estimate of the number of presumed victims of trafficking in Norway.',
  },
  {
    title: 'Lansering: Seniorer i arbeidslivet',
    slug: 'lansering-seniorer-i-arbeidslivet', daysAgo: 31, onTopic: false,
    summary: 'Hvordan vurderer arbeidsgivere eldre arbeidstakere? Ny rapport fra Fafos seniorpolitiske barometer.',
  },
];

export interface FafoEventListed extends ListedItem {
  path: string;
  dateText: string;
  place: string;
}

/** `/arrangementer/arrangementer/<slug>`, or `/arrangementer/<slug>` for the flat ones. */
export function fafoEventPath(item: FafoEventItem): string {
  return item.flat ? `/arrangementer/${slugOf(item)}` : `${LISTING_PATH}/${slugOf(item)}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function fafoArrangementerListing(table: readonly FafoEventItem[], day: number, today: Date): FafoEventListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const path = fafoEventPath(item);
    return {
      title: item.title,
      url: `${SITE}${path}`,
      path,
      dateText: capitalised(formatDate.norwegianWithWeekday(when.day)),
      place: item.place ?? 'Fafo, Borggata 2B',
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

const header = `<div class="tm-header uk-visible@m" uk-header>
  <div class="uk-navbar-container"><div class="uk-container uk-container-expand"><nav class="uk-navbar" uk-navbar>
    <div class="uk-navbar-left"><a href="/" class="uk-navbar-item uk-logo"><img alt="Fafo" src="/images/logo/fafo-logo.svg"></a></div>
    <div class="uk-navbar-right"><ul class="uk-navbar-nav">
      <li><a href="/forskning">Forskning</a></li><li><a href="/publikasjoner">Publikasjoner</a></li>
      <li class="uk-active"><a href="/arrangementer">Arrangementer</a></li><li><a href="/om-fafo">Om Fafo</a></li>
    </ul>
    <div class="uk-navbar-item"><ul class="uk-subnav uk-subnav-divider"><li class="uk-active"><a href="/">Norsk</a></li><li><a href="/en/events">English</a></li></ul></div>
    </div>
  </nav></div></div>
</div>`;

const footer = `<div class="tm-bottom uk-section-secondary uk-section"><div class="uk-container">
  <p>Fafo · Borggata 2B · Postboks 2947 Tøyen · 0608 Oslo · <a href="mailto:fafo@fafo.no">fafo@fafo.no</a></p>
  <ul class="uk-subnav"><li><a href="/om-fafo/personvern">Personvern</a></li><li><a href="/nyhetsbrev">Motta invitasjoner på e-post</a></li></ul>
</div></div>`;

function gridItem(item: FafoEventListed): string {
  return `<div>
<div class="el-item uk-panel uk-margin-remove-first-child">
    <div class="el-meta uk-text-meta">${item.dateText}</div>
    <h3 class="el-title uk-h4 uk-margin-small-top uk-margin-remove-bottom"><a href="${escapeHtml(item.path)}" class="uk-link-heading">${escapeHtml(item.title)}</a></h3>
    <div class="el-content uk-panel uk-margin-small-top">${escapeHtml(item.summary)}</div>
    <div class="uk-margin-small-top"><a href="${escapeHtml(item.path)}" class="el-link uk-button uk-button-text">Les mer</a></div>
</div>
</div>`;
}

function listingPage(items: FafoEventListed[]): string {
  const main = `<div class="uk-section-default uk-section"><div class="uk-container">
  <h1 class="uk-h2">Arrangementer</h1>
  <ul class="uk-subnav uk-subnav-pill"><li class="uk-active"><a href="${LISTING_PATH}">Kommende og tidligere arrangementer</a></li><li><a href="/arrangementer/fafo-tv">Fafo-tv</a></li></ul>
  <div class="uk-grid-medium uk-child-width-1-2 uk-child-width-1-3@m uk-grid-match uk-grid" uk-grid>
${items.map(gridItem).join('\n')}
  </div>
</div></div>`;
  return renderPage({ lang: 'nb-no', title: 'Arrangementer - Fafo', header, main, footer });
}

/** An event page: title, "Tid:" and "Sted:" lines, the description, recording link. */
function eventPage(item: FafoEventListed): string {
  const head = `<meta name="description" content="${escapeHtml(item.summary)}">\n<meta name="generator" content="Joomla! - Open Source Content Management">`;
  const main = `<div class="uk-section-default uk-section"><div class="uk-container"><article class="uk-article">
  <h1 class="uk-article-title">${escapeHtml(item.title)}</h1>
  <p>Tid: ${item.dateText}, kl. 09.00–10.30</p>
  <p>Sted: ${escapeHtml(item.place)}</p>
  <div class="uk-margin"><p>${escapeHtml(item.summary)}</p></div>
  <p><a href="/arrangementer/fafo-tv">Se opptak på Fafo-tv</a></p>
</article></div></div>`;
  return renderPage({ lang: 'nb-no', title: `${item.title} - Fafo`, head, header, main, footer });
}

/** Fafo's events replica serving `table` (paths under /arrangementer only). */
export function makeFafoArrangementerSite(table: readonly FafoEventItem[]): ReplicaSite {
  return {
    name: 'fafo-arrangementer',
    hosts: ['www.fafo.no', 'fafo.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (!path.startsWith('/arrangementer/')) return null;
      const items = fafoArrangementerListing(table, state.day, state.today);
      if (path === LISTING_PATH) return htmlResponse(listingPage(items));
      const item = items.find((i) => i.path === path);
      return item ? htmlResponse(eventPage(item)) : null;
    },
  };
}

export const fafoArrangementer: ReplicaSite = makeFafoArrangementerSite(fafoArrangementerItems);
