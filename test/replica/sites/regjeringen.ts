/**
 * regjeringen.no: the "Dokumenter" listing (`ul.listing#searchResultsListing > li.listItem`),
 * `?page=N` pagination announced by `<link rel="next">`, and a robots.txt that disallows the
 * filtered listings. The real site is UTF-8: the replica serves it in ISO-8859-1, declared only in
 * the Content-Type header, with æøå in titles, so charset handling is tested on a shipped source
 * (stands for any legacy-encoded Norwegian CMS; characters beyond latin-1 are sent as `&#NNNN;`).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  encodeLatin1,
  escapeHtml,
  formatDate,
  htmlResponse,
  paginate,
  renderPage,
  slugOf,
  textResponse,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';

export const REGJERINGEN_LISTING_URL = 'https://www.regjeringen.no/no/dokumenter/id2000006/';
const LISTING_PATH = '/no/dokumenter/id2000006';
/** Both days fit in two pages (sources.json: maxPages 2). */
export const REGJERINGEN_PAGE_SIZE = 10;
const CONTENT_TYPE = 'text/html; charset=iso-8859-1';

export const REGJERINGEN_ROBOTS = `User-agent: *
Disallow: /*/?type
Disallow: /*/?documenttype
Disallow: /*/?from
Disallow: /*/?term
Disallow: /api/*

Sitemap: https://www.regjeringen.no/sitemap.xml
`;

export interface RegjeringenItem extends TableItem {
  id: number;
  type: string;
  department: string;
}

const JD = 'Justis- og beredskapsdepartementet';
const AID = 'Arbeids- og inkluderingsdepartementet';

