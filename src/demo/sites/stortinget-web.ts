/**
 * Stortinget's web RSS (www.stortinget.no): the representantforslag feed under
 * `/no/Stottemeny/RSS/`. The real feeds' quirks: no `pubDate` (the date is in `dc:date`, ISO
 * 8601), and some items have an empty `<guid/>`. The title is short; the description holds the
 * long "Representantforslag fra stortingsrepresentantene … om …".
 *
 * The data.stortinget.no API is another module (stortinget.ts). Both may answer for
 * www.stortinget.no: sites/index.ts lets a request fall through to the other when one returns null.
 */
import { stortingetExpected } from './stortinget.js';
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  htmlResponse,
  isoOslo,
  osloDay,
  renderPage,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const STORTINGET_RSS_URL = 'https://www.stortinget.no/no/Stottemeny/RSS/Representantforslag/';
const FEED_PATH = '/no/stottemeny/rss/representantforslag';

export interface StortingetRssItem extends TableItem {
  /** Dokument 8 number within the session. */
  number: number;
  /** Proposers as the description names them. */
  from: string;
  /** The feed writes `<guid/>` for this item (a real quirk). */
  emptyGuid?: boolean;
}

export const stortingetRssItems: StortingetRssItem[] = [
  {
    title: 'Representantforslag om en nasjonal handlingsplan mot tvangsarbeid og menneskehandel',
    number: 131, daysAgo: 0, fromDay: 2, from: 'Grunde Almeland og Ingvild Wetrhus Thorsvik', onTopic: true,
    summary: 'en nasjonal handlingsplan mot tvangsarbeid og menneskehandel',
  },
  {
    title: 'Representantforslag om å senke merverdiavgiften på frukt og grønt',
    number: 128, daysAgo: 1, from: 'Kirsti Bergstø og Freddy André Øvstegård', onTopic: false,
    summary: 'å senke merverdiavgiften på frukt og grønt',
  },
  {
    title: 'Representantforslag om bedre oppfølging av enslige mindreårige asylsøkere',
    number: 126, daysAgo: 3, from: 'Olaug Vervik Bollestad og Kjell Ingolf Ropstad', onTopic: true, emptyGuid: true,
    summary: 'bedre oppfølging av enslige mindreårige asylsøkere som forsvinner fra mottak',
  },
  {
    title: 'Representantforslag om bompengefritak for nullutslippsvarebiler',
    number: 122, daysAgo: 5, from: 'Frank Edvard Sve og Bård Hoksrud', onTopic: false,
    summary: 'bompengefritak for nullutslippsvarebiler',
  },
  {
    title: 'Representantforslag om å styrke kampen mot arbeidslivskriminalitet og sosial dumping',
    number: 119, daysAgo: 7, from: 'Marian Hussein og Kirsti Bergstø', onTopic: true,
    summary: 'å styrke kampen mot arbeidslivskriminalitet og sosial dumping i byggebransjen',
  },
  {
    title: 'Representantforslag om å bevare fødetilbudet i distriktene',
    number: 115, daysAgo: 10, from: 'Per Olaf Lundteigen', onTopic: false, emptyGuid: true,
    summary: 'å bevare fødetilbudet i distriktene',
  },
  {
    title: 'Representantforslag om straff for sexkjøp i utlandet',
    number: 110, daysAgo: 14, from: 'Hans Fredrik Grøvan', onTopic: true,
    summary: 'å skjerpe straffen for sexkjøp begått av nordmenn i utlandet',
  },
  {
    title: 'Representantforslag om styrket tilstedeværelse for Forsvaret i nord',
    number: 104, daysAgo: 19, from: 'Christian Tybring-Gjedde og Erlend Wiborg', onTopic: false, emptyGuid: true,
    summary: 'styrket tilstedeværelse for Forsvaret i nord',
  },
  {
    title: 'Representantforslag om tiltak for å beskytte ukrainske flyktninger mot utnyttelse',
    number: 98, daysAgo: 26, from: 'Lan Marie Nguyen Berg', onTopic: true,
    summary: 'tiltak for å beskytte ukrainske flyktninger mot utnyttelse på arbeidsmarkedet',
  },
];

