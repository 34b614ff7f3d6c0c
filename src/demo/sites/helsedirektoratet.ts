/**
 * Helsedirektoratet (www.helsedirektoratet.no): the news feed at `/rss`, served as Atom 1.0 so
 * that every feed flavour is covered by a shipped source (RSS 2.0: lovdata, EU, Stortinget;
 * RSS 1.0/RDF: fixtures; Atom: here). The real endpoint's flavour is unconfirmed (SOURCES.md: L-M).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  htmlResponse,
  isoOslo,
  renderPage,
  slugOf,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const HELSEDIREKTORATET_FEED_URL = 'https://www.helsedirektoratet.no/rss';
const SITE = 'https://www.helsedirektoratet.no';

export const helsedirektoratetItems: TableItem[] = [
  {
    title: 'Helsehjelp til ofre for menneskehandel – ny veileder',
    daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'Veilederen beskriver rettigheter og gode rutiner for helsetjenesten i møte med mulige ofre for menneskehandel.',
  },
  {
    title: 'Nye kostråd for barn og unge',
    daysAgo: 1, onTopic: false,
    summary: 'Rådene er oppdatert etter ny kunnskap om kosthold og helse.',
  },
  {
    title: 'Webinar: Risiko for utnytting og menneskehandel',
    slug: 'risiko-for-utnytting-og-menneskehandel', daysAgo: 3, onTopic: true,
    summary: 'Webinar for kommunalt ansatte om risiko for utnytting av ukrainske flyktninger og andre sårbare grupper.',
  },
  {
    title: 'Tall fra fastlegeordningen: flere innbyggere har fått fastlege',
    daysAgo: 5, onTopic: false,
    summary: 'Andelen innbyggere på liste uten fastlege har gått ned for fjerde kvartal på rad.',
  },
  {
    title: 'Helsetilbud til flyktninger fra Ukraina',
    daysAgo: 8, onTopic: true,
    summary: 'Oppdatert informasjon om helseundersøkelse, vaksinasjon og psykisk helsehjelp for flyktninger fra Ukraina.',
  },
  {
    title: 'Influensavaksinen er klar',
    daysAgo: 12, onTopic: false,
    summary: 'Risikogrupper og ansatte i helsetjenesten bør ta vaksinen.',
  },
  {
    title: 'Kartlegging av helsetjenester til asylsøkere i mottak',
    daysAgo: 16, onTopic: true,
    summary: 'Kartleggingen viser store forskjeller mellom kommunene i tilbudet til asylsøkere.',
  },
  {
    title: 'Økt bruk av snus blant unge kvinner',
    daysAgo: 21, onTopic: false,
    summary: 'Nye tall fra Folkehelseinstituttet viser at bruken fortsetter å øke.',
  },
  {
    title: 'Nasjonal faglig retningslinje for barn utsatt for vold og seksuell utnytting',
    daysAgo: 27, onTopic: true,
    summary: 'Retningslinjen gir anbefalinger om avdekking og oppfølging i helse- og omsorgstjenesten.',
  },
  {
    title: 'Tilskudd til kommunalt rusarbeid 2026',
    daysAgo: 34, onTopic: false,
    summary: 'Kommuner kan nå søke om tilskudd til å styrke rusarbeidet.',
  },
];

export function helsedirektoratetUrl(item: TableItem): string {
  return `${SITE}/nyheter/${slugOf(item)}`;
}

/** The feed's entries on `day`, newest first. */
export function helsedirektoratetFeed(day: number, today: Date, table: readonly TableItem[] = helsedirektoratetItems): (ListedItem & { published: string })[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: helsedirektoratetUrl(item),
      published: isoOslo(when.at),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(day: number, today: Date, table: readonly TableItem[]): string {
  const entries = helsedirektoratetFeed(day, today, table);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>Helsedirektoratet – nyheter</title>
  <link rel="alternate" type="text/html" href="${SITE}/nyheter"/>
  <link rel="self" type="application/atom+xml" href="${HELSEDIREKTORATET_FEED_URL}"/>
  <id>${SITE}/rss</id>
  <updated>${entries[0]?.published ?? isoOslo(today)}</updated>
  <author><name>Helsedirektoratet</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <id>${escapeXml(e.url)}</id>
    <published>${e.published}</published>
    <updated>${e.published}</updated>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** The helsedirektoratet.no replica serving `table` (the eval feeds it a world of its own). */
export function makeHelsedirektoratetSite(table: readonly TableItem[]): ReplicaSite {
  return {
    name: 'helsedirektoratet',
    hosts: ['www.helsedirektoratet.no', 'helsedirektoratet.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      if (request.path === '/rss') return xmlResponse(feed(state.day, state.today, table), 'application/atom+xml; charset=utf-8');
      const item = visibleOn(table, state.day).find((i) => new URL(helsedirektoratetUrl(i)).pathname === request.path);
      if (!item) return null;
      const header = '<header class="header"><a href="/">Helsedirektoratet</a><nav><a href="/tema">Tema</a> <a href="/retningslinjer">Retningslinjer</a> <a href="/nyheter">Nyheter</a></nav></header>';
      const footer = '<footer class="footer"><p>Helsedirektoratet · Postboks 220 Skøyen · 0213 Oslo</p></footer>';
      const main = `<article><h1>${escapeHtml(item.title)}</h1><p class="ingress">${escapeHtml(item.summary)}</p></article>`;
      return htmlResponse(renderPage({ lang: 'nb', title: `${item.title} - Helsedirektoratet`, header, main, footer }));
    },
  };
}

export const helsedirektoratet: ReplicaSite = makeHelsedirektoratetSite(helsedirektoratetItems);
