/**
 * menneskertilsalgs.no — RVTS Øst's knowledge portal on human trafficking (built by RVTS Sør).
 * Known (docs/sources.md): webinar recordings at `/ressurser/webinarer/<slug>/` (the seed issue),
 * content pages with trailing slashes (`/om-nettressursen/`, `/allerede-bekymret/politiet/`,
 * `/om-menneskehandel/migrasjon-og-utnyttelse/<slug>/`, stored copies). Not known: the webinar
 * listing itself (the articles' parent path `/ressurser/webinarer/` is assumed), its markup, the
 * CMS, and where a page says when it was published. This replica's listing shows no date; each
 * webinar page says "Publisert 21. april 2022" under its title, so the source reads dates from
 * the pages (`detail`). The shipped config relies on the URL shape only.
 */
import type { ReplicaSite } from '../types.js';
import { articleListing, makeArticleListingSite, type ArticleListed, type ArticleListingShape } from './article-listing.js';
import {
  escapeHtml,
  formatDate,
  renderPage,
  type TableItem,
} from './common.js';

export const RVTS_OST_LISTING_URL = 'https://menneskertilsalgs.no/ressurser/webinarer/';
const SITE = 'https://menneskertilsalgs.no';
const LISTING_PATH = '/ressurser/webinarer/';

export const rvtsOstItems: TableItem[] = [
  {
    title: 'Webinar: Barn som utnyttes til kriminalitet',
    slug: 'barn-som-utnyttes-til-kriminalitet', daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'Opptak fra webinar om hvordan barnevern og politi kan avdekke at barn og unge utnyttes til vinningskriminalitet og narkotikasalg.',
  },
  {
    title: 'Webinar: Utnyttelse av sårbare personer – ukrainske flyktninger',
    slug: 'utnyttelse-av-ukrainske-flyktninger-20-04-22', daysAgo: 5, onTopic: true,
    summary: 'Opptak fra webinar for kommunalt ansatte om risiko for utnyttelse og menneskehandel, med særskilt fokus på ukrainske flyktninger.',
  },
  {
    title: 'Webinar: Traumebevisst omsorg i barnehagen',
    slug: 'traumebevisst-omsorg-i-barnehagen', daysAgo: 12, onTopic: false,
    summary: 'Opptak fra RVTS Østs webinar for barnehageansatte om traumebevisst omsorg i hverdagen.',
  },
  {
    title: 'Webinar: Tvangsarbeid og arbeidsutnyttelse – tegn og indikatorer',
    slug: 'tvangsarbeid-og-arbeidsutnyttelse', daysAgo: 26, onTopic: true,
    summary: 'Hvordan kan helse- og sosialarbeidere oppdage at en pasient eller bruker er utsatt for tvangsarbeid?',
  },
  {
    title: 'Webinar: Selvivaretakelse for hjelpere',
    slug: 'selvivaretakelse-for-hjelpere', daysAgo: 40, onTopic: false,
    summary: 'Om sekundærtraumatisering og hvordan hjelpere kan ta vare på seg selv i krevende arbeid.',
  },
  {
    title: 'Webinar: Menneskehandel og prostitusjon – hvordan hjelpe?',
    slug: 'menneskehandel-og-prostitusjon-hvordan-hjelpe', daysAgo: 61, onTopic: true,
    summary: 'Pro Sentret, ROSA og RVTS Øst om oppfølging av personer som kan være utsatt for menneskehandel i prostitusjon.',
  },
];

export type RvtsOstListed = ArticleListed;

const SHAPE: ArticleListingShape = { site: SITE, listingPath: LISTING_PATH, dateText: formatDate.norwegian };

export function rvtsOstListing(table: readonly TableItem[], day: number, today: Date): RvtsOstListed[] {
  return articleListing(table, day, today, SHAPE);
}

const header = `<header class="portal-header">
  <a class="portal-header__logo" href="/">Mennesker til salgs</a>
  <nav aria-label="Hovedmeny"><ul>
    <li><a href="/om-menneskehandel/">Om menneskehandel</a></li><li><a href="/allerede-bekymret/">Allerede bekymret?</a></li>
    <li><a href="/er-situasjonen-akutt/">Er situasjonen akutt?</a></li><li class="current"><a href="/ressurser/">Ressurser</a></li>
  </ul></nav>
</header>`;

const footer = `<footer class="portal-footer"><p>Nettressursen er utviklet av RVTS Øst i samarbeid med RVTS Sør.</p>
<ul><li><a href="/om-nettressursen/">Om nettressursen</a></li><li><a href="https://www.rvtsost.no/">RVTS Øst</a></li></ul></footer>`;

function listingPage(items: RvtsOstListed[]): string {
  const main = `<nav class="breadcrumbs"><a href="/">Forside</a> › <a href="/ressurser/">Ressurser</a> › <span>Webinarer</span></nav>
<h1>Webinarer</h1>
<p>Opptak av webinarer om menneskehandel og utnyttelse fra RVTS Øst og samarbeidspartnere.</p>
<ul class="resource-nav"><li><a href="/ressurser/filmer/">Filmer</a></li><li><a href="/ressurser/rapporter/">Rapporter</a></li><li><a href="/ressurser/artikler/">Artikler</a></li></ul>
<div class="resource-list">
${items
  .map(
    (item) => `  <div class="resource">
    <h2 class="resource__title"><a href="${escapeHtml(item.path)}">${escapeHtml(item.title)}</a></h2>
    <p class="resource__excerpt">${escapeHtml(item.summary)}</p>
    <a class="resource__more" href="${escapeHtml(item.path)}">Se opptak</a>
  </div>`,
  )
  .join('\n')}
</div>`;
  return renderPage({ lang: 'nb', title: 'Webinarer - Mennesker til salgs', header, main, footer });
}

function webinarPage(item: RvtsOstListed): string {
  const head = `<meta property="og:title" content="${escapeHtml(item.title)}">\n<meta name="description" content="${escapeHtml(item.summary)}">`;
  const main = `<article class="resource-page">
  <h1>${escapeHtml(item.title)}</h1>
  <p class="resource-page__published">Publisert ${item.dateText}</p>
  <p>${escapeHtml(item.summary)}</p>
  <div class="video"><iframe title="Opptak" src="https://player.vimeo.com/video/700000000" loading="lazy"></iframe></div>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - Mennesker til salgs`, head, header, main, footer });
}

/** The menneskertilsalgs.no replica serving `table`: the webinar listing and one page per webinar. */
export function makeRvtsOstSite(table: readonly TableItem[]): ReplicaSite {
  return makeArticleListingSite(table, { name: 'rvts-ost', hosts: ['menneskertilsalgs.no', 'www.menneskertilsalgs.no'], shape: SHAPE, listingPage, articlePage: webinarPage });
}

export const rvtsOst: ReplicaSite = makeRvtsOstSite(rvtsOstItems);
