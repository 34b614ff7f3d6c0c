/**
 * The replica sites against the shipped sources.json: for every source and day, the configured
 * selectors, link patterns, feeds or sitemaps must find exactly what truth.ts promises, also with
 * every class name and id on the listing pages scrambled, and day 2 must differ as `day2Events`
 * says. Calls `site.handle()` directly: no server.
 *
 * The reader (reader.ts) is a small re-statement of the extractor's documented semantics, not
 * the extractor itself, so a regression in either shows up as a disagreement.
 */
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { configSchema, type Config, type Source } from '../../src/config/schema.js';
import { parseDate } from '../../src/sources/dates.js';
import { canonicalUrl } from '../../src/sources/canonical-url.js';
import { keywordReasons } from '../../src/watch/keywords.js';
import { CLEARANCE_PATH, passedWallCookie } from '../../src/demo/bot-wall.js';
import { coeListing } from '../../src/demo/sites/coe.js';
import { dating, isoDay, osloDay } from '../../src/demo/sites/common.js';
import { BARE_AMPERSAND_TITLE, fixtureExpectations, FIXTURES_HOST, SCRIPT_TITLE } from '../../src/demo/sites/fixtures.js';
import { heuniListing } from '../../src/demo/sites/heuni.js';
import { sites } from '../../src/demo/sites/index.js';
import { REGJERINGEN_ROBOTS } from '../../src/demo/sites/regjeringen-table.js';
import {
  bytesOf,
  collapse,
  decode,
  extractBySelectors,
  extractByPattern,
  headerValue,
  readListing,
  READER_USER_AGENT,
  readPageMetadata,
  renderLikeBrowser,
  webOf,
  type Extracted,
  type Listing,
  type ListingRead,
  type Web,
} from './reader.js';
import { scrambledSite } from './scramble.js';
import { day2Events, expectedItems, knownSources, type ExpectedItem } from './truth.js';
import type { ReplicaState } from '../../src/demo/types.js';

// ---------------------------------------------------------------------------------------------
// Config

const rawConfig: unknown = JSON.parse(readFileSync(new URL('../../sources.json', import.meta.url), 'utf8'));
const parsed = configSchema.safeParse(rawConfig);
const config: Config | undefined = parsed.success ? parsed.data : undefined;

/** Two visits: a winter weekday, and 06:00 the Monday after summer time ends (new session). */
const TODAYS = [new Date('2026-03-18T10:30:00Z'), new Date('2026-10-26T05:00:00Z')];

// ---------------------------------------------------------------------------------------------
// Talking to the sites

const web = webOf(sites);
const ask = web.ask;
/** coe.int's clearance cookie as its wall signs it for the reader's User-Agent. */
const PASSED = passedWallCookie(READER_USER_AGENT);

function fetchOk(url: string, state: ReplicaState, headers?: Record<string, string>): string {
  const { response } = ask(url, state, headers);
  expect(response.status, `${url} on day ${state.day}`).toBe(200);
  return decode(response);
}

// ---------------------------------------------------------------------------------------------
// Reading listings, feeds and sitemaps

const listingOf = (source: Extract<Source, { kind: 'html' | 'browser' }>): Listing => source;

function readHtmlSource(listing: Listing, state: ReplicaState, over: Web = web): ListingRead {
  if (listing.kind !== 'browser') return readListing(listing, over, state);
  const headers = { cookie: PASSED };
  // Past the wall, the served HTML itself has no article links: only a browser sees them.
  const served = load(over.tryFetch(listing.url, state, headers) ?? '');
  expect(listing.articles && extractByPattern(served, listing.url, listing.articles).length).toBe(0);
  return readListing(listing, over, state, {
    headers,
    render: ($) => {
      renderLikeBrowser($);
      if (listing.waitFor) expect($(listing.waitFor).length).toBeGreaterThan(0);
    },
  });
}

function loadXml(text: string): CheerioAPI {
  return load(text, { xml: true });
}

