/**
 * The replica sites against the shipped sources.json: for every source and day, the configured
 * selectors (or the feed/sitemap structure) must find exactly what truth.ts promises, and day 2
 * must differ as `day2Events` says. Calls `site.handle()` directly: no server.
 *
 * The listing reader here is a small re-statement of the extractor's documented semantics, not
 * the extractor itself, so a regression in either shows up as a disagreement.
 */
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { configSchema, type Config, type Source } from '../../src/config/schema.js';
import { decodeBody } from '../../src/fetch/charset.js';
import { parseDate } from '../../src/watch/dates.js';
import { keywordReasons } from '../../src/watch/rank.js';
import { CLEARANCE_COOKIE, CLEARANCE_PATH, clearanceValue } from './bot-wall.js';
import { COE_RENDER_ITEM_JS, coeListing } from './sites/coe.js';
import { dating, isoDay, osloDay } from './sites/common.js';
import { BARE_AMPERSAND_TITLE, fixtureExpectations, FIXTURES_HOST, SCRIPT_TITLE } from './sites/fixtures.js';
import { heuniListing } from './sites/heuni.js';
import { sites } from './sites/index.js';
import { REGJERINGEN_ROBOTS } from './sites/regjeringen.js';
import { day2Events, expectedItems, knownSources, type ExpectedItem } from './truth.js';
import type { ReplicaRequest, ReplicaResponse, ReplicaState } from './types.js';

// ---------------------------------------------------------------------------------------------
// Config

const rawConfig: unknown = JSON.parse(readFileSync(new URL('../../sources.json', import.meta.url), 'utf8'));
const parsed = configSchema.safeParse(rawConfig);
const config: Config | undefined = parsed.success ? parsed.data : undefined;

/** Two visits: a winter weekday, and 06:00 the Monday after summer time ends (new session). */
const TODAYS = [new Date('2026-03-18T10:30:00Z'), new Date('2026-10-26T05:00:00Z')];

// ---------------------------------------------------------------------------------------------
// Talking to the sites

interface Answer {
  response: ReplicaResponse;
  /** The site returned null (the core's plain 404). */
  unhandled: boolean;
}

/** coe.int's clearance cookie as the wall signs it for ask()'s User-Agent, valid for a day. */
const PASSED = `${CLEARANCE_COOKIE}=${clearanceValue('sites.test', Math.floor(Date.now() / 1000) + 86_400)}`;

function ask(url: string, state: ReplicaState, headers: Record<string, string> = {}): Answer {
  const target = new URL(url);
  const host = target.hostname.toLowerCase();
  const site = sites.find((s) => s.hosts.includes(host));
  if (!site) throw new Error(`no replica site for ${host}`);
  const request: ReplicaRequest = {
    method: 'GET',
    host,
    path: target.pathname,
    query: target.searchParams,
    headers: { 'user-agent': 'sites.test', ...headers },
    scheme: target.protocol === 'http:' ? 'http' : 'https',
  };
  const response = site.handle(request, state);
  return response === null
    ? { response: { status: 404, body: 'not found' }, unhandled: true }
    : { response, unhandled: false };
}

function headerValue(response: ReplicaResponse, name: string): string | undefined {
  const entry = Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function bytesOf(response: ReplicaResponse): Buffer {
  return typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
}

/** Decode as the HTTP layer does: BOM, Content-Type charset, then the document's own declaration. */
function decode(response: ReplicaResponse): string {
  if (typeof response.body === 'string') return response.body;
  return decodeBody(response.body, headerValue(response, 'content-type')).text;
}

function fetchOk(url: string, state: ReplicaState, headers?: Record<string, string>): string {
  const { response } = ask(url, state, headers);
  expect(response.status, `${url} on day ${state.day}`).toBe(200);
  return decode(response);
}

// ---------------------------------------------------------------------------------------------
// Reading listings, feeds and sitemaps

interface Extracted {
  title: string;
  url: string;
  dateRaw?: string;
  summary?: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

type Node = ReturnType<CheerioAPI>;

/** The first descendant of `scope` matching `selector`, or `scope` itself when it matches. */
function pick(scope: Node, selector: string): Node | undefined {
  if (scope.is(selector)) return scope;
  const found = scope.find(selector).first();
  return found.length > 0 ? found : undefined;
}

function extractListing($: CheerioAPI, pageUrl: string, select: NonNullable<Extract<Source, { kind: 'html' }>['select']>): Extracted[] {
  const base = new URL($('base[href]').attr('href') ?? pageUrl, pageUrl).href;
  const items: Extracted[] = [];
  $(select.item).each((_, element) => {
    const scope = $(element);
    const link = pick(scope, select.link);
    const href = link?.attr(select.linkAttribute);
    const titleNode = select.title ? pick(scope, select.title) : link;
    const item: Extracted = { title: titleNode ? collapse(titleNode.text()) : '', url: href ? new URL(href, base).href : '' };
    if (select.date) {
      const node = pick(scope, select.date);
      const raw = node && (select.dateAttribute ? node.attr(select.dateAttribute) : node.text());
      if (raw) item.dateRaw = collapse(raw);
    }
    if (select.summary) {
      const node = pick(scope, select.summary);
      if (node) item.summary = collapse(node.text());
    }
    items.push(item);
  });
  return items;
}

/** What the coe.int page's inline script does in a browser: render the JSON blob into the list. */
function renderLikeBrowser($: CheerioAPI): void {
  const data = JSON.parse($('#news-data').text()) as { items: unknown[] };
  const render = new Function(`${COE_RENDER_ITEM_JS}\nreturn renderNewsItem;`)() as (item: unknown) => string;
  $('#news-list').html(data.items.map(render).join(''));
}

interface ListingRead {
  items: Extracted[];
  pages: number;
  /** A next-page link was still there when maxPages stopped the walk. */
  moreBeyondMax: boolean;
}

function readHtmlSource(source: Extract<Source, { kind: 'html' | 'browser' }>, state: ReplicaState): ListingRead {
  const headers: Record<string, string> = source.kind === 'browser' ? { cookie: PASSED } : {};
  const maxPages = source.pagination?.maxPages ?? 1;
  const items: Extracted[] = [];
  const visited = new Set<string>();
  let url: string | undefined = source.url;
  let pages = 0;
  let moreBeyondMax = false;
  while (url && !visited.has(url)) {
    if (pages === maxPages) {
      moreBeyondMax = true;
      break;
    }
    visited.add(url);
    const $ = load(fetchOk(url, state, headers));
    if (source.kind === 'browser') {
      // Past the wall, the served HTML itself has no items: only a browser sees them.
      expect($(source.select!.item).length).toBe(0);
      renderLikeBrowser($);
      if (source.waitFor) expect($(source.waitFor).length).toBeGreaterThan(0);
    }
    items.push(...extractListing($, url, source.select!));
    pages += 1;
    const next = source.pagination ? $(source.pagination.next!).first().attr('href') : undefined;
    url = next ? new URL(next, url).href : undefined;
  }
  if (source.kind === 'html' && source.detail?.date) {
    for (const item of items) {
      if (item.dateRaw) continue;
      const detail = load(fetchOk(item.url, state));
      const node = detail(source.detail.date).first();
      if (node.length > 0) item.dateRaw = collapse(node.text());
    }
  }
  return { items, pages, moreBeyondMax };
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
        const $ = load(fetchOk(e.loc, state));
        if (source.detail.title) item.title = collapse($(source.detail.title).first().text());
        if (source.detail.date) item.dateRaw = collapse($(source.detail.date).first().text()) || item.dateRaw;
        if (source.detail.summary) item.summary = collapse($(source.detail.summary).first().text());
      }
      return item;
    });
}

