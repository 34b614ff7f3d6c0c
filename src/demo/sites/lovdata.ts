/**
 * Lovdata (lovdata.no): RSS 2.0 at `/feed?data=newArticles&type=RSS`. Anything under `/pro/`
 * needs a login: it answers 302 to `/pro/login?…` (stands for Lovdata Pro; a link checker must
 * call this "needs login", not "dead").
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  htmlResponse,
  redirectResponse,
  renderPage,
  rfc822,
  slugOf,
  trimSlash,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const LOVDATA_FEED_URL = 'https://lovdata.no/feed?data=newArticles&type=RSS';

export interface LovdataItem extends TableItem {
  id: number;
  /** Where the item links, when not a Lovdata article (a public or a Pro-only document). */
  link?: string;
}

export const lovdataItems: LovdataItem[] = [
  {
    title: 'Endringer i utlendingsforskriften: oppholdstillatelse for ofre for menneskehandel',
    id: 4821, daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'Forskriftsendringen gir ofre for menneskehandel som vitner i straffesak rett til oppholdstillatelse i hele saksbehandlingstiden.',
  },
  {
    title: 'Ny forskrift om informasjonsdeling mot arbeidslivskriminalitet (akrim-informasjonsforskriften)',
    id: 4817, daysAgo: 1, onTopic: true,
    summary: 'Forskriften regulerer deling av taushetsbelagte opplysninger i det tverretatlige samarbeidet mot arbeidslivskriminalitet.',
  },
  {
    title: 'Lovdata lanserer ny søkemotor',
    id: 4815, daysAgo: 2, onTopic: false,
    summary: 'Den nye søkemotoren gir bedre treff på rettskilder og raskere svar.',
  },
  {
    title: 'Høyesterett: straffutmåling ved tvangsarbeid og grov utnyttelse av arbeidskraft',
    id: 4812, daysAgo: 4, onTopic: true,
    // Lovdata Pro links carry the document in the fragment; the server only sees /pro/.
    link: 'https://lovdata.no/pro/#document/HRSTR/avgjorelse/hr-2026-412-a',
    summary: 'Høyesterett tok stilling til straffutmålingen i en sak om tvangsarbeid etter straffeloven § 257.',
  },
  {
    title: 'Endringer i skatteloven fra 1. januar',
    id: 4809, daysAgo: 5, onTopic: false,
    summary: 'Oversikt over endringer i skatteloven som trer i kraft ved nyttår.',
  },
  {
    title: 'Lagmannsretten stadfestet frifinnelse for menneskehandel',
    id: 4806, daysAgo: 7, onTopic: true,
    link: 'https://lovdata.no/dokument/LBSTR/avgjorelse/lb-2025-102939-2',
    summary: 'Lagmannsretten kom til at vilkåret om utnyttelse til prostitusjon ikke var bevist utover rimelig tvil.',
  },
  {
    title: 'Endringer i vegtrafikkloven om førerkort',
    id: 4803, daysAgo: 9, onTopic: false,
    summary: 'Nye regler for fornyelse av førerkort for eldre bilførere.',
  },
  {
    title: 'Lovendringer om beskyttelse av enslige mindreårige asylsøkere',
    id: 4799, daysAgo: 12, onTopic: true,
    summary: 'Endringene i utlendingsloven gir hjemmel for statlig tilsyn med omsorgen i asylmottak.',
  },
  {
    title: 'Lovdata Pro: nye funksjoner for advokater',
    id: 4795, daysAgo: 15, onTopic: false,
    summary: 'Nå kan du lagre søk og få varsler om nye avgjørelser.',
  },
  {
    title: 'Endringer i barnevernsloven trer i kraft',
    id: 4790, daysAgo: 19, onTopic: false,
    summary: 'Endringene gjelder saksbehandlingsregler og frister.',
  },
  {
    title: 'Nye regler om sexkjøp i utlandet vurderes',
    id: 4786, daysAgo: 23, onTopic: true,
    summary: 'Departementet har sendt på høring et forslag om å skjerpe straffen for kjøp av seksuelle tjenester.',
  },
];

export function lovdataUrl(item: LovdataItem): string {
  return item.link ?? `https://lovdata.no/artikkel/${slugOf(item)}/${item.id}`;
}

/** The feed's items on `day`, newest first. */
export function lovdataFeed(day: number, today: Date, table: readonly LovdataItem[] = lovdataItems): (ListedItem & { guid: string; pubDate: string })[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: lovdataUrl(item),
      guid: `lovdata-artikkel-${item.id}`,
      pubDate: rfc822(when.at, 'gmt'),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(day: number, today: Date, table: readonly LovdataItem[]): string {
  const items = lovdataFeed(day, today, table);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Lovdata – nye artikler</title>
<link>https://lovdata.no/</link>
<description>Nye artikler fra Lovdata</description>
<language>no</language>
${items
  .map(
    (i) => `<item>
<title>${escapeXml(i.title)}</title>
<link>${escapeXml(i.url)}</link>
<description>${escapeXml(i.summary)}</description>
<pubDate>${i.pubDate}</pubDate>
<guid isPermaLink="false">${i.guid}</guid>
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

const header = `<header class="lovdata-header"><a href="/"><img src="/static/img/lovdata-logo.svg" alt="Lovdata"></a>
<nav><a href="/register/lover">Lover</a> <a href="/register/forskrifter">Forskrifter</a> <a href="/pro/">Lovdata Pro</a></nav></header>`;
const footer = `<footer class="lovdata-footer"><p>Stiftelsen Lovdata · Postboks 2016 Vika · 0125 Oslo</p></footer>`;

function page(title: string, body: string): string {
  return renderPage({ lang: 'no', title: `${title} - Lovdata`, header, main: body, footer });
}

/** The lovdata.no replica serving `table` (the eval feeds it a world of its own). */
export function makeLovdataSite(table: readonly LovdataItem[]): ReplicaSite {
  return {
    name: 'lovdata',
    hosts: ['lovdata.no', 'www.lovdata.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path === '/feed') {
        if (request.query.get('data') !== 'newArticles' || request.query.get('type') !== 'RSS') return null;
        return xmlResponse(feed(state.day, state.today, table), 'application/rss+xml; charset=UTF-8');
      }
      if (path === '/pro/login') {
        return htmlResponse(page('Logg inn', '<form class="login" method="post" action="/pro/login"><h1>Logg inn på Lovdata Pro</h1><input name="username"><input name="password" type="password"><button>Logg inn</button></form>'));
      }
      if (path === '/pro' || path.startsWith('/pro/')) {
        const back = request.path + (request.query.size > 0 ? `?${request.query.toString()}` : '');
        return redirectResponse(`https://lovdata.no/pro/login?returnUrl=${encodeURIComponent(back)}`, 302);
      }
      const item = visibleOn(table, state.day).find((i) => new URL(lovdataUrl(i)).pathname === path);
      if (!item) return null;
      const body = `<article><h1>${escapeHtml(item.title)}</h1><p>${escapeHtml(item.summary)}</p></article>`;
      return htmlResponse(page(item.title, body));
    },
  };
}

export const lovdata: ReplicaSite = makeLovdataSite(lovdataItems);
