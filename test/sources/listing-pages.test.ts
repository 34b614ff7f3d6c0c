/**
 * Listings over several pages and the ways they fail: a later page that fails keeps the earlier
 * pages' items, pages by URL template, selectors that stop matching fall back to the link
 * pattern (and say so), and a feed that fails hands over to its listing.
 */
import { describe, expect, it } from 'vitest';
import { feedSourceSchema, htmlSourceSchema } from '../../src/config/schema.js';
import { htmlHandler } from '../../src/sources/html.js';
import { templatePageUrl } from '../../src/sources/listing-pages.js';
import { extractSource } from '../../src/sources/registry.js';
import { replicaContext } from '../helpers/replica-context.js';
import type { ReplicaResponse, ReplicaSite } from '../../src/demo/types.js';

const HOST = 'listing.example.test';
const BASE = `https://${HOST}`;
const common = { name: 'Test', section: 'politikk' };
const html = (body: string, status = 200): ReplicaResponse => ({ status, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

/** Page N holds two articles; `failing` pages answer 503; `classes: false` drops every class. */
function listingSite(options: { failing?: number[]; pages?: number; classes?: boolean } = {}): ReplicaSite {
  const pages = options.pages ?? 3;
  const page = (n: number): string => {
    const items = [1, 2]
      .map((i) => {
        const id = (n - 1) * 2 + i;
        return `<li class="news-item"><h3 class="title"><a href="/nyheter/sak-${id}">Sak nummer ${id} om menneskehandel</a></h3><span class="date">${id}. juni 2022</span></li>`;
      })
      .join('');
    const next = n < pages ? `<a class="next" href="/nyheter?page=${n + 1}">Neste</a>` : '';
    const body = `<html><body><nav><a href="/nyheter/om-oss">Om oss</a></nav><main><ul class="news">${items}</ul>${next}</main><footer><a href="/nyheter/personvern">Personvern</a></footer></body></html>`;
    return options.classes === false ? body.replace(/ class="[^"]*"/g, '') : body;
  };
  return {
    name: 'listing',
    hosts: [HOST],
    handle(request) {
      if (request.path === '/nyheter') {
        const n = Number(request.query.get('page') ?? '1');
        if (options.failing?.includes(n)) return html('<h1>Service Unavailable</h1>', 503);
        return n <= pages ? html(page(n)) : html('<html><body><main><p>Ingen flere saker.</p></main></body></html>');
      }
      const article = /^\/nyheter\/sak-(\d+)$/.exec(request.path);
      if (article) {
        return html(`<html><head><meta property="og:description" content="Ingress for sak ${article[1]}."></head><body><h1>Sak ${article[1]}</h1></body></html>`);
      }
      if (request.path === '/rss') return null;
      return null;
    },
  };
}

const select = { item: 'li.news-item', link: 'h3.title a', date: 'span.date' };
const articles = { include: ['/nyheter/sak-\\d+$'] };

describe('listing pages', () => {
  it('a later page that fails keeps the items of the pages already read, with a warning naming it', async () => {
    const source = htmlSourceSchema.parse({ ...common, id: 'l', kind: 'html', url: `${BASE}/nyheter`, select, pagination: { next: 'a.next', maxPages: 3 } });
    const result = await htmlHandler(source, replicaContext(listingSite({ failing: [2] })));
    expect(result.items.map((i) => i.url)).toEqual([`${BASE}/nyheter/sak-1`, `${BASE}/nyheter/sak-2`]);
    expect(result.warnings).toEqual([expect.stringMatching(/^page 2 \(https:\/\/listing\.example\.test\/nyheter\?page=2\) failed: HTTP 503.*kept the 2 items/)]);
  });

  it('page 1 failing fails the source', async () => {
    const source = htmlSourceSchema.parse({ ...common, id: 'l', kind: 'html', url: `${BASE}/nyheter`, select, pagination: { next: 'a.next' } });
    await expect(htmlHandler(source, replicaContext(listingSite({ failing: [1] })))).rejects.toThrow(/HTTP 503/);
  });

  it('pages by URL template, without any next link, stopping at the first empty page', async () => {
    const source = htmlSourceSchema.parse({
      ...common,
      id: 'l',
      kind: 'html',
      url: `${BASE}/nyheter`,
      articles,
      pagination: { template: `${BASE}/nyheter?page={page}`, maxPages: 10 },
    });
    const context = replicaContext(listingSite({ pages: 2 }));
    const result = await htmlHandler(source, context);
    expect(result.items.map((i) => i.title)).toEqual([1, 2, 3, 4].map((id) => `Sak nummer ${id} om menneskehandel`));
    expect(result.items.map((i) => i.publishedRaw)).toEqual(['1. juni 2022', '2. juni 2022', '3. juni 2022', '4. juni 2022']);
    expect(context.requests.map((r) => r.url)).toEqual([`${BASE}/nyheter`, `${BASE}/nyheter?page=2`, `${BASE}/nyheter?page=3`]);
  });

  it.each([
    // [template, firstNumber, step, page number] → URL
    ['https://x.test/fafo-reports/{page}', 2, 1, 2, 'https://x.test/fafo-reports/2'],
    ['https://x.test/fafo-reports/{page}', 2, 1, 4, 'https://x.test/fafo-reports/4'],
    ['https://x.test/press?page={page}', 1, 1, 2, 'https://x.test/press?page=1'],
    ['https://x.test/news?delta=20&start={page}', 20, 20, 3, 'https://x.test/news?delta=20&start=40'],
    ['/relative/{page}', 2, 1, 2, 'https://x.test/relative/2'],
  ] as const)('template %s (first %i, step %i): page %i is %s', (template, firstNumber, step, number, url) => {
    expect(templatePageUrl({ template, firstNumber, step, maxPages: 5 }, number, 'https://x.test/start')).toBe(url);
  });

  it('selectors that match nothing fall back to the link pattern, and the warning says so', async () => {
    const source = htmlSourceSchema.parse({ ...common, id: 'l', kind: 'html', url: `${BASE}/nyheter`, select, articles });
    const result = await htmlHandler(source, replicaContext(listingSite({ classes: false })));
    expect(result.items.map((i) => [i.title, i.publishedRaw])).toEqual([
      ['Sak nummer 1 om menneskehandel', '1. juni 2022'],
      ['Sak nummer 2 om menneskehandel', '2. juni 2022'],
    ]);
    expect(result.fellBack).toBe(true);
    expect(result.warnings[0]).toBe('selectors matched nothing; 2 items found by link pattern — did the page change layout?');
  });

  it('selectors that match are used as they are: no fallback, no warning', async () => {
    const source = htmlSourceSchema.parse({ ...common, id: 'l', kind: 'html', url: `${BASE}/nyheter`, select, articles });
    const result = await htmlHandler(source, replicaContext(listingSite()));
    expect(result.items).toHaveLength(2);
    expect(result.fellBack).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('detail pages fill the summary from the article page metadata, only for items not recorded yet', async () => {
    const source = htmlSourceSchema.parse({ ...common, id: 'l', kind: 'html', url: `${BASE}/nyheter`, articles, detail: {} });
    const context = replicaContext(listingSite(), { known: [`${BASE}/nyheter/sak-1`] });
    const result = await htmlHandler(source, context);
    expect(result.items.map((i) => i.summary)).toEqual([undefined, 'Ingress for sak 2.']);
    expect(context.requests.map((r) => r.url)).toEqual([`${BASE}/nyheter`, `${BASE}/nyheter/sak-2`]);
  });
});

describe('a feed with a listing as fallback', () => {
  const feed = feedSourceSchema.parse({
    ...common,
    id: 'f',
    kind: 'feed',
    url: `${BASE}/rss`,
    fallback: { kind: 'html', url: `${BASE}/nyheter`, articles },
  });

  it('reads the listing when the feed answers 404, and says why', async () => {
    const result = await extractSource(feed, replicaContext(listingSite()));
    expect(result.items.map((i) => i.url)).toEqual([`${BASE}/nyheter/sak-1`, `${BASE}/nyheter/sak-2`]);
    expect(result.warnings[0]).toMatch(/^the feed failed \(HTTP 404.*\): read https:\/\/listing\.example\.test\/nyheter instead$/);
  });

  it('reports the feed\'s own error when the listing fails too', async () => {
    await expect(extractSource(feed, replicaContext(listingSite({ failing: [1] })))).rejects.toThrow(/HTTP 404/);
  });
});
