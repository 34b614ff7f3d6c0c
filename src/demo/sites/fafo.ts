/**
 * Fafo (www.fafo.no, fafo.no): Joomla with YOOtheme Pro, server-rendered. The English listing
 * of Fafo reports shows no date (the source reads it from the report page); page N is a path
 * suffix `/N`, with no "next" link a selector could name. The grid is YOOtheme Pro's element
 * markup (`el-item`, `el-title`, `el-meta`, `el-content`, `el-link`); report pages give the date
 * as "Publication date: 9. June 2021" (Norwegian ones "onsdag 11. desember 2019"). Evidence and
 * confidence: docs/sources.md.
 *
 * Report URLs: `/zoo-publikasjoner/fafo-rapporter/<slug>`, or `/zoo-publikasjoner/<slug>` as the seed
 * issue links two of them; the listing also links the Norwegian category page
 * `/zoo-publikasjoner/fafo-rapporter`, which is no report.
 *
 * Day 2: one report moves from `https://www.fafo.no/zoo-publikasjoner/<slug>` to
 * `https://fafo.no/publikasjoner/fafo-publikasjoner/<slug>` (same title, same date), and the old
 * URL answers 301 to the new one (stands for the two URL shapes seen on the real site).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  formatDate,
  htmlResponse,
  paginate,
  redirectResponse,
  renderPage,
  slugOf,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';

export const FAFO_LISTING_URL = 'https://www.fafo.no/en/publications/fafo-reports';
const LISTING_PATH = '/en/publications/fafo-reports';
const OLD_PREFIX = '/zoo-publikasjoner/';
/** The category segment most old report URLs carry; the seed issue also links reports without it. */
const CATEGORY = 'fafo-rapporter/';
const NEW_PREFIX = '/publikasjoner/fafo-publikasjoner/';
/** Reports per listing page; both days fit in two pages (sources.json: maxPages 2). */
export const FAFO_PAGE_SIZE = 6;

export interface FafoItem extends TableItem {
  lang: 'en' | 'no';
  series: 'Fafo-rapport' | 'Fafo-notat';
  /** Number within the year: "2022:14". */
  number: number;
  authors: string;
  orderingId: number;
  /** From this replica day on, the report lives at the new URL shape. */
  movesOnDay?: number;
  /** Linked as `/zoo-publikasjoner/<slug>` without the category, as the seed issue links it. */
  flat?: boolean;
}

