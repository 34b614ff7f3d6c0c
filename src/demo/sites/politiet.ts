/**
 * Politiet (www.politiet.no): the national news listing "Aktuelt" at
 * `/aktuelt-tall-og-fakta/aktuelt/`. What is known (docs/sources.md): news articles live at
 * `/aktuelt-tall-og-fakta/aktuelt/nyheter/YYYY/MM/DD/<slug>/` (the seed issue, a stored article
 * page); the listing URL is the one a public scraper reads ("HTML page works, RSS feed broken");
 * the site runs Episerver/Optimizely (`/globalassets/…` documents in the seed issue). The
 * listing's markup is not known: the class names below are invented, and the shipped config
 * relies on the article URL shape only. The date on the listing ("30.06.2022") is a guess too;
 * the article page repeats it under the title.
 *
 * Clutter a real police listing carries: district filter links (`?district=…`), links to
 * services, advice pages and PDF reports under `/globalassets/`, none of them news articles.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  formatDate,
  htmlResponse,
  isoDay,
  renderPage,
  slugOf,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';

export const POLITIET_LISTING_URL = 'https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/';
const SITE = 'https://www.politiet.no';
const LISTING_PATH = '/aktuelt-tall-og-fakta/aktuelt/';
const NEWS_PREFIX = '/aktuelt-tall-og-fakta/aktuelt/nyheter/';

export interface PolitietItem extends TableItem {
  /** The district or unit that published it (default: Politidirektoratet). */
  unit?: string;
}

export const politietItems: PolitietItem[] = [
  {
    title: 'Politiet avdekket grov utnyttelse av arbeidere på byggeplass',
    daysAgo: 0, fromDay: 2, unit: 'Øst politidistrikt', onTopic: true,
    summary: 'Etter en felles kontroll med Arbeidstilsynet og Skatteetaten er to personer siktet for menneskehandel og tvangsarbeid.',
  },
  {
    title: 'Trafikkontroller langs E6 i helgen',
    daysAgo: 1, unit: 'Innlandet politidistrikt', onTopic: false,
    summary: 'Politiet og Statens vegvesen gjennomfører kontroller av tungtransport og fart.',
  },
  {
    title: 'Menneskehandel er et fagfelt med særlige forpliktelser til samarbeid',
    slug: 'menneskehandel-er-et-fagfelt-med-sarlige-forpliktelser-til-samarbeid',
    daysAgo: 2, unit: 'Politidirektoratet', onTopic: true,
    summary: 'KOMs tilstandsrapport for 2021 gir en oversikt over den nasjonale situasjonen på menneskehandelområdet, også for flyktninger fra Ukraina.',
  },
  {
    title: 'Ny politistasjon åpnet i Sandnes',
    daysAgo: 4, unit: 'Sør-Vest politidistrikt', onTopic: false,
    summary: 'Den nye stasjonen samler politiet i Sandnes og Gjesdal under ett tak.',
  },
  {
    title: 'Informasjonsvideoer til ukrainske flyktninger om risiko for utnyttelse',
    slug: 'informasjonsvideoer-til-ukrainske-flyktninger',
    daysAgo: 6, unit: 'Politidirektoratet', onTopic: true,
    summary: 'Politiet har laget filmer på ukrainsk og russisk som forteller flyktninger hvor de kan få hjelp om de blir utsatt for utnyttelse.',
  },
  {
    title: 'Politiet søker vitner etter brann i Bergen sentrum',
    daysAgo: 7, unit: 'Vest politidistrikt', onTopic: false,
    summary: 'Brannen startet natt til søndag i et bolighus i Marken.',
  },
  {
    title: 'Færre anmeldelser av vinningskriminalitet første tertial',
    daysAgo: 10, unit: 'Politidirektoratet', onTopic: false,
    summary: 'Tallene for første tertial viser en nedgang i anmeldte tyverier og innbrudd.',
  },
  {
    title: 'Kripos: økt risiko for seksuell utnyttelse av kvinner på flukt',
    daysAgo: 13, unit: 'Kripos', onTopic: true,
    summary: 'Kripos ber publikum tipse politiet om mulig menneskehandel og prostitusjon der flyktninger utnyttes.',
  },
  {
    title: 'Nye passkontor åpner i Nordland',
    daysAgo: 17, unit: 'Nordland politidistrikt', onTopic: false,
    summary: 'Fra mandag kan innbyggerne bestille time til pass og ID-kort på tre nye steder.',
  },
  {
    title: 'Oversikt over rettsavgjørelser om menneskehandel per 30. april',
    slug: 'oversikt-over-rettsavgjorelser-om-menneskehandel',
    daysAgo: 21, unit: 'Politidirektoratet', onTopic: true,
    summary: 'KOM har oppdatert oversikten over straffesaker, utlendingssaker og dommer fra EMD om menneskehandel.',
  },
];

/** `/aktuelt-tall-og-fakta/aktuelt/nyheter/2022/06/30/<slug>/`: the date is part of the path. */
export function politietPath(item: TableItem, today: Date): string {
  const [year, month, day] = isoDay(dating(today, item).day).split('-');
  return `${NEWS_PREFIX}${year}/${month}/${day}/${slugOf(item)}/`;
}

export interface PolitietListed extends ListedItem {
  href: string;
  unit: string;
  dateText: string;
}

