/**
 * HEUNI (heuni.fi): the Finnish government's Liferay platform, server-rendered. Known from
 * stored copies (docs/sources.md): articles at `https://heuni.fi/-/<slug>`, the item header
 * "13.3.2024 | News item" (d.m.yyyy). The listing's URL and class names are not known: the
 * replica uses Liferay's own Asset Publisher class names, and the shipped config relies on the
 * article URL shape only. `/sitemap.xml` is a sitemap index (news + pages); no real sitemap was
 * seen either.
 *
 * Day 2: the listing is redesigned: same content, new class names (stands for a real site
 * relaunch). A source configured by link pattern must not notice. Article pages and the sitemap
 * keep working.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  formatDate,
  htmlResponse,
  isoOslo,
  renderPage,
  slugOf,
  trimSlash,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const HEUNI_LISTING_URL = 'https://heuni.fi/news';
export const HEUNI_SITEMAP_URL = 'https://heuni.fi/sitemap.xml';
const LISTING_PATH = '/news';
/** The listing shows this many items; older ones are only in the sitemap. */
export const HEUNI_LISTING_SIZE = 8;
/** The day the listing's markup changes. */
export const HEUNI_LAYOUT_CHANGE_DAY = 2;

export interface HeuniItem extends TableItem {
  type: 'News item' | 'Publication' | 'Event';
}

export const heuniItems: HeuniItem[] = [
  {
    title: 'HEUNI study maps labour trafficking risks in seasonal agricultural work',
    slug: 'heuni-study-maps-labour-trafficking-risks-in-seasonal-agricultural-work', daysAgo: 0, fromDay: 2,
    type: 'News item', onTopic: true,
    summary: 'The study shows how recruitment fees and debt expose seasonal workers to exploitation and human trafficking in Finland.',
  },
  {
    title: 'New cooperation model for the prevention and supervision of the exploitation of migrant workers',
    slug: 'new-cooperation-model-for-the-prevention-and-supervision-of-the-exploitation-of-migrant-workers', daysAgo: 2,
    type: 'Publication', onTopic: true,
    summary: 'The report proposes a model for cooperation between authorities to prevent labour exploitation of migrant workers.',
  },
  {
    title: 'European Sourcebook of Crime and Criminal Justice Statistics – 7th edition published',
    slug: 'european-sourcebook-7th-edition', daysAgo: 7, type: 'Publication', onTopic: false,
    summary: 'The Sourcebook presents crime and criminal justice data from 40 European countries.',
  },
  {
    title: 'New study aims to improve detection of human trafficking',
    slug: 'new-study-aims-to-improve-detection-of-human-trafficking', daysAgo: 11, type: 'News item', onTopic: true,
    summary: 'Commissioned by the Ministry of the Interior, the study looks at how authorities detect trafficking for sexual and labour exploitation.',
  },
  {
    title: 'HEUNI at the UN Commission on Crime Prevention and Criminal Justice',
    slug: 'heuni-at-the-un-commission-on-crime-prevention-and-criminal-justice', daysAgo: 19, type: 'Event', onTopic: false,
    summary: 'HEUNI organised a side event on crime statistics in Vienna.',
  },
  {
    title: 'Policy brief: Residence permits on humanitarian grounds – a means of protection for migrant victims of trafficking in the EU',
    slug: 'policy-brief-consigny', daysAgo: 26, type: 'Publication', onTopic: true,
    summary: 'The brief compares how EU Member States grant residence permits to victims of trafficking.',
  },
  {
    title: 'Vacancy: Senior Programme Officer',
    slug: 'vacancy-senior-programme-officer', daysAgo: 38, type: 'News item', onTopic: false,
    summary: 'HEUNI is looking for a Senior Programme Officer for a fixed-term position.',
  },
  {
    title: 'HEUNI Report Series No. 99b: Ihmiskaupan uhrien tunnistaminen sosiaali- ja terveydenhuollossa',
    slug: 'heuni-report-series-no-99b', daysAgo: 50, type: 'Publication', onTopic: true,
    summary: 'Raportti käsittelee ihmiskaupan uhrien tunnistamista ja hyväksikäytön merkkejä sosiaali- ja terveyspalveluissa.',
  },
  {
    title: 'Annual report 2025',
    slug: 'annual-report-2025', daysAgo: 70, type: 'Publication', onTopic: false,
    summary: 'An overview of HEUNI’s activities during the year.',
  },
  {
    title: 'Webinar: Preventing labour exploitation in public procurement',
    slug: 'webinar-preventing-labour-exploitation-in-public-procurement', daysAgo: 95, type: 'Event', onTopic: true,
    summary: 'Recording and slides from the webinar on responsible public procurement.',
  },
];