function readFeed(text: string): (Extracted & { guid?: string })[] {
  const $ = loadXml(text);
  return $('item, entry')
    .toArray()
    .map((element) => {
      const el = $(element);
      const link = el.children('link').first();
      const description = el.children('description, summary').first().text();
      const guid = el.children('guid');
      const item: Extracted & { guid?: string } = {
        title: collapse(el.children('title').first().text()),
        url: collapse(link.attr('href') ?? link.text()),
        summary: collapse(load(description).text()),
      };
      const date = el.children('pubDate, dc\\:date, published, updated').first().text();
      if (date) item.dateRaw = collapse(date);
      if (guid.length > 0) item.guid = collapse(guid.text());
      return item;
    });
}

function readSitemapSource(source: Extract<Source, { kind: 'sitemap' }>, state: ReplicaState): Extracted[] {
  const index = loadXml(fetchOk(source.url, state));
  const children = index('sitemapindex > sitemap > loc').toArray().map((el) => collapse(index(el).text()));
  const urlsets = children.length > 0 ? children.slice(0, source.maxSitemaps) : [source.url];
  const entries: { loc: string; lastmod?: string }[] = [];
  for (const child of urlsets) {
    const $ = loadXml(fetchOk(child, state));
    $('urlset > url').each((_, el) => {
      const loc = collapse($(el).children('loc').text());
      const lastmod = collapse($(el).children('lastmod').text());
      entries.push(lastmod ? { loc, lastmod } : { loc });
    });
  }
  const include = source.include.map((p) => new RegExp(p));
  const exclude = source.exclude.map((p) => new RegExp(p));
  return entries
    .filter((e) => (include.length === 0 || include.some((r) => r.test(e.loc))) && !exclude.some((r) => r.test(e.loc)))
    .map((e) => {
      const item: Extracted = { title: '', url: e.loc };
      if (e.lastmod) item.dateRaw = e.lastmod;
      if (source.detail) {
        const html = fetchOk(e.loc, state);
        const $ = load(html);
        if (source.detail.title) item.title = collapse($(source.detail.title).first().text());
        if (source.detail.date) item.dateRaw = collapse($(source.detail.date).first().text()) || item.dateRaw;
        if (source.detail.summary) item.summary = collapse($(source.detail.summary).first().text());
        if (source.detail.metadata) {
          const meta = readPageMetadata(html);
          if (!item.title && meta.title) item.title = meta.title;
          if (meta.dateRaw) item.dateRaw = meta.dateRaw;
        }
      }
      return item;
    });
}

function readSource(source: Source, state: ReplicaState): Extracted[] {
  switch (source.kind) {
    case 'html':
    case 'browser':
      return readHtmlSource(listingOf(source), state).items;
    case 'feed': {
      const { response } = ask(source.url, state);
      const items = response.status === 200 ? readFeed(decode(response)) : [];
      if (items.length > 0 || source.fallback?.kind !== 'html') return items;
      return readHtmlSource(source.fallback, state).items;
    }
    case 'sitemap':
      return readSitemapSource(source, state);
    case 'stortinget':
      throw new Error('the stortinget kind is covered by the API replica tests');
  }
}

function osloDayOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const iso = parseDate(raw)?.iso;
  return iso ? isoDay(osloDay(new Date(iso))) : undefined;
}

/** Identity is by canonical URL (tracking parameters such as a feed's utm_* dropped). */
const sameUrls = (found: readonly { url: string }[], expected: readonly { url: string }[]): void => {
  expect(found.map((i) => canonicalUrl(i.url))).toEqual(expected.map((i) => canonicalUrl(i.url)));
};

function expectTruth(sourceId: string, found: Extracted[], state: ReplicaState): void {
  const expected = expectedItems(sourceId, state.day, state.today);
  expect(found.length, sourceId).toBe(expected.length);
  expect(found.map((i) => i.title), sourceId).toEqual(expected.map((i) => i.title));
  sameUrls(found, expected);
  expect(found.map((i) => osloDayOf(i.dateRaw)), sourceId).toEqual(expected.map((i) => i.publishedDay));
}

/** Every html/browser listing the shipped config reads: the sources and the feeds' fallbacks. */
function htmlListings(): { id: string; listing: Listing }[] {
  return (config?.sources ?? []).flatMap((source) => {
    if (source.kind === 'html' || source.kind === 'browser') return [{ id: source.id, listing: listingOf(source) }];
    if (source.kind === 'feed' && source.fallback?.kind === 'html') return [{ id: source.id, listing: source.fallback }];
    return [];
  });
}

