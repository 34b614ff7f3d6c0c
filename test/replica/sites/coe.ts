/**
 * Council of Europe, GRETA news (www.coe.int): a Liferay portal behind Cloudflare.
 *
 * - Without the cookie `cf_clearance=ok` every page answers 403 with `cf-mitigated: challenge`
 *   and a "Just a moment..." page whose script sets the cookie and reloads: only a browser
 *   gets through (stands for Cloudflare's managed challenge, which has blocked plain clients).
 * - The listing's items are rendered by an inline script from a JSON blob, so a plain HTML
 *   extractor sees an empty list even past the wall (stands for the JS-rendered portlet).
 * - One item links in the long asset_publisher form with `redirect=` (as the seed issue shows).
 * - Two different articles share a title; Liferay gives the later one the slug `…-1`.
 */
import { botWall } from '../bot-wall.js';
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

export const COE_LISTING_URL = 'https://www.coe.int/en/web/anti-human-trafficking/all-news';
const SECTION = '/en/web/anti-human-trafficking';
const LISTING_PATH = `${SECTION}/all-news`;
const PORTLET_ID = 'fX6ZWufj34JY';
export const CF_COOKIE = 'cf_clearance';

export interface CoeItem extends TableItem {
  place: string;
  langs: string[];
  /** Link in the long `/-/asset_publisher/<id>/content/<slug>?…&redirect=…` form. */
  assetPublisherLink?: boolean;
}

export const coeItems: CoeItem[] = [
  {
    title: 'GRETA publishes its fourth evaluation report on Norway',
    slug: 'greta-publishes-its-fourth-evaluation-report-on-norway',
    daysAgo: 0,
    fromDay: 2,
    place: 'Strasbourg',
    langs: ['EN', 'FR'],
    onTopic: true,
    summary:
      'In its fourth evaluation report on Norway, the Council of Europe’s Group of Experts on Action against Trafficking in Human Beings (GRETA) focuses on access to justice and effective remedies for victims of trafficking, and urges the authorities to improve the identification of victims of trafficking for labour exploitation.',
  },
  {
    title: 'GRETA issues Guidance Note on addressing the risks of trafficking in human beings related to the war in Ukraine',
    slug: 'greta-issues-guidance-note-on-addressing-the-risks-of-trafficking-in-human-beings-related-to-the-war-in-ukraine-and-the-ensuing-humanitarian-crisis',
    daysAgo: 2,
    place: 'Strasbourg',
    langs: ['EN', 'FR', 'UK'],
    onTopic: true,
    summary:
      'The Guidance Note aims to assist States Parties in fulfilling their obligations under the Convention on Action against Trafficking in Human Beings with regard to people fleeing the war in Ukraine, in particular women and children.',
  },
  {
    title: 'Committee of the Parties adopts recommendations on Portugal, Armenia and Bosnia and Herzegovina',
    slug: 'committee-of-the-parties-adopts-recommendations-on-portugal-armenia-and-bosnia-and-herzegovina',
    daysAgo: 5,
    place: 'Strasbourg',
    langs: ['EN', 'FR'],
    onTopic: true,
    summary:
      'At its meeting, the Committee of the Parties to the Council of Europe Convention on Action against Trafficking in Human Beings adopted recommendations based on GRETA’s third-round reports.',
  },
  {
    title: 'Webinar on addressing the risks of human trafficking related to the war in Ukraine: what responses are needed?',
    slug: 'webinar-on-addressing-the-risks-of-human-trafficking-related-to-the-war-in-ukraine-what-responses-are-needed-',
    daysAgo: 9,
    place: 'Online',
    langs: ['EN'],
    onTopic: true,
    assetPublisherLink: true,
    summary:
      'The webinar brought together anti-trafficking practitioners, NGOs and international organisations to discuss responses to the risks faced by refugees from Ukraine.',
  },
  {
    title: 'Council of Europe Secretary General visits the Western Balkans',
    slug: 'council-of-europe-secretary-general-visits-the-western-balkans',
    daysAgo: 12,
    place: 'Sarajevo',
    langs: ['EN', 'FR'],
    onTopic: false,
    summary: 'The Secretary General met government representatives to discuss co-operation programmes on the rule of law and democratic institutions.',
  },
  {
    title: 'Training of legal professionals on trafficking in human beings',
    // Liferay's "-1": a different article whose title was already taken.
    slug: 'training-of-legal-professionals-on-trafficking-in-human-beings-1',
    daysAgo: 16,
    place: 'Chisinau',
    langs: ['EN'],
    onTopic: true,
    summary: 'Judges and prosecutors from the Republic of Moldova took part in a HELP course on combating trafficking in human beings.',
  },
  {
    title: 'GRETA publishes its third report on Portugal',
    slug: 'greta-publishes-its-third-report-on-portugal',
    daysAgo: 21,
    place: 'Strasbourg',
    langs: ['EN', 'FR'],
    onTopic: true,
    summary:
      'GRETA welcomes the steps taken by Portugal to provide victims of trafficking with access to compensation, but notes that few victims have received it in practice.',
  },
  {
    title: 'European Day of Languages: celebrating linguistic diversity',
    slug: 'european-day-of-languages-celebrating-linguistic-diversity',
    daysAgo: 27,
    place: 'Strasbourg',
    langs: ['EN', 'FR', 'DE'],
    onTopic: false,
    summary: 'Events across Europe celebrate the 800 languages spoken on the continent.',
  },
  {
    title: 'Training of legal professionals on trafficking in human beings',
    slug: 'training-of-legal-professionals-on-trafficking-in-human-beings',
    daysAgo: 33,
    place: 'Yerevan',
    langs: ['EN'],
    onTopic: true,
    summary: 'Armenian lawyers and law enforcement officers were trained on the identification of victims of trafficking.',
  },
  {
    title: 'GRETA holds its 55th plenary meeting',
    slug: 'greta-holds-its-55th-plenary-meeting',
    daysAgo: 40,
    place: 'Strasbourg',
    langs: ['EN', 'FR'],
    onTopic: true,
    summary: 'During the meeting GRETA adopted final evaluation reports and discussed the preparation of the next evaluation round.',
  },
  {
    title: 'Call for tenders: interpretation services for Council of Europe events',
    slug: 'call-for-tenders-interpretation-services',
    daysAgo: 48,
    place: 'Strasbourg',
    langs: ['EN'],
    onTopic: false,
    summary: 'The Council of Europe is looking for providers of conference interpretation services.',
  },
];

