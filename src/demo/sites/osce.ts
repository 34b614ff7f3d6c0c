/**
 * OSCE (www.osce.org): the Drupal 6 site, press releases and publications filtered to the
 * anti-trafficking office (taxonomy term 111). Rebuilt from evidence (docs/sources.md):
 * - The listing is an apachesolr result pane: a public scraper reads items as
 *   `.panel-pane.pane-apachesolr-result > .pane-content .search-result-news`, the title from
 *   `.search-title`, the date as the last text node of `.publishing-date`, the summary from
 *   `.search-snippet`; another (foxwhite25/megaCrawler) follows `dt.search-title > h3 > a` and
 *   `li.pager-next > a`. Drupal 6's search-result template is a `<dt>`/`<dd>` pair.
 * - Stored text of the real listing: each item "title / Publishing date: 6 June 2023 / Content
 *   type: Press release / Where we are: … / What we do: … / snippet"; press snippets open with a
 *   dateline "VIENNA, 19 April 2023 –"; heading "News and press releases".
 * - `?page=N` pagination, 0-based (the second page is `?page=1`), Drupal's `ul.pager`.
 * - Node pages (megaCrawler): `div.content--header > h1`, `span.date-display-single`,
 *   `div.field-field-description`, `ul.osce-download-links` for PDFs.
 * `/rss.xml` is a 404 (the real one answered 404 in 2026).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  formatDate,
  htmlResponse,
  paginate,
  renderPage,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';

export const OSCE_PRESS_URL = 'https://www.osce.org/press-releases?filters=+im_taxonomy_vid_3%3A%28111%29';
export const OSCE_PUBLICATIONS_URL = 'https://www.osce.org/resources/publications?filters=im_taxonomy_vid_3%3A%28111%29';

/** Items per listing page. Every table fits in two pages on both days (sources.json: maxPages 2). */
export const OSCE_PAGE_SIZE = { press: 10, publications: 6 } as const;

export interface OsceItem extends TableItem {
  /** Drupal node path, e.g. "/secretariat/520172". */
  node: string;
  /** Press releases only: the dateline city. */
  city?: string;
}

export const oscePressItems: OsceItem[] = [
  {
    title: 'OSCE Special Representative calls for stronger action against forced labour in supply chains',
    node: '/secretariat/663301', daysAgo: 0, fromDay: 2, city: 'VIENNA', onTopic: true,
    summary: 'The OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings urged participating States to make human rights due diligence mandatory to prevent trafficking for forced labour.',
  },
  {
    title: 'OSCE and Ukraine strengthen co-operation to protect refugees from trafficking',
    node: '/cthb/662980', daysAgo: 1, city: 'KYIV', onTopic: true,
    summary: 'A new memorandum focuses on identifying trafficking risks among people displaced by the war and on training frontline responders.',
  },
  {
    title: 'Alliance against Trafficking in Persons conference opens in Vienna',
    node: '/secretariat/662871', daysAgo: 3, city: 'VIENNA', onTopic: true,
    summary: 'More than 400 participants discuss how to end impunity for trafficking in human beings at the annual Alliance conference.',
  },
  {
    title: 'OSCE Chairperson-in-Office visits Central Asia',
    node: '/chairpersonship/662540', daysAgo: 6, city: 'ASTANA', onTopic: false,
    summary: 'The Chairperson-in-Office discussed regional security, water management and connectivity with leaders in the region.',
  },
  {
    title: 'National anti-trafficking co-ordinators and rapporteurs meet to strengthen co-operation',
    node: '/secretariat/520172', daysAgo: 8, city: 'VIENNA', onTopic: true,
    summary: 'National co-ordinators and rapporteurs from across the OSCE region shared practices on protecting victims and prosecuting traffickers.',
  },
  {
    title: 'Roundtable on protecting refugees from Ukraine from human trafficking',
    node: '/cthb/518790', daysAgo: 11, city: 'WARSAW', onTopic: true,
    summary: 'Experts discussed the risks of sexual and labour exploitation faced by women and children fleeing the war in Ukraine.',
  },
  {
    title: 'OSCE election observers deploy ahead of parliamentary elections',
    node: '/odihr/elections/661902', daysAgo: 14, city: 'WARSAW', onTopic: false,
    summary: 'The ODIHR election observation mission opened with a core team of 12 experts based in the capital.',
  },
  {
    title: 'Simulation-based training on combating human trafficking along migration routes',
    node: '/secretariat/661477', daysAgo: 18, city: 'VICENZA', onTopic: true,
    summary: 'Police, prosecutors, labour inspectors and social workers practised joint investigations in a live simulation exercise.',
  },
  {
    title: 'OSCE supports border management training in Tajikistan',
    node: '/programme-office-in-dushanbe/661120', daysAgo: 23, city: 'DUSHANBE', onTopic: false,
    summary: 'Border guards completed a course on risk analysis and document security.',
  },
  {
    title: 'Technology and trafficking: OSCE publishes guidance for online platforms',
    node: '/cthb/660835', daysAgo: 29, city: 'VIENNA', onTopic: true,
    summary: 'The guidance helps online platforms detect and report the recruitment of trafficking victims through job advertisements.',
  },
  {
    title: 'OSCE Secretary General addresses Permanent Council on budget priorities',
    node: '/secretariat/660511', daysAgo: 35, city: 'VIENNA', onTopic: false,
    summary: 'The Secretary General presented the proposed Unified Budget and called for timely adoption.',
  },
  {
    title: 'Survivors’ voices shape new OSCE training on victim-centred investigations',
    node: '/cthb/659984', daysAgo: 44, city: 'VIENNA', onTopic: true,
    summary: 'Survivors of trafficking contributed to a training curriculum for investigators and prosecutors.',
  },
  {
    title: 'Representative on Freedom of the Media concerned about safety of journalists',
    node: '/representative-on-freedom-of-media/659420', daysAgo: 52, city: 'VIENNA', onTopic: false,
    summary: 'The Representative called on authorities to investigate attacks on journalists swiftly.',
  },
];

