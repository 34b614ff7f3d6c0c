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
import {
  dating,
  escapeHtml,
  escapeXml,
  formatDate,
  htmlResponse,
  paginate,
  renderPage,
  rfc822,
  slugOf,
  textResponse,
  trimSlash,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const REGJERINGEN_LISTING_URL = 'https://www.regjeringen.no/no/dokument/hoyringar/id1763/';
const LISTING_PATH = '/no/dokument/hoyringar/id1763';
export const REGJERINGEN_FEED_URL = 'https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=dokumenter/h%C3%B8ringer';
const FEED_PATH = '/no/rss/Rss/2581966';
const FEED_DOCUMENT_TYPE = 'dokumenter/høringer';
/** Both days fit in two pages (sources.json: maxPages 2); the real site shows 20. */
export const REGJERINGEN_PAGE_SIZE = 10;

/** The real robots.txt (July 2026), verbatim. */
export const REGJERINGEN_ROBOTS = `User-agent: *
Sitemap: https://www.regjeringen.no/globalassets/sitemap/sitemap.xml
Disallow: /*/?documenttype
Disallow: /*/?topic
Disallow: /*/?ownerid
Disallow: /*/?from
Disallow: /*/?to
Disallow: /*/?government
Disallow: /*/?utid
Disallow: /*/?sesjon
Disallow: /*/?type
Disallow: /*/?law
Disallow: /*/?county
Disallow: /*/?term
Disallow: /*/?sortby
Disallow: /*/?sort
Disallow: /*/?expand
Disallow: /*/?querystring
Disallow: /*/?isfilteropen
Disallow: /*/?pageRef
Disallow: /*/?reg_oss
Disallow: /*/?tema
Disallow: /*/?q
Disallow: /*/?bq
Disallow: /*/?uid
Disallow: /*/?docid
Disallow: /*/?personid
Disallow: /*/?eventId
Disallow: /*.xhtml$
Disallow: /contentassets/*.xml$
Disallow: /globalassets/upload/*.xml$
Disallow: /globalassets/departementene/*.xml$
Disallow: /*/?cedit
Disallow: /*&cedit
Disallow: /Utilities/RSSEngine/*
Disallow: /*/?consterm
Disallow: /api/*
Disallow: /no/api/*
Disallow: /nb/api/*
Disallow: /nn/api/*
Disallow: /se/api/*
Disallow: /en/api/*
Disallow: /no/dokumentarkiv/*
Disallow: /en/historical-archive/*
Disallow: /se/dokumeantavuorka/*
`;

export interface RegjeringenItem extends TableItem {
  id: number;
  /**
   * "Høring" (bokmål) or "Høyring" (nynorsk): the listing mixes both, as the real one does.
   * Other documents carry their own type label ("Nyhet", "Pressemelding", …).
   */
  type: 'Høring' | 'Høyring' | 'Nyhet' | 'Pressemelding' | 'Artikkel' | 'Proposisjon' | 'Melding' | 'Rapport' | 'Rundskriv';
  department: string;
  departmentPath: string;
  /** Days from publication to the hearing deadline. */
  deadlineDays: number;
  /** The typed feed's `documentType` that lists it (default: hearings). */
  documentType?: string;
}

/** Hearings, the document type the shipped source's feed asks for. */
export const REGJERINGEN_HEARINGS = FEED_DOCUMENT_TYPE;

function isHearing(item: RegjeringenItem): boolean {
  return (item.documentType ?? FEED_DOCUMENT_TYPE) === FEED_DOCUMENT_TYPE;
}

const JD = { department: 'Justis- og beredskapsdepartementet', departmentPath: '/no/dep/jd/id463/' };
const AID = { department: 'Arbeids- og inkluderingsdepartementet', departmentPath: '/no/dep/aid/id165/' };
const KD = { department: 'Kunnskapsdepartementet', departmentPath: '/no/dep/kd/id586/' };
const FIN = { department: 'Finansdepartementet', departmentPath: '/no/dep/fin/id216/' };
const LMD = { department: 'Landbruks- og matdepartementet', departmentPath: '/no/dep/lmd/id627/' };
const SD = { department: 'Samferdselsdepartementet', departmentPath: '/no/dep/sd/id791/' };
const BFD = { department: 'Barne- og familiedepartementet', departmentPath: '/no/dep/bfd/id298/' };

export const regjeringenItems: RegjeringenItem[] = [
  // News and press releases, in their typed feeds (sources regjeringen-nyheter, -pressemeldinger).
  {
    title: 'Norges rapport til FNs torturkomité er levert', id: 3171300, daysAgo: 0, fromDay: 2,
    type: 'Nyhet', ...JD, deadlineDays: 0, onTopic: true, documentType: 'aktuelt/nyheter',
    summary: 'Rapporten gjør rede for hvordan Norge etterlever torturkonvensjonen, og har vært på høring.',
  },
  {
    title: 'Nye tall for matproduksjonen i 2025', id: 3171250, daysAgo: 2,
    type: 'Nyhet', ...LMD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/nyheter',
    summary: 'Produksjonen av korn og melk økte, mens kjøttproduksjonen var stabil.',
  },
  {
    title: 'Styrket samarbeid mot arbeidslivskriminalitet og utnytting av arbeidstakere', id: 3171190, daysAgo: 4,
    type: 'Nyhet', ...AID, deadlineDays: 0, onTopic: true, documentType: 'aktuelt/nyheter',
    summary: 'Etatene får nye verktøy for å avdekke grov utnytting i arbeidslivet.',
  },
  {
    title: 'Tiltak for å hindre at ukrainske flyktninger utnyttes i arbeidslivet', id: 3171140, daysAgo: 7,
    type: 'Nyhet', ...AID, deadlineDays: 0, onTopic: true, documentType: 'aktuelt/nyheter',
    summary: 'Arbeidstilsynet får midler til veiledning av flyktninger om rettigheter i arbeidslivet.',
  },
  {
    title: 'Ny skolestart for 6-åringer evaluert', id: 3171120, daysAgo: 9,
    type: 'Nyhet', ...KD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/nyheter',
    summary: 'Evalueringen viser at de fleste kommunene har fått på plass tilbudet.',
  },
  {
    title: 'Finansministeren møtte nordiske kolleger', id: 3171100, daysAgo: 12,
    type: 'Nyhet', ...FIN, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/nyheter',
    summary: 'Møtet handlet om skatt og konkurransekraft.',
  },
  {
    title: 'Justisministeren: ny handlingsplan mot menneskehandel kommer i vår', id: 3171080, daysAgo: 14,
    type: 'Pressemelding', ...JD, deadlineDays: 0, onTopic: true, documentType: 'aktuelt/pressemeldinger',
    summary: 'Planen skal styrke identifiseringen av ofre for menneskehandel.',
  },
  {
    title: 'Nye regler for drosjeløyver fra sommeren', id: 3171060, daysAgo: 15,
    type: 'Pressemelding', ...SD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/pressemeldinger',
    summary: 'Kravene til løyve endres fra 1. juli.',
  },
  {
    title: 'Økt tilskudd til landbruket i jordbruksoppgjøret', id: 3171040, daysAgo: 17,
    type: 'Pressemelding', ...LMD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/pressemeldinger',
    summary: 'Partene er enige om en ramme for årets oppgjør.',
  },
  {
    title: 'Mer penger til barnehager i distriktene', id: 3171020, daysAgo: 19,
    type: 'Pressemelding', ...BFD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/pressemeldinger',
    summary: 'Regjeringen styrker tilbudet i små kommuner.',
  },
  {
    title: 'Statsbudsjettet: mer til vedlikehold av fylkesveier', id: 3171150, daysAgo: 6,
    type: 'Pressemelding', ...SD, deadlineDays: 0, onTopic: false, documentType: 'aktuelt/pressemeldinger',
    summary: 'Regjeringen foreslår økte bevilgninger til fylkesveiene.',
  },
  {
    title: 'Ny forskrift om deling av opplysninger i a-krim-samarbeidet', id: 3171320, daysAgo: 0, fromDay: 2,
    type: 'Pressemelding', ...AID, deadlineDays: 0, onTopic: true, documentType: 'aktuelt/pressemeldinger',
    summary: 'Forskriften gjør det enklere for etatene å dele taushetsbelagte opplysninger i arbeidet mot arbeidslivskriminalitet.',
  },
  {
    // The title other tests (test/serve) know this day-2 item by.
    title: 'Styrket innsats mot menneskehandel: regjeringen legger fram ny handlingsplan', id: 3171204, daysAgo: 0, fromDay: 2,
    type: 'Høring', ...JD, deadlineDays: 90, onTopic: true,
    summary: 'Justis- og beredskapsdepartementet sender på høring forslag til tiltak for bedre identifisering av ofre, flere straffesaker og økt innsats mot tvangsarbeid.',
  },
  {
    title: 'Høring – endringer i barnehageloven', id: 3171188, daysAgo: 0, fromDay: 2,
    type: 'Høring', ...KD, deadlineDays: 60, onTopic: false,
    summary: 'Kunnskapsdepartementet sender på høring forslag om endringer i reglene om foreldrebetaling og bemanning.',
  },
  {
    title: 'Høring – forskrift om informasjonsdeling i kampen mot arbeidslivskriminalitet',
    slug: 'horing-forskrift-om-informasjonsdeling-i-kampen-mot-arbeidslivskriminalitet', id: 3169505, daysAgo: 1,
    type: 'Høring', ...AID, deadlineDays: 60, onTopic: true,
    summary: 'Forslaget gjør det enklere for etatene å dele opplysninger i det tverretatlige samarbeidet mot a-krim.',
  },
  {
    title: 'Høyring – framlegg om endringar i reglane om meirverdiavgift', id: 3170977, daysAgo: 2,
    type: 'Høyring', ...FIN, deadlineDays: 45, onTopic: false,
    summary: 'Finansdepartementet sender med dette på høyring framlegg om endringar i meirverdiavgiftsforskrifta.',
  },
  {
    title: 'Høring – endringer i utlendingsforskriften om kollektiv beskyttelse for fordrevne fra Ukraina', id: 3170850, daysAgo: 3,
    type: 'Høring', ...JD, deadlineDays: 42, onTopic: true,
    summary: 'Forslaget gjelder varigheten av oppholdstillatelser for flyktninger fra Ukraina.',
  },
  {
    title: 'Høring – forslag til endringer i straffeloven om menneskehandel', slug: 'horing-forslag-til-endringer-i-straffeloven-om-menneskehandel',
    id: 3163639, daysAgo: 4, type: 'Høring', ...JD, deadlineDays: 90, onTopic: true,
    summary: 'Departementet foreslår å utvide straffebudet om menneskehandel til også å omfatte grov utnytting i arbeidslivet.',
  },
  {
    title: 'Høring – forslag om endring av forskrift om utslippskrav til kjøretøy', id: 3170612, daysAgo: 6,
    type: 'Høring', ...SD, deadlineDays: 60, onTopic: false,
    summary: 'Samferdselsdepartementet foreslår endringer i forskrift om utslippskrav til kjøretøy ved offentlig anskaffelse.',
  },
  {
    title: 'Høring – tilskuddsordning for tiltak for ofre for menneskehandel', id: 3170455, daysAgo: 8,
    type: 'Høring', ...JD, deadlineDays: 30, onTopic: true,
    summary: 'Frivillige organisasjoner inviteres til å gi innspill til nye retningslinjer for tilskudd til bistand og beskyttelse for ofre for menneskehandel.',
  },
  {
    title: 'Høyring – endringar i jordlova og konsesjonslova', id: 3170301, daysAgo: 9,
    type: 'Høyring', ...LMD, deadlineDays: 90, onTopic: false,
    summary: 'Departementet gjer framlegg om endringar i reglane om driveplikt og buplikt.',
  },
  {
    title: 'Høyring – tilsyn med omsorga for einslege mindreårige i asylmottak', id: 3170122, daysAgo: 12,
    type: 'Høyring', ...JD, deadlineDays: 90, onTopic: true,
    summary: 'Det blir foreslått ei statleg tilsynsordning for omsorga for einslege mindreårige som bur i asylmottak.',
  },
  {
    title: 'Høring – forslag til forskrift om fosterhjem', id: 3169988, daysAgo: 15,
    type: 'Høring', ...BFD, deadlineDays: 90, onTopic: false,
    summary: 'Barne- og familiedepartementet sender på høring forslag om endringer i forskrift om fosterhjem.',
  },
  {
    title: 'Høring – endringer i arbeidsmiljøloven for å styrke innsatsen mot sosial dumping', id: 3169801, daysAgo: 17,
    type: 'Høring', ...AID, deadlineDays: 90, onTopic: true,
    summary: 'Forslaget skjerper kravene til lønns- og arbeidsvilkår og gir Arbeidstilsynet nye virkemidler mot sosial dumping.',
  },
  {
    title: 'Høring – forskrift om fiskerireguleringer', id: 3169644, daysAgo: 20,
    type: 'Høring', department: 'Nærings- og fiskeridepartementet', departmentPath: '/no/dep/nfd/id709/', deadlineDays: 45, onTopic: false,
    summary: 'Forskriften fastsetter kvoter og reguleringer for kommende år.',
  },
  {
    title: 'Høring – veileder for kommunene om bosetting av flyktninger fra Ukraina', id: 3169133, daysAgo: 33,
    type: 'Høring', ...AID, deadlineDays: 60, onTopic: true,
    summary: 'Veilederen gir råd om bosetting, kvalifisering og oppfølging av flyktninger fra Ukraina.',
  },
];

export function regjeringenPath(item: RegjeringenItem): string {
  // News and press releases live under /no/aktuelt/, documents under /no/dokumenter/.
  const area = item.documentType?.startsWith('aktuelt/') ? 'aktuelt' : 'dokumenter';
  return `/no/${area}/${slugOf(item)}/id${item.id}/`;
}

export interface RegjeringenListed extends ListedItem {
  item: RegjeringenItem;
  href: string;
  dateText: string;
  deadlineText: string;
  at: Date;
  page: number;
}

function listed(item: RegjeringenItem, today: Date, page: number): RegjeringenListed {
  const when = dating(today, item);
  const deadline = dating(today, { daysAgo: item.daysAgo - item.deadlineDays });
  const href = regjeringenPath(item);
  return {
    item,
    title: item.title,
    url: `https://www.regjeringen.no${href}`,
    href,
    publishedDay: when.publishedDay,
    at: when.at,
    dateText: formatDate.dottedPadded(when.day),
    deadlineText: formatDate.dottedPadded(deadline.day),
    summary: item.summary,
    onTopic: item.onTopic,
    page,
  };
}

function pagesOf(day: number, today: Date, table: readonly RegjeringenItem[]): RegjeringenListed[][] {
  return paginate(visibleOn(table, day).filter(isHearing), REGJERINGEN_PAGE_SIZE).map((items, page) =>
    items.map((item) => listed(item, today, page + 1)),
  );
}

/** Every hearing on every served listing page, in page order (the feed holds the same, newest first). */
export function regjeringenListing(day: number, today: Date, table: readonly RegjeringenItem[] = regjeringenItems): RegjeringenListed[] {
  return pagesOf(day, today, table).flat();
}

/** Non-ASCII as hexadecimal references, as the real templates write many attribute and text values. */
function hexRefs(text: string): string {
  return escapeHtml(text).replace(/[^\x00-\x7f]/g, (char) => `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`);
}

const shareLinks = (url: string, title: string): string => {
  const encoded = encodeURIComponent(url).toLowerCase();
  return `<ul class="sharePrint">
        <li class="sharing" data-doc-action="share">
<button id="sharing_label" class="sharing-toggle" data-sharing-toggler aria-controls="sharing_panel" aria-expanded="false">Del</button>
<div id="sharing_panel" class="sharing-panel" data-sharing-panel="">
    <p class="sharing-title">Del</p>
    <ul class="socialmedia_linklist">
        <li><a href="https://www.facebook.com/sharer.php?u=${encoded}" class="Facebook">Facebook</a></li>
        <li><a href="https://twitter.com/share?url=${encoded}" class="X">X/Twitter</a></li>
        <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=${encoded}" class="Linkedin">LinkedIn</a></li>
        <li><a href="mailto:?subject=${encodeURIComponent(`Tips frå regjeringa.no: ${title}`)}&amp;body=${encoded}" class="email">Epost</a></li>
    </ul>
    <button title="Lukk" class="closeButton" data-toggle="[data-sharing-panel]"><span class="visuallyhidden">Lukk</span></button>
</div>
        </li>
        <li class="print" data-doc-action="print"><button type="button" class="print-page" data-print-page="">Skriv ut</button></li>
    </ul>`;
};

const cookieBanner = `<div id="cb_wrapper-std" class="cookie_banner_wrapper not-selectable" data-nosnippet>
    <div id="std-elm"><div id="cookieApiData"></div></div>
</div>
<div id="cookiebannerInfo" class="cookiebannerInfo" data-consentname="_consent" data-svarbaseurl="https://svar.regjeringen.no" data-bannertitle="Regjeringa.no" data-nosnippet></div>
        <a id="top-of-page" tabindex="-1"></a>`;

function pageHeader(pageUrl: string, pageTitle: string, crumbs: string): string {
  return `${cookieBanner}
    <a href="#mainContent" class="skipLink">Til hovedinnhald</a>
<header class="pageHeader ">
    <div class="hygieneMenuWrapper">
<nav class="hygieneMenu" aria-label='Globale verktøy' data-hygiene-menu>
    <ul>
        <li class="language" data-nav="lang_selector">
            <button type="button" id="languageSelectorTrigger" aria-controls="languageSelector" class="language-selector-trigger flag nor"><span>Norsk</span></button>
            <ul id="languageSelector" class="custom-language-selector" aria-labelledby="languageSelectorTrigger">
                <li class="first-in-group"><a href="/en/find-document/consultations/id1763/" class="flag eng" lang="en-GB">Show this page in English</a></li>
                <li class="first-in-group last-in-group"><a href="/se/finn-dokument/gulaskuddamat-/id1763/" class="flag sme" lang="se-NO">&#x10C;&#xE1;jet d&#xE1;n siiddu s&#xE1;megillii</a></li>
            </ul>
        </li>
    </ul>
</nav>
    </div>
    <div class="pageHeaderUpper"><div class="logoWrapper">
<div class="logo"><span><a href="/no/id4/">Regjeringa.no<span></span></a></span></div>
        <button type="button" class="menuToggler" data-toggle-menu aria-expanded="false">Meny</button>
    </div></div>
    <nav class="megaMenu" aria-label="Hovedmeny">
        <ul>
            <li class="megaMenuItem"><a href="/no/tema/id208/" class="primaryMenuItem  hasDropdown" id="megamenupanel_0_label" role="button" aria-controls="megamenupanel_0">Tema</a>
<div class="megamenupanel_listing" id="megamenupanel_0" tabindex="-1" data-megamenu-target><ul class="columnize">
    <li><a href="/no/tema/arbeidsliv/id210/">Arbeidsliv</a></li>
    <li><a href="/no/tema/innvandring-og-integrering/id918/">Innvandring og integrering</a></li>
    <li><a href="/no/tema/lov-og-rett/id923/">Lov og rett</a></li>
    <li><a href="/no/tema/ukraina/id2905202/">Ukraina</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/dokument/id2000006/" class="primaryMenuItem  hasDropdown" id="megamenupanel_1_label" role="button" aria-controls="megamenupanel_1">Dokument</a>
<div class="megamenupanel_listing" id="megamenupanel_1" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/dokument/hoyringar/id1763/">Høyringar</a></li>
    <li><a href="/no/dokument/prop/id1753/">Proposisjonar til Stortinget</a></li>
    <li><a href="/no/dokument/meldst/id1754/">Meldingar til Stortinget</a></li>
    <li><a href="/no/dokument/nou-ar/id1767/">NOU-ar</a></li>
    <li><a href="/no/dokument/rundskriv/id1762/">Rundskriv</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/aktuelt/id1150/" class="primaryMenuItem  hasDropdown" id="megamenupanel_2_label" role="button" aria-controls="megamenupanel_2">Aktuelt</a>
<div class="megamenupanel_listing" id="megamenupanel_2" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/aktuelt/nyheter/id2006120/">Nyheter og pressemeldinger</a></li>
    <li><a href="/no/aktuelt/offisielt-fra-statsrad/offisielt-fra-statsrad1/id30297/">Offisielt frå statsrådet</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/dep/id933/" class="primaryMenuItem  hasDropdown" id="megamenupanel_3_label" role="button" aria-controls="megamenupanel_3">Departement</a>
<div class="megamenupanel_departementene" id="megamenupanel_3" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/dep/jd/id463/" class="dep-title">Justis- og beredskapsdepartementet</a>
        <a href="/no/dep/jd/org/justis-og-beredskapsminister-astri-aas-hansen/id3086325/" class="dep-minister">Astri Aas-Hansen (Ap)</a></li>
    <li><a href="/no/dep/aid/id165/" class="dep-title">Arbeids- og inkluderingsdepartementet</a>
        <a href="/no/dep/aid/om-arbeids-og-inkluderingsdepartementet/arbeids-og-inkluderingsminister-kjersti-stenseng/id3119047/" class="dep-minister">Kjersti Stenseng (Ap)</a></li>
</ul></div></li>
        </ul>
    </nav>
             <div class="breadcrumbsWrapper">
    <nav class="breadcrumbs no-nav-mob" data-nav="breadcrumb">
        <h2 id="breadcrumbs-label" class="breadcrumbs-label hide-for-desktop" aria-label="Du er her:">Du er her:</h2>
        <ul aria-labelledby="breadcrumbs-label">
            <li class="breadcrumb-item"><a href="/no/id4/" class="breadcrumb-item__text"><span>Forsida</span></a></li>
            <li class="breadcrumb-item"><a href="/no/dokument/id2000006/" class="breadcrumb-item__text"><span>Dokument</span></a></li>
            ${crumbs}
        </ul>
    </nav>
${shareLinks(pageUrl, pageTitle)}
            </div>
</header>
<div class="megaMenuOverlay" data-megamenu-overlay></div>`;
}

const footer = `<footer class="page-footer">
    <div class="wrapper"><div class="clearfix">
            <div class="col"><div class="logo"><a href="/">Regjeringa.no<span></span></a></div></div>
            <div class="col">
                <h2 class="title fw-500">Om nettstaden</h2>
<ul class="link-list ">
        <li><a href="/no/om-nettstedet/personvernerklaring/id650340/">Personvernerkl&#xE6;ring for  regjeringen.no</a></li>
        <li><a href="/no/dokument/hoyringar/id1763/?cedit=true" rel="nofollow">Administrer informasjonskapsler</a></li>
        <li><a href="/no/om-nettstedet/nyhetsvarsel/id2580650/">Nyhetsvarsel</a></li>
        <li><a href="/no/om-nettstedet/hjelp/rss/id476715/">RSS</a></li>
</ul>
            </div>
            <div class="col"><p>Departementenes digitaliseringsorganisasjon (DIO)</p><ul class="link-list"><li><a href="/no/kontakt/id224637/">Kontaktinformasjon</a></li></ul></div>
    </div></div>
</footer>
    <script src="/dist-web/js/vendor/combined/jquery-combined-scripts.js?v=202606173_211653"></script>
    <script type="module" src="/dist-web/js/bundle-footer-scripts.js?v=202606173_211653"></script>`;

const headCommon = `<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="consent.ver" content="20250221">
<link rel="stylesheet" href="/dist-web/css/main.css?v=202606173_211653" type="text/css">`;

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
