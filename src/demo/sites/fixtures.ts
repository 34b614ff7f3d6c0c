/**
 * Test-only host `fixtures.test` (not in sources.json): one page per parser trap. Each fixture
 * exports what a correct reader should get out of it (`fixtureExpectations`).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  encodeLatin1,
  escapeHtml,
  escapeXml,
  formatDate,
  htmlResponse,
  isoOslo,
  renderPage,
  rfc822,
  xmlResponse,
} from './common.js';

export const FIXTURES_HOST = 'fixtures.test';
const BASE = `https://${FIXTURES_HOST}`;

export const SCRIPT_TITLE = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
export const BARE_AMPERSAND_TITLE = 'Arbeidstilsynet & Skatteetaten: felles kontroller i byggebransjen';

export interface FixtureItem {
  title: string;
  url: string;
  guid?: string;
  /** Days before today. */
  daysAgo: number;
}

export interface FixtureExpectation {
  /** What the fixture tests. */
  about: string;
  /** For html fixtures: selectors as a sources.json `select` block would give them. */
  select?: { item: string; link: string; title?: string; date?: string; dateAttribute?: string; summary?: string };
  items: FixtureItem[];
}

export const fixtureExpectations: Record<string, FixtureExpectation> = {
  '/malformed.xml': {
    about:
      'RSS 2.0 with an unclosed <category> in the second item and no </channel></rss> at the end (a truncated download). A lenient parser recovers all three items; a strict one fails with a clear error.',
    items: [
      { title: 'Første sak', url: `${BASE}/saker/1`, guid: 'malformed-1', daysAgo: 1 },
      { title: 'Andre sak', url: `${BASE}/saker/2`, guid: 'malformed-2', daysAgo: 2 },
      { title: 'Tredje sak', url: `${BASE}/saker/3`, guid: 'malformed-3', daysAgo: 3 },
    ],
  },
  '/bare-ampersand.xml': {
    about: 'RSS 2.0 with a bare "&" in a title (invalid XML that real feeds send).',
    items: [
      { title: BARE_AMPERSAND_TITLE, url: `${BASE}/amp/1`, guid: 'amp-1', daysAgo: 1 },
      { title: 'Ny rapport om menneskehandel', url: `${BASE}/amp/2`, guid: 'amp-2', daysAgo: 2 },
    ],
  },
  '/rdf.xml': {
    about: 'RSS 1.0 (RDF) with dates in dc:date only.',
    items: [
      { title: 'RDF-sak om tvangsarbeid', url: `${BASE}/rdf/1`, daysAgo: 1 },
      { title: 'RDF-sak om noe annet', url: `${BASE}/rdf/2`, daysAgo: 4 },
    ],
  },
  '/latin1.html': {
    about: 'HTML listing in ISO-8859-1, declared only by <meta charset="iso-8859-1"> (Content-Type has no charset).',
    select: { item: 'ul.items > li.item', link: 'a', date: 'time', dateAttribute: 'datetime', summary: 'p' },
    items: [
      { title: 'Søknad om tilskudd – frist i år', url: `${BASE}/latin1/soknad`, daysAgo: 1 },
      { title: 'Økt innsats mot menneskehandel på Østlandet', url: `${BASE}/latin1/okt-innsats`, daysAgo: 2 },
      { title: 'Årsrapport for særlige tiltak', url: `${BASE}/latin1/arsrapport`, daysAgo: 5 },
    ],
  },
  '/repeated-guid.xml': {
    about: 'Every item has the same GUID (the feed home page): GUIDs must not identify items here.',
    items: [
      { title: 'Sak én med felles guid', url: `${BASE}/guid/1`, guid: `${BASE}/`, daysAgo: 1 },
      { title: 'Sak to med felles guid', url: `${BASE}/guid/2`, guid: `${BASE}/`, daysAgo: 2 },
      { title: 'Sak tre med felles guid', url: `${BASE}/guid/3`, guid: `${BASE}/`, daysAgo: 3 },
    ],
  },
  '/same-link.xml': {
    about: 'Every item links to the same overview page, with distinct GUIDs (a Stortinget RSS quirk): URLs must not identify items here.',
    items: [
      { title: 'Høring om endringer i utlendingsloven', url: `${BASE}/oversikt`, guid: 'same-link-1', daysAgo: 1 },
      { title: 'Høring om tiltak mot arbeidslivskriminalitet', url: `${BASE}/oversikt`, guid: 'same-link-2', daysAgo: 2 },
      { title: 'Høring om statsbudsjettet', url: `${BASE}/oversikt`, guid: 'same-link-3', daysAgo: 3 },
    ],
  },
  '/script-title.xml': {
    about: 'An item whose title is markup, correctly escaped in the XML: it must come out as text and be HTML-escaped in any HTML report.',
    items: [{ title: SCRIPT_TITLE, url: `${BASE}/xss/1`, guid: 'xss-1', daysAgo: 1 }],
  },
};

