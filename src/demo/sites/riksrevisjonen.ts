/**
 * Riksrevisjonen (www.riksrevisjonen.no): the report listing `/rapporter/`, server-rendered, ten
 * reports a page, further pages as `?p=N` (the search page `/sok/` is a JavaScript shell). Each
 * report is one `<a class="rr-link-wrapper" href="/rapporter-mappe/…">` wrapping its category
 * line (`div.rr-search-result-meta`), an `<h2>` title, a `<blockquote><p>` summary and a
 * `<time>`: the markup a public scraper reads and verified against the live page
 * (docs/sources.md). Report pages: `/rapporter-mappe/no-2021-2022/<slug>/`, the folder named by
 * the Storting session (October–September) — the seed issue's link has that shape.
 *
 * The shipped config names reports by that URL shape, not by the class names.
 */
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
  type CalendarDay,
  type ListedItem,
  type TableItem,
} from './common.js';

export const RIKSREVISJONEN_LISTING_URL = 'https://www.riksrevisjonen.no/rapporter/';
const SITE = 'https://www.riksrevisjonen.no';
const LISTING_PATH = '/rapporter/';
/** Reports on the first listing page; the source reads one page (reports come a few a month). */
export const RIKSREVISJONEN_PAGE_SIZE = 10;

export interface RiksrevisjonenItem extends TableItem {
  /** The category line above the title ("Justis og beredskap"). */
  category?: string;
}

export const riksrevisjonenItems: RiksrevisjonenItem[] = [
  {
    title: 'Riksrevisjonens undersøkelse av myndighetenes innsats mot arbeidslivskriminalitet',
    slug: 'undersokelse-av-myndighetenes-innsats-mot-arbeidslivskriminalitet', daysAgo: 0, fromDay: 2,
    category: 'Arbeid og sosiale forhold', onTopic: true,
    summary: 'Undersøkelsen viser at samarbeidet mellom etatene ikke i tilstrekkelig grad avdekker grov utnyttelse og tvangsarbeid.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av myndighetenes innsats mot vold i nære relasjoner',
    slug: 'undersokelse-av-myndighetenes-innsats-mot-vold-i-nare-relasjoner', daysAgo: 3,
    category: 'Justis og beredskap', onTopic: true,
    summary: 'Undersøkelsen viser alvorlige svakheter ved innsatsen, og det er risiko for at voldsutsatte, også ofre for menneskehandel, ikke får hjelpen de trenger.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av vedlikehold av riksveiene',
    slug: 'vedlikehold-av-riksveiene', daysAgo: 9, category: 'Samferdsel', onTopic: false,
    summary: 'Vedlikeholdsetterslepet på riksveiene har økt, og Statens vegvesen har ikke god nok oversikt over tilstanden.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av mottak og bosetting av enslige mindreårige asylsøkere',
    slug: 'mottak-og-bosetting-av-enslige-mindrearige-asylsokere', daysAgo: 16,
    category: 'Innvandring og integrering', onTopic: true,
    summary: 'Mange enslige mindreårige venter lenge i mottak, og omsorgen er dårligere enn for barn i barnevernet.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av digitalisering i kommunene',
    slug: 'digitalisering-i-kommunene', daysAgo: 23, category: 'Digitalisering/ikt', onTopic: false,
    summary: 'Statlige virkemidler har i liten grad bidratt til felles digitale løsninger i kommunesektoren.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av forvaltningen av statens eierinteresser',
    slug: 'statens-eierinteresser', daysAgo: 30, category: 'Næring og finans', onTopic: false,
    summary: 'Departementene følger opp selskapene i tråd med prinsippene for god eierstyring.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av politiets arbeid med etterforskning av menneskehandel',
    slug: 'politiets-arbeid-med-etterforskning-av-menneskehandel', daysAgo: 41,
    category: 'Justis og beredskap', onTopic: true,
    summary: 'Få saker om menneskehandel etterforskes, og politidistriktene prioriterer området ulikt.',
  },
  {
    title: 'Riksrevisjonens undersøkelse av beredskap for strømforsyning',
    slug: 'beredskap-for-stromforsyning', daysAgo: 55, category: 'Energi', onTopic: false,
    summary: 'Beredskapen er i hovedsak god, men øvelser avdekker svakheter i samordningen.',
  },
];

/** "no-2021-2022": Riksrevisjonen files reports by Storting session (October to September). */
export function sessionFolder(day: CalendarDay): string {
  const start = day.month >= 10 ? day.year : day.year - 1;
  return `no-${start}-${start + 1}`;
}

