/**
 * The many-sources web: N sites on N distinct hosts behind the replica proxy, each answering
 * every request (robots.txt, its feed, listing or sitemap, 404s) after `latencyMs`. Most
 * sources are feeds; every tenth is an html listing and every twentieth a sitemap, each of
 * them one request as a feed is, so every host needs the same few requests and a run of N
 * sources should cost about what a run of one does. Bodies are stable for a day of the replica,
 * so a second run is answered 304 throughout.
 */
import type { Source } from '../src/config/schema.js';
import { escapeXml, htmlResponse, textResponse, xmlResponse } from '../src/demo/sites/common.js';
import type { ReplicaResponse, ReplicaSite, ReplicaState } from '../src/demo/types.js';

export type ManyKind = 'feed' | 'html' | 'sitemap';

export const ITEMS_PER_SOURCE = 10;

export function kindOf(index: number): ManyKind {
  if (index % 20 === 19) return 'sitemap';
  if (index % 10 === 4) return 'html';
  return 'feed';
}

export const hostOf = (index: number): string => `source-${String(index + 1).padStart(4, '0')}.many.test`;

const PATHS = { feed: '/feed.xml', html: '/news/', sitemap: '/sitemap.xml' } as const satisfies Record<ManyKind, string>;

function items(host: string, today: Date): Array<{ url: string; title: string; date: Date }> {
  return Array.from({ length: ITEMS_PER_SOURCE }, (_, i) => ({
    url: `https://${host}/news/item-${i + 1}/`,
    title: `Item ${i + 1} from ${host}`,
    date: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i, 8)),
  }));
}

function body(kind: ManyKind, host: string, state: ReplicaState): ReplicaResponse {
  const list = items(host, state.today);
  if (kind === 'feed') {
    const entries = list.map((item) => `<item><title>${escapeXml(item.title)}</title><link>${item.url}</link><guid>${item.url}</guid><pubDate>${item.date.toUTCString()}</pubDate></item>`);
    return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${host}</title><link>https://${host}/</link><description>bench</description>${entries.join('')}</channel></rss>\n`, 'application/rss+xml; charset=utf-8');
  }
  if (kind === 'sitemap') {
    const urls = list.map((item) => `<url><loc>${item.url}</loc><lastmod>${item.date.toISOString().slice(0, 10)}</lastmod></url>`);
    return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`, 'application/xml; charset=utf-8');
  }
  const links = list.map((item) => `<li><a href="${item.url}">${item.title}</a> <time datetime="${item.date.toISOString().slice(0, 10)}">${item.date.toISOString().slice(0, 10)}</time></li>`);
  return htmlResponse(`<!doctype html><html lang="en"><head><title>${host}</title></head><body><main><h1>News</h1><ul>${links.join('')}</ul></main></body></html>\n`);
}

export function manySite(index: number, latencyMs: number): ReplicaSite {
  const host = hostOf(index);
  const kind = kindOf(index);
  return {
    name: host,
    hosts: [host],
    handle(request, state) {
      const slow = (response: ReplicaResponse): ReplicaResponse => ({ ...response, delayMs: latencyMs });
      if (request.path === '/robots.txt') return slow(textResponse('User-agent: *\nAllow: /\n'));
      if (request.path === PATHS[kind]) return slow(body(kind, host, state));
      return slow({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found', noValidators: true });
    },
  };
}

export function manySource(index: number): Source {
  const host = hostOf(index);
  const kind = kindOf(index);
  const common = { id: `many-${index + 1}`, name: host, section: 's', url: `https://${host}${PATHS[kind]}` };
  const pattern = `^https://${host.replace(/\./g, '\\.')}/news/item-\\d+/$`;
  if (kind === 'html') return { ...common, kind, articles: { include: [pattern] } } as unknown as Source;
  if (kind === 'sitemap') return { ...common, kind, include: [pattern] } as unknown as Source;
  return { ...common, kind } as unknown as Source;
}
