/**
 * The shipped sources.json, unchanged, against the replica web through its proxy — every kind,
 * the browser one included (Debian chromium through the bot wall) — on day 1 and day 2, and once
 * more with every class name and id on the listing pages scrambled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildDigest } from '../../src/digest/build.js';
import type { Item, RunSummary, SourceOutcome } from '../../src/model.js';
import { checkIntegrity } from '../../src/store/db.js';
import { countItems, findItemIdByKeys, listItemsFirstSeen } from '../../src/store/items.js';
import { getSourceState } from '../../src/store/source-state.js';
import { canonicalUrl } from '../../src/sources/canonical-url.js';
import { watchSources } from '../../src/watch/watch.js';
import { scrambledSite } from './scramble.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { isoDay, osloDay } from '../../src/demo/sites/common.js';
import { sites } from '../../src/demo/sites/index.js';
import { day2Events, expectedItems, knownSources } from './truth.js';
import { testRuntime } from '../helpers/runtime.js';

const today = new Date('2026-11-28T05:00:00Z');
const config = loadConfig('sources.json');

/**
 * Sources whose shipped config needs extraction being written on branch main (link patterns,
 * `pagination.template`, `detail.metadata`): until it is merged here they cannot pass, and their
 * checks are left out below (and listed as todo). Empty this set when main's "link pattern"
 * commit is merged.
 */
const AWAITING_EXTRACTION = new Set<string>([]);
// A source shipped disabled (its address not yet confirmed) is not run; sites.test.ts reads it.
const DISABLED = new Set(config.sources.filter((source) => !source.enabled).map((source) => source.id));
const ready = (id: string): boolean => !AWAITING_EXTRACTION.has(id) && !DISABLED.has(id);
/** Scrambled, regjeringen.no is read through its feed's listing fallback: main's code as well. */
const SCRAMBLE_AWAITING = new Set([...AWAITING_EXTRACTION]);
const readyScrambled = (id: string): boolean => !SCRAMBLE_AWAITING.has(id);

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
let day1: RunSummary;
let warm: RunSummary;
let warmLog: Replica['log'] = [];
let day2: RunSummary;
const byId = (summary: RunSummary): Record<string, SourceOutcome> => Object.fromEntries(summary.sources.map((s) => [s.id, s]));
const clockDay1 = new Date('2026-11-28T05:30:00Z');
const clockDay2 = new Date('2026-11-29T05:30:00Z');

beforeAll(async () => {
  replica = await startReplica({ sites, day: 1, today });
  runtime = testRuntime(config, replica.proxyUrl);
  const watch = (now: Date) =>
    watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => now });
  day1 = await watch(clockDay1);
  // The same day again: nothing changed anywhere.
  replica.clearLog();
  warm = await watch(new Date(clockDay1.getTime() + 3_600_000));
  warmLog = [...replica.log];
  replica.setDay(2);
  day2 = await watch(clockDay2);
}, 180_000);
afterAll(async () => {
  await runtime?.cleanup();
  await replica?.close();
});

