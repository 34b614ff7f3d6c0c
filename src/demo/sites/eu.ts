/**
 * European Commission, Migration and Home Affairs (home-affairs.ec.europa.eu): the Drupal RSS
 * feed at `/node/2/rss_en`. Drupal style: `xml:base`, `dc:creator`, GUIDs "<nid> at <site>"
 * (not permalinks), pubDate with a numeric zone.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  escapeXml,
  htmlResponse,
  renderPage,
  rfc822,
  slugOf,
  visibleOn,
  xmlResponse,
  type ListedItem,
  type TableItem,
} from './common.js';

export const EU_FEED_URL = 'https://home-affairs.ec.europa.eu/node/2/rss_en';
const SITE = 'https://home-affairs.ec.europa.eu';

export interface EuItem extends TableItem {
  nid: number;
}

export const euItems: EuItem[] = [
  {
    title: 'EU Anti-Trafficking Coordinator presents new EU Strategy on Combatting Trafficking in Human Beings',
    nid: 98765, daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'The new Strategy focuses on prevention, on bringing traffickers to justice and on protecting and empowering victims, including those exploited for forced labour.',
  },
  {
    title: 'A Common Anti-Trafficking Plan to protect people fleeing the war in Ukraine',
    slug: 'new-anti-trafficking-plan-protect-people-fleeing-war-ukraine', nid: 98702, daysAgo: 2, onTopic: true,
    summary: 'The plan addresses the risks of trafficking in human beings and supports potential victims among refugees from Ukraine.',
  },
  {
    title: 'Schengen Borders Code: Council adopts revised rules',
    nid: 98688, daysAgo: 3, onTopic: false,
    summary: 'The revised rules clarify when internal border controls may be reintroduced.',
  },
  {
    title: 'European Drug Report: record seizures of cocaine in EU ports',
    nid: 98650, daysAgo: 5, onTopic: false,
    // Matches "trafficking*" without being about trafficking in human beings: a realistic false positive.
    summary: 'Drug trafficking networks increasingly exploit logistics hubs, the report finds.',
  },
  {
    title: 'Revised Anti-Trafficking Directive: Member States report on transposition',
    nid: 98611, daysAgo: 8, onTopic: true,
    summary: 'Forced marriage, illegal adoption and exploitation of surrogacy are now covered by the EU definition of trafficking in human beings.',
  },
  {
    title: 'Commission proposes new rules on visa suspension mechanism',
    nid: 98574, daysAgo: 11, onTopic: false,
    summary: 'The proposal allows faster suspension of visa-free travel in case of abuse.',
  },
  {
    title: 'Pact on Migration and Asylum: Common Implementation Plan',
    nid: 98530, daysAgo: 14, onTopic: true,
    summary: 'The plan sets out milestones for Member States to apply the new asylum and migration rules, including safeguards for unaccompanied minors.',
  },
  {
    title: 'EU Internet Forum: ministerial meeting on online radicalisation',
    nid: 98497, daysAgo: 19, onTopic: false,
    summary: 'Ministers and tech companies discussed the spread of terrorist content online.',
  },
  {
    title: 'Fifth report on the progress made in the fight against trafficking in human beings',
    nid: 98450, daysAgo: 25, onTopic: true,
    summary: 'Sexual exploitation remains the most common form, but trafficking for labour exploitation is rising.',
  },
  {
    title: 'Cybercrime: Commission launches call for proposals',
    nid: 98403, daysAgo: 31, onTopic: false,
    summary: 'EUR 15 million is available for projects strengthening law enforcement capacity.',
  },
];

export function euUrl(item: EuItem): string {
  return `${SITE}/news/${slugOf(item)}_en`;
}

/** The feed's items on `day`, newest first. */
export function euFeed(day: number, today: Date, table: readonly EuItem[] = euItems): (ListedItem & { guid: string; pubDate: string })[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    return {
      title: item.title,
      url: euUrl(item),
      guid: `${item.nid} at ${SITE}`,
      pubDate: rfc822(when.at, 'oslo'),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(day: number, today: Date, table: readonly EuItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="${SITE}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Migration and Home Affairs - News</title>
    <link>${SITE}/</link>
    <description>Latest news from DG Migration and Home Affairs</description>
    <language>en</language>
    <atom:link href="${EU_FEED_URL}" rel="self" type="application/rss+xml"/>
${euFeed(day, today, table)
  .map(
    (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <description>${escapeXml(`<p>${escapeHtml(i.summary)}</p>`)}</description>
      <pubDate>${i.pubDate}</pubDate>
      <dc:creator>Directorate-General for Migration and Home Affairs</dc:creator>
      <guid isPermaLink="false">${escapeXml(i.guid)}</guid>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}

/** The home-affairs.ec.europa.eu replica serving `table` (the eval feeds it a world of its own). */
export function makeEuSite(table: readonly EuItem[]): ReplicaSite {
  return {
    name: 'eu',
    hosts: ['home-affairs.ec.europa.eu'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      if (request.path === '/node/2/rss_en') return xmlResponse(feed(state.day, state.today, table), 'application/rss+xml; charset=utf-8');
      const item = visibleOn(table, state.day).find((i) => new URL(euUrl(i)).pathname === request.path);
      if (!item) return null;
      const header = '<header class="ecl-site-header"><a href="https://commission.europa.eu/">European Commission</a> <span>Migration and Home Affairs</span></header>';
      const footer = '<footer class="ecl-site-footer"><a href="https://commission.europa.eu/legal-notice_en">Legal notice</a></footer>';
      const main = `<article><h1 class="ecl-page-header__title">${escapeHtml(item.title)}</h1><p>${escapeHtml(item.summary)}</p></article>`;
      return htmlResponse(renderPage({ lang: 'en', title: `${item.title} - Migration and Home Affairs`, header, main, footer }));
    },
  };
}

export const eu: ReplicaSite = makeEuSite(euItems);