export const oscePublicationItems: OsceItem[] = [
  {
    title: 'Applying Gender-Sensitive Approaches in Combating Trafficking in Human Beings',
    node: '/secretariat/662701', daysAgo: 4, onTopic: true,
    summary: 'This publication offers guidance on integrating a gender perspective into anti-trafficking policies and practice.',
  },
  {
    title: 'Guidance on Addressing the Role of Technology in Trafficking in Human Beings',
    node: '/cthb/661634', daysAgo: 15, onTopic: true,
    summary: 'Recommendations for participating States on the use of technology to prevent and combat trafficking.',
  },
  {
    title: 'Annual Report of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    node: '/cthb/660300', daysAgo: 30, onTopic: true,
    summary: 'An overview of the activities of the Office of the Special Representative during the past year.',
  },
  {
    title: 'OSCE Annual Report 2025',
    node: '/secretariat/659777', daysAgo: 45, onTopic: false,
    summary: 'The OSCE’s work across the politico-military, economic and environmental, and human dimensions.',
  },
  {
    title: 'National Referral Mechanisms: Joining Efforts to Protect the Rights of Trafficked Persons – A Practical Handbook (Second Edition)',
    node: '/odihr/658833', daysAgo: 60, onTopic: true,
    summary: 'A practical handbook on setting up and running national referral mechanisms for trafficked persons.',
  },
  {
    title: 'Handbook for the Observation of Election Campaign Finance',
    node: '/odihr/elections/658100', daysAgo: 75, onTopic: false,
    summary: 'Methodology for observing the financing of election campaigns.',
  },
  {
    title: 'Ending Exploitation: Ensuring that Businesses Do Not Contribute to Trafficking in Human Beings',
    node: '/secretariat/657420', daysAgo: 90, onTopic: true,
    summary: 'Duties of States regarding their own procurement and the supply chains of businesses.',
  },
  {
    title: 'Environmental Security in Central Asia: Regional Assessment',
    node: '/secretariat/656210', daysAgo: 120, onTopic: false,
    summary: 'An assessment of environmental risks to security in five Central Asian states.',
  },
  {
    title: 'Survey on Trafficking in Human Beings and Labour Migration in the Western Balkans',
    node: '/cthb/655010', daysAgo: 150, onTopic: true,
    summary: 'Findings from interviews with labour migrants, employers and recruitment agencies.',
  },
];

type Kind = 'press' | 'publications';

interface Listing {
  kind: Kind;
  path: string;
  /** The `filters` query as the site writes it in its own links (the press one keeps its "+"). */
  filterQuery: string;
  table: readonly OsceItem[];
  heading: string;
  contentType: string;
}

/** The two tables an osce.org replica serves. */
export interface OsceTables {
  press: readonly OsceItem[];
  publications: readonly OsceItem[];
}

const DEFAULT_TABLES: OsceTables = { press: oscePressItems, publications: oscePublicationItems };

function listingsOf(tables: OsceTables): Listing[] {
  return [
    { kind: 'press', path: '/press-releases', filterQuery: 'filters=+im_taxonomy_vid_3%3A%28111%29', table: tables.press, heading: 'Press releases', contentType: 'Press release' },
    { kind: 'publications', path: '/resources/publications', filterQuery: 'filters=im_taxonomy_vid_3%3A%28111%29', table: tables.publications, heading: 'Publications', contentType: 'Publication' },
  ];
}

export interface OsceListed extends ListedItem {
  dateText: string;
  /** 0-based page the item is on. */
  page: number;
}