describe('shipped sources.json on the replica web', () => {
  it('covers every kind', () => {
    expect(new Set(config.sources.map((s) => s.kind))).toEqual(new Set(['feed', 'html', 'browser', 'sitemap', 'stortinget']));
  });

  for (const id of AWAITING_EXTRACTION) it.todo(`${id}: day 1, warm run and day 2 (needs main's link-pattern extraction)`);

  it('day 1: every source is a silent baseline with exactly the items the replica holds', () => {
    const outcomes = byId(day1);
    const checked = knownSources().filter(ready);
    expect(checked.length).toBeGreaterThan(5);
    for (const id of checked) {
      const expected = expectedItems(id, 1, today);
      expect(outcomes[id], id).toMatchObject({ outcome: 'baseline', items: expected.length });
    }
    // Nothing from a baseline reaches the digest.
    expect(listItemsFirstSeen(runtime.db, '2000-01-01', clockDay2.toISOString())).toEqual([]);
  });

  it('day 1: extracted titles and URLs match the replica', () => {
    const stored = listItemsFirstSeen(runtime.db, '2000-01-01', '2100-01-01', { includeBaseline: true });
    const titles = new Set(stored.map((item) => item.title));
    const urls = new Set(stored.map((item) => item.canonicalUrl));
    const byId = new Map(stored.map((item) => [item.id, item]));
    for (const id of knownSources().filter(ready)) {
      for (const item of expectedItems(id, 1, today)) {
        if (id === 'stortinget' && item.url.includes('/Publikasjoner/Representantforslag/')) {
          // A Dokument 8 is one item with its sak: stored under the sak's title, known by its own URL too.
          const owner = byId.get(findItemIdByKeys(runtime.db, [`url:${canonicalUrl(item.url)}`]) ?? '');
          expect(owner && item.title.startsWith(`${owner.title} (`), `${id}: ${item.title}`).toBe(true);
          continue;
        }
        expect(titles.has(item.title), `${id}: ${item.title}`).toBe(true);
        if (id !== 'stortinget') expect(urls.has(canonicalUrl(item.url)), `${id}: ${item.url}`).toBe(true);
      }
    }
  });

  it('a warm run where nothing changed is answered by 304s alone (the browser source aside)', () => {
    const outcomes = byId(warm);
    const checked = config.sources.filter((s) => s.kind !== 'browser' && ready(s.id));
    expect(checked.length).toBeGreaterThan(5);
    for (const source of checked) expect(outcomes[source.id]!.outcome, source.id).toBe('not-modified');
    const hosts = new Set(checked.map((s) => new URL(s.url).hostname));
    const http = warmLog.filter((l) => l.method === 'GET' && l.userAgent?.startsWith('sourcewatch/') && hosts.has(l.host));
    expect(http.length).toBeGreaterThan(5);
    expect(http.filter((l) => l.status !== 304).map((l) => `${l.host}${l.path} ${l.status}`)).toEqual([]);
  });

  it('day 2: new items once, the moved report not new, the 404 reported, the redesign unnoticed', () => {
    const outcomes = byId(day2);
    expect(outcomes[day2Events.gone]).toMatchObject({ outcome: 'failed', consecutiveFailures: 1 });
    expect(outcomes[day2Events.gone]!.detail).toMatch(/HTTP 404/);
    if (ready(day2Events.layoutChanged)) {
      // Named by link pattern, the redesigned listing yields its items as before.
      expect(outcomes[day2Events.layoutChanged]).toMatchObject({ outcome: 'ok' });
    }
    if (ready('osce-publications')) expect(outcomes['osce-publications']!.outcome).toBe('not-modified');

    const inReady = (item: Item): boolean => item.sourceIds.some(ready);
    const fresh = listItemsFirstSeen(runtime.db, clockDay2.toISOString(), '2100-01-01').filter(inReady);
    const freshTitles = fresh.map((item) => item.title).sort();
    const expectedTitles = [
      ...new Set(
        Object.entries(day2Events.newItems)
          .filter(([id]) => ready(id))
          .flatMap(([, titles]) => titles),
      ),
    ].sort();
    expect(expectedTitles.length).toBeGreaterThan(3);
    expect(freshTitles).toEqual(expectedTitles);
    expect(freshTitles).not.toContain(day2Events.moved.title);
    expect(checkIntegrity(runtime.db)).toEqual([]);
  });

  it('day 2 digest: ranked candidates grouped by section, with reasons and source health', () => {
    const digest = buildDigest(runtime.db, config, { from: clockDay2, to: new Date(clockDay2.getTime() + 3600_000) }, clockDay2);
    const candidates = digest.sections.flatMap((s) => s.candidates);
    expect(candidates.length).toBeGreaterThan(3);
    for (const section of digest.sections) {
      const scores = section.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const c of section.candidates) expect(c.reasons.length).toBeGreaterThan(0);
    }
    expect(digest.sections.map((s) => s.id)).toEqual(config.sections.map((s) => s.id).filter((id) => digest.sections.some((s) => s.id === id)));
    const unhealthy = digest.health.map((h) => h.id).filter(ready);
    expect(unhealthy).toEqual([day2Events.gone]);
    if (ready('greta')) expect(candidates.some((c) => c.sourceId === 'greta')).toBe(true);
    // A Stortinget item needs a keyword.
    for (const c of candidates.filter((c) => c.sourceId === 'stortinget')) {
      expect(c.reasons.some((r) => r.kind === 'keyword' && r.points > 0)).toBe(true);
    }
  });

  it('sends an honest User-Agent and conditional requests on day 2', () => {
    const httpEntries = replica.log.filter((l) => l.method === 'GET' && !l.userAgent?.includes('Chrome'));
    expect(httpEntries.length).toBeGreaterThan(10);
    expect(httpEntries.every((l) => l.userAgent?.startsWith('sourcewatch/'))).toBe(true);
    expect(replica.log.some((l) => l.status === 304)).toBe(true);
    expect(countItems(runtime.db).total).toBeGreaterThan(60);
  });
});

