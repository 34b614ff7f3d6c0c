/**
 * Lovdata's feed of new court decisions: RSS 2.0 at `/feed?data=newJudgements&type=RSS`, the
 * sibling of the news feed `data=newArticles` (lovdata.ts). Known (docs/sources.md): the feed
 * URL (two public projects' source lists), that the free database holds the Supreme Court's
 * decisions from 2008 and selected appeal and district court decisions, case ids
 * `HR-2026-346-U` (court, year, number, kind), public decision pages
 * `/dokument/<BASE>/avgjorelse/<id>` (the seed issue's `/dokument/LBSTR/avgjorelse/lb-2018-102939-2`).
 * Not known: the feed's own items; here each is titled "<case id> – <keywords>", described by
 * its summary, and links the public decision page.
 *
 * The host is shared with the news feed replica (lovdata.ts), which keeps `/pro/` and its login;
 * this one answers only its feed and decision pages.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  htmlResponse,
  renderPage,
  rfc822,
  slugify,
  trimSlash,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const LOVDATA_DOMMER_FEED_URL = 'https://lovdata.no/feed?data=newJudgements&type=RSS';
const SITE = 'https://lovdata.no';

/** The database a court's decisions are in: HRSTR (Høyesterett), LBSTR (lagmannsrettene), TRSTR (tingrettene). */
function baseOf(caseId: string): string {
  if (caseId.startsWith('HR-')) return 'HRSTR';
  if (caseId.startsWith('L')) return 'LBSTR';
  return 'TRSTR';
}

export interface LovdataDommerItem extends TableItem {
  /** "HR-2026-412-A"; when left out, the title's first word. */
  caseId?: string;
}

export const lovdataDommerItems: LovdataDommerItem[] = [
  {
    title: 'LB-2026-48211 – Strafferett. Menneskehandel. Tvangsarbeid i bilpleiebransjen',
    daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'Lagmannsretten fant to tiltalte skyldige i menneskehandel etter straffeloven § 257 for å ha utnyttet arbeidere til tvangsarbeid.',
  },
  {
    title: 'HR-2026-501-A – Skatterett. Fradrag for tap på fordring',
    daysAgo: 1, onTopic: false,
    summary: 'Spørsmål om fradrag for tap på lån til eget selskap. Høyesterett kom til at tapet ikke var fradragsberettiget.',
  },
  {
    title: 'HR-2026-488-U – Straffeprosess. Anke over kjennelse om varetektsfengsling',
    daysAgo: 2, onTopic: false,
    summary: 'Ankeutvalget forkastet anken over lagmannsrettens kjennelse om forlenget varetektsfengsling.',
  },
  {
    title: 'TOSL-2025-190552 – Strafferett. Menneskehandel. Utnyttelse til prostitusjon',
    daysAgo: 4, onTopic: true,
    summary: 'Tingretten dømte en mann til fengsel i fem år for menneskehandel og hallikvirksomhet overfor to unge kvinner.',
  },
  {
    title: 'LG-2026-12980 – Kontraktsrett. Mangel ved fast eiendom',
    daysAgo: 6, onTopic: false,
    summary: 'Lagmannsretten kom til at fuktskaden var en mangel og tilkjente kjøperen prisavslag.',
  },
  {
    title: 'HR-2026-455-A – Utlendingsrett. Utvisning av mulig offer for menneskehandel',
    daysAgo: 8, onTopic: true,
    summary: 'Høyesterett opphevet utvisningsvedtaket fordi forholdet til EMK artikkel 4 og mulig menneskehandel ikke var tilstrekkelig vurdert.',
  },
  {
    title: 'LE-2026-33105 – Arbeidsrett. Oppsigelse under prøvetid',
    daysAgo: 11, onTopic: false,
    summary: 'Oppsigelsen var saklig begrunnet i manglende tilpasning til arbeidet.',
  },
  {
    title: 'HR-2026-432-A – Strafferett. Straffutmåling ved grov utnyttelse av arbeidskraft',
    daysAgo: 15, onTopic: true,
    summary: 'Høyesterett fastsatte straffen for grov arbeidsutnyttelse etter straffeloven § 252 til fengsel i to år og seks måneder.',
  },
];

export function caseIdOf(item: LovdataDommerItem): string {
  return item.caseId ?? item.title.split(/\s/)[0]!;
}

/** The public decision page: `/dokument/HRSTR/avgjorelse/hr-2026-455-a`. */
export function lovdataDommerUrl(item: LovdataDommerItem): string {
  const id = caseIdOf(item);
  return `${SITE}/dokument/${baseOf(id)}/avgjorelse/${slugify(id)}`;
}

export function lovdataDommerFeed(table: readonly LovdataDommerItem[], day: number, today: Date): (ListedItem & { guid: string; pubDate: string })[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: lovdataDommerUrl(item),
      guid: `lovdata-avgjorelse-${slugify(caseIdOf(item))}`,
      pubDate: rfc822(when.at, 'gmt'),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(table: readonly LovdataDommerItem[], day: number, today: Date): string {
  const items = lovdataDommerFeed(table, day, today);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Lovdata – nye avgjørelser</title>
<link>https://lovdata.no/register/avgjørelser</link>
<description>Nye rettsavgjørelser fra Lovdata</description>
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
<nav><a href="/register/lover">Lover</a> <a href="/register/forskrifter">Forskrifter</a> <a href="/register/avgjørelser">Avgjørelser</a> <a href="/pro/">Lovdata Pro</a></nav></header>`;
const footer = `<footer class="lovdata-footer"><p>Stiftelsen Lovdata · Postboks 2016 Vika · 0125 Oslo</p></footer>`;

/** Lovdata's decision feed serving `table`: `/feed?data=newJudgements&type=RSS` and the decision pages. */
export function makeLovdataDommerSite(table: readonly LovdataDommerItem[]): ReplicaSite {
  return {
    name: 'lovdata-dommer',
    hosts: ['lovdata.no', 'www.lovdata.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      if (path === '/feed') {
        if (request.query.get('data') !== 'newJudgements' || request.query.get('type') !== 'RSS') return null;
        return xmlResponse(feed(table, state.day, state.today), 'application/rss+xml; charset=UTF-8');
      }
      const item = visibleOn(table, state.day).find((i) => new URL(lovdataDommerUrl(i)).pathname === path);
      if (!item) return null;
      const body = `<article><h1>${escapeHtml(item.title)}</h1><p>${escapeHtml(item.summary)}</p></article>`;
      return htmlResponse(renderPage({ lang: 'no', title: `${caseIdOf(item)} - Lovdata`, header, main: body, footer }));
    },
  };
}

export const lovdataDommer: ReplicaSite = makeLovdataDommerSite(lovdataDommerItems);