function items(path: string): FixtureItem[] {
  return fixtureExpectations[path]?.items ?? [];
}

function rssItem(item: FixtureItem, today: Date, rawTitle?: string, extra = ''): string {
  const when = dating(today, item);
  return `<item>
<title>${rawTitle ?? escapeXml(item.title)}</title>
<link>${escapeXml(item.url)}</link>
<description>Fixture item.</description>
<pubDate>${rfc822(when.at, 'gmt')}</pubDate>
${item.guid !== undefined ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : ''}${extra}
</item>`;
}

function rss(title: string, body: string, close = true): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>${escapeXml(title)}</title>
<link>${BASE}/</link>
<description>Replica fixture</description>
${body}
${close ? '</channel>\n</rss>\n' : ''}`;
}

function malformed(today: Date): string {
  const [first, second, third] = items('/malformed.xml');
  if (!first || !second || !third) return '';
  // The second item's <category> is never closed, and the document stops without closing tags.
  return rss(
    'Malformed',
    [rssItem(first, today), rssItem(second, today, undefined, '\n<category>Nyheter'), rssItem(third, today)].join('\n'),
    false,
  );
}

function bareAmpersand(today: Date): string {
  const list = items('/bare-ampersand.xml');
  // The first title is written raw: its "&" is not escaped (invalid XML).
  return rss('Bare ampersand', list.map((item, i) => rssItem(item, today, i === 0 ? item.title : undefined)).join('\n'));
}

function rdf(today: Date): string {
  const list = items('/rdf.xml');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${BASE}/rdf.xml">
<title>RDF fixture</title>
<link>${BASE}/</link>
<description>RSS 1.0</description>
<items><rdf:Seq>${list.map((i) => `<rdf:li rdf:resource="${escapeXml(i.url)}"/>`).join('')}</rdf:Seq></items>
</channel>
${list
  .map(
    (i) => `<item rdf:about="${escapeXml(i.url)}">
<title>${escapeXml(i.title)}</title>
<link>${escapeXml(i.url)}</link>
<description>Fixture item.</description>
<dc:date>${isoOslo(dating(today, i).at)}</dc:date>
</item>`,
  )
  .join('\n')}
</rdf:RDF>
`;
}

function latin1Html(today: Date): Buffer {
  const list = items('/latin1.html');
  const main = `<ul class="items">
${list
  .map((i) => {
    const when = dating(today, i);
    return `<li class="item"><a href="${new URL(i.url).pathname}">${escapeHtml(i.title)}</a> <time datetime="${when.publishedDay}">${formatDate.norwegian(when.day)}</time><p>Omtale på norsk: æøå ÆØÅ.</p></li>`;
  })
  .join('\n')}
</ul>`;
  const html = renderPage({ lang: 'no', title: 'Latin-1-liste', charset: 'iso-8859-1', header: '<header>Fixture</header>', main, footer: '<footer>Fixture</footer>' });
  return encodeLatin1(html);
}

function simpleRss(path: string, title: string, today: Date): string {
  return rss(title, items(path).map((item) => rssItem(item, today)).join('\n'));
}

export const fixtures: ReplicaSite = {
  name: 'fixtures',
  hosts: [FIXTURES_HOST],
  handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
    const rssType = 'application/rss+xml; charset=utf-8';
    switch (request.path) {
      case '/malformed.xml':
        return xmlResponse(malformed(state.today), rssType);
      case '/bare-ampersand.xml':
        return xmlResponse(bareAmpersand(state.today), rssType);
      case '/rdf.xml':
        return xmlResponse(rdf(state.today), 'application/rdf+xml; charset=utf-8');
      case '/latin1.html':
        return htmlResponse(latin1Html(state.today), { contentType: 'text/html' });
      case '/repeated-guid.xml':
        return xmlResponse(simpleRss('/repeated-guid.xml', 'Repeated GUID', state.today), rssType);
      case '/same-link.xml':
        return xmlResponse(simpleRss('/same-link.xml', 'Same link', state.today), rssType);
      case '/script-title.xml':
        return xmlResponse(simpleRss('/script-title.xml', 'Script title', state.today), rssType);
      default:
        return null;
    }
  },
};
