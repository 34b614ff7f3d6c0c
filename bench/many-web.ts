/**
 * The many-sources web: N sources behind the replica proxy, `perHost` of them on each host (1:
 * every source on a host of its own), every answer (robots.txt, a feed, a listing, a sitemap, a
 * 404) after `latencyMs`. Most sources are feeds; every tenth is an html listing and every
 * twentieth a sitemap, each of them one request as a feed is, so every host needs the same
 * requests and the bound is the same at any N. Bodies are stable for a day of the replica, so
 * a second run is answered 304 throughout.
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

export const hostOf = (hostIndex: number): string => `source-${String(hostIndex + 1).padStart(4, '0')}.many.test`;

const PATHS = { feed: 'feed.xml', html: 'news/', sitemap: 'sitemap.xml' } as const satisfies Record<ManyKind, string>;

const pathOf = (index: number): string => `/s${index + 1}/${PATHS[kindOf(index)]}`;

function items(host: string, index: number, today: Date): Array<{ url: string; title: string; date: Date }> {
  return Array.from({ length: ITEMS_PER_SOURCE }, (_, i) => ({
    url: `https://${host}/s${index + 1}/item-${i + 1}/`,
    title: `Item ${i + 1} of source ${index + 1}`,
    date: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i, 8)),
  }));
}

function body(index: number, host: string, state: ReplicaState): ReplicaResponse {
  const kind = kindOf(index);
  const list = items(host, index, state.today);
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

function site(hostIndex: number, indexes: number[], latencyMs: number): ReplicaSite {
  const host = hostOf(hostIndex);
  const byPath = new Map(indexes.map((index) => [pathOf(index), index]));
  return {
    name: host,
    hosts: [host],
    handle(request, state) {
      const slow = (response: ReplicaResponse): ReplicaResponse => ({ ...response, delayMs: latencyMs });
      if (request.path === '/robots.txt') return slow(textResponse('User-agent: *\nAllow: /\n'));
      const index = byPath.get(request.path);
      if (index !== undefined) return slow(body(index, host, state));
      return slow({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found', noValidators: true });
    },
  };
}

function source(index: number, host: string): Source {
  const kind = kindOf(index);
  const common = { id: `many-${index + 1}`, name: `${host} ${index + 1}`, section: 's', url: `https://${host}${pathOf(index)}` };
  const pattern = `^https://${host.replace(/\./g, '\\.')}/s${index + 1}/item-\\d+/$`;
  if (kind === 'html') return { ...common, kind, articles: { include: [pattern] } } as unknown as Source;
  if (kind === 'sitemap') return { ...common, kind, include: [pattern] } as unknown as Source;
  return { ...common, kind } as unknown as Source;
}

/** `count` sources, `perHost` to a host (the last host may have fewer), and the sites that answer them. */
export function manyWeb(count: number, perHost: number, latencyMs: number): { sites: ReplicaSite[]; sources: Source[] } {
  const hosts = Math.ceil(count / perHost);
  const indexesOf = (hostIndex: number): number[] => Array.from({ length: perHost }, (_, i) => hostIndex * perHost + i).filter((index) => index < count);
  return {
    sites: Array.from({ length: hosts }, (_, h) => site(h, indexesOf(h), latencyMs)),
    sources: Array.from({ length: count }, (_, index) => source(index, hostOf(Math.floor(index / perHost)))),
  };
}
