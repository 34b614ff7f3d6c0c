/**
 * Hostile and broken input through the whole watch stage, on loopback: a page nested 200,000
 * levels deep, a pattern that backtracks catastrophically, sitemap loops, a feed cut at the size
 * cap, and pages past the item caps. Each ends as its own outcome, quickly, and names why;
 * the good source beside them reports as usual.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceOutcome } from '../../src/model.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

const DEPTH = 200_000;
const deepPage = `<html><body><h2><a href="/pub/foer">Rapport før den dype delen</a></h2>${'<div>'.repeat(DEPTH)}x${'</div>'.repeat(DEPTH)}</body></html>`;
const listing = (count: number) =>
  `<html><body><ul>${Array.from({ length: count }, (_, i) => `<li><h3><a href="/pub/${i}">Rapport nummer ${i} om arbeidsliv</a></h3></li>`).join('')}</ul></body></html>`;
const urlset = (urls: string[]) => `<?xml version="1.0"?><urlset>${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`;
const index = (urls: string[]) => `<?xml version="1.0"?><sitemapindex>${urls.map((u) => `<sitemap><loc>${u}</loc></sitemap>`).join('')}</sitemapindex>`;
const bigFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${Array.from(
  { length: 400 },
  (_, i) => `<item><title>Sak ${i} om menneskehandel</title><link>https://www.hostile.no/sak/${i}</link><description>${'Lang tekst. '.repeat(10)}</description></item>`,
).join('')}</channel></rss>`;

const xml = { 'content-type': 'application/xml' };
const html = { 'content-type': 'text/html; charset=utf-8' };
const pages: Record<string, { headers: Record<string, string>; body: string }> = {
  '/deep': { headers: html, body: deepPage },
  '/good': { headers: html, body: listing(2) },
  '/many': { headers: html, body: listing(12) },
  '/large': { headers: html, body: listing(400) },
  '/evil.xml': { headers: xml, body: urlset([`https://www.hostile.no/${'a'.repeat(40)}!`]) },
  '/many.xml': { headers: xml, body: urlset(Array.from({ length: 12 }, (_, i) => `https://www.hostile.no/side-${i}`)) },
  '/self.xml': { headers: xml, body: index(['https://www.hostile.no/self.xml']) },
  '/loop-a.xml': { headers: xml, body: index(['https://www.hostile.no/loop-b.xml']) },
  '/loop-b.xml': { headers: xml, body: index(['https://www.hostile.no/loop-a.xml']) },
  '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: bigFeed },
};
const site: ReplicaSite = {
  name: 'hostile',
  hosts: ['www.hostile.no'],
  handle: (request) => {
    const page = pages[request.path];
    return page ? { status: 200, ...page } : null;
  },
};

const source = (id: string, path: string, extra: Record<string, unknown>) => ({ id, name: id, section: 'forskning', url: `https://www.hostile.no${path}`, ...extra });
const articles = { include: ['^https://www\\.hostile\\.no/pub/[^/]+$'] };
const good = source('good', '/good', { kind: 'html', articles });
const http = { retries: 0, retryBaseDelayMs: 10, perHostDelayMs: 0, timeoutSeconds: 20, respectRobotsTxt: false };

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;

async function watch(config: ReturnType<typeof testConfig>): Promise<Record<string, SourceOutcome>> {
  runtime = testRuntime(config, replica.proxyUrl);
  const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log });
  return Object.fromEntries(summary.sources.map((s) => [s.id, s]));
}

beforeEach(async () => {
  replica = await startReplica({ sites: [site] });
});
afterEach(async () => {
  await runtime?.cleanup();
  await replica.close();
});

describe('hostile input', () => {
  it('a page nested 200,000 deep and a catastrophic pattern end quickly; the good source reports ok', async () => {
    const config = testConfig(
      [source('deep', '/deep', { kind: 'html', articles }), source('evil', '/evil.xml', { kind: 'sitemap' }), good],
      { http },
    );
    // The loader refuses this pattern (test/config); a config built in code never met the loader.
    const evil = config.sources[1]!;
    if (evil.kind === 'sitemap') evil.include = ['(a+)+$'];
    const started = Date.now();
    const outcomes = await watch(config);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(outcomes.good).toMatchObject({ outcome: 'baseline', items: 2 });
    expect(outcomes.deep).toMatchObject({ outcome: 'baseline', items: 1 });
    expect(outcomes.deep!.detail).toMatch(/tags nested \d+ levels deep; those past 256 were dropped before parsing \(limits\.maxNestingDepth\)/);
    expect(outcomes.deep!.detail).toMatch(/more than 50000 tags on the page; read up to the 50000th \(limits\.maxElementsPerPage\)/);
    expect(outcomes.evil).toMatchObject({ outcome: 'failed' });
    expect(outcomes.evil!.detail).toMatch(/sitemap include pattern "\(a\+\)\+\$": may backtrack catastrophically/);
  }, 90_000);

  it.each([
    ['an index that lists itself', '/self.xml', /^sitemap loop: https:\/\/www\.hostile\.no\/self\.xml lists https:\/\/www\.hostile\.no\/self\.xml \(itself\)/],
    ['two indexes that list each other', '/loop-a.xml', /^sitemap loop: https:\/\/www\.hostile\.no\/loop-b\.xml lists https:\/\/www\.hostile\.no\/loop-a\.xml, which lists/],
  ])('a sitemap loop is its own failure: %s', async (_name, path, message) => {
    const outcomes = await watch(testConfig([source('loop', path, { kind: 'sitemap' }), good], { http }));
    expect(outcomes.loop!.outcome).toBe('failed');
    expect(outcomes.loop!.detail).toMatch(message);
    expect(outcomes.loop!.detail).not.toMatch(/selector/);
    expect(outcomes.good!.outcome).toBe('baseline');
  });

  it('a feed cut at the size cap fails naming the cap', async () => {
    expect(bigFeed.length).toBeGreaterThan(64 * 1024);
    const outcomes = await watch(testConfig([source('feed', '/feed.xml', { kind: 'feed' }), good], { http: { ...http, maxBytes: 64 * 1024 } }));
    expect(outcomes.feed!.outcome).toBe('failed');
    expect(outcomes.feed!.detail).toMatch(/^feed could not be parsed: .* — the document was cut off at the size cap of 64 KB \(http\.maxBytes\)/);
  });

  it.each([
    ['items per listing page', source('many', '/many', { kind: 'html', articles }), { maxItemsPerPage: 5 }, 5, /more than 5 items on the page; read the first 5 \(limits\.maxItemsPerPage\)/],
    ['URLs per sitemap', source('many', '/many.xml', { kind: 'sitemap' }), { maxUrlsPerSitemap: 3 }, 3, /lists 12 URLs; kept the newest 3 \(limits\.maxUrlsPerSitemap\)/],
    ['tags per page', source('many', '/large', { kind: 'html', articles }), { maxElementsPerPage: 1000 }, 332, /more than 1000 tags on the page; read up to the 1000th \(limits\.maxElementsPerPage\)/],
  ])('a cap on %s bites with a warning that names it', async (_name, capped, limits, items, warning) => {
    const outcomes = await watch(testConfig([capped, good], { http, limits }));
    expect(outcomes.many).toMatchObject({ outcome: 'baseline', items });
    expect(outcomes.many!.detail).toMatch(warning);
  });

  it('within the caps, no cap is named', async () => {
    const outcomes = await watch(testConfig([source('many', '/many', { kind: 'html', articles }), good], { http }));
    expect(outcomes.many).toMatchObject({ outcome: 'baseline', items: 12 });
    expect(outcomes.many!.detail).not.toMatch(/limits\.|http\.maxBytes/);
  });
});
