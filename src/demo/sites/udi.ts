/**
 * UDI (www.udi.no): the news listing "Aktuelt". Little is known (docs/sources.md): the site runs
 * Episerver/Optimizely and its Ukraine pages live under `/krisen-i-ukraina/…` (the seed issue);
 * the news listing URL `/aktuelt/` and the article shape `/aktuelt/<slug>/` are not confirmed by
 * any copy. The markup below is invented (each teaser is one link wrapping its heading, a common
 * Episerver card), and the shipped config relies on the article URL shape only.
 */
import type { ReplicaSite } from '../types.js';
import { articleListing, makeArticleListingSite, type ArticleListed, type ArticleListingShape } from './article-listing.js';
import {
  escapeHtml,
  formatDate,
  renderPage,
  type TableItem,
} from './common.js';

export const UDI_LISTING_URL = 'https://www.udi.no/aktuelt/';
const SITE = 'https://www.udi.no';
const LISTING_PATH = '/aktuelt/';

export const udiItems: TableItem[] = [
  {
    title: 'Flyktninger fra Ukraina: slik kan du få hjelp hvis du blir utnyttet',
    slug: 'slik-kan-du-fa-hjelp-hvis-du-blir-utnyttet', daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'UDI har sammen med politiet, Bufdir og Helsedirektoratet laget informasjon på ukrainsk og russisk om vold, tvang og utnytting.',
  },
  {
    title: 'Lengre saksbehandlingstid for søknader om familieinnvandring',
    daysAgo: 1, onTopic: false,
    summary: 'Mange søknader gjør at det tar lengre tid å behandle saker om familieinnvandring i sommer.',
  },
  {
    title: 'Nye informasjonsplakater til ankomstsentre og mottak',
    daysAgo: 3, onTopic: true,
    summary: 'Plakatene skal nå flyktninger fra Ukraina som kan være utsatt for menneskehandel, og henviser til hjelpetelefoner.',
  },
  {
    title: 'Endringer i reglene for visum til studenter',
    daysAgo: 5, onTopic: false,
    summary: 'Fra 1. august gjelder nye krav til dokumentasjon av studieplass og økonomi.',
  },
  {
    title: 'Økt kapasitet i asylmottak for enslige mindreårige',
    daysAgo: 8, onTopic: true,
    summary: 'UDI oppretter flere plasser i mottak for enslige mindreårige asylsøkere mellom 15 og 18 år.',
  },
  {
    title: 'Ny løsning for timebestilling hos politiet',
    daysAgo: 11, onTopic: false,
    summary: 'Søkere som skal levere dokumenter, bestiller nå time i samme løsning som søknaden.',
  },
  {
    title: 'Kollektiv beskyttelse: tall for mai',
    daysAgo: 15, onTopic: true,
    summary: 'Over 3000 flyktninger fra Ukraina søkte om kollektiv beskyttelse i mai.',
  },
  {
    title: 'Driftsmelding: søknadsportalen er ustabil',
    daysAgo: 18, onTopic: false,
    summary: 'Vi jobber med å rette feilen. Søknader som er sendt inn, er ikke berørt.',
  },
];

export type UdiListed = ArticleListed;

const SHAPE: ArticleListingShape = { site: SITE, listingPath: LISTING_PATH, dateText: formatDate.dottedPadded };

export function udiListing(table: readonly TableItem[], day: number, today: Date): UdiListed[] {
  return articleListing(table, day, today, SHAPE);
}

const header = `<header class="header">
  <a class="header__logo" href="/"><img src="/Static/img/udi-logo.svg" alt="Utlendingsdirektoratet"></a>
  <nav class="header__nav" aria-label="Meny"><ul>
    <li><a href="/onsker-a-soke/">Ønsker å søke</a></li><li><a href="/har-sokt/">Har søkt</a></li><li><a href="/fatt-svar/">Fått svar</a></li>
    <li><a href="/krisen-i-ukraina/">Krisen i Ukraina</a></li><li><a href="/asylmottak/">Asylmottak</a></li>
  </ul></nav>
  <a class="header__language" href="/en/">English</a>
</header>
<div class="alert-banner"><a href="/krisen-i-ukraina/">Informasjon til deg som har flyktet fra Ukraina</a></div>`;

const footer = `<footer class="footer"><p>Utlendingsdirektoratet · Postboks 2098 Vika · 0125 Oslo</p>
<ul><li><a href="/om-udi/personvern/">Personvern</a></li><li><a href="/om-udi/kontakt-udi/">Kontakt UDI</a></li></ul></footer>`;

function listingPage(items: UdiListed[]): string {
  const main = `<nav class="breadcrumb"><a href="/">Forside</a> / <span>Aktuelt</span></nav>
<h1>Aktuelt</h1>
<div class="news-cards">
${items
  .map(
    (item) => `  <div class="news-card">
    <a class="news-card__link" href="${escapeHtml(item.path)}"><h2 class="news-card__title">${escapeHtml(item.title)}</h2></a>
    <span class="news-card__date">${item.dateText}</span>
    <p class="news-card__intro">${escapeHtml(item.summary)}</p>
  </div>`,
  )
  .join('\n')}
</div>
<p><a href="/statistikk-og-analyse/">Statistikk og analyse</a></p>`;
  return renderPage({ lang: 'nb', title: 'Aktuelt - UDI', header, main, footer });
}

function articlePage(item: UdiListed): string {
  const head = [
    `<meta name="description" content="${escapeHtml(item.summary)}">`,
    `<meta property="og:title" content="${escapeHtml(item.title)}">`,
  ].join('\n');
  const main = `<article>
  <h1>${escapeHtml(item.title)}</h1>
  <p class="published">Publisert ${item.dateText}</p>
  <p class="intro">${escapeHtml(item.summary)}</p>
  <p>Les mer på <a href="/krisen-i-ukraina/">UDIs sider om krisen i Ukraina</a>.</p>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - UDI`, head, header, main, footer });
}

/** The udi.no replica serving `table`: the news listing and one page per article. */
export function makeUdiSite(table: readonly TableItem[]): ReplicaSite {
  return makeArticleListingSite(table, { name: 'udi', hosts: ['www.udi.no', 'udi.no'], shape: SHAPE, listingPage, articlePage: articlePage });
}

export const udi: ReplicaSite = makeUdiSite(udiItems);