export const regjeringenItems: RegjeringenItem[] = [
  {
    title: 'Styrket innsats mot menneskehandel: regjeringen legger fram ny handlingsplan',
    id: 2931204, daysAgo: 0, fromDay: 2, type: 'Pressemelding', department: JD, onTopic: true,
    summary: 'Handlingsplanen har tiltak for bedre identifisering av ofre, flere straffesaker og økt innsats mot tvangsarbeid.',
  },
  {
    title: 'Endringer i barnehageloven sendes på høring',
    id: 2931188, daysAgo: 0, fromDay: 2, type: 'Høring', department: 'Kunnskapsdepartementet', onTopic: false,
    summary: 'Departementet foreslår endringer i reglene om foreldrebetaling og bemanning.',
  },
  {
    title: 'Ny forskrift åpner for informasjonsdeling i kampen mot arbeidslivskriminalitet',
    slug: 'ny-forskrift-apner-for-informasjonsdeling-i-kampen-mot-arbeidslivskriminalitet',
    id: 2919505, daysAgo: 1, type: 'Pressemelding', department: AID, onTopic: true,
    summary: 'Akrim-informasjonsforskriften gjør det enklere for etatene å dele opplysninger i det tverretatlige samarbeidet.',
  },
  {
    title: 'Tildelingsbrev til Statens vegvesen 2026',
    id: 2930977, daysAgo: 2, type: 'Tildelingsbrev', department: 'Samferdselsdepartementet', onTopic: false,
    summary: 'Tildelingsbrevet beskriver mål, styringsparametere og økonomiske rammer for etaten.',
  },
  {
    title: 'Høring – endringer i utlendingsforskriften om kollektiv beskyttelse for fordrevne fra Ukraina',
    id: 2930850, daysAgo: 3, type: 'Høring', department: JD, onTopic: true,
    summary: 'Forslaget gjelder varigheten av oppholdstillatelser for flyktninger fra Ukraina.',
  },
  {
    title: 'Norges niende rapport til FNs torturkomité',
    slug: 'norges-niende-rapport-til-fns-torturkomite', id: 2913639, daysAgo: 4, type: 'Rapport', department: JD, onTopic: true,
    summary: 'Rapporten omtaler også tiltak mot menneskehandel og behandlingen av utlendinger i forvaring.',
  },
  {
    title: 'Strømstøtten for husholdninger videreføres',
    id: 2930612, daysAgo: 6, type: 'Pressemelding', department: 'Energidepartementet', onTopic: false,
    summary: 'Ordningen med strømstøtte forlenges ut neste år.',
  },
  {
    title: 'Tilskudd til tiltak for ofre for menneskehandel 2026',
    id: 2930455, daysAgo: 8, type: 'Rundskriv', department: JD, onTopic: true,
    summary: 'Frivillige organisasjoner kan søke om tilskudd til bistand og beskyttelse for ofre for menneskehandel.',
  },
  {
    title: 'Endringar i jordlova og konsesjonslova',
    id: 2930301, daysAgo: 9, type: 'Prop. L', department: 'Landbruks- og matdepartementet', onTopic: false,
    summary: 'Departementet gjer framlegg om endringar i reglane om driveplikt og buplikt.',
  },
  {
    title: 'Tilsyn med omsorga for einslege mindreårige i asylmottak',
    id: 2930122, daysAgo: 12, type: 'Prop. L', department: JD, onTopic: true,
    summary: 'Det blir oppretta ei statleg tilsynsordning for omsorga for einslege mindreårige som bur i asylmottak.',
  },
  {
    title: 'Nasjonal strategi for kunstig intelligens i offentlig sektor',
    id: 2929988, daysAgo: 15, type: 'Strategi', department: 'Digitaliseringsdepartementet', onTopic: false,
    summary: 'Strategien skal legge til rette for trygg og ansvarlig bruk av kunstig intelligens.',
  },
  {
    title: 'Årsrapport fra Koordineringsenheten for ofre for menneskehandel',
    id: 2929801, daysAgo: 17, type: 'Rapport', department: JD, onTopic: true,
    summary: 'KOMs årlige tilstandsrapport gir en oversikt over situasjonen på menneskehandelsområdet.',
  },
  {
    title: 'Forskrift om fiskerireguleringer for 2026',
    id: 2929644, daysAgo: 20, type: 'Forskrift', department: 'Nærings- og fiskeridepartementet', onTopic: false,
    summary: 'Forskriften fastsetter kvoter og reguleringer for kommende år.',
  },
  {
    title: 'Tiltak mot sosial dumping i transportbransjen',
    id: 2929470, daysAgo: 24, type: 'Pressemelding', department: AID, onTopic: true,
    summary: 'Regjeringen skjerper kravene til lønns- og arbeidsvilkår for sjåfører på norske veier.',
  },
  {
    title: 'Kongelig resolusjon om utnevnelse av statssekretærer',
    id: 2929302, daysAgo: 29, type: 'Kongelig resolusjon', department: 'Statsministerens kontor', onTopic: false,
    summary: 'Statsrådet har utnevnt nye statssekretærer.',
  },
  {
    title: 'Veileder for kommunene om bosetting av flyktninger fra Ukraina',
    id: 2929133, daysAgo: 33, type: 'Veileder', department: AID, onTopic: true,
    summary: 'Veilederen gir råd om bosetting, kvalifisering og oppfølging av flyktninger fra Ukraina.',
  },
];

export function regjeringenPath(item: RegjeringenItem): string {
  return `/no/dokumenter/${slugOf(item)}/id${item.id}/`;
}

export interface RegjeringenListed extends ListedItem {
  href: string;
  dateText: string;
  type: string;
  department: string;
  page: number;
}

function pagesOf(day: number, today: Date): RegjeringenListed[][] {
  return paginate(visibleOn(regjeringenItems, day), REGJERINGEN_PAGE_SIZE).map((items, page) =>
    items.map((item) => {
      const when = dating(today, item);
      const href = regjeringenPath(item);
      return {
        title: item.title,
        url: `https://www.regjeringen.no${href}`,
        href,
        publishedDay: when.publishedDay,
        dateText: formatDate.dottedPadded(when.day),
        type: item.type,
        department: item.department,
        summary: item.summary,
        onTopic: item.onTopic,
        page: page + 1,
      };
    }),
  );
}

/** Every document on every served listing page, in page order. */
export function regjeringenListing(day: number, today: Date): RegjeringenListed[] {
  return pagesOf(day, today).flat();
}

// No <meta charset>: the Content-Type header is the only declaration of the latin-1 bytes.
const header = `<header class="site-header">
  <a class="skip-link" href="#main-content">Hopp til hovedinnhold</a>
  <a class="logo" href="/no/id4/"><img src="/dist-web/img/regjeringen-logo.svg" alt="Regjeringen.no"></a>
  <nav class="main-menu"><ul>
    <li><a href="/no/tema/id208/">Tema</a></li><li><a href="/no/dep/id933/">Departementene</a></li>
    <li><a href="/no/aktuelt/id1150/">Aktuelt</a></li><li class="active"><a href="/no/dokumenter/id2000006/">Dokumenter</a></li>
  </ul></nav>
  <a class="lang" href="/en/id4/">English</a>
</header>`;