/** Site pages that are not articles: in the sitemap, excluded by the source's `/-/` filter. */
const PAGES = ['/', '/news', '/publications', '/about-heuni', '/contact', '/projects'];

export interface HeuniListed extends ListedItem {
  dateText: string;
  type: string;
  lastmod: string;
}

/** Every article on `day`, newest first (what the sitemap holds). */
export function heuniArticles(day: number, today: Date, table: readonly HeuniItem[] = heuniItems): HeuniListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: `https://heuni.fi/-/${slugOf(item)}`,
      publishedDay: when.publishedDay,
      dateText: formatDate.dotted(when.day),
      type: item.type,
      lastmod: isoOslo(when.at),
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

/** What the news listing shows on `day` (whatever its markup). */
export function heuniListing(day: number, today: Date, table: readonly HeuniItem[] = heuniItems): HeuniListed[] {
  return heuniArticles(day, today, table).slice(0, HEUNI_LISTING_SIZE);
}

const header = `<div class="cookie-notice" role="region" aria-label="Cookies">heuni.fi uses cookies. <a href="/cookies">Read more about cookies</a> <button class="btn btn-primary">Accept all</button> <button class="btn">Only necessary</button></div>
<a class="sr-only sr-only-focusable" href="#main-content">Skip to content</a>
<header class="site-header" id="banner">
  <a class="brand" href="/"><img src="/o/vnk-theme/images/heuni-logo.svg" alt="HEUNI – European Institute for Crime Prevention and Control"></a>
  <nav class="main-navigation" aria-label="Main"><ul>
    <li><a href="/about-heuni">About HEUNI</a></li><li><a href="/projects">Projects</a></li>
    <li><a href="/publications">Publications</a></li><li class="selected"><a href="/news">News</a></li>
  </ul></nav>
  <div class="language-selector"><a href="/fi" lang="fi">Suomeksi</a> <a href="/sv" lang="sv">På svenska</a></div>
</header>`;

const footer = `<footer class="site-footer">
  <p>HEUNI · P.O. Box 444 · FI-00531 Helsinki</p>
  <ul><li><a href="/accessibility-statement">Accessibility statement</a></li><li><a href="/data-protection">Data protection</a></li>
  <li><a href="https://twitter.com/HEUNI_Finland">Twitter</a></li><li><a href="https://www.linkedin.com/company/heuni">LinkedIn</a></li></ul>
</footer>`;

/** The fragment the seed issue's HEUNI links carry (`…/-/<slug>#745d9e8a`): the same article. */
const FRAGMENT = '#745d9e8a';

/**
 * Day-1 markup: a Liferay Asset Publisher list (the class names of Liferay's own templates; the
 * Finnish government platform's real template is unknown). Each item links its title and a
 * "Read more" to the article, and its type to a tag page.
 */
function oldList(items: HeuniListed[]): string {
  return `<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_heuniNews_">
  <div class="asset-publisher">
${items
  .map(
    (item) => `    <div class="asset-abstract">
      <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${item.dateText}</span> | <a class="metadata-entry asset-tag" href="/news?tag=${encodeURIComponent(item.type.toLowerCase())}">${item.type}</a></div>
      <h2 class="asset-title"><a href="${item.url}${FRAGMENT}">${escapeHtml(item.title)}</a></h2>
      <div class="asset-content"><div class="asset-summary">${escapeHtml(item.summary)}</div>
      <div class="asset-more"><a href="${item.url}${FRAGMENT}">Read more<span class="hide-accessible"> about ${escapeHtml(item.title)}</span></a></div></div>
    </div>`,
  )
  .join('\n')}
  </div>
  <div class="taglib-page-iterator"><a class="show-more" href="/news?delta=40">Show more news</a></div>
</div>`;
}