/** What the listing shows on `day`, newest first. */
export function politietListing(table: readonly PolitietItem[], day: number, today: Date): PolitietListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const href = politietPath(item, today);
    return {
      title: item.title,
      url: `${SITE}${href}`,
      href,
      unit: item.unit ?? 'Politidirektoratet',
      dateText: formatDate.dottedPadded(when.day),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

const header = `<div class="cookie-consent" role="dialog" aria-label="Informasjonskapsler"><p>Politiet.no bruker informasjonskapsler.</p><button>Godta alle</button> <button>Kun nødvendige</button></div>
<a class="skip-link" href="#main-content">Gå til hovedinnhold</a>
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="/static/img/politiet-logo.svg" alt="Politiet"></a>
  <nav class="site-nav" aria-label="Hovedmeny"><ul>
    <li><a href="/tjenester/">Tjenester</a></li><li><a href="/rad/">Råd og forebygging</a></li>
    <li class="active"><a href="/aktuelt-tall-og-fakta/">Aktuelt, tall og fakta</a></li><li><a href="/om-politiet/">Om politiet</a></li>
    <li><a href="/kontakt-politiet/">Kontakt politiet</a></li>
  </ul></nav>
  <a class="site-header__lang" href="/en/">English</a>
</header>`;

const footer = `<footer class="site-footer">
  <p>Nødnummer 112 · Politiets sentralbord 02800</p>
  <ul><li><a href="/om-politiet/personvern/">Personvern</a></li><li><a href="/om-politiet/tilgjengelighetserklaering/">Tilgjengelighetserklæring</a></li>
  <li><a href="https://www.facebook.com/politiet">Facebook</a></li><li><a href="https://twitter.com/politietnorge">Twitter</a></li></ul>
</footer>`;

const DISTRICTS = ['oslo', 'ost', 'innlandet', 'vest', 'sor-vest', 'nordland'];

function listingPage(items: PolitietListed[]): string {
  const main = `<nav class="breadcrumbs" aria-label="Brødsmuler"><a href="/">Forside</a> › <a href="/aktuelt-tall-og-fakta/">Aktuelt, tall og fakta</a> › <span>Aktuelt</span></nav>
<h1>Aktuelt</h1>
<div class="filter" aria-label="Filtrer på politidistrikt">${DISTRICTS.map((d) => `<a class="filter__option" href="${LISTING_PATH}?district=${d}">${d}</a>`).join(' ')}</div>
<aside class="related"><h2>Menneskehandel</h2><ul>
  <li><a href="/rad/menneskehandel/slik-jobber-politiet-for-a-bekjempe-menneskehandel/">Slik jobber politiet for å bekjempe menneskehandel</a></li>
  <li><a href="/globalassets/03-rad-og-forebygging/menneskehandel/rapport-fra-koordineringsenheten-for-ofre-for-menneskehandel-2021.pdf">KOM tilstandsrapport 2021 (PDF)</a></li>
  <li><a href="/aktuelt-tall-og-fakta/tall-og-fakta/">Tall og fakta</a></li>
</ul></aside>
<ul class="news-list">
${items
  .map(
    (item) => `  <li class="news-list__item"><article class="news-teaser">
    <p class="news-teaser__meta"><span class="news-teaser__unit">${escapeHtml(item.unit)}</span> · <time datetime="${item.publishedDay}">${item.dateText}</time></p>
    <h2 class="news-teaser__title"><a href="${escapeHtml(item.href)}">${escapeHtml(item.title)}</a></h2>
    <p class="news-teaser__ingress">${escapeHtml(item.summary)}</p>
  </article></li>`,
  )
  .join('\n')}
</ul>
<a class="button button--more" href="${LISTING_PATH}?page=2">Vis flere</a>`;
  return renderPage({ lang: 'nb', title: 'Aktuelt - Politiet', header, main, footer });
}

function articlePage(item: PolitietListed): string {
  const head = [
    `<meta name="description" content="${escapeHtml(item.summary)}">`,
    `<meta property="og:title" content="${escapeHtml(item.title)}">`,
    `<meta property="og:description" content="${escapeHtml(item.summary)}">`,
    `<meta property="og:url" content="${escapeHtml(item.url)}">`,
    '<meta property="og:site_name" content="Politiet">',
  ].join('\n');
  const main = `<article class="article">
  <h1>${escapeHtml(item.title)}</h1>
  <p class="article__meta">Publisert ${item.dateText} · ${escapeHtml(item.unit)}</p>
  <p class="article__ingress">${escapeHtml(item.summary)}</p>
  <p>Spørsmål fra presse kan rettes til politiets pressevakt.</p>
  <p class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(item.url)}">Del på Facebook</a></p>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - Politiet`, head, header, main, footer });
}

/** The politiet.no replica serving `table`: the listing and one page per news article. */
export function makePolitietSite(table: readonly PolitietItem[]): ReplicaSite {
  return {
    name: 'politiet',
    hosts: ['www.politiet.no', 'politiet.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const items = politietListing(table, state.day, state.today);
      // Filtered listings (?district=, ?page=) are not part of the replica: left to the core.
      if (request.path === LISTING_PATH || request.path === LISTING_PATH.slice(0, -1)) {
        return request.query.size === 0 ? htmlResponse(listingPage(items)) : null;
      }
      const item = items.find((i) => i.href === request.path);
      return item ? htmlResponse(articlePage(item)) : null;
    },
  };
}

export const politiet: ReplicaSite = makePolitietSite(politietItems);