const footer = `<footer class="site-footer">
  <p>Regjeringen.no er regjeringens og departementenes felles nettsted. Ansvarlig redaktør: Kommunikasjonssjef i Statsministerens kontor.</p>
  <ul><li><a href="/no/om-regjeringen.no/personvern/id2353986/">Personvern</a></li><li><a href="/no/om-regjeringen.no/tilgjengelighet/id2628744/">Tilgjengelighetserklæring</a></li></ul>
</footer>`;

function listingPage(page: number, state: ReplicaState): string {
  const pages = pagesOf(state.day, state.today);
  const items = pages[page - 1] ?? [];
  const nextHref = page < pages.length ? `https://www.regjeringen.no${LISTING_PATH}/?page=${page + 1}` : null;
  const prevHref = page > 1 ? `https://www.regjeringen.no${LISTING_PATH}/${page === 2 ? '' : `?page=${page - 1}`}` : null;
  const head = [
    `<link rel="canonical" href="https://www.regjeringen.no${LISTING_PATH}/${page > 1 ? `?page=${page}` : ''}">`,
    prevHref ? `<link rel="prev" href="${prevHref}">` : '',
    nextHref ? `<link rel="next" href="${nextHref}">` : '',
  ]
    .filter((l) => l !== '')
    .join('\n');
  const list = items
    .map(
      (item) => `<li class="listItem">
  <h2 class="title"><a href="${item.href}">${escapeHtml(item.title)}</a></h2>
  <div class="info">
    <span class="date">${item.dateText}</span>
    <span class="type">${escapeHtml(item.type)}</span>
    <span class="department">${escapeHtml(item.department)}</span>
  </div>
  <p class="excerpts">${escapeHtml(item.summary)}</p>
</li>`,
    )
    .join('\n');
  const main = `<h1>Dokumenter</h1>
<div class="filters"><a href="/no/dokumenter/id2000006/?documenttype=dokumenter/pressemeldinger">Pressemeldinger</a> <a href="/no/dokumenter/id2000006/?documenttype=dokumenter/hoeringer">Høringer</a></div>
<p class="result-count">Viser ${items.length} av ${pages.flat().length} treff</p>
<ul class="listing" id="searchResultsListing">
${list}
</ul>
<nav class="pagination" aria-label="Sidenavigasjon">
  ${prevHref ? `<a class="prev" href="${prevHref}">Forrige</a>` : ''}
  <span class="current">Side ${page} av ${pages.length}</span>
  ${nextHref ? `<a class="next" href="${nextHref}">Neste</a>` : ''}
</nav>`;
  return renderPage({ lang: 'nb', title: 'Dokumenter - regjeringen.no', charset: null, head, header, main, footer });
}

function documentPage(item: RegjeringenListed): string {
  const main = `<article class="article">
  <div class="article-info"><span class="type">${escapeHtml(item.type)}</span> | <span class="date">Dato: ${item.dateText}</span> | <span class="department">${escapeHtml(item.department)}</span></div>
  <h1>${escapeHtml(item.title)}</h1>
  <div class="article-ingress"><p>${escapeHtml(item.summary)}</p></div>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - regjeringen.no`, charset: null, header, main, footer });
}

export const regjeringen: ReplicaSite = {
  name: 'regjeringen',
  hosts: ['www.regjeringen.no', 'regjeringen.no'],
  handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
    if (request.path === '/robots.txt') return textResponse(REGJERINGEN_ROBOTS);
    const path = trimSlash(request.path);
    if (path === LISTING_PATH) {
      const page = Math.max(1, Number.parseInt(request.query.get('page') ?? '1', 10) || 1);
      return htmlResponse(encodeLatin1(listingPage(page, state)), { contentType: CONTENT_TYPE });
    }
    const doc = regjeringenListing(state.day, state.today).find((item) => trimSlash(item.href) === path);
    return doc ? htmlResponse(encodeLatin1(documentPage(doc)), { contentType: CONTENT_TYPE }) : null;
  },
};