export const fafoItems: FafoItem[] = [
  {
    title: 'Tvangsarbeid i Norge? Arbeidstakere i gråsonen mellom utnytting og menneskehandel',
    slug: 'tvangsarbeid-i-norge', daysAgo: 0, fromDay: 2, lang: 'no', series: 'Fafo-rapport', number: 11,
    authors: 'Anette Brunovskis, Rebecca Jane Hansen', orderingId: 10512, onTopic: true,
    summary: 'Rapporten kartlegger saker der utenlandske arbeidstakere er utsatt for tvangsarbeid og grov utnytting i Norge.',
  },
  {
    title: 'Grov utnytting av utenlandske arbeidstakere. Gråsonen mellom det regulære arbeidslivet og menneskehandel',
    slug: 'grov-utnytting-av-utenlandske-arbeidstakere', daysAgo: 6, lang: 'no', series: 'Fafo-rapport', number: 9,
    authors: 'Anette Brunovskis, Anne Mette Ødegård', orderingId: 10487, onTopic: true, movesOnDay: 2, flat: true,
    summary: 'Rapporten tar utgangspunkt i Kirkens Bymisjons arbeid med grovt utnyttede arbeidstakere og beskriver regelverk, hjelpeapparat og hindringer.',
  },
  {
    title: 'Seniorer i arbeidslivet 2026',
    slug: 'seniorer-i-arbeidslivet-2026', daysAgo: 13, lang: 'no', series: 'Fafo-rapport', number: 8,
    authors: 'Tove Midtsundstad, Roy A. Nielsen', orderingId: 10479, onTopic: false,
    summary: 'Hvordan vurderer arbeidsgivere og ledere eldre arbeidstakere, og hvilke tiltak bruker virksomhetene?',
  },
  {
    title: 'Refugees from Ukraine in the Norwegian labour market: risks of exploitation',
    slug: 'refugees-from-ukraine-in-the-norwegian-labour-market', daysAgo: 20, lang: 'en', series: 'Fafo-rapport', number: 7,
    authors: 'Jon Horgen Friberg, Line Eldring', orderingId: 10466, onTopic: true,
    summary: 'Interviews with Ukrainian refugees, employers and municipalities about work, wages and the risk of labour exploitation.',
  },
  {
    title: 'Tariffavtaler og lønnsdannelse i privat sektor',
    slug: 'tariffavtaler-og-lonnsdannelse-i-privat-sektor', daysAgo: 34, lang: 'no', series: 'Fafo-notat', number: 6,
    authors: 'Kristin Alsos, Kristine Nergaard', orderingId: 10451, onTopic: false,
    summary: 'Notatet beskriver hvordan lønn fastsettes i bedrifter med og uten tariffavtale.',
  },
  {
    title: 'Implementeringsarbeidet i Jeg Vet og Snakkemedbarn.no',
    slug: 'implementeringsarbeidet-i-jeg-vet-og-snakkemedbarn-no', daysAgo: 48, lang: 'no', series: 'Fafo-rapport', number: 5,
    authors: 'Silje Sønsterudbråten, Anne Hege Strand', orderingId: 10440, onTopic: true, flat: true,
    summary: 'Andre delrapport fra evalueringen av Bufdirs digitale læringsverktøy om vold og overgrep mot barn.',
  },
  {
    title: 'Estimating the prevalence of trafficking in persons in Norway using Multiple Systems Estimation',
    slug: 'estimating-the-prevalence-of-trafficking-in-persons-in-norway', daysAgo: 62, lang: 'en', series: 'Fafo-rapport', number: 4,
    authors: 'Anette Brunovskis', orderingId: 10428, onTopic: true,
    summary: 'A study carried out with UNODC and KOM estimating the number of presumed victims of trafficking in Norway.',
  },
  {
    title: 'Organisasjonsgrad og tariffavtaledekning 2024',
    slug: 'organisasjonsgrad-og-tariffavtaledekning-2024', daysAgo: 90, lang: 'no', series: 'Fafo-notat', number: 3,
    authors: 'Kristine Nergaard', orderingId: 10401, onTopic: false,
    summary: 'Oppdaterte tall for organisasjonsgrad blant arbeidstakere og tariffavtaledekning i Norge.',
  },
  {
    title: 'Sosial dumping i renholdsbransjen. Ti år med allmenngjøring',
    slug: 'sosial-dumping-i-renholdsbransjen', daysAgo: 120, lang: 'no', series: 'Fafo-rapport', number: 2,
    authors: 'Line Eldring, Sissel C. Trygstad', orderingId: 10377, onTopic: true,
    summary: 'Rapporten evaluerer virkningene av allmenngjøring og godkjenningsordningen for renholdsvirksomheter.',
  },
];

/** The path a report lives at on `day`. */
export function fafoPath(item: FafoItem, day: number): string {
  const moved = item.movesOnDay !== undefined && day >= item.movesOnDay;
  return moved ? `${NEW_PREFIX}${slugOf(item)}` : oldPath(item);
}

/** The pre-migration path: `/zoo-publikasjoner/[fafo-rapporter/]<slug>`. */
function oldPath(item: FafoItem): string {
  return `${OLD_PREFIX}${item.flat ? '' : CATEGORY}${slugOf(item)}`;
}

/** The absolute URL of a report on `day` (the moved shape lives on fafo.no without www). */
export function fafoUrl(item: FafoItem, day: number): string {
  const moved = item.movesOnDay !== undefined && day >= item.movesOnDay;
  return `https://${moved ? 'fafo.no' : 'www.fafo.no'}${fafoPath(item, day)}`;
}

export interface FafoListed extends ListedItem {
  href: string;
  authors: string;
  series: string;
  /** The detail page's date text. */
  dateText: string;
  page: number;
}

function pagesOf(day: number, today: Date, table: readonly FafoItem[]): FafoListed[][] {
  return paginate(visibleOn(table, day), FAFO_PAGE_SIZE).map((items, page) =>
    items.map((item) => {
      const when = dating(today, item);
      const url = fafoUrl(item, day);
      return {
        title: item.title,
        url,
        // Relative for the old shape; the migrated pages are linked absolutely, across hosts.
        href: url.startsWith('https://www.fafo.no/') ? fafoPath(item, day) : url,
        publishedDay: when.publishedDay,
        dateText: item.lang === 'en' ? `Publication date: ${formatDate.englishDotted(when.day)}` : formatDate.norwegianWithWeekday(when.day),
        authors: item.authors,
        series: `${item.series} ${when.day.year}:${String(item.number).padStart(2, '0')}`,
        summary: item.summary,
        onTopic: item.onTopic,
        page,
      };
    }),
  );
}

