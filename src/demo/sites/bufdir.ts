/**
 * Bufdir (www.bufdir.no): the news listing "Aktuelt". Known (docs/sources.md): news articles at
 * `/aktuelt/<slug>/` (public code linking them, also under `/aktuelt/nyhetsbrev/<list>/<slug>/`),
 * documents under `/siteassets/…` (Episerver/Optimizely). The listing's URL `/aktuelt/` is the
 * articles' parent path, not confirmed, and its markup is invented: the shipped config relies on
 * the article URL shape only. Dates are written "8. juni 2022" (L).
 */
import type { ReplicaSite } from '../types.js';
import { articleListing, makeArticleListingSite, type ArticleListed, type ArticleListingShape } from './article-listing.js';
import {
  escapeHtml,
  formatDate,
  renderPage,
  type TableItem,
} from './common.js';

export const BUFDIR_LISTING_URL = 'https://www.bufdir.no/aktuelt/';
const SITE = 'https://www.bufdir.no';
const LISTING_PATH = '/aktuelt/';

export const bufdirItems: TableItem[] = [
  {
    title: 'Oversikt over tiltak mot menneskehandel for flyktninger fra Ukraina',
    slug: 'tiltak-mot-menneskehandel-for-flyktninger-fra-ukraina', daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'Direktoratene og KOM har lagt fram en oversikt over gjennomførte og anbefalte tiltak for å redusere risikoen for utnytting.',
  },
  {
    title: 'Nye satser for fosterhjemsgodtgjøring',
    daysAgo: 2, onTopic: false,
    summary: 'KS og Bufdir har blitt enige om nye veiledende satser fra 1. juli.',
  },
  {
    title: 'Mindreårige ofre for menneskehandel: ny veileder for barnevernet',
    daysAgo: 4, onTopic: true,
    summary: 'Veilederen gir råd om identifisering og oppfølging av barn som kan være utsatt for menneskehandel.',
  },
  {
    title: 'Søk tilskudd til fritidsaktiviteter for barn og unge',
    daysAgo: 6, onTopic: false,
    summary: 'Kommuner og frivillige organisasjoner kan søke om midler til inkluderende fritidstilbud.',
  },
  {
    title: 'Kommunene får råd om oppfølging av enslige mindreårige fra Ukraina',
    daysAgo: 9, onTopic: true,
    summary: 'Bufdir har sendt ut råd om bosetting og omsorg for enslige mindreårige flyktninger fra Ukraina.',
  },
  {
    title: 'Familievernet åpner for digitale samtaler',
    daysAgo: 12, onTopic: false,
    summary: 'Nå kan du velge video når du har time hos familievernkontoret.',
  },
  {
    title: 'Nasjonal veiledningsfunksjon: flere henvendelser om mulig utnyttelse av barn',
    daysAgo: 16, onTopic: true,
    summary: 'Veiledningsfunksjonen for saker om mindreårige ofre for menneskehandel fikk dobbelt så mange henvendelser i første halvår.',
  },
  {
    title: 'Statistikk: barnevernet i 2021',
    daysAgo: 20, onTopic: false,
    summary: 'Færre barn fikk tiltak fra barnevernet i 2021 enn året før.',
  },
];

export type BufdirListed = ArticleListed;

const SHAPE: ArticleListingShape = { site: SITE, listingPath: LISTING_PATH, dateText: formatDate.norwegian };

export function bufdirListing(table: readonly TableItem[], day: number, today: Date): BufdirListed[] {
  return articleListing(table, day, today, SHAPE);
}

const header = `<header class="site-header">
  <a href="/" class="logo"><img src="/siteassets/logo/bufdir-logo.svg" alt="Bufdir"></a>
  <nav aria-label="Hovedmeny"><ul>
    <li><a href="/barnevern/">Barnevern</a></li><li><a href="/vold/">Vold og overgrep</a></li>
    <li><a href="/familie/">Familie</a></li><li><a href="/menneskehandel/">Menneskehandel</a></li>
  </ul></nav>
  <ul class="languages"><li><a href="/en/">English</a></li><li><a href="/nn/">Nynorsk</a></li></ul>
</header>`;

const footer = `<footer class="site-footer"><p>Barne-, ungdoms- og familiedirektoratet · Postboks 2233 · 3103 Tønsberg</p>
<ul><li><a href="/aktuelt/nyhetsbrev/">Abonner på nyhetsbrev</a></li><li><a href="/om/personvern/">Personvern</a></li><li><a href="/om/kontakt/">Kontakt oss</a></li></ul></footer>`;

function listingPage(items: BufdirListed[]): string {
  const main = `<h1>Aktuelt</h1>
<p class="lead">Nyheter fra Barne-, ungdoms- og familiedirektoratet.</p>
<section class="article-list">
${items
  .map(
    (item) => `  <article class="teaser">
    <h3 class="teaser__heading"><a href="${escapeHtml(item.path)}">${escapeHtml(item.title)}</a></h3>
    <p class="teaser__date">${item.dateText}</p>
    <p class="teaser__text">${escapeHtml(item.summary)}</p>
  </article>`,
  )
  .join('\n')}
</section>`;
  return renderPage({ lang: 'nb', title: 'Aktuelt | Bufdir', header, main, footer });
}

function articlePage(item: BufdirListed): string {
  const head = [
    `<meta name="description" content="${escapeHtml(item.summary)}">`,
    `<meta property="og:title" content="${escapeHtml(item.title)}">`,
  ].join('\n');
  const main = `<article>
  <h1>${escapeHtml(item.title)}</h1>
  <p class="article-date">Publisert ${item.dateText}</p>
  <p class="ingress">${escapeHtml(item.summary)}</p>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} | Bufdir`, head, header, main, footer });
}

/** The bufdir.no replica serving `table`: the news listing and one page per article. */
export function makeBufdirSite(table: readonly TableItem[]): ReplicaSite {
  return makeArticleListingSite(table, { name: 'bufdir', hosts: ['www.bufdir.no', 'bufdir.no'], shape: SHAPE, listingPage, articlePage: articlePage });
}

export const bufdir: ReplicaSite = makeBufdirSite(bufdirItems);
