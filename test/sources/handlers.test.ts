/**
 * Handler-level tests: each kind's handler against replica sites through `replicaContext`
 * (the sites' `handle()` called directly, with the conditional-request and redirect behaviour
 * of the replica server core). Tests against the real HTTP layer come separately.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feedSourceSchema, sitemapSourceSchema, stortingetSourceSchema } from '../../src/config/schema.js';
import { FetchError } from '../../src/fetch/types.js';
import { feedHandler } from '../../src/sources/feed-handler.js';
import { sitemapHandler } from '../../src/sources/sitemap.js';
import { stortingetHandler } from '../../src/sources/stortinget-handler.js';
import { replicaContext } from '../helpers/replica-context.js';
import type { ReplicaResponse, ReplicaSite } from '../../src/demo/types.js';
import { stortinget, stortingetExpected } from '../../src/demo/sites/stortinget.js';

const TODAY = new Date('2026-03-16T08:00:00Z');
const common = { name: 'Test', section: 'politikk' };

// ---------------------------------------------------------------------------------------------
// Feeds

const rssBody = (day: number): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Nyheter</title>` +
  `<item><title>Fafo & NTNU: ny rapport</title><link>/nyheter/rapport</link><guid>n1</guid><pubDate>Mon, 16 Mar 2026 08:00:00 +0100</pubDate></item>` +
  (day >= 2 ? `<item><title>Nytt tiltak mot menneskehandel</title><link>/nyheter/tiltak</link><guid>n2</guid></item>` : '') +
  `</channel></rss>`;

const feeds: ReplicaSite = {
  name: 'feeds',
  hosts: ['feeds.example.test'],
  handle(request, state): ReplicaResponse | null {
    const xml = (body: string | Buffer, type = 'application/rss+xml; charset=utf-8'): ReplicaResponse => ({
      status: 200,
      headers: { 'content-type': type },
      body,
    });
    switch (request.path) {
      case '/rss.xml':
        return xml(rssBody(state.day));
      case '/moved.xml':
        return { status: 301, headers: { location: '/v2/rss.xml' }, body: '', noValidators: true };
      case '/v2/rss.xml':
        return xml(rssBody(1).replace('/nyheter/rapport', 'rapport'));
      case '/latin1.xml':
        return xml(
          Buffer.from(
            `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Rådet for økonomi</title><link>https://feeds.example.test/a</link></item></channel></rss>`,
            'latin1',
          ),
          'application/rss+xml; charset=windows-1252',
        );
      case '/broken.xml':
        return xml(`<rss version="2.0"><channel><item><title>A</item></channel></rss>`);
      case '/html':
        return xml('<!DOCTYPE html><html><body>Moved</body></html>', 'text/html; charset=utf-8');
      default:
        return null;
    }
  },
};

const feedSource = (url: string) => feedSourceSchema.parse({ ...common, id: 'test-feed', kind: 'feed', url });

describe('feedHandler', () => {
  it('extracts on the first run, answers notModified on an unchanged second, and sees day-2 items', async () => {
    const context = replicaContext(feeds, { today: TODAY });
    const source = feedSource('https://feeds.example.test/rss.xml');

    const first = await feedHandler(source, context);
    expect(first).toEqual({
      notModified: false,
      warnings: [],
      items: [{ title: 'Fafo & NTNU: ny rapport', url: 'https://feeds.example.test/nyheter/rapport', guid: 'n1', publishedRaw: 'Mon, 16 Mar 2026 08:00:00 +0100' }],
    });
    expect(context.requests[0]).toMatchObject({ conditional: true, accept: expect.stringContaining('application/rss+xml') });

    expect(await feedHandler(source, context)).toEqual({ notModified: true, items: [], warnings: [] });

    context.state.day = 2;
    const third = await feedHandler(source, context);
    expect(third.items.map((item) => item.title)).toEqual(['Fafo & NTNU: ny rapport', 'Nytt tiltak mot menneskehandel']);
  });

  it('drops GUIDs when the source says ignoreGuid', async () => {
    const source = feedSourceSchema.parse({ ...common, id: 'test-feed', kind: 'feed', url: 'https://feeds.example.test/rss.xml', ignoreGuid: true });
    const result = await feedHandler(source, replicaContext(feeds));
    expect(result.items[0]?.guid).toBeUndefined();
  });

  it('resolves links against the URL the feed finally came from', async () => {
    const result = await feedHandler(feedSource('https://feeds.example.test/moved.xml'), replicaContext(feeds));
    expect(result.items[0]?.url).toBe('https://feeds.example.test/v2/rapport');
  });

  it('reads a feed the HTTP layer decoded from a single-byte charset', async () => {
    const result = await feedHandler(feedSource('https://feeds.example.test/latin1.xml'), replicaContext(feeds));
    expect(result.items[0]?.title).toBe('Rådet for økonomi');
  });

  it.each([
    ['a 404 propagates as a FetchError', '/gone.xml', FetchError],
    ['a malformed feed fails with the parse reason', '/broken.xml', /^feed could not be parsed: Unexpected close tag/],
    ['an HTML page fails clearly', '/html', /^feed could not be parsed: got an HTML page/],
  ])('%s', async (_name, path, expected) => {
    await expect(feedHandler(feedSource(`https://feeds.example.test${path}`), replicaContext(feeds))).rejects.toThrow(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Sitemaps

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
const urlset = (urls: Array<[string, string?]>): string =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset ${NS}>${urls
    .map(([loc, lastmod]) => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('')}</urlset>`;

const S = 'https://www.sitemaps.test';
const newsUrls = (day: number): Array<[string, string?]> => [
  [`${S}/nyheter/greta-publishes-its-third-report-on-norway`, '2026-03-10'],
  [`${S}/nyheter/ny-handlingsplan-mot-menneskehandel`, '2026-03-14'],
  [`${S}/nyheter/ny-handlingsplan-mot-menneskehandel?print=1`, '2026-03-14'],
  [`${S}/om-oss/kontakt`, '2026-03-15'],
  ...(day >= 2 ? ([[`${S}/nyheter/rapport-om-arbeidslivskriminalitet`, '2026-03-16']] as Array<[string, string?]>) : []),
];

const sitemaps: ReplicaSite = {
  name: 'sitemaps',
  hosts: ['www.sitemaps.test'],
  handle(request, state): ReplicaResponse | null {
    const xml = (body: string | Buffer, type = 'application/xml'): ReplicaResponse => ({ status: 200, headers: { 'content-type': type }, body });
    switch (request.path) {
      case '/sitemap_index.xml':
        return xml(
          `<?xml version="1.0" encoding="UTF-8"?><sitemapindex ${NS}>` +
            `<sitemap><loc>${S}/sitemap-old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>` +
            `<sitemap><loc>/sitemap-pages.xml</loc><lastmod>2025-06-01</lastmod></sitemap>` +
            `<sitemap><loc>${S}/sitemap-news.xml.gz</loc><lastmod>${state.day >= 2 ? '2026-03-16' : '2026-03-15'}</lastmod></sitemap>` +
            `</sitemapindex>`,
        );
      case '/sitemap-news.xml.gz':
        return xml(gzipSync(Buffer.from(urlset(newsUrls(state.day)), 'utf8')), 'application/x-gzip');
      case '/sitemap-pages.xml':
        return xml(urlset([[`${S}/nyheter/eldre-nyhet`, '2025-05-01']]));
      case '/sitemap-old.xml':
        return xml(urlset([[`${S}/nyheter/gammel`, '2019-01-01']]));
      case '/urlset.xml':
        return xml(urlset([[`${S}/nyheter/a-b-c`], [`${S}/nyheter/d`, '2026-01-01']]));
      default:
        if (request.path.startsWith('/nyheter/')) {
          const slug = request.path.slice('/nyheter/'.length);
          return xml(
            `<!doctype html><html><body><h1 class="title">Title of ${slug}</h1><span class="date">16. mars 2026</span><p class="lead">Lead of ${slug}</p></body></html>`,
            'text/html; charset=utf-8',
          );
        }
        return null;
    }
  },
};

const sitemapSource = (input: Record<string, unknown>) =>
  sitemapSourceSchema.parse({ ...common, id: 'test-sitemap', kind: 'sitemap', url: `${S}/sitemap_index.xml`, ...input });

describe('sitemapHandler', () => {
  it('reads the newest child sitemaps of an index (gzip too), filters, titles from slugs, newest first', async () => {
    const context = replicaContext(sitemaps, { today: TODAY });
    const source = sitemapSource({ include: ['/nyheter/'], exclude: ['print=1'], maxSitemaps: 2 });
    const result = await sitemapHandler(source, context);
    expect(result.notModified).toBe(false);
    expect(result.items).toEqual([
      { title: 'Ny handlingsplan mot menneskehandel', url: `${S}/nyheter/ny-handlingsplan-mot-menneskehandel`, publishedRaw: '2026-03-14' },
      { title: 'Greta publishes its third report on norway', url: `${S}/nyheter/greta-publishes-its-third-report-on-norway`, publishedRaw: '2026-03-10' },
      { title: 'Eldre nyhet', url: `${S}/nyheter/eldre-nyhet`, publishedRaw: '2025-05-01' },
    ]);
    expect(result.warnings.join('\n')).toMatch(/lists 3 sitemaps; read the newest 2/);
    expect(context.requests.map((r) => r.url)).toEqual([
      `${S}/sitemap_index.xml`,
      `${S}/sitemap-news.xml.gz`,
      `${S}/sitemap-pages.xml`,
    ]);
    // The index is always read in full (it may stay the same while its sitemaps change);
    // the sitemaps it lists are asked conditionally.
    expect(context.requests.map((r) => r.conditional)).toEqual([false, true, true]);
  });

  it('answers notModified when nothing changed, and reads only the changed child on day 2', async () => {
    const context = replicaContext(sitemaps, { today: TODAY });
    const source = sitemapSource({ include: ['/nyheter/'], exclude: ['print=1'], maxSitemaps: 2 });
    await sitemapHandler(source, context);
    expect(await sitemapHandler(source, context)).toEqual({ notModified: true, items: [], warnings: [] });

    context.state.day = 2;
    context.requests.length = 0;
    const result = await sitemapHandler(source, context);
    expect(result.notModified).toBe(false);
    expect(result.items[0]).toEqual({
      title: 'Rapport om arbeidslivskriminalitet',
      url: `${S}/nyheter/rapport-om-arbeidslivskriminalitet`,
      publishedRaw: '2026-03-16',
    });
    expect(context.requests.map((r) => [r.url.replace(S, ''), r.status])).toEqual([
      ['/sitemap_index.xml', 200],
      ['/sitemap-news.xml.gz', 200],
      ['/sitemap-pages.xml', 304],
    ]);
  });

  it('fetches detail pages for the newest unknown items only, up to maxPerRun', async () => {
    const context = replicaContext(sitemaps, { today: TODAY, known: [`${S}/nyheter/ny-handlingsplan-mot-menneskehandel`] });
    const source = sitemapSource({
      include: ['/nyheter/'],
      exclude: ['print=1'],
      maxSitemaps: 2,
      detail: { title: 'h1.title', date: '.date', summary: '.lead', maxPerRun: 1 },
    });
    const result = await sitemapHandler(source, context);
    expect(result.items.map((item) => item.title)).toEqual([
      'Ny handlingsplan mot menneskehandel', // known: no detail fetch
      'Title of greta-publishes-its-third-report-on-norway', // the newest unknown
      'Eldre nyhet', // beyond maxPerRun
    ]);
    expect(result.items[1]).toMatchObject({ publishedRaw: '16. mars 2026', summary: 'Lead of greta-publishes-its-third-report-on-norway' });
    const pages = context.requests.filter((r) => r.url.includes('/nyheter/'));
    expect(pages.map((r) => [r.url, r.conditional])).toEqual([[`${S}/nyheter/greta-publishes-its-third-report-on-norway`, false]]);
  });

  it('warns when the detail title selector matches nothing, and takes the title from the page itself', async () => {
    const source = sitemapSource({ url: `${S}/urlset.xml`, detail: { title: 'h2.none', maxPerRun: 5 } });
    const result = await sitemapHandler(source, replicaContext(sitemaps));
    expect(result.items.map((item) => item.title)).toEqual(['Title of d', 'Title of a-b-c']);
    expect(result.warnings.join('\n')).toMatch(/detail.title selector "h2.none" matched nothing on 2 page/);
  });

  it('falls back to the URL for the title when the page has no metadata either', async () => {
    const source = sitemapSource({ url: `${S}/urlset.xml`, detail: { title: 'h2.none', metadata: false, maxPerRun: 5 } });
    const result = await sitemapHandler(source, replicaContext(sitemaps));
    expect(result.items.map((item) => item.title)).toEqual(['D', 'A b c']);
  });

  it('reads a plain urlset', async () => {
    const result = await sitemapHandler(sitemapSource({ url: `${S}/urlset.xml` }), replicaContext(sitemaps));
    expect(result.items).toEqual([
      { title: 'D', url: `${S}/nyheter/d`, publishedRaw: '2026-01-01' },
      { title: 'A b c', url: `${S}/nyheter/a-b-c` },
    ]);
  });

  it('lets a FetchError through', async () => {
    await expect(sitemapHandler(sitemapSource({ url: `${S}/missing.xml` }), replicaContext(sitemaps))).rejects.toBeInstanceOf(FetchError);
  });
});

// ---------------------------------------------------------------------------------------------
// Stortinget

const stortingetSource = (input: Record<string, unknown> = {}) =>
  stortingetSourceSchema.parse({ ...common, id: 'stortinget', kind: 'stortinget', ...input });

const brief = (items: Array<{ title: string; url: string; guid?: string }>) =>
  items.map(({ title, url, guid }) => ({ title, url, guid }));

describe('stortingetHandler', () => {
  it('looks up the current session, reads every endpoint as JSON, and extracts what the replica holds', async () => {
    const context = replicaContext(stortinget, { today: TODAY });
    const result = await stortingetHandler(stortingetSource(), context);
    expect(result.notModified).toBe(false);
    expect(result.warnings).toEqual([]);
    const expected = stortingetExpected(1, TODAY);
    expect(result.items).toHaveLength(12 + 8 + 3);
    expect(brief(result.items)).toEqual(brief(expected));
    expect(context.requests.map((r) => [r.url.replace('https://data.stortinget.no/eksport/', ''), r.conditional])).toEqual([
      ['sesjoner?format=json', false],
      ['publikasjoner?publikasjontype=dok8&sesjonid=2025-2026&format=json', true],
      ['publikasjoner?publikasjontype=dok6&sesjonid=2025-2026&format=json', true],
      ['publikasjoner?publikasjontype=dok3&sesjonid=2025-2026&format=json', true],
      ['saker?sesjonid=2025-2026&format=json', false],
      ['skriftligesporsmal?sesjonid=2025-2026&status=alle&format=json', true],
    ]);
    expect(context.requests.every((r) => r.accept === 'application/json')).toBe(true);
  });

  it('answers notModified when every list is unchanged, and picks up day 2', async () => {
    const context = replicaContext(stortinget, { today: TODAY });
    const source = stortingetSource();
    await stortingetHandler(source, context);
    expect(await stortingetHandler(source, context)).toEqual({ notModified: true, items: [], warnings: [] });

    context.state.day = 2;
    const result = await stortingetHandler(source, context);
    expect(result.notModified).toBe(false);
    const guids = result.items.map((item) => item.guid);
    expect(guids).toEqual(expect.arrayContaining(['sak:104113', 'sak:104114', 'sporsmal:104509']));
    // dok8 answered 304: its items are not listed again.
    expect(guids.some((guid) => guid?.startsWith('publikasjon:'))).toBe(false);
    const newOnes = stortingetExpected(2, TODAY).filter((item) => !stortingetExpected(1, TODAY).some((old) => old.guid === item.guid));
    expect(newOnes.map((item) => item.guid)).toEqual(['sak:104113', 'sak:104114', 'sporsmal:104509']);
    expect(newOnes.every((item) => item.onTopic)).toBe(true);
  });

  it('uses an explicit session without asking for sesjoner', async () => {
    const context = replicaContext(stortinget, { today: TODAY });
    const result = await stortingetHandler(stortingetSource({ session: '2025-2026', endpoints: ['skriftligesporsmal'] }), context);
    expect(result.items).toHaveLength(8);
    expect(context.requests.map((r) => r.url)).toEqual([
      'https://data.stortinget.no/eksport/skriftligesporsmal?sesjonid=2025-2026&status=alle&format=json',
    ]);
  });

  it('reads saker for dok8 titles even when saker is not an endpoint, without listing them', async () => {
    const context = replicaContext(stortinget, { today: TODAY });
    const result = await stortingetHandler(stortingetSource({ endpoints: ['publikasjoner'] }), context);
    expect(brief(result.items)).toEqual(brief(stortingetExpected(1, TODAY).filter((item) => item.guid.startsWith('publikasjon:'))));
  });

  it('points item links at webBase', async () => {
    const result = await stortingetHandler(
      stortingetSource({ endpoints: ['saker'], webBase: 'https://stortinget.example.test' }),
      replicaContext(stortinget, { today: TODAY }),
    );
    expect(result.items[0]?.url).toBe('https://stortinget.example.test/no/Saker-og-publikasjoner/Saker/Sak/?p=104101');
  });

  it('fails clearly when an endpoint answers something other than JSON', async () => {
    const xmlSaker: ReplicaSite = {
      ...stortinget,
      handle: (request, state) =>
        request.path === '/eksport/saker'
          ? { status: 200, headers: { 'content-type': 'application/xml' }, body: '<saker_oversikt xmlns="http://data.stortinget.no"/>' }
          : stortinget.handle(request, state),
    };
    await expect(stortingetHandler(stortingetSource({ endpoints: ['saker'] }), replicaContext(xmlSaker, { today: TODAY }))).rejects.toThrow(
      /^feed could not be parsed: saker: the response is not JSON .*it starts "<saker_oversikt/,
    );
  });

  it('lets an HTTP error through as a FetchError (publikasjontype missing → 400)', async () => {
    await expect(
      stortingetHandler(stortingetSource({ endpoints: ['publikasjoner'], publikasjontyper: [' '] }), replicaContext(stortinget, { today: TODAY })),
    ).rejects.toMatchObject({ name: 'FetchError', status: 400 });
  });
});