/** Every html/browser listing of the shipped config, with the host it lives on. */
const listingSources = config.sources.flatMap((source) => {
  if (source.kind === 'html' || source.kind === 'browser') return [{ id: source.id, url: source.url, hasSelect: source.select !== undefined }];
  if (source.kind === 'feed' && source.fallback?.kind === 'html') {
    return [{ id: source.id, url: source.fallback.url, hasSelect: source.fallback.select !== undefined }];
  }
  return [];
});

describe('shipped sources.json with every class and id on the listing pages scrambled', () => {
  const scrambledHosts = [...new Set(listingSources.map((s) => new URL(s.url).hostname))];
  let scrambledReplica: Replica;
  let scrambledRuntime: ReturnType<typeof testRuntime>;
  let run: RunSummary;
  for (const { id } of listingSources) {
    if (!readyScrambled(id)) it.todo(`${id}: scrambled listing (needs main's link-pattern extraction)`);
  }

  beforeAll(async () => {
    if (!listingSources.some(({ id }) => readyScrambled(id))) return;
    const scrambledSites = sites.map((site) => {
      const wrapped = site.hosts.some((h) => scrambledHosts.includes(h)) ? scrambledSite(site, scrambledHosts) : site;
      if (!site.hosts.includes('www.regjeringen.no')) return wrapped;
      // Take the typed feed away (404) so that its listing fallback is what gets read.
      return {
        ...wrapped,
        handle: (request: Parameters<typeof wrapped.handle>[0], state: Parameters<typeof wrapped.handle>[1]) =>
          request.path.startsWith('/no/rss/') ? null : wrapped.handle(request, state),
      };
    });
    scrambledReplica = await startReplica({ sites: scrambledSites, day: 1, today });
    scrambledRuntime = testRuntime(config, scrambledReplica.proxyUrl);
    run = await watchSources(config, {
      db: scrambledRuntime.db,
      http: scrambledRuntime.http,
      browser: scrambledRuntime.browser,
      log: scrambledRuntime.log,
      now: () => clockDay1,
    });
  }, 180_000);
  afterAll(async () => {
    await scrambledRuntime?.cleanup();
    await scrambledReplica?.close();
  });

  for (const { id, hasSelect } of listingSources) {
    if (!readyScrambled(id)) continue;
    it(`${id}: the same items, titles, links and dates${hasSelect ? ', and a warning that it fell back to the link pattern' : ''}`, () => {
      const outcome = byId(run)[id]!;
      const expected = expectedItems(id, 1, today);
      expect(outcome, id).toMatchObject({ outcome: 'baseline', items: expected.length });
      // A baseline's outcome says only that it was silent; the warnings are kept with the source.
      if (hasSelect) expect(getSourceState(scrambledRuntime.db, id)?.lastDetail).toMatch(/selectors matched nothing; \d+ items? found by link pattern/);
      const stored = listItemsFirstSeen(scrambledRuntime.db, '2000-01-01', '2100-01-01', { includeBaseline: true }).filter((item) =>
        item.sourceIds.includes(id),
      );
      const view = (items: { title: string; url: string; day: string | undefined }[]) =>
        items.map((i) => `${canonicalUrl(i.url)} | ${i.title} | ${i.day}`).sort();
      expect(
        view(stored.map((item) => ({ title: item.title, url: item.url, day: item.published?.iso ? isoDay(osloDay(new Date(item.published.iso))) : undefined }))),
      ).toEqual(view(expected.map((item) => ({ title: item.title, url: item.url, day: item.publishedDay }))));
    });
  }
});