/** The replica web with every HTML page of `hosts` scrambled. */
function scrambledWeb(hosts: readonly string[], seed: number): Web {
  return webOf(sites.map((site) => (site.hosts.some((h) => hosts.includes(h)) ? scrambledSite(site, hosts, { seed }) : site)));
}

// ---------------------------------------------------------------------------------------------

describe('sources.json', () => {
  it('validates against the schema', () => {
    if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
    expect(parsed.success).toBe(true);
  });

  it('names known sections, and truth covers every source', () => {
    const sectionIds = new Set(config!.sections.map((s) => s.id));
    for (const source of config!.sources) expect(sectionIds, source.id).toContain(source.section);
    const ids = config!.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...knownSources()].sort());
  });
});

const checkedSources = (): Source[] => (config?.sources ?? []).filter((s) => s.kind !== 'stortinget');

describe.each(TODAYS.map((today) => ({ today, label: today.toISOString() })))('replica sites, today = $label', ({ today }) => {
  for (const day of [1, 2]) {
    describe(`day ${day}`, () => {
      for (const source of checkedSources()) {
        it(`${source.id}: the configured extraction finds what truth.ts promises`, () => {
          const state: ReplicaState = { day, today };
          const expected = expectedItems(source.id, day, today);
          const found = readSource(source, state);
          expectTruth(source.id, found, state);
          if (source.ranking.requireKeyword) {
            // Every on-topic item must be reachable through the keywords.
            found.forEach((item, index) => {
              if (!expected[index]?.onTopic) return;
              const reasons = keywordReasons(`${item.title}\n${item.summary ?? ''}`, config!.ranking.keywords);
              expect(reasons.length, `no keyword matches "${item.title}"`).toBeGreaterThan(0);
            });
          }
        });
      }
      for (const { id, listing } of htmlListings()) {
        it(`${id}: with every class and id scrambled, the link pattern still finds what truth.ts promises`, () => {
          const state: ReplicaState = { day, today };
          const hosts = [new URL(listing.url).hostname];
          const scrambled = scrambledWeb(hosts, 1000 * day + Number(today) % 997);
          const read = readHtmlSource(listing, state, scrambled);
          expect(read.by.length).toBeGreaterThan(0);
          expect(read.by.every((by) => by === 'pattern'), read.by.join()).toBe(true);
          expectTruth(id, read.items, state);
          if (listing.select) {
            // The scrambling did its job: the evidence-backed selectors match nothing any more.
            const page = load(scrambled.tryFetch(listing.url, state) ?? '');
            expect(page(listing.select.item).length).toBe(0);
          }
        });
      }
    });
  }

  it('listings with pagination fit in maxPages and use more than one page', () => {
    const paged = htmlListings().filter(({ listing }) => listing.pagination);
    expect(paged.map(({ id }) => id).sort()).toEqual(['fafo', 'osce-press', 'osce-publications', 'regjeringen']);
    for (const { id, listing } of paged) {
      for (const day of [1, 2]) {
        const read = readHtmlSource(listing, { day, today });
        expect(read.moreBeyondMax, id).toBe(false);
        expect(read.pages, id).toBe(listing.pagination!.maxPages);
      }
    }
  });

  it('where the config keeps selectors, they read the unscrambled replica (the pattern is only the fallback)', () => {
    const withSelect = htmlListings().filter(({ listing }) => listing.select);
    expect(withSelect.map(({ id }) => id).sort()).toEqual(['osce-press', 'osce-publications', 'regjeringen']);
    for (const { id, listing } of withSelect) {
      const read = readHtmlSource(listing, { day: 1, today });
      expect(read.by.length, id).toBe(listing.pagination?.maxPages ?? 1);
      expect(read.by.every((by) => by === 'selectors'), `${id}: ${read.by.join()}`).toBe(true);
    }
  });

  it('regjeringen.no: the typed feed and its listing fallback name the same hearings', () => {
    const source = config!.sources.find((s) => s.id === 'regjeringen');
    if (source?.kind !== 'feed' || source.fallback?.kind !== 'html') throw new Error('regjeringen must be a feed with an html fallback');
    for (const day of [1, 2]) {
      const state: ReplicaState = { day, today };
      const fromFeed = readFeed(fetchOk(source.url, state));
      const read = readHtmlSource(source.fallback, state);
      expect(read.by.length).toBeGreaterThan(0);
      expect(read.by.every((by) => by === 'selectors')).toBe(true);
      expectTruth('regjeringen', fromFeed, state);
      expectTruth('regjeringen', read.items, state);
      // Feed links carry utm_* tracking parameters; identity drops them.
      expect(fromFeed.length).toBeGreaterThan(0);
      expect(fromFeed.every((item) => item.url.includes('?utm_source='))).toBe(true);
    }
  });

  it('mixes on- and off-topic items in every source, 5–12 per listing page', () => {
    for (const source of checkedSources()) {
      const items = expectedItems(source.id, 1, today);
      expect(items.some((i) => i.onTopic), source.id).toBe(true);
      expect(items.some((i) => !i.onTopic), source.id).toBe(true);
      expect(items.length, source.id).toBeGreaterThanOrEqual(5);
    }
  });

  describe('day 2 events', () => {
    it('new items are the ones day2Events lists', () => {
      for (const source of checkedSources()) {
        const before = new Set(expectedItems(source.id, 1, today).map((i) => i.title));
        const fresh = expectedItems(source.id, 2, today).filter((i) => !before.has(i.title)).map((i) => i.title);
        expect(fresh.sort(), source.id).toEqual([...(day2Events.newItems[source.id] ?? [])].sort());
      }
      const withNews = Object.entries(day2Events.newItems).filter(([, titles]) => titles.length > 0);
      expect(withNews.length).toBeGreaterThanOrEqual(5);
    });

    it('one item moves URL: same title and date, old URL redirects', () => {
      const { sourceId, fromUrl, toUrl, title } = day2Events.moved;
      const find = (day: number, url: string): ExpectedItem | undefined =>
        expectedItems(sourceId, day, today).find((i) => i.url === url);
      const before = find(1, fromUrl);
      const after = find(2, toUrl);
      expect(before?.title).toBe(title);
      expect(after?.title).toBe(title);
      expect(after?.publishedDay).toBe(before?.publishedDay);
      expect(find(2, fromUrl)).toBeUndefined();
      expect(ask(fromUrl, { day: 1, today }).response.status).toBe(200);
      const moved = ask(fromUrl, { day: 2, today }).response;
      expect(moved.status).toBe(301);
      expect(headerValue(moved, 'location')).toBe(toUrl);
      expect(ask(toUrl, { day: 2, today }).response.status).toBe(200);
    });

    it('HEUNI changes layout: no class name of day 1 is left, the link pattern still finds every item', () => {
      const source = config!.sources.find((s) => s.id === day2Events.layoutChanged);
      if (source?.kind !== 'html') throw new Error('layoutChanged must name an html source');
      expect(source.select).toBeUndefined();
      const classesOf = (html: string): Set<string> => {
        const $ = load(html);
        return new Set($('main [class]').toArray().flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/).filter(Boolean)));
      };
      const day1 = classesOf(fetchOk(source.url, { day: 1, today }));
      const day2 = classesOf(fetchOk(source.url, { day: 2, today }));
      expect(day1.size).toBeGreaterThan(3);
      expect([...day2].filter((c) => day1.has(c))).toEqual([]);
      const read = readHtmlSource(listingOf(source), { day: 2, today });
      expect(read.items.map((i) => i.title)).toEqual(heuniListing(2, today).map((i) => i.title));
    });

    it('arbeidstilsynet goes 404', () => {
      const source = config!.sources.find((s) => s.id === day2Events.gone)!;
      expect(ask(source.url, { day: 1, today }).response.status).toBe(200);
      expect(ask(source.url, { day: 2, today }).response.status).toBe(404);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('site quirks', () => {
  const today = TODAYS[0]!;
  const state: ReplicaState = { day: 1, today };
  const url = (id: string): string => config!.sources.find((s) => s.id === id)!.url;

  it('coe.int: Cloudflare challenge without the cookie, on listing and articles', () => {
    const first = coeListing(1, today)[0]!;
    for (const target of [url('greta'), first.url]) {
      const { response } = ask(target, state);
      expect(response.status).toBe(403);
      expect(headerValue(response, 'cf-mitigated')).toBe('challenge');
      const body = decode(response);
      expect(body).toContain('<title>Just a moment...</title>');
      expect(body).toContain(CLEARANCE_PATH);
      expect(ask(target, state, { cookie: `other=1; ${PASSED}` }).response.status).toBe(200);
    }
    const long = coeListing(1, today).find((i) => i.url.includes('/asset_publisher/'));
    expect(long?.url).toContain('redirect=');
    expect(ask(long!.url, state, { cookie: PASSED }).response.status).toBe(200);
  });

  it('osce.org: /rss.xml is 404; ?page=N counts from 0; the last page has no next link', () => {
    expect(ask('https://www.osce.org/rss.xml', state).unhandled).toBe(true);
    const first = load(fetchOk(url('osce-press'), state));
    expect(first('li.pager-next > a').attr('href')).toMatch(/&page=1$/);
    const $ = load(fetchOk(`${url('osce-press')}&page=1`, state));
    expect($('li.pager-next > a').length).toBe(0);
    expect($('.panel-pane.pane-apachesolr-result > .pane-content .search-result-news').length).toBeGreaterThan(0);
    // Both public scrapers' selectors read the same items.
    expect($('dt.search-title > h3 > a').length).toBe($('.search-result-news').length);
  });

  it('regjeringen.no: UTF-8 with hex references, the real robots.txt, the feed only in its path form', () => {
    const source = config!.sources.find((s) => s.id === 'regjeringen');
    if (source?.kind !== 'feed' || source.fallback?.kind !== 'html') throw new Error('regjeringen must be a feed with an html fallback');
    const { response } = ask(source.fallback.url, state);
    expect(headerValue(response, 'content-type')).toBe('text/html; charset=utf-8');
    const body = decode(response);
    expect(body).toContain('<meta charset="utf-8">');
    expect(body).toContain('H&#xF8;yring');
    expect(body).toMatch(/<link rel="next" href="https:\/\/www\.regjeringen\.no\/no\/dokument\/hoyringar\/id1763\/\?page=2">/);
    // The disabled "previous" of page 1 still links ?page=0, as the real pager does.
    expect(load(body)('ul.pagination li.prev.disabled a').attr('href')).toBe('?page=0');
    expect(bytesOf(response).includes(Buffer.from('ø', 'utf8'))).toBe(true);
    const robots = ask('https://www.regjeringen.no/robots.txt', state).response;
    expect(robots.status).toBe(200);
    expect(robots.body).toBe(REGJERINGEN_ROBOTS);
    expect(ask(source.url, state).response.status).toBe(200);
    expect(ask('https://www.regjeringen.no/no/rss/Rss/?id=2581966', state).response.status).toBe(404);
  });

  it('arbeidstilsynet.no: windows-1252 declared only in the XML prolog', () => {
    const { response } = ask(url('arbeidstilsynet'), state);
    expect(headerValue(response, 'content-type')).toBe('application/rss+xml');
    const bytes = bytesOf(response);
    expect(bytes.subarray(0, 60).toString('latin1')).toContain('encoding="windows-1252"');
    expect(bytes.includes(0x96)).toBe(true); // "–" in windows-1252
    const titles = readFeed(decode(response)).map((i) => i.title).join('\n');
    expect(titles).toContain('–');
    expect(titles).toContain('“Vi ser de samme mønstrene”');
  });

  it('lovdata.no: /pro/ redirects to the login page', () => {
    const { response } = ask('https://lovdata.no/pro/#document/HRSTR/avgjorelse/hr-2026-412-a', state);
    expect(response.status).toBe(302);
    expect(headerValue(response, 'location')).toMatch(/^https:\/\/lovdata\.no\/pro\/login\?/);
    expect(ask(headerValue(response, 'location')!, state).response.status).toBe(200);
  });

  it('stortinget.no RSS: no pubDate, dates in dc:date, some empty guids', () => {
    const text = fetchOk(url('stortinget-rss'), state);
    const $ = loadXml(text);
    expect($('item pubDate').length).toBe(0);
    expect($('item').length).toBe($('item > dc\\:date').length);
    expect(readFeed(text).filter((i) => i.guid === '').length).toBeGreaterThan(0);
  });

  it('helsedirektoratet.no serves Atom; EU and lovdata RSS 2.0', () => {
    expect(loadXml(fetchOk(url('helsedirektoratet'), state)).root().children().first().is('feed')).toBe(true);
    for (const id of ['eu-home-affairs', 'lovdata']) {
      expect(loadXml(fetchOk(url(id), state))('rss[version="2.0"]').length, id).toBe(1);
    }
  });

  it('robots.txt is 404 everywhere but regjeringen; unknown paths are left to the core', () => {
    for (const site of sites) {
      const host = site.hosts[0]!;
      if (host === 'www.coe.int') {
        // Behind its bot wall every path is the challenge, unknown ones included.
        for (const path of ['/robots.txt', '/no/such/page-xyz']) expect(ask(`https://${host}${path}`, state).response.status, path).toBe(403);
        continue;
      }
      expect(ask(`https://${host}/robots.txt`, state).unhandled, host).toBe(host !== 'www.regjeringen.no');
      expect(ask(`https://${host}/no/such/page-xyz`, state).unhandled, host).toBe(true);
    }
  });
});

describe('fixtures.test', () => {
  const today = TODAYS[0]!;
  const state: ReplicaState = { day: 1, today };
  const at = (path: string): string => `https://${FIXTURES_HOST}${path}`;

  it('every XML fixture yields its expected items with a lenient reader', () => {
    for (const [path, expectation] of Object.entries(fixtureExpectations)) {
      if (!path.endsWith('.xml')) continue;
      const items = readFeed(fetchOk(at(path), state));
      expect(items.map((i) => i.title), path).toEqual(expectation.items.map((i) => i.title));
      expect(items.map((i) => i.url), path).toEqual(expectation.items.map((i) => i.url));
    }
  });

  it('each fixture has its trap', () => {
    expect(fetchOk(at('/malformed.xml'), state).trimEnd().endsWith('</rss>')).toBe(false);
    expect(fetchOk(at('/bare-ampersand.xml'), state)).toContain(`<title>${BARE_AMPERSAND_TITLE}</title>`);
    const rdf = loadXml(fetchOk(at('/rdf.xml'), state));
    expect(rdf('rdf\\:RDF').length).toBe(1);
    expect(rdf('item > dc\\:date').length).toBe(rdf('item').length);
    const repeated = readFeed(fetchOk(at('/repeated-guid.xml'), state));
    expect(new Set(repeated.map((i) => i.guid)).size).toBe(1);
    const sameLink = readFeed(fetchOk(at('/same-link.xml'), state));
    expect(new Set(sameLink.map((i) => i.url)).size).toBe(1);
    expect(new Set(sameLink.map((i) => i.guid)).size).toBe(sameLink.length);
    const script = fetchOk(at('/script-title.xml'), state);
    expect(script).not.toContain('<script>');
    expect(readFeed(script)[0]?.title).toBe(SCRIPT_TITLE);
  });

  it('latin1.html: ISO-8859-1 declared only by <meta charset>', () => {
    const { response } = ask(at('/latin1.html'), state);
    expect(headerValue(response, 'content-type')).toBe('text/html');
    const expectation = fixtureExpectations['/latin1.html']!;
    const $ = load(decode(response));
    expect($('meta[charset]').attr('charset')).toBe('iso-8859-1');
    const select = { linkAttribute: 'href', ...expectation.select! };
    const items = extractBySelectors($, at('/latin1.html'), select);
    expect(items.map((i) => i.title)).toEqual(expectation.items.map((i) => i.title));
    expect(items.map((i) => i.url)).toEqual(expectation.items.map((i) => i.url));
    expect(items.map((i) => i.dateRaw)).toEqual(expectation.items.map((i) => dating(today, i).publishedDay));
  });
});
