/** The many-sources web: how sources spread over hosts, and what each host answers. */
import { describe, expect, it } from 'vitest';
import { kindOf, manyWeb } from '../../bench/many-web.js';
import type { ReplicaRequest } from '../../src/demo/types.js';

const state = { day: 1, today: new Date('2026-12-01T12:00:00Z') };
const get = (url: string, headers: Record<string, string> = {}): ReplicaRequest => {
  const target = new URL(url);
  return { method: 'GET', host: target.hostname, path: target.pathname, query: target.searchParams, headers, scheme: 'https' };
};

describe('manyWeb', () => {
  it.each([
    ['one source', 1, 1, 1, [1]],
    ['each on its own host', 50, 1, 50, Array(50).fill(1)],
    ['five to a host', 50, 5, 10, Array(10).fill(5)],
    ['five to a host, the last host short', 12, 5, 3, [5, 5, 2]],
  ])('%s', (_, count, perHost, hosts, perHostCounts) => {
    const web = manyWeb(count, perHost, 100);
    expect(web.sites).toHaveLength(hosts);
    expect(web.sources).toHaveLength(count);
    expect(new Set(web.sources.map((s) => s.id)).size).toBe(count);
    const onHost = web.sites.map((site) => web.sources.filter((s) => new URL(s.url).hostname === site.hosts[0]).length);
    expect(onHost).toEqual(perHostCounts);
  });

  it('mixes 85 % feeds, 10 % html listings and 5 % sitemaps', () => {
    const kinds = Array.from({ length: 100 }, (_, i) => kindOf(i));
    expect(['feed', 'html', 'sitemap'].map((kind) => kinds.filter((k) => k === kind).length)).toEqual([85, 10, 5]);
  });

  it('answers every source, robots.txt and a 404 after the latency; the items match the source\'s own pattern', () => {
    const web = manyWeb(20, 5, 100);
    for (const source of web.sources) {
      const site = web.sites.find((s) => s.hosts[0] === new URL(source.url).hostname)!;
      const page = site.handle(get(source.url), state)!;
      expect([page.status, page.delayMs]).toEqual([200, 100]);
      const items = [...new Set([...String(page.body).matchAll(/https:\/\/[^<"]+\/item-\d+\//g)].map((m) => m[0]))];
      expect(items).toHaveLength(10);
      const pattern = source.kind === 'html' ? source.articles?.include[0] : source.kind === 'sitemap' ? source.include[0] : `^${source.url.replace(/[^/]+$/, '')}`;
      for (const item of items) expect(item).toMatch(new RegExp(pattern!));
      expect(site.handle(get(new URL('/robots.txt', source.url).href), state)).toMatchObject({ status: 200, delayMs: 100 });
      expect(site.handle(get(new URL('/nothing', source.url).href), state)).toMatchObject({ status: 404, delayMs: 100 });
    }
  });

  it('gives the same bodies on the same day (so a second run is all 304)', () => {
    const [a, b] = [manyWeb(3, 1, 0), manyWeb(3, 1, 0)];
    for (const [i, source] of a.sources.entries()) expect(a.sites[i]!.handle(get(source.url), state)!.body).toBe(b.sites[i]!.handle(get(source.url), state)!.body);
  });
});
