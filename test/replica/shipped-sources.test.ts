/**
 * The shipped sources.json, unchanged, against the replica web through its proxy — every kind,
 * the browser one included (Debian chromium through the bot wall) — on day 1 and day 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildDigest } from '../../src/digest/build.js';
import type { RunSummary, SourceOutcome } from '../../src/model.js';
import { checkIntegrity } from '../../src/store/db.js';
import { countItems, listItemsFirstSeen } from '../../src/store/items.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from './server.js';
import { sites } from './sites/index.js';
import { day2Events, expectedItems, knownSources } from './truth.js';
import { testRuntime } from '../helpers/runtime.js';

const today = new Date('2026-11-28T05:00:00Z');
const config = loadConfig('sources.json');
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

  it('day 1: every source is a silent baseline with exactly the items the replica holds', () => {
    const outcomes = byId(day1);
    for (const id of knownSources()) {
      const expected = expectedItems(id, 1, today);
      expect(outcomes[id], id).toMatchObject({ outcome: 'baseline', items: expected.length });
    }
    // Nothing from a baseline reaches the digest.
    expect(listItemsFirstSeen(runtime.db, '2000-01-01', clockDay2.toISOString())).toEqual([]);
  });

  it('day 1: extracted titles and URLs match the replica', () => {
    const stored = listItemsFirstSeen(runtime.db, '2000-01-01', '2100-01-01', { includeBaseline: true });
    const titles = new Set(stored.map((item) => item.title));
    for (const id of knownSources()) {
      for (const item of expectedItems(id, 1, today)) expect(titles.has(item.title), `${id}: ${item.title}`).toBe(true);
    }
  });

  it('a warm run where nothing changed is answered by 304s alone (the browser source aside)', () => {
    const outcomes = byId(warm);
    for (const source of config.sources.filter((s) => s.kind !== 'browser')) expect(outcomes[source.id]!.outcome, source.id).toBe('not-modified');
    const http = warmLog.filter((l) => l.method === 'GET' && l.userAgent?.startsWith('sourcewatch/'));
    expect(http.length).toBeGreaterThan(10);
    expect(http.filter((l) => l.status !== 304).map((l) => `${l.host}${l.path} ${l.status}`)).toEqual([]);
  });

  it('day 2: new items once, the moved report not new, the layout change and the 404 reported', () => {
    const outcomes = byId(day2);
    expect(outcomes[day2Events.layoutChanged]).toMatchObject({ outcome: 'broken-extraction' });
    expect(outcomes[day2Events.layoutChanged]!.detail).toMatch(/did the page change layout/);
    expect(outcomes[day2Events.gone]).toMatchObject({ outcome: 'failed', consecutiveFailures: 1 });
    expect(outcomes[day2Events.gone]!.detail).toMatch(/HTTP 404/);
    expect(outcomes['osce-publications']!.outcome).toBe('not-modified');

    const fresh = listItemsFirstSeen(runtime.db, clockDay2.toISOString(), '2100-01-01');
    const freshTitles = fresh.map((item) => item.title).sort();
    const expectedTitles = [...new Set(Object.values(day2Events.newItems).flat())].sort();
    expect(freshTitles).toEqual(expectedTitles);
    expect(freshTitles).not.toContain(day2Events.moved.title);
    expect(checkIntegrity(runtime.db)).toEqual([]);
  });

  it('day 2 digest: ranked candidates grouped by section, with reasons and source health', () => {
    const digest = buildDigest(runtime.db, config, { from: clockDay2, to: new Date(clockDay2.getTime() + 3600_000) }, clockDay2);
    const candidates = digest.sections.flatMap((s) => s.candidates);
    expect(candidates.length).toBeGreaterThan(5);
    for (const section of digest.sections) {
      const scores = section.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const c of section.candidates) expect(c.reasons.length).toBeGreaterThan(0);
    }
    expect(digest.sections.map((s) => s.id)).toEqual(config.sections.map((s) => s.id).filter((id) => digest.sections.some((s) => s.id === id)));
    expect(digest.health.map((h) => h.id).sort()).toEqual([day2Events.gone, day2Events.layoutChanged].sort());
    // GRETA items are all on topic; a Stortinget item needs a keyword.
    expect(candidates.some((c) => c.sourceId === 'greta')).toBe(true);
    for (const c of candidates.filter((c) => c.sourceId === 'stortinget')) {
      expect(c.reasons.some((r) => r.kind === 'keyword' && r.points > 0)).toBe(true);
    }
  });

  it('sends an honest User-Agent and conditional requests on day 2', () => {
    const httpEntries = replica.log.filter((l) => l.method === 'GET' && !l.userAgent?.includes('Chrome'));
    expect(httpEntries.every((l) => l.userAgent?.startsWith('sourcewatch/'))).toBe(true);
    expect(replica.log.some((l) => l.status === 304)).toBe(true);
    expect(countItems(runtime.db).total).toBeGreaterThan(100);
  });
});