/** The parliamentary session a day falls in: sessions start on 1 October ("2025-2026"). */
export function sessionOf(today: Date): string {
  const { year, month } = osloDay(today);
  return month >= 10 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

export function stortingetRssUrl(item: StortingetRssItem, today: Date): string {
  const session = sessionOf(today);
  const short = `${session.slice(0, 4)}${session.slice(7, 9)}`; // "2025-2026" → "202526"
  return `https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/${session}/dok8-${short}-${String(item.number).padStart(3, '0')}s/`;
}

/** The feed's items on `day`, newest first. */
export function stortingetRssFeed(
  day: number,
  today: Date,
  table: readonly StortingetRssItem[] = stortingetRssItems,
): (ListedItem & { guid: string; dcDate: string })[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const url = stortingetRssUrl(item, today);
    return {
      title: item.title,
      url,
      guid: item.emptyGuid ? '' : url,
      dcDate: isoOslo(when.at),
      publishedDay: when.publishedDay,
      summary: `Representantforslag fra stortingsrepresentantene ${item.from} om ${item.summary}`,
      onTopic: item.onTopic,
    };
  });
}

function feed(day: number, today: Date, table: readonly StortingetRssItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Stortinget - Representantforslag</title>
    <link>https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/</link>
    <description>Representantforslag fremmet for Stortinget</description>
    <language>no</language>
${stortingetRssFeed(day, today, table)
  .map(
    (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <description>${escapeXml(i.summary)}</description>
      ${i.guid === '' ? '<guid/>' : `<guid isPermaLink="true">${escapeXml(i.guid)}</guid>`}
      <dc:date>${i.dcDate}</dc:date>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}

/** A web page the API's items link to: a case (?p=) or a written question (?qid=). */
export interface StortingetPage {
  title: string;
  url: string;
}

/**
 * The www.stortinget.no replica: the representantforslag feed from `table`, and the pages of
 * `apiPages(state)` (by default the API replica's default items).
 */
export function makeStortingetWebSite(
  table: readonly StortingetRssItem[],
  apiPages: (state: ReplicaState) => readonly StortingetPage[] = (state) => stortingetExpected(state.day, state.today),
): ReplicaSite {
  return {
    name: 'stortinget-web',
    hosts: ['www.stortinget.no', 'stortinget.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      // The real site (IIS) ignores case in paths.
      const path = request.path.toLowerCase().replace(/\/$/, '');
      if (path === FEED_PATH) return xmlResponse(feed(state.day, state.today, table), 'application/rss+xml; charset=utf-8');
      const apiItem = apiPages(state).find((i) => {
        const url = new URL(i.url);
        return url.pathname.toLowerCase().replace(/\/$/, '') === path && url.search === `?${request.query.toString()}`;
      });
      const item = apiItem
        ? { title: apiItem.title, summary: '' }
        : stortingetRssFeed(state.day, state.today, table).find((i) => new URL(i.url).pathname.toLowerCase().replace(/\/$/, '') === path);
      if (!item) return null;
      const header = '<header class="header"><a href="/no/">Stortinget</a><nav><a href="/no/Saker-og-publikasjoner/">Saker og publikasjoner</a> <a href="/no/Representanter-og-komiteer/">Representanter og komiteer</a></nav></header>';
      const footer = '<footer class="footer"><p>Stortinget, 0026 Oslo · Telefon 23 31 30 50</p></footer>';
      const main = `<h1>${escapeHtml(item.title)}</h1><p>${escapeHtml(item.summary)}</p>`;
      return htmlResponse(renderPage({ lang: 'nb', title: `${item.title} - Stortinget`, header, main, footer }));
    },
  };
}

export const stortingetWeb: ReplicaSite = makeStortingetWebSite(stortingetRssItems);