/** The href the listing gives an item (relative, as Liferay writes it). */
export function coeHref(item: CoeItem): string {
  const slug = slugOf(item);
  if (!item.assetPublisherLink) return `${SECTION}/-/${slug}`;
  const back =
    `https://www.coe.int${SECTION}/news?p_p_id=101_INSTANCE_${PORTLET_ID}&p_p_lifecycle=0&p_p_state=normal` +
    `&p_p_mode=view&p_p_col_id=column-4&p_p_col_count=1&_101_INSTANCE_${PORTLET_ID}_cur=1`;
  return `${SECTION}/news/-/asset_publisher/${PORTLET_ID}/content/${slug}?inheritRedirect=false&redirect=${encodeURIComponent(back)}`;
}

export interface CoeListed extends ListedItem {
  href: string;
  dateText: string;
  place: string;
  langs: string[];
}

/** The listing as a browser shows it on `day` (one page: Liferay's delta=20 holds them all). */
export function coeListing(day: number, today: Date): CoeListed[] {
  return visibleOn(coeItems, day).map((item) => {
    const when = dating(today, item);
    const href = coeHref(item);
    return {
      title: item.title,
      url: new URL(href, COE_LISTING_URL).href,
      href,
      publishedDay: when.publishedDay,
      dateText: formatDate.english(when.day),
      place: item.place,
      langs: item.langs,
      summary: item.summary.length > 180 ? `${item.summary.slice(0, 177).trimEnd()}...` : item.summary,
      onTopic: item.onTopic,
    };
  });
}

/**
 * The browser-side renderer of one news item, as plain ES5 source. The page embeds it in an
 * inline script; tests evaluate the same source to see the DOM a browser would build.
 */
export const COE_RENDER_ITEM_JS = `function renderNewsItem(item) {
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  var chips = item.langs.map(function (l) { return '<span class="lang-chip">' + esc(l) + '</span>'; }).join(' ');
  return '<div class="element clearfix news-item">' +
    '<div class="lang-chips">' + chips + '</div>' +
    '<h3 class="title"><a href="' + esc(item.url) + '">' + esc(item.title) + '</a></h3>' +
    '<div class="date-place"><span class="date">' + esc(item.date) + '</span> <span class="place">' + esc(item.place) + '</span></div>' +
    '<p class="abstract">' + esc(item.abstract) + '</p>' +
    '<a class="read-more" href="' + esc(item.url) + '">Read More</a>' +
    '</div>';
}`;

/** The JSON blob the inline script reads (also used by tests). */
export function coeListingJson(listed: CoeListed[]): string {
  const items = listed.map((item) => ({
    title: item.title,
    url: item.href,
    date: item.dateText,
    place: item.place,
    abstract: item.summary,
    langs: item.langs,
  }));
  // `<` escaped so that no "</script>" can end the script element early.
  return JSON.stringify({ total: items.length, delta: 20, start: 0, items }).replace(/</g, '\\u003c');
}

