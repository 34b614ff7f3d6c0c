/**
 * Council of Europe, GRETA news (www.coe.int): a Liferay portal behind Cloudflare. The markup is
 * Liferay's Asset Publisher (abstracts display, full-content display with its "Back" header), as
 * in liferay-portal's own templates; stored text of the real listing shows each title twice
 * (image link and heading), body text, "Read More", and no date: the date is on the article page
 * ("24 September 2024 Strasbourg"). Evidence and confidence: docs/sources.md.
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

/** A selector for the listing's article links: what the shipped source waits for. */
export const COE_ARTICLE_LINK = 'a[href*="/anti-human-trafficking/-/"]';
export const COE_LISTING_URL = 'https://www.coe.int/en/web/anti-human-trafficking/all-news';
const SECTION = '/en/web/anti-human-trafficking';
const LISTING_PATH = `${SECTION}/all-news`;
const PORTLET_ID = 'fX6ZWufj34JY';

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
  slug: string;
  dateText: string;
  place: string;
  langs: string[];
}

/** The listing as a browser shows it on `day` (one page: Liferay's delta=20 holds them all). */
export function coeListing(day: number, today: Date, table: readonly CoeItem[] = coeItems): CoeListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const href = coeHref(item);
    return {
      title: item.title,
      url: new URL(href, COE_LISTING_URL).href,
      href,
      slug: slugOf(item),
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
 * The browser-side renderer of one news item, as plain ES5 source: Liferay's Asset Publisher
 * "abstracts" display (liferay-portal 6.2 `html/portlet/asset_publisher/display/abstracts.jsp`):
 * `div.asset-abstract > h3.asset-title > a`, `div.asset-content > div.asset-summary` (the summary
 * shortened with "..."), `div.asset-more > a` "Read More", `div.asset-metadata`. coe.int adds the
 * image linked to the article (stored listing text shows each title twice) and language chips
 * whose current language is not a link. The page embeds the renderer in an inline script; tests
 * evaluate the same source to see the DOM a browser would build.
 */
export const COE_RENDER_ITEM_JS = `function renderNewsItem(item) {
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  var chips = item.langs.map(function (l) {
    if (l === 'EN') return '<span class="language-entry current">EN</span>';
    return '<a class="language-entry" lang="' + esc(l.toLowerCase()) + '" href="/' + esc(l.toLowerCase()) + '/web/anti-human-trafficking/-/' + esc(item.slug) + '">' + esc(l) + '</a>';
  }).join(' ');
  return '<div class="asset-abstract ">' +
    '<div class="lfr-meta-actions asset-actions"></div>' +
    '<div class="asset-languages">' + chips + '</div>' +
    '<div class="asset-image"><a href="' + esc(item.url) + '"><img alt="' + esc(item.title) + '" src="/documents/16695/' + esc(item.imageId) + '/thumbnail.jpg"></a></div>' +
    '<h3 class="asset-title"><a href="' + esc(item.url) + '">' + esc(item.title) + '</a></h3>' +
    '<div class="asset-content">' +
      '<div class="asset-summary">' + esc(item.abstract) + '</div>' +
      '<div class="asset-more"><a href="' + esc(item.url) + '">Read More<span class="hide-accessible"> about ' + esc(item.title) + '</span> &raquo; </a></div>' +
    '</div>' +
    '<div class="asset-metadata"></div>' +
    '</div>';
}`;

/** The JSON blob the inline script reads (also used by tests). */
export function coeListingJson(listed: CoeListed[]): string {
  const items = listed.map((item, index) => ({
    title: item.title,
    url: item.href,
    slug: item.slug,
    abstract: item.summary,
    langs: item.langs,
    imageId: 7000 + index,
  }));
  // `<` escaped so that no "</script>" can end the script element early.
  return JSON.stringify({ total: items.length, delta: 20, start: 0, items }).replace(/</g, '\\u003c');
}

const header = `<div id="cookie-consent" class="coe-cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies to give you the best experience on our website. <a href="https://www.coe.int/en/web/portal/cookie-policy">Find out more</a></p>
  <button class="btn btn-primary" id="cookie-accept">Accept</button>
</div>
<header id="banner" class="coe-header" role="banner">
  <a class="logo custom-logo" href="https://www.coe.int/en/web/portal" title="Go to Council of Europe"><img alt="Council of Europe" src="/o/coe-theme/images/logo.svg"></a>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">
    <li><a href="https://www.coe.int/en/web/portal/human-rights" role="menuitem">Human Rights</a></li>
    <li><a href="https://www.coe.int/en/web/portal/democracy" role="menuitem">Democracy</a></li>
    <li><a href="https://www.coe.int/en/web/portal/rule-of-law" role="menuitem">Rule of Law</a></li>
  </ul></nav>
  <div class="portlet-language"><ul class="taglib-language-list-text">
    <li><span class="language-entry current">English</span></li>
    <li><a href="/fr/web/anti-human-trafficking/all-news" class="language-entry" lang="fr-FR">français</a></li>
  </ul></div>
</header>
<nav class="site-navigation"><ul>
  <li><a href="${SECTION}/home">Action against Trafficking in Human Beings</a></li>
  <li><a href="${SECTION}/greta">GRETA</a></li>
  <li><a href="${SECTION}/committee-of-the-parties">Committee of the Parties</a></li>
  <li class="selected"><a href="${LISTING_PATH}">News</a></li>
</ul></nav>
<ul class="breadcrumb breadcrumb-horizontal">
  <li class="first"><a href="https://www.coe.int/en/web/portal">Council of Europe</a></li>
  <li><a href="${SECTION}/home">Action against Trafficking in Human Beings</a></li>
  <li class="active last">News</li>
</ul>`;

const footer = `<footer id="footer" class="coe-footer" role="contentinfo">
  <ul><li><a href="https://www.coe.int/en/web/portal/contact">Contact</a></li><li><a href="https://www.coe.int/en/web/portal/terms">Disclaimer</a></li>
  <li><a href="https://twitter.com/coe">Twitter</a></li><li><a href="https://www.facebook.com/councilofeurope">Facebook</a></li></ul>
  <p>© Council of Europe 2026</p>
</footer>`;

const NAMESPACE = `_101_INSTANCE_${PORTLET_ID}_`;

function listingPage(listed: CoeListed[]): string {
  // The script finds its data and its list by data-* attributes: an id or a class renamed by the
  // scramble helper must not stop the page from rendering.
  const main = `<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id${NAMESPACE}">
  <section class="portlet" id="portlet${NAMESPACE}">
  <h2 class="portlet-title-text">All news</h2>
  <div class="portlet-content"><div class="portlet-body">
  <div class="asset-publisher-list" data-asset-list aria-busy="true"><noscript>Please enable JavaScript to see the news.</noscript></div>
  <div class="taglib-page-iterator" id="${NAMESPACE}pageIterator">
    <div class="clearfix lfr-pagination">
      <div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Page 1 of 1</div>
        <div class="lfr-pagination-delta-selector"><a href="javascript:;">20 Items per Page</a></div></div>
      <small class="search-results">Showing ${listed.length} results.</small>
      <ul class="lfr-pagination-buttons pager">
        <li class="disabled first"><a href="javascript:;">First</a></li><li class="disabled"><a href="javascript:;">Previous</a></li>
        <li class="disabled"><a href="javascript:;">Next</a></li><li class="disabled last"><a href="javascript:;">Last</a></li>
      </ul>
    </div>
  </div>
  </div></div>
  </section>
</div>
<script type="application/json" data-asset-data>${coeListingJson(listed)}</script>
<script>
(function () {
  ${COE_RENDER_ITEM_JS}
  function render() {
    var data = JSON.parse(document.querySelector('script[data-asset-data]').textContent);
    var list = document.querySelector('[data-asset-list]');
    list.innerHTML = data.items.map(renderNewsItem).join('');
    list.setAttribute('aria-busy', 'false');
  }
  // Rendered a moment after load, as the portlet's XHR would: waitFor has something to wait for.
  document.addEventListener('DOMContentLoaded', function () { setTimeout(render, 150); });
})();
</script>`;
  return renderPage({
    lang: 'en-GB',
    title: 'All news - Action against Trafficking in Human Beings',
    head: '<meta content="News of the Council of Europe action against trafficking in human beings" lang="en-GB" name="description">',
    header,
    main,
    footer,
  });
}

function articlePage(item: CoeItem, today: Date): string {
  const when = dating(today, item);
  const url = `https://www.coe.int${SECTION}/-/${slugOf(item)}`;
  const short = item.summary.length > 160 ? `${item.summary.slice(0, 157).trimEnd()}...` : item.summary;
  // Liferay writes og:* and the description; nothing dates the page but its own text.
  const head = [
    `<meta content="${escapeHtml(short)}" lang="en-GB" name="description">`,
    `<link href="${url}" rel="canonical">`,
    '<meta property="og:locale" content="en_GB">',
    '<meta property="og:site_name" content="Action against Trafficking in Human Beings">',
    `<meta property="og:title" content="${escapeHtml(item.title)}">`,
    `<meta property="og:description" content="${escapeHtml(short)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:url" content="${url}">`,
  ].join('\n');
  const share = encodeURIComponent(url);
  const main = `<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id${NAMESPACE}">
<div class="taglib-header ">
  <span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="${LISTING_PATH}" id="${NAMESPACE}TabsBack" title="Back"><span class="helper-hidden-accessible">Back</span></a></span>
  <h1 class="header-title"><span>${escapeHtml(item.title)}</span></h1>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
  <div class="asset-content" id="${NAMESPACE}${40000 + item.daysAgo}">
    <div class="journal-content-article">
      <p class="date-place">${formatDate.english(when.day)} ${escapeHtml(item.place)}</p>
      <p>${escapeHtml(item.summary)}</p>
      <div class="lang-versions">${item.langs.filter((l) => l !== 'EN').map((l) => `<a href="/${l.toLowerCase()}/web/anti-human-trafficking/-/${slugOf(item)}">${l}</a>`).join(' ')}</div>
    </div>
    <div class="taglib-social-bookmarks">
      <a class="social-bookmark twitter" href="https://twitter.com/intent/tweet?text=${encodeURIComponent(item.title)}&amp;url=${share}">Twitter</a>
      <a class="social-bookmark facebook" href="https://www.facebook.com/sharer/sharer.php?u=${share}">Facebook</a>
      <a class="social-bookmark linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=${share}">LinkedIn</a>
    </div>
  </div>
  <div class="asset-metadata"></div>
</div>
</div>`;
  return renderPage({ lang: 'en-GB', title: `${item.title} - Action against Trafficking in Human Beings`, head, header, main, footer });
}


/** The article a path names: `/-/<slug>` or `/-/asset_publisher/<id>/content/<slug>`. */
function articleSlug(path: string): string | null {
  const short = /^\/en\/web\/anti-human-trafficking(?:\/news)?\/-\/([^/]+)$/.exec(path);
  if (short && short[1] !== 'asset_publisher') return short[1] ?? null;
  const long = /^\/en\/web\/anti-human-trafficking(?:\/news)?\/-\/asset_publisher\/[^/]+\/content\/([^/]+)$/.exec(path);
  return long?.[1] ?? null;
}

/** The coe.int replica serving `table` (the eval feeds it a world of its own). */
export function makeCoeSite(table: readonly CoeItem[]): ReplicaSite {
  return {
    name: 'coe',
    hosts: ['www.coe.int', 'coe.int'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const wall = botWall(request);
      if (wall) return wall;
      const path = trimSlash(request.path);
      const isListing = path === LISTING_PATH;
      const slug = articleSlug(path);
      const item = slug === null ? undefined : visibleOn(table, state.day).find((i) => slugOf(i) === slug);
      if (!isListing && !item) return null;
      // `?delta=20&start=N`: every item fits on the first page; later pages are Liferay's empty list.
      const start = Number(request.query.get('start') ?? '0');
      if (isListing) {
        return htmlResponse(listingPage(start > 0 ? [] : coeListing(state.day, state.today, table)));
      }
      return item ? htmlResponse(articlePage(item, state.today)) : null;
    },
  };
}

export const coe: ReplicaSite = makeCoeSite(coeItems);