function listingOf(listing: Listing, day: number, today: Date): OsceListed[][] {
  const pages = paginate(visibleOn(listing.table, day), OSCE_PAGE_SIZE[listing.kind]);
  return pages.map((items, page) =>
    items.map((item) => {
      const when = dating(today, item);
      const dateText = formatDate.english(when.day);
      return {
        title: item.title,
        url: `https://www.osce.org${item.node}`,
        publishedDay: when.publishedDay,
        dateText,
        // Press releases open with a dateline: "VIENNA, 19 April 2023 – …".
        summary: item.city ? `${item.city}, ${dateText} – ${item.summary}` : item.summary,
        onTopic: item.onTopic,
        page,
      };
    }),
  );
}

/** Every item on every served page of a listing, in page order. */
export function osceListing(kind: Kind, day: number, today: Date, tables: OsceTables = DEFAULT_TABLES): OsceListed[] {
  const listing = listingsOf(tables).find((l) => l.kind === kind);
  return listing ? listingOf(listing, day, today).flat() : [];
}

const header = `<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="cookie-consent" class="eu-cookie-compliance-banner"><p>This website uses cookies. <a href="/privacy-policy">More info</a></p><button class="agree-button">OK</button></div>
<header id="header" class="osce-header">
  <a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/osce/logo.png" alt="OSCE"></a>
  <div id="block-locale-language" class="block block-locale"><ul class="language-switcher-locale-url">
    <li class="en first active"><a href="/press-releases" class="language-link active">English</a></li>
    <li class="ru last"><a href="/ru/press-releases" class="language-link">Русский</a></li>
  </ul></div>
  <form class="search-form" action="/search" method="get" id="search-block-form"><input type="text" name="search_api_views_fulltext"><button>Search</button></form>
  <ul id="main-menu" class="menu">
    <li class="first leaf"><a href="/what-we-do">What we do</a></li><li class="leaf"><a href="/where-we-are">Where we are</a></li>
    <li class="leaf"><a href="/resources">Resources</a></li><li class="leaf"><a href="/resources/e-libraries">E-libraries</a></li>
    <li class="leaf"><a href="/resources/126378">OSCE Magazine</a></li><li class="last leaf"><a href="/newsroom">Newsroom</a></li>
  </ul>
</header>`;

const footer = `<footer id="footer" class="osce-footer">
  <div class="region-footer"><p>Organization for Security and Co-operation in Europe · Wallnerstrasse 6 · 1010 Vienna, Austria</p>
  <ul class="menu"><li><a href="/contacts">Contacts</a></li><li><a href="/terms-of-use">Terms of use</a></li><li><a href="/osce-social-media">Social media</a></li>
  <li><a href="https://twitter.com/osce">Twitter</a></li><li><a href="https://www.facebook.com/osce.org">Facebook</a></li></ul></div>
</footer>`;

function pager(listing: Listing, page: number, pages: number): string {
  if (pages <= 1) return '';
  const href = (p: number): string => `${listing.path}?${listing.filterQuery}${p === 0 ? '' : `&page=${p}`}`;
  const items: string[] = [];
  if (page > 0) {
    items.push(`<li class="pager-first first"><a title="Go to first page" href="${escapeHtml(href(0))}">« first</a></li>`);
    items.push(`<li class="pager-previous"><a title="Go to previous page" href="${escapeHtml(href(page - 1))}">‹ previous</a></li>`);
  }
  for (let p = 0; p < pages; p++) {
    items.push(
      p === page
        ? `<li class="pager-current">${p + 1}</li>`
        : `<li class="pager-item"><a title="Go to page ${p + 1}" href="${escapeHtml(href(p))}">${p + 1}</a></li>`,
    );
  }
  if (page < pages - 1) {
    items.push(`<li class="pager-next"><a title="Go to next page" href="${escapeHtml(href(page + 1))}">next ›</a></li>`);
    items.push(`<li class="pager-last last"><a title="Go to last page" href="${escapeHtml(href(pages - 1))}">last »</a></li>`);
  }
  return `<div class="item-list"><ul class="pager">${items.join('')}</ul></div>`;
}

/** Where the node's office lives ("Where we are"), as a taxonomy link without a node number. */
function office(node: string): { path: string; name: string } {
  const section = node.split('/')[1] ?? 'secretariat';
  const names: Record<string, string> = {
    secretariat: 'OSCE Secretariat',
    cthb: 'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    odihr: 'OSCE Office for Democratic Institutions and Human Rights',
    chairpersonship: 'OSCE Chairpersonship',
  };
  return { path: `/${section}`, name: names[section] ?? 'OSCE Field Operations' };
}