/** Every report on every served listing page, in page order. */
export function fafoListing(day: number, today: Date, table: readonly FafoItem[] = fafoItems): FafoListed[] {
  return pagesOf(day, today, table).flat();
}

const header = `<div id="cookie-banner" class="uk-position-bottom uk-position-fixed uk-position-z-index uk-padding-small uk-background-secondary uk-light tm-cookie-banner">
  <div class="uk-container uk-container-expand uk-text-center">Fafo uses cookies. <a href="/en/about-fafo/privacy">Privacy</a>
  <button type="button" class="js-accept uk-button uk-button-primary uk-margin-small-left">Ok</button></div>
</div>
<div class="tm-page">
<div class="tm-header uk-visible@m" uk-header>
  <div class="uk-navbar-container"><div class="uk-container uk-container-expand"><nav class="uk-navbar" uk-navbar="{&quot;align&quot;:&quot;left&quot;}">
    <div class="uk-navbar-left"><a href="/en" class="uk-navbar-item uk-logo"><img alt="Fafo" src="/images/logo/fafo-logo.svg"></a></div>
    <div class="uk-navbar-right"><ul class="uk-navbar-nav">
      <li class="item-101"><a href="/en/research">Research</a></li><li class="item-102 uk-active"><a href="/en/publications">Publications</a></li>
      <li class="item-103"><a href="/en/events">Events</a></li><li class="item-104"><a href="/en/about-fafo">About Fafo</a></li>
    </ul>
    <div class="uk-navbar-item"><ul class="uk-subnav uk-subnav-divider"><li><a href="/">Norsk</a></li><li class="uk-active"><a href="/en">English</a></li></ul></div>
    </div>
  </nav></div></div>
</div>`;

const footer = `<div id="tm-bottom" class="tm-bottom uk-section-secondary uk-section">
  <div class="uk-container"><div class="uk-grid-margin uk-grid" uk-grid>
    <div class="uk-width-1-2@m"><p>Fafo · Borggata 2B · Postboks 2947 Tøyen · 0608 Oslo · +47 22 08 86 00 · <a href="mailto:fafo@fafo.no">fafo@fafo.no</a></p></div>
    <div class="uk-width-1-2@m"><ul class="uk-subnav"><li><a href="/en/about-fafo/privacy">Privacy</a></li><li><a href="/en/newsletter">Newsletter</a></li>
      <li><a href="https://www.facebook.com/fafo.no" class="uk-icon-link" uk-icon="icon: facebook"></a></li><li><a href="https://twitter.com/Fafo_no" class="uk-icon-link" uk-icon="icon: twitter"></a></li></ul></div>
  </div></div>
</div>
</div>`;

/**
 * One report in YOOtheme Pro's grid element: `el-item` panel with an image linked to the report,
 * `el-meta`, `el-title` with the title link, `el-content`, and an `el-link` "Read more". No date.
 */
function gridItem(item: FafoListed, index: number): string {
  return `<div>
<div class="el-item uk-panel uk-margin-remove-first-child">
    <a class="uk-display-block uk-link-toggle" href="${escapeHtml(item.href)}"><img src="/templates/yootheme/cache/a${(index * 7919).toString(16)}/cover-${index}.jpeg" width="300" height="424" class="el-image uk-box-shadow-small" alt loading="lazy"></a>
    <div class="el-meta uk-text-meta uk-margin-top">${item.series}</div>
    <h3 class="el-title uk-h5 uk-margin-small-top uk-margin-remove-bottom"><a href="${escapeHtml(item.href)}" class="uk-link-heading">${escapeHtml(item.title)}</a></h3>
    <div class="el-content uk-panel uk-margin-small-top">${escapeHtml(item.authors)}</div>
    <div class="uk-margin-small-top"><a href="${escapeHtml(item.href)}" class="el-link uk-button uk-button-text">Read more</a></div>
</div>
</div>`;
}

