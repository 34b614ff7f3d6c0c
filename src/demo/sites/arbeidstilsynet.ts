/**
 * Arbeidstilsynet (www.arbeidstilsynet.no): RSS 2.0 at `/rss/nyheter/`, encoded windows-1252 and
 * declared only in the XML prolog; the Content-Type has no charset (stands for feeds from older
 * Norwegian CMSs, which rss-parser's `parseURL` garbles). Curly quotes and dashes use the bytes
 * 0x93/0x94/0x96, where windows-1252 and ISO-8859-1 differ.
 *
 * Day 2: the feed is gone (404), the news pages themselves stay.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  encodeWindows1252,
  escapeHtml,
  escapeXml,
  htmlResponse,
  renderPage,
  rfc822,
  slugOf,
  trimSlash,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const ARBEIDSTILSYNET_FEED_URL = 'https://www.arbeidstilsynet.no/rss/nyheter/';
const FEED_PATH = '/rss/nyheter';
/** From this day on the feed answers 404. */
export const ARBEIDSTILSYNET_GONE_DAY = 2;

export const arbeidstilsynetItems: TableItem[] = [
  {
    title: 'Tverretatlig a-krimsamarbeid – tidlig innsats hindrer kriminelle',
    slug: 'tverretatlig-a-krimsamarbeid--tidlig-innsats-hindrer-kriminelle', daysAgo: 1, onTopic: true,
    summary: 'Arbeidstilsynet, NAV, politiet og Skatteetaten har lagt fram felles årsrapport for innsatsen mot arbeidslivskriminalitet.',
  },
  {
    title: 'Nye regler for arbeid i høyden',
    daysAgo: 2, onTopic: false,
    summary: 'Fra 1. juli gjelder nye krav til sikring ved arbeid på tak og stillaser.',
  },
  {
    title: 'Verftsprosjektet i Møre og Romsdal: «grov utnyttelse av arbeidstakere»',
    slug: 'verftsprosjekt-more-og-romsdal', daysAgo: 4, onTopic: true,
    summary: 'A-krimsenteret fant lønn under allmenngjort minstelønn og ulovlig lange arbeidsdager for utenlandske arbeidstakere.',
  },
  {
    title: 'Kampanje om støy i barnehager',
    daysAgo: 6, onTopic: false,
    summary: 'Arbeidstilsynet besøker 300 barnehager for å se på støy og ergonomi.',
  },
  {
    title: 'Sosial dumping i renholdsbransjen: “Vi ser de samme mønstrene”',
    slug: 'sosial-dumping-i-renholdsbransjen', daysAgo: 8, onTopic: true,
    summary: 'Tilsyn i 120 renholdsvirksomheter avdekket brudd på reglene om lønn og arbeidstid – og mistanke om tvangsarbeid i to saker.',
  },
  {
    title: 'Ny veileder om ergonomi på kontoret',
    daysAgo: 11, onTopic: false,
    summary: 'Veilederen gir råd om arbeidsstillinger, pauser og tilrettelegging.',
  },
  {
    title: 'Mistanke om tvangsarbeid på gårdsbruk – saken er anmeldt',
    daysAgo: 14, onTopic: true,
    summary: 'Arbeidstilsynet har anmeldt et gårdsbruk etter funn som tyder på tvangsarbeid og menneskehandel.',
  },
  {
    title: 'Arbeidstilsynet åpner nytt kontor i Tromsø',
    daysAgo: 18, onTopic: false,
    summary: 'Kontoret får 25 ansatte og skal dekke Troms og Finnmark.',
  },
  {
    title: 'Bilpleiebransjen: 8 av 10 virksomheter brøt reglene – €-lønn og kontantbetaling',
    slug: 'bilpleiebransjen-8-av-10-brot-reglene', daysAgo: 22, onTopic: true,
    summary: 'Kontrollene avdekket sosial dumping, svart arbeid og arbeidstakere uten oppholdstillatelse.',
  },
];

export function arbeidstilsynetUrl(item: TableItem): string {
  return `https://www.arbeidstilsynet.no/nyheter/${slugOf(item)}/`;
}

/** The feed's items on `day` (empty once the feed is gone). */
export function arbeidstilsynetFeed(day: number, today: Date, table: readonly TableItem[] = arbeidstilsynetItems): (ListedItem & { pubDate: string })[] {
  if (day >= ARBEIDSTILSYNET_GONE_DAY) return [];
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: arbeidstilsynetUrl(item),
      pubDate: rfc822(when.at, 'oslo'),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(day: number, today: Date, table: readonly TableItem[]): string {
  return `<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0">
  <channel>
    <title>Arbeidstilsynet – nyheter</title>
    <link>https://www.arbeidstilsynet.no/nyheter/</link>
    <description>Nyheter fra Arbeidstilsynet</description>
    <language>nb-NO</language>
${arbeidstilsynetFeed(day, today, table)
  .map(
    (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <description>${escapeXml(i.summary)}</description>
      <pubDate>${i.pubDate}</pubDate>
      <guid isPermaLink="true">${escapeXml(i.url)}</guid>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}

const header = `<header class="at-header"><a href="/"><img src="/globalassets/logo.svg" alt="Arbeidstilsynet"></a>
<nav><a href="/arbeidsforhold/">Arbeidsforhold</a> <a href="/tema/">Tema</a> <a href="/nyheter/">Nyheter</a> <a href="/kontakt-oss/">Kontakt oss</a></nav></header>`;
const footer = `<footer class="at-footer"><p>Arbeidstilsynet · Postboks 4720 Torgarden · 7468 Trondheim</p></footer>`;

/** The arbeidstilsynet.no replica serving `table` (the eval feeds it a world of its own). */
export function makeArbeidstilsynetSite(table: readonly TableItem[]): ReplicaSite {
  return {
    name: 'arbeidstilsynet',
    hosts: ['www.arbeidstilsynet.no', 'arbeidstilsynet.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path === FEED_PATH) {
        if (state.day >= ARBEIDSTILSYNET_GONE_DAY) {
          const body = renderPage({ lang: 'no', title: 'Fant ikke siden - Arbeidstilsynet', header, footer, main: '<h1>Vi fant ikke siden du lette etter</h1><p>Siden kan ha blitt flyttet eller slettet.</p>' });
          return htmlResponse(body, { status: 404 });
        }
        return xmlResponse(encodeWindows1252(feed(state.day, state.today, table)), 'application/rss+xml');
      }
      const item = visibleOn(table, state.day).find((i) => trimSlash(new URL(arbeidstilsynetUrl(i)).pathname) === path);
      if (!item) return null;
      const main = `<article><h1>${escapeHtml(item.title)}</h1><p class="ingress">${escapeHtml(item.summary)}</p></article>`;
      return htmlResponse(renderPage({ lang: 'no', title: `${item.title} - Arbeidstilsynet`, header, main, footer }));
    },
  };
}

export const arbeidstilsynet: ReplicaSite = makeArbeidstilsynetSite(arbeidstilsynetItems);
