/**
 * regjeringen.no, rebuilt from a real copy: the Nynorsk "Høyringar" listing
 * (`/no/dokument/hoyringar/id1763/`) and a hearing's page, as fetched in July 2026 and kept as
 * test fixtures in the public repository quaat/regjeringen
 * (`tests/fixtures/regjeringen/hearings/_listing/page-001.html`, `…/id3167072/page.html`), and its
 * robots.txt (`tests/fixtures/regjeringen/_source_audit/robots.txt`). See docs/sources.md.
 *
 * What the real pages do and the replica keeps:
 * - UTF-8 with `<meta charset="utf-8">`; text partly as hex references (`H&#xF8;yring`).
 * - Items `ul.listing#searchResultsListing > li.listItem`: `h2.title > a` (line breaks and
 *   padding inside the link text), `div.info > span.date` (`03.07.2026`), `span.type`,
 *   `span.department`, `p.excerpts`, then `p.event-details` with a second date (the deadline).
 * - `<link rel="next">` in `<head>` as an absolute `?page=2` URL; the pager `ul.pagination`
 *   links relatively, and on page 1 its disabled "previous" still points at `?page=0`.
 * - Clutter: cookie banner containers, skip links, mega menu with hundreds of links, breadcrumbs,
 *   share links (facebook, twitter, linkedin, mailto), sort links, footer.
 * - Detail pages: DC.* and og:* metadata, JSON-LD WebPage without dates, and
 *   `div.article-info` with "Dato: 03.07.2026".
 * - The typed RSS feed `/no/rss/Rss/2581966/?documentType=dokumenter/høringer` (RSS 2.0, numeric
 *   page id as guid, RFC 822 pubDate, links carrying utm_* parameters); the query form
 *   `/no/rss/Rss/?id=2581966` answers 404, as another project reports.
 *
 * A table may hold other document types too (news under `/no/aktuelt/…`, reports, propositions),
 * each with its `documentType`: the same feed path serves them by that parameter (only the
 * hearings' value is evidenced), the høyringar listing shows hearings only, and every item has
 * its page. The default table holds hearings only.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import { escapeHtml, escapeXml, htmlResponse, renderPage, rfc822, textResponse, trimSlash, visibleOn, xmlResponse } from './common.js';
import { footer, headCommon, hexRefs, pageHeader } from './regjeringen-chrome.js';
import { FEED_DOCUMENT_TYPE, FEED_PATH, isHearing, listed, LISTING_PATH, pagesOf, REGJERINGEN_FEED_URL, REGJERINGEN_PAGE_SIZE, REGJERINGEN_ROBOTS, type RegjeringenItem, regjeringenItems, type RegjeringenListed, regjeringenListing, regjeringenPath } from './regjeringen-table.js';

function listItem(item: RegjeringenListed): string {
  // The real template pads the link text with a line break and spaces on both sides.
  return `    <li class="listItem">
    <h2 class="title">
        <a href="${item.href}"  data-nav=searchResultItem >
            ${escapeHtml(item.title)} 
        </a>
    </h2>
    <div class="info">
            <span class="date">${item.dateText}</span>
            <span class="type">${hexRefs(item.item.type)}</span>

                <span class="department">${hexRefs(item.item.department)}</span>
    </div>
        <p class="excerpts">${escapeHtml(item.summary)}</p>
        <p class="event-details">
                <span class="event-details">${item.item.type}sfrist: ${item.deadlineText}</span>
            <span class="event-details-open">Status: P&#xE5; ${hexRefs(item.item.type.toLowerCase())}</span>
        </p>
    </li>`;
}

function pager(page: number, pages: number): string {
  const link = (cls: string, target: number, title: string): string =>
    `                    <li class="${cls}">\n                        <a href="?page=${target}" title="${title}"></a>\n                    </li>`;
  return `    <ul class="pagination" aria-label="Du er p&#xE5; sida ${page} av ${pages}">
${link(page === 1 ? 'firstlink disabled' : 'firstlink', 1, 'G&#xE5; til den f&#xF8;rste sida')}
${link(page === 1 ? 'prev disabled' : 'prev', page - 1, 'G&#xE5; til den f&#xF8;rre sida')}
                <li class="current_0"><span>Side ${page} av ${pages}</span></li>
${page < pages ? link('next', page + 1, 'G&#xE5; til den neste sida') : ''}
${page < pages ? link('lastlink', pages, 'G&#xE5; til den siste sida') : ''}
    </ul>`;
}

function listingPage(page: number, state: ReplicaState, table: readonly RegjeringenItem[]): string {
  const pages = pagesOf(state.day, state.today, table);
  const items = pages[page - 1] ?? [];
  const total = pages.flat().length;
  const base = `https://www.regjeringen.no${LISTING_PATH}/`;
  const head = [
    headCommon,
    page < pages.length ? `            <link rel="next" href="${base}?page=${page + 1}">` : '',
    page > 1 ? `            <link rel="prev" href="${base}?page=${page - 1}">` : '',
    '<meta name="description" content="H&#248;yring nyttar ein for at innbyggjarar, organisasjonar og n&#230;ringsliv skal f&#229; seie si meining.">',
    '<meta name="DC.Title" content="H&#248;yringar">',
    '<meta name="DC.Date" content="2012-11-01">',
    '<meta name="DC.Type" content="Sok">',
    '<meta property="og:site_name" content="Regjeringa.no">',
    '<meta property="og:title" content="H&#xF8;yringar">',
    '<meta property="og:type" content="website">',
    `<meta property="og:url" content="${base}">`,
    `<link rel="alternate" hreflang="en" href="https://www.regjeringen.no/en/find-document/consultations/id1763/">`,
  ]
    .filter((line) => line !== '')
    .join('\n');
  const first = (page - 1) * REGJERINGEN_PAGE_SIZE + 1;
  const main = `
        <div class="mainContentArea">
<div class="content-row header-row"><div class="content-header content-col-3">
<h1>H&#xF8;yringar</h1>
                    <div class="ingress"><p>H&#xF8;yring nyttar ein for at innbyggjarar, organisasjonar og n&#xE6;ringsliv skal f&#xE5; seie si meining.</p></div>
                <div class="article-content" data-nav="search-intro">
                    <ul class="link-list">
<li><a href="/no/dokument/hoyringar/kva-er-ei-hoyring/id2459635/">Kva er ei høyring?</a></li>
<li><a href="/no/dokument/hoyringar/oversyn-over-hoyringssaker/id546535/">Oversyn over høyringar med høyringsfristar og lengd på høyringsperioden</a></li>
</ul>
                </div>
</div></div>
<div class="searchPage">
<form action="/no/dokument/hoyringar/id1763/" Id="searchPageNavigationSearchForm" method="get"><input id="isfilteropen" name="isfilteropen" type="hidden" value="True" />
    <label for="mainsearch" class="visuallyhidden">Søk på hele regjeringen.no</label>
    <input type="search" value="" name="term" placeholder="S&#xF8;k i h&#xF8;yringar" class="fullSearch autocomplete" id="mainsearch" data-live-filter-word>
    <label for="documenttype" data-custom-selector-label="documenttype">Innhaldstype</label>
    <select id="documenttype" data-id="documenttype" onchange=" this.options[this.selectedIndex].value && (window.location = this.options[this.selectedIndex].value); ">
        <option value="/no/dokument/hoyringar/id1763/?documenttype=dokumenter/h%c3%b8ringer&amp;term=" class="group-header first-in-group">H&#xF8;yringar (${total})</option>
    </select>
</form>
        <div class="results">
            <div class="statusLine">
        <p class="count">Viser ${first}-${first + items.length - 1} av ${total} treff.</p>
                    <p class="sort">
                        Sorter:
                        <a href="${LISTING_PATH}/?sortby=1&amp;page=${page}" class="sdate selected">Dato</a>
                        <a href="${LISTING_PATH}/?sortby=0&amp;page=${page}" class="sbest ">Beste treff</a>
                    </p>
            </div>
            <ul class="listing" tabindex="-1" id="searchResultsListing" data-nav="searchResultList">
${items.map(listItem).join('        \n')}
            </ul>
${pager(page, pages.length)}
        </div>
</div>
        </div>`;
  const crumbs = `<li class="breadcrumb-item breadcrumb-item--last hide-for-desktop"><span>H&#xF8;yringar</span></li>`;
  return renderPage({
    lang: 'nn',
    title: 'Høyringar - regjeringen.no',
    head,
    bodyClass: 'page-search ',
    header: pageHeader(base, 'Høyringar', crumbs),
    main,
    footer,
  });
}

function documentPage(listed: RegjeringenListed): string {
  const { item } = listed;
  const head = [
    headCommon,
    `<meta name="title" content="${hexRefs(item.title)}">`,
    `<meta name="description" content="${hexRefs(item.summary)}">`,
    `<meta name="DC.Title" content="${hexRefs(item.title)}">`,
    `<meta name="DC.Creator" content="${hexRefs(item.department)}">`,
    `<meta name="DC.Date" content="${listed.publishedDay}">`,
    `<meta name="DC.Type" content="${isHearing(item) ? 'Horing' : item.type}">`,
    `<meta name="DC.Identifier.URL" content="${listed.href}">`,
    '<meta name="DC.Language" content="nb-NO">',
    `<meta name="author" content="${hexRefs(item.department)}">`,
    `<meta name="last-modified" content="${listed.at.toUTCString()}">`,
    '<meta property="og:site_name" content="Regjeringen.no">',
    `<meta property="og:title" content="${hexRefs(item.title)}">`,
    `<meta property="og:description" content="${hexRefs(item.summary)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:url" content="${listed.url}">`,
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': `https://www.regjeringen.no/id${item.id}/#webpage`,
      name: item.title,
      description: item.summary,
      url: listed.url,
      inLanguage: 'nb',
    }).replace(/</g, '\\u003c')}</script>`,
  ].join('\n');
  const main = `
        <div class="mainContentArea">
    <div class="content-row article">
        <div class="content-col-2 article-content">
            <header class="article-header">
<h1>${hexRefs(item.title)}</h1>
            </header>
<div class="article-info">
    <p>
            <span class="type">
                ${hexRefs(item.type)}
|            </span>
            <span class="date">Dato: ${listed.dateText}</span>
    <span class="owner">
        | <a href="${item.departmentPath}">${hexRefs(item.department)}</a>
    </span>
    </p>
</div>
            <div class="article-ingress">
                ${hexRefs(item.summary)}
            </div>
            <div class="article-body">
${isHearing(item) ? `                <div class="horing-meta content-row">
    <p><strong>Status:</strong> P&#xE5; h&#xF8;ring</p>
        <p><strong>Høringsfrist:</strong> ${listed.deadlineText}</p>
                </div>
                    <div class="horing-cta content-row">
                        <a href="https://svar.regjeringen.no/nb/registrer_horingsuttalelse/H${item.id}/" class="btn-cta">Send inn høringssvar</a>
                    </div>` : `                <p>${hexRefs(item.summary)}</p>`}
            </div>
        </div>
        <aside class="content-col-1 article-sidebar">
    <div class="content-owner-dep" data-nav="content-owner-link"><div><a href="${item.departmentPath}">${hexRefs(item.department)}</a></div></div>
        </aside>
    </div>
        </div>`;
  const crumbs = `<li class="breadcrumb-item"><a href="/no/dokument/hoyringar/id1763/" class="breadcrumb-item__text"><span>H&#xF8;ringer</span></a></li>`;
  return renderPage({
    lang: 'nb',
    title: `${item.title} - regjeringen.no`,
    head,
    bodyClass: 'page-horing ',
    header: pageHeader(listed.url, item.title, crumbs),
    main,
    footer,
  });
}

/** The typed feed's items, newest first: for hearings, the same ones the listing shows. */
export function regjeringenFeed(
  day: number,
  today: Date,
  table: readonly RegjeringenItem[] = regjeringenItems,
  documentType: string = FEED_DOCUMENT_TYPE,
): RegjeringenListed[] {
  if (documentType === FEED_DOCUMENT_TYPE) return regjeringenListing(day, today, table);
  return visibleOn(table, day)
    .filter((item) => item.documentType === documentType)
    .map((item) => listed(item, today, 1));
}