function readSource(source: Source, state: ReplicaState): Extracted[] {
  switch (source.kind) {
    case 'html':
    case 'browser':
      return readHtmlSource(source, state).items;
    case 'feed': {
      const { response } = ask(source.url, state);
      return response.status === 200 ? readFeed(decode(response)) : [];
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
          expect(found.map((i) => i.title)).toEqual(expected.map((i) => i.title));
          expect(found.map((i) => i.url)).toEqual(expected.map((i) => i.url));
          expect(found.map((i) => osloDayOf(i.dateRaw))).toEqual(expected.map((i) => i.publishedDay));
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
    });
  }

  it('listings with pagination fit in maxPages and use more than one page', () => {
    for (const source of checkedSources()) {
      if ((source.kind !== 'html' && source.kind !== 'browser') || !source.pagination) continue;
      for (const day of [1, 2]) {
        const read = readHtmlSource(source, { day, today });
        expect(read.moreBeyondMax, source.id).toBe(false);
        expect(read.pages, source.id).toBe(source.pagination.maxPages);
      }
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

    it('HEUNI changes layout: the page still answers with its items, the selectors match none', () => {
      const source = config!.sources.find((s) => s.id === day2Events.layoutChanged);
      if (source?.kind !== 'html') throw new Error('layoutChanged must name an html source');
      const html1 = fetchOk(source.url, { day: 1, today });
      const html2 = fetchOk(source.url, { day: 2, today });
      expect(load(html1)(source.select!.item).length).toBeGreaterThan(0);
      expect(load(html2)(source.select!.item).length).toBe(0);
      const shown = load(html2).text();
      for (const item of heuniListing(2, today)) expect(shown).toContain(item.title);
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
      expect(body).toContain('location.reload()');
      expect(ask(target, state, { cookie: `other=1; ${PASSED}` }).response.status).toBe(200);
    }
    const long = coeListing(1, today).find((i) => i.url.includes('/asset_publisher/'));
    expect(long?.url).toContain('redirect=');
    expect(ask(long!.url, state, { cookie: PASSED }).response.status).toBe(200);
  });

  it('osce.org: /rss.xml is 404; the last page has no next link', () => {
    expect(ask('https://www.osce.org/rss.xml', state).unhandled).toBe(true);
    const $ = load(fetchOk(`${url('osce-press')}&page=1`, state));
    expect($('li.pager-next > a').length).toBe(0);
    expect($('div.view-content > div.views-row').length).toBeGreaterThan(0);
  });

  it('regjeringen.no: ISO-8859-1 body declared in the header only, and its robots.txt', () => {
    const { response } = ask(url('regjeringen'), state);
    expect(headerValue(response, 'content-type')).toBe('text/html; charset=iso-8859-1');
    const bytes = bytesOf(response);
    expect(bytes.includes(0xf8) || bytes.includes(0xe5)).toBe(true); // ø or å as one byte
    expect(bytes.includes(Buffer.from('ø', 'utf8'))).toBe(false);
    expect(bytes.toString('latin1')).not.toMatch(/<meta[^>]+charset/i);
    expect(decode(response)).toMatch(/[æøå]/);
    const robots = ask('https://www.regjeringen.no/robots.txt', state).response;
    expect(robots.status).toBe(200);
    expect(robots.body).toBe(REGJERINGEN_ROBOTS);
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
    const items = extractListing($, at('/latin1.html'), select);
    expect(items.map((i) => i.title)).toEqual(expectation.items.map((i) => i.title));
    expect(items.map((i) => i.url)).toEqual(expectation.items.map((i) => i.url));
    expect(items.map((i) => i.dateRaw)).toEqual(expectation.items.map((i) => dating(today, i).publishedDay));
  });
});