export interface RiksrevisjonenListed extends ListedItem {
  path: string;
  category: string;
  dateText: string;
}

export function riksrevisjonenListing(table: readonly RiksrevisjonenItem[], day: number, today: Date): RiksrevisjonenListed[] {
  return visibleOn(table, day)
    .slice(0, RIKSREVISJONEN_PAGE_SIZE)
    .map((item) => {
      const when = dating(today, item);
      const path = `/rapporter-mappe/${sessionFolder(when.day)}/${slugOf(item)}/`;
      return {
        title: item.title,
        url: `${SITE}${path}`,
        path,
        category: item.category ?? 'Rapporter',
        dateText: formatDate.dottedPadded(when.day),
        publishedDay: when.publishedDay,
        summary: item.summary,
        onTopic: item.onTopic,
      };
    });
}

const header = `<header class="rr-header">
  <a class="rr-header__logo" href="/"><img src="/Static/gfx/riksrevisjonen-logo.svg" alt="Riksrevisjonen"></a>
  <nav class="rr-nav"><ul><li><a href="/rapporter/">Rapporter</a></li><li><a href="/om-riksrevisjonen/">Om Riksrevisjonen</a></li>
  <li><a href="/presse/">Presse</a></li><li><a href="/sok/">Søk</a></li></ul></nav>
  <a class="rr-header__lang" href="/en/">English</a>
</header>`;

const footer = `<footer class="rr-footer"><p>Riksrevisjonen · Storgata 16 · Postboks 6835 St. Olavs plass · 0130 Oslo</p>
<ul><li><a href="/om-riksrevisjonen/personvern/">Personvern</a></li><li><a href="https://www.linkedin.com/company/riksrevisjonen">LinkedIn</a></li></ul></footer>`;

function listingPage(items: RiksrevisjonenListed[]): string {
  const categories = [...new Set(items.map((i) => i.category))];
  const main = `<h1>Rapporter</h1>
<ul class="rr-filter">${categories.map((c) => `<li><a href="/rapporter/?q=${encodeURIComponent(c)}">${escapeHtml(c)}</a></li>`).join('')}</ul>
<div class="rr-search-results">
${items
  .map(
    (item) => `<a class="rr-link-wrapper" href="${escapeHtml(item.path)}">
  <div class="rr-search-result-meta">${escapeHtml(item.category)}</div>
  <h2 class="rr-heading">${escapeHtml(item.title)}</h2>
  <blockquote><p>${escapeHtml(item.summary)}</p></blockquote>
  <time datetime="${item.publishedDay}">${item.dateText}</time>
</a>`,
  )
  .join('\n')}
</div>
<nav class="rr-pagination"><a href="/rapporter/?p=2" aria-label="Neste side">Neste</a></nav>`;
  return renderPage({ lang: 'nb', title: 'Rapporter - Riksrevisjonen', header, main, footer });
}

function reportPage(item: RiksrevisjonenListed): string {
  const head = `<meta property="og:title" content="${escapeHtml(item.title)}">\n<meta name="description" content="${escapeHtml(item.summary)}">`;
  const main = `<article>
  <p class="rr-report-type">Dokument 3-serien</p>
  <h1>${escapeHtml(item.title)}</h1>
  <p class="rr-date">Publisert ${item.dateText}</p>
  <p class="rr-ingress">${escapeHtml(item.summary)}</p>
  <p><a href="/globalassets/rapporter/${item.path.split('/')[2]}/${item.path.split('/')[3]}.pdf">Last ned rapporten (PDF)</a></p>
</article>`;
  return renderPage({ lang: 'nb', title: `${item.title} - Riksrevisjonen`, head, header, main, footer });
}

/** The riksrevisjonen.no replica serving `table`: the report listing and one page per report. */
export function makeRiksrevisjonenSite(table: readonly RiksrevisjonenItem[]): ReplicaSite {
  return {
    name: 'riksrevisjonen',
    hosts: ['www.riksrevisjonen.no', 'riksrevisjonen.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const items = riksrevisjonenListing(table, state.day, state.today);
      if (trimSlash(request.path) === trimSlash(LISTING_PATH)) {
        return request.query.size === 0 ? htmlResponse(listingPage(items)) : null;
      }
      const item = items.find((i) => i.path === request.path);
      return item ? htmlResponse(reportPage(item)) : null;
    },
  };
}

export const riksrevisjonen: ReplicaSite = makeRiksrevisjonenSite(riksrevisjonenItems);