function listingPage(page: number, state: ReplicaState, table: readonly FafoItem[]): string | null {
  const pages = pagesOf(state.day, state.today, table);
  const items = pages[page - 1];
  if (!items) return null;
  const pageHref = (n: number): string => (n === 1 ? LISTING_PATH : `${LISTING_PATH}/${n}`);
  const previous = page > 1 ? `<li><a href="${pageHref(page - 1)}"><span uk-pagination-previous></span></a></li>` : '';
  const numbers = pages
    .map((_, i) =>
      i + 1 === page ? `<li class="uk-active"><span>${i + 1}</span></li>` : `<li><a href="${pageHref(i + 1)}">${i + 1}</a></li>`,
    )
    .join('');
  const next = page < pages.length ? `<li><a href="${pageHref(page + 1)}"><span uk-pagination-next></span></a></li>` : '';
  const main = `<div class="uk-section-default uk-section"><div class="uk-container">
  <ul class="uk-breadcrumb"><li><a href="/en">Home</a></li><li><a href="/en/publications">Publications</a></li><li><span>Fafo reports</span></li></ul>
  <h1 class="uk-h2">Fafo reports</h1>
  <ul class="uk-subnav uk-subnav-pill"><li class="uk-active"><a href="${LISTING_PATH}">Fafo reports</a></li><li><a href="/en/publications/fafo-notes">Fafo notes</a></li><li><a href="/en/publications/briefs">Briefs</a></li><li><a href="/en/publications/other-fafo-publications">Other Fafo publications</a></li><li><a href="/zoo-publikasjoner/fafo-rapporter" lang="nb">Fafo-rapporter (norsk)</a></li></ul>
  <div class="uk-grid-medium uk-child-width-1-2 uk-child-width-1-3@m uk-grid-match uk-grid" uk-grid>
${items.map(gridItem).join('\n')}
  </div>
  <ul class="uk-pagination uk-margin-large uk-flex-center">${previous}${numbers}${next}</ul>
</div></div>`;
  return renderPage({ lang: 'en-gb', title: 'Fafo reports', header, main, footer });
}

/**
 * A report page: authors, title, series number, abstract, then the date by its label
 * "Publication date:" (the label a public crawler reads; Norwegian pages write the date with its
 * weekday), ordering id and the PDF. Joomla writes the description meta and nothing dated.
 */
function detailPage(item: FafoItem, listed: FafoListed): string {
  const english = item.lang === 'en';
  const head = [
    `<meta name="description" content="${escapeHtml(item.summary)}">`,
    '<meta name="generator" content="Joomla! - Open Source Content Management">',
  ].join('\n');
  const main = `<div class="uk-section-default uk-section"><div class="uk-container">
<article class="uk-article">
  <p class="uk-text-meta">${escapeHtml(item.authors)}</p>
  <h1 class="uk-article-title">${escapeHtml(item.title)}</h1>
  <p>${listed.series}</p>
  <div class="uk-margin"><p>${escapeHtml(item.summary)}</p></div>
  <ul class="uk-list">
    <li>${escapeHtml(listed.dateText)}</li>
    <li>${english ? 'Ordering ID' : 'Bestillingsnummer'}: ${item.orderingId}</li>
    <li><a href="/images/pub/${listed.publishedDay.slice(0, 4)}/${item.orderingId + 10000}.pdf">${english ? 'Download PDF' : 'Last ned PDF'}</a></li>
  </ul>
  <ul class="uk-iconnav"><li><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(listed.url)}" uk-icon="icon: facebook"></a></li>
  <li><a href="mailto:?subject=${encodeURIComponent(item.title)}&amp;body=${encodeURIComponent(listed.url)}" uk-icon="icon: mail"></a></li></ul>
</article>
</div></div>`;
  return renderPage({ lang: english ? 'en-gb' : 'nb-no', title: `${item.title} - Fafo`, head, header, main, footer });
}

/** The fafo.no replica serving `table` (the eval feeds it a world of its own). */
export function makeFafoSite(table: readonly FafoItem[]): ReplicaSite {
  return {
    name: 'fafo',
    hosts: ['www.fafo.no', 'fafo.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path === LISTING_PATH || path.startsWith(`${LISTING_PATH}/`)) {
        const suffix = path.slice(LISTING_PATH.length + 1);
        const page = suffix === '' ? 1 : /^\d+$/.test(suffix) ? Number(suffix) : 0;
        const body = page >= 1 ? listingPage(page, state, table) : null;
        return body === null ? null : htmlResponse(body);
      }
      const visible = visibleOn(table, state.day);
      const listed = fafoListing(state.day, state.today, table);
      for (const item of visible) {
        const current = fafoPath(item, state.day);
        const entry = listed.find((l) => l.title === item.title);
        if (path === current && entry) return htmlResponse(detailPage(item, entry));
        // The pre-migration URL of a moved report: permanent redirect to its new home.
        if (current.startsWith(NEW_PREFIX) && path === oldPath(item)) {
          return redirectResponse(fafoUrl(item, state.day), 301);
        }
      }
      return null;
    },
  };
}

export const fafo: ReplicaSite = makeFafoSite(fafoItems);
