/**
 * The regjeringen.no replica's facts: its addresses, the real robots.txt, the table of documents
 * and which of them the høyringar listing shows on which page. regjeringen.ts renders them.
 */
import { dating, formatDate, paginate, slugOf, visibleOn, type ListedItem, type TableItem } from './common.js';

export const REGJERINGEN_LISTING_URL = 'https://www.regjeringen.no/no/dokument/hoyringar/id1763/';
export const LISTING_PATH = '/no/dokument/hoyringar/id1763';
export const REGJERINGEN_FEED_URL = 'https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=dokumenter/h%C3%B8ringer';
export const FEED_PATH = '/no/rss/Rss/2581966';
export const FEED_DOCUMENT_TYPE = 'dokumenter/høringer';
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

export function isHearing(item: RegjeringenItem): boolean {
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

export function listed(item: RegjeringenItem, today: Date, page: number): RegjeringenListed {
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

export function pagesOf(day: number, today: Date, table: readonly RegjeringenItem[]): RegjeringenListed[][] {
  return paginate(visibleOn(table, day).filter(isHearing), REGJERINGEN_PAGE_SIZE).map((items, page) =>
    items.map((item) => listed(item, today, page + 1)),
  );
}

/** Every hearing on every served listing page, in page order (the feed holds the same, newest first). */
export function regjeringenListing(day: number, today: Date, table: readonly RegjeringenItem[] = regjeringenItems): RegjeringenListed[] {
  return pagesOf(day, today, table).flat();
}