function renderResult(item: OsceListed, node: string, contentType: string): string {
  const where = office(node);
  return `<dl class="search-result search-result-news">
  <dt class="search-title"><h3><a href="${escapeHtml(node)}">${escapeHtml(item.title)}</a></h3></dt>
  <dd class="search-info">
    <div class="publishing-date"><span class="label">Publishing date:</span> ${item.dateText}</div>
    <div class="content-type"><span class="label">Content type:</span> ${contentType}</div>
    <div class="where-we-are"><span class="label">Where we are:</span> <a href="${where.path}">${escapeHtml(where.name)}</a></div>
    ${item.onTopic ? '<div class="what-we-do"><span class="label">What we do:</span> <a href="/combating-human-trafficking">Combating trafficking in human beings</a></div>' : ''}
  </dd>
  <dd class="search-snippet">${escapeHtml(item.summary)}</dd>
</dl>`;
}

function listingPage(listing: Listing, page: number, state: ReplicaState): string {
  const pages = listingOf(listing, state.day, state.today);
  const rows = pages[page] ?? [];
  const nodes = visibleOn(listing.table, state.day).map((item) => item.node);
  const offset = pages.slice(0, page).flat().length;
  const main = `<div class="panel-display panel-2col-stacked clearfix">
  <div class="panel-col-top panel-panel"><div class="inside">
    <div class="panel-pane pane-page-title"><h1 class="page-title">${listing.kind === 'press' ? 'Newsroom' : 'Resources'}</h1></div>
    <div class="panel-pane pane-custom"><h2>${listing.heading}</h2><p>${listing.kind === 'press' ? 'News and press releases from the OSCE&#39;s global activities.' : 'Publications from the OSCE&#39;s global activities.'}</p></div>
  </div></div>
  <div class="center-wrapper">
    <div class="panel-col-first panel-panel"><div class="inside">
      <div class="panel-pane pane-apachesolr-current-search"><div class="pane-content"><span class="facet-active">Combating trafficking in human beings <a href="${listing.path}">(-)</a></span></div></div>
    </div></div>
    <div class="panel-col-last panel-panel"><div class="inside">
      <div class="panel-pane pane-apachesolr-result"><div class="pane-content">
        <div class="search-results apachesolr_search-results">
${rows.length === 0 ? '<p class="view-empty">Your search yielded no results</p>' : rows.map((row, i) => renderResult(row, nodes[offset + i] ?? '', listing.contentType)).join('\n')}
        </div>
        ${pager(listing, page, pages.length)}
      </div></div>
    </div></div>
  </div>
</div>`;
  return renderPage({ lang: 'en', title: `${listing.heading} | OSCE`, header, main, footer });
}

function nodePage(item: OsceItem, state: ReplicaState): string {
  const when = dating(state.today, item);
  const date = formatDate.english(when.day);
  const lead = item.city ? `${item.city}, ${date} – ${item.summary}` : item.summary;
  const main = `<div class="node-content">
  <div class="content--header"><h1>${escapeHtml(item.title)}</h1></div>
  <div class="content--content">
    <div class="field-date"><span class="date-display-single">${date}</span></div>
    <div class="field-field-description"><div class="field-items"><div class="field-item">${escapeHtml(lead)}</div></div></div>
    ${item.city ? '' : `<ul class="osce-download-links"><li><a href="/files/f/documents/${item.node.split('/').pop() ?? ''}.pdf">Download PDF</a></li></ul>`}
    <div class="service-links"><a href="https://twitter.com/share?url=https://www.osce.org${item.node}" class="service-links-twitter">Twitter</a> <a href="https://www.facebook.com/sharer.php?u=https://www.osce.org${item.node}" class="service-links-facebook">Facebook</a> <a href="mailto:?subject=${encodeURIComponent(item.title)}">E-mail</a></div>
  </div>
</div>`;
  return renderPage({ lang: 'en', title: `${item.title} | OSCE`, header, main, footer });
}

/** The osce.org replica serving `tables` (the eval feeds it a world of its own). */
export function makeOsceSite(tables: OsceTables): ReplicaSite {
  const listings = listingsOf(tables);
  return {
    name: 'osce',
    hosts: ['www.osce.org', 'osce.org'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      const listing = listings.find((l) => l.path === path);
      if (listing) {
        // The filter is not checked: Drupal would show all offices' items, the replica only has these.
        const page = Math.max(0, Number.parseInt(request.query.get('page') ?? '0', 10) || 0);
        return htmlResponse(listingPage(listing, page, state));
      }
      for (const table of [tables.press, tables.publications]) {
        const item = visibleOn(table, state.day).find((i) => i.node === path);
        if (item) return htmlResponse(nodePage(item, state));
      }
      return null; // includes /rss.xml
    },
  };
}

export const osce: ReplicaSite = makeOsceSite(DEFAULT_TABLES);