function feed(state: ReplicaState, table: readonly RegjeringenItem[], documentType: string): string {
  const items = regjeringenFeed(state.day, state.today, table, documentType)
    .map((listed) => {
      const campaign = encodeURIComponent(listed.title);
      const link = `${listed.url}?utm_source=www.regjeringen.no&utm_medium=rss&utm_campaign=${campaign}`;
      return `    <item>
      <title>${escapeXml(listed.title)}</title>
      <link>${escapeXml(link)}</link>
      <description>${escapeXml(listed.summary)}</description>
      <guid isPermaLink="false">${listed.item.id}</guid>
      <pubDate>${rfc822(listed.at, 'oslo')}</pubDate>
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>RSS Regjeringen.no</title>
    <link>https://www.regjeringen.no/no/aktuelt/rss/id2581966/</link>
    <description>RSS Regjeringen.no</description>
    <atom:link href="${escapeXml(REGJERINGEN_FEED_URL)}" rel="self" type="application/rss+xml" />
${items}
  </channel>
</rss>
`;
}

/** The regjeringen.no replica serving `table` (the eval feeds it a world of its own). */
export function makeRegjeringenSite(table: readonly RegjeringenItem[]): ReplicaSite {
  const documentTypes = new Set(table.map((item) => item.documentType ?? FEED_DOCUMENT_TYPE));
  documentTypes.add(FEED_DOCUMENT_TYPE);
  return {
    name: 'regjeringen',
    hosts: ['www.regjeringen.no', 'regjeringen.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      if (request.path === '/robots.txt') return textResponse(REGJERINGEN_ROBOTS);
      const path = trimSlash(request.path);
      if (path === FEED_PATH) {
        // Only the typed feeds of the table's documents are replicated; other types would hold other documents.
        const type = request.query.get('documentType');
        if (type === null || !documentTypes.has(type)) return null;
        return xmlResponse(feed(state, table, type), 'application/rss+xml; charset=utf-8');
      }
      if (path === LISTING_PATH) {
        const page = Math.max(1, Number.parseInt(request.query.get('page') ?? '1', 10) || 1);
        return htmlResponse(listingPage(page, state, table));
      }
      const item = visibleOn(table, state.day).find((i) => trimSlash(regjeringenPath(i)) === path);
      return item ? htmlResponse(documentPage(listed(item, state.today, 1))) : null;
    },
  };
}

export const regjeringen: ReplicaSite = makeRegjeringenSite(regjeringenItems);