/** Day-2 markup after the relaunch: a design-system card list with new class names. */
function newList(items: HeuniListed[]): string {
  return `<section class="ds-card-list" aria-label="News">
${items
  .map(
    (item) => `  <article class="ds-card ds-card--news">
    <p class="ds-card__meta"><time datetime="${item.publishedDay}">${item.dateText}</time> | <a class="ds-tag" href="/news?tag=${encodeURIComponent(item.type.toLowerCase())}">${item.type}</a></p>
    <h2 class="ds-card__title"><a class="ds-link" href="${item.url}${FRAGMENT}">${escapeHtml(item.title)}</a></h2>
    <p class="ds-card__lead">${escapeHtml(item.summary)}</p>
  </article>`,
  )
  .join('\n')}
  <a class="ds-button" href="/news?delta=40">Show more news</a>
</section>`;
}

function listingPage(state: ReplicaState, table: readonly HeuniItem[]): string {
  const items = heuniListing(state.day, state.today, table);
  const list = state.day >= HEUNI_LAYOUT_CHANGE_DAY ? newList(items) : oldList(items);
  return renderPage({ lang: 'en-US', title: 'News - HEUNI', header, main: `<h1>News</h1>\n${list}`, footer });
}

/**
 * An article as stored copies show it: the title, then "31.1.2024 | News item", then the body.
 * Liferay writes og:* and the description, nothing that dates the page.
 */
function articlePage(item: HeuniListed): string {
  const head = [
    `<meta content="${escapeHtml(item.summary)}" lang="en-US" name="description">`,
    `<link href="${item.url}" rel="canonical">`,
    '<meta property="og:site_name" content="HEUNI">',
    `<meta property="og:title" content="${escapeHtml(item.title)}">`,
    `<meta property="og:description" content="${escapeHtml(item.summary)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:url" content="${item.url}">`,
  ].join('\n');
  const share = encodeURIComponent(item.url);
  const main = `<div class="asset-full-content show-asset-title">
  <h1 class="asset-title">${escapeHtml(item.title)}</h1>
  <p class="asset-metadata">${item.dateText} | ${item.type}</p>
  <div class="asset-content"><div class="journal-content-article">
    <p>${escapeHtml(item.summary)}</p>
    <p>For more information, contact HEUNI.</p>
  </div></div>
  <div class="share-links"><a href="https://twitter.com/intent/tweet?url=${share}">Twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${share}">Facebook</a> <a href="mailto:?subject=${encodeURIComponent(item.title)}&amp;body=${share}">Email</a></div>
</div>`;
  return renderPage({ lang: 'en-US', title: `${item.title} - HEUNI`, head, header, main, footer });
}

function sitemapIndex(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://heuni.fi/sitemap-news.xml</loc></sitemap>
  <sitemap><loc>https://heuni.fi/sitemap-pages.xml</loc></sitemap>
</sitemapindex>
`;
}

function urlset(entries: { loc: string; lastmod: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries
  .map(
    (e) => `  <url>
    <loc>${escapeXml(e.loc)}</loc>
    <xhtml:link rel="alternate" hreflang="en" href="${escapeXml(e.loc)}"/>
    <lastmod>${e.lastmod}</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.5</priority>
  </url>`,
  )
  .join('\n')}
</urlset>
`;
}

/** The heuni.fi replica serving `table` (the eval feeds it a world of its own). */
export function makeHeuniSite(table: readonly HeuniItem[]): ReplicaSite {
  return {
    name: 'heuni',
    hosts: ['heuni.fi', 'www.heuni.fi'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path === LISTING_PATH) return htmlResponse(listingPage(state, table));
      const articles = heuniArticles(state.day, state.today, table);
      if (path === '/sitemap.xml') return xmlResponse(sitemapIndex(), 'application/xml; charset=utf-8');
      if (path === '/sitemap-news.xml') {
        return xmlResponse(urlset(articles.map((a) => ({ loc: a.url, lastmod: a.lastmod }))), 'application/xml; charset=utf-8');
      }
      if (path === '/sitemap-pages.xml') {
        const lastmod = articles[0]?.lastmod ?? isoOslo(state.today);
        return xmlResponse(urlset(PAGES.map((p) => ({ loc: `https://heuni.fi${p}`, lastmod }))), 'application/xml; charset=utf-8');
      }
      const match = /^\/-\/([^/]+)$/.exec(path);
      const article = match ? articles.find((a) => a.url === `https://heuni.fi/-/${match[1]}`) : undefined;
      return article ? htmlResponse(articlePage(article)) : null;
    },
  };
}

export const heuni: ReplicaSite = makeHeuniSite(heuniItems);