const header = `<div id="cookie-banner" class="cookie-banner">This site uses cookies. <button>Accept</button></div>
<header id="banner" class="coe-header">
  <a class="logo" href="https://www.coe.int/en/web/portal"><img alt="Council of Europe" src="/o/coe-theme/images/logo.svg"></a>
  <nav class="main-nav"><ul>
    <li><a href="https://www.coe.int/en/web/portal/human-rights">Human Rights</a></li>
    <li><a href="https://www.coe.int/en/web/portal/democracy">Democracy</a></li>
    <li><a href="https://www.coe.int/en/web/portal/rule-of-law">Rule of Law</a></li>
  </ul></nav>
  <div class="lang-switch"><a href="/en/web/anti-human-trafficking/all-news">EN</a> <a href="/fr/web/anti-human-trafficking/all-news">FR</a></div>
</header>
<nav class="site-nav"><ul>
  <li><a href="${SECTION}/home">Action against Trafficking in Human Beings</a></li>
  <li><a href="${SECTION}/greta">GRETA</a></li>
  <li><a href="${SECTION}/committee-of-the-parties">Committee of the Parties</a></li>
  <li class="active"><a href="${LISTING_PATH}">News</a></li>
</ul></nav>`;

const footer = `<footer class="coe-footer">
  <ul><li><a href="https://www.coe.int/en/web/portal/contact">Contact</a></li><li><a href="https://www.coe.int/en/web/portal/terms">Disclaimer</a></li></ul>
  <p>© Council of Europe 2026</p>
</footer>`;

function listingPage(listed: CoeListed[]): string {
  const main = `<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_${PORTLET_ID}_">
  <h1 class="portlet-title">All news</h1>
  <div id="news-list" class="asset-publisher newsroom" aria-busy="true"><noscript>Please enable JavaScript to see the news.</noscript></div>
  <div class="pagination-bar"><span class="search-results">Showing ${listed.length} results.</span></div>
</div>
<script type="application/json" id="news-data">${coeListingJson(listed)}</script>
<script>
(function () {
  ${COE_RENDER_ITEM_JS}
  function render() {
    var data = JSON.parse(document.getElementById('news-data').textContent);
    var list = document.getElementById('news-list');
    list.innerHTML = data.items.map(renderNewsItem).join('');
    list.setAttribute('aria-busy', 'false');
  }
  // Rendered a moment after load, as the portlet's XHR would: waitFor has something to wait for.
  document.addEventListener('DOMContentLoaded', function () { setTimeout(render, 150); });
})();
</script>`;
  return renderPage({ lang: 'en', title: 'All news - Action against Trafficking in Human Beings', header, main, footer });
}

function articlePage(item: CoeItem, today: Date): string {
  const when = dating(today, item);
  const main = `<article class="journal-content-article">
  <div class="lang-chips">${item.langs.map((l) => `<span class="lang-chip">${l}</span>`).join(' ')}</div>
  <h1 class="title">${escapeHtml(item.title)}</h1>
  <div class="date-place"><span class="date">${formatDate.english(when.day)}</span> <span class="place">${escapeHtml(item.place)}</span></div>
  <div class="content"><p>${escapeHtml(item.summary)}</p>
  <p><a href="${LISTING_PATH}">Back to all news</a></p></div>
</article>`;
  return renderPage({ lang: 'en', title: `${item.title} - Action against Trafficking in Human Beings`, header, main, footer });
}

/** Cloudflare's managed-challenge interstitial, reduced to what a browser needs to pass it. */
function challenge(): ReplicaResponse {
  const body = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">www.coe.int</h1>
<h2 class="h2">Verify you are human by completing the action below.</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
</div></div>
<script>
  document.cookie = '${CF_COOKIE}=ok; path=/';
  location.reload();
</script>
<div class="footer">Performance &amp; security by Cloudflare</div></body></html>`;
  return {
    ...htmlResponse(body, {
      status: 403,
      headers: { 'cf-mitigated': 'challenge', server: 'cloudflare', 'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate' },
    }),
    noValidators: true,
  };
}

/** The article a path names: `/-/<slug>` or `/-/asset_publisher/<id>/content/<slug>`. */
function articleSlug(path: string): string | null {
  const short = /^\/en\/web\/anti-human-trafficking(?:\/news)?\/-\/([^/]+)$/.exec(path);
  if (short && short[1] !== 'asset_publisher') return short[1] ?? null;
  const long = /^\/en\/web\/anti-human-trafficking(?:\/news)?\/-\/asset_publisher\/[^/]+\/content\/([^/]+)$/.exec(path);
  return long?.[1] ?? null;
}

export const coe: ReplicaSite = {
  name: 'coe',
  hosts: ['www.coe.int', 'coe.int'],
  handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
    const wall = botWall(request);
    if (wall) return wall;
    const path = trimSlash(request.path);
    const isListing = path === LISTING_PATH;
    const slug = articleSlug(path);
    const item = slug === null ? undefined : visibleOn(coeItems, state.day).find((i) => slugOf(i) === slug);
    if (!isListing && !item) return null;
    // `?delta=20&start=N`: every item fits on the first page; later pages are Liferay's empty list.
    const start = Number(request.query.get('start') ?? '0');
    if (isListing) {
      return htmlResponse(listingPage(start > 0 ? [] : coeListing(state.day, state.today)));
    }
    return item ? htmlResponse(articlePage(item, state.today)) : null;
  },
};
