/**
 * The watch stage end to end on a small site of our own: real HTTP through the replica proxy,
 * real SQLite. Each scenario is one thing a long-running watcher gets wrong.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { checkIntegrity } from '../../src/store/db.js';
import { countItems } from '../../src/store/items.js';
import { getSourceState } from '../../src/store/source-state.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

interface Entry { title: string; path: string; date: string; summary?: string }
const listing: { entries: Entry[]; layout: 'old' | 'new'; status: number } = { entries: [], layout: 'old', status: 200 };
let feedItems: Array<{ title: string; link: string; guid: string }> = [];

function renderListing(): string {
  const cls = listing.layout === 'old' ? 'pub' : 'publication-card';
  return `<!doctype html><html><body><nav><a href="/">Hjem</a></nav><ul>${listing.entries
    .map((e) => `<li class="${cls}"><h3><a href="${e.path}">${e.title}</a></h3><span class="date">${e.date}</span><p>${e.summary ?? ''}</p></li>`)
    .join('')}</ul></body></html>`;
}

const site: ReplicaSite = {
  name: 'test',
  hosts: ['www.forsk.no', 'forsk.no'],
  handle: (request) => {
    if (request.path === '/publikasjoner') {
      if (listing.status !== 200) return { status: listing.status, body: 'gone', noValidators: true };
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: renderListing() };
    }
    if (request.path === '/feed.xml') {
      return {
        status: 200,
        headers: { 'content-type': 'application/rss+xml' },
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${feedItems
          .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid}</guid><pubDate>Wed, 25 Nov 2026 10:00:00 GMT</pubDate></item>`)
          .join('')}</channel></rss>`,
      };
    }
    return null;
  },
};

const htmlSource = {
  id: 'forsk',
  name: 'Forsk',
  section: 'forskning',
  kind: 'html',
  url: 'https://www.forsk.no/publikasjoner',
  select: { item: 'li.pub', link: 'h3 a', date: '.date', summary: 'p' },
};
const feedSource = { id: 'forsk-feed', name: 'Forsk feed', section: 'politiske-tiltak', kind: 'feed', url: 'https://forsk.no/feed.xml' };

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
let clock = new Date('2026-11-26T06:00:00Z');

function watch(config = testConfig([htmlSource, feedSource])) {
  return watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => clock });
}
const outcome = async (config?: ReturnType<typeof testConfig>) => {
  const summary = await watch(config);
  return Object.fromEntries(summary.sources.map((s) => [s.id, s]));
};

beforeEach(async () => {
  listing.entries = [
    { title: 'Grov utnytting av utenlandske arbeidstakere', path: '/pub/grov-utnytting', date: '24.11.2026', summary: 'Menneskehandel i arbeidslivet' },
    { title: 'Evaluering av tilskuddsordning', path: '/pub/evaluering', date: '20.11.2026' },
  ];
  listing.layout = 'old';
  listing.status = 200;
  feedItems = [{ title: 'Høring om menneskehandel', link: 'https://forsk.no/hoering', guid: 'g1' }];
  clock = new Date('2026-11-26T06:00:00Z');
  replica = await startReplica({ sites: [site] });
  runtime = testRuntime(testConfig([htmlSource, feedSource]), replica.proxyUrl);
});
afterEach(async () => {
  await runtime.cleanup();
  await replica.close();
});

describe('watch', () => {
  it('first run is a silent baseline; later new items are announced once', async () => {
    const first = await outcome();
    expect(first.forsk).toMatchObject({ outcome: 'baseline', items: 2, new: 2 });
    const day = { from: new Date('2026-11-01'), to: new Date('2026-12-31') };
    expect(buildDigest(runtime.db, testConfig([htmlSource, feedSource]), day, clock).sections).toEqual([]);

    listing.entries.unshift({ title: 'Menneskehandel i Norge 2026', path: '/pub/mh-2026', date: '26.11.2026' });
    clock = new Date('2026-11-27T06:00:00Z');
    const second = await outcome();
    expect(second.forsk).toMatchObject({ outcome: 'ok', items: 3, new: 1 });
    const third = await outcome();
    expect(third.forsk).toMatchObject({ new: 0 });
    const digest = buildDigest(runtime.db, testConfig([htmlSource, feedSource]), day, clock);
    expect(digest.sections.flatMap((s) => s.candidates.map((c) => c.title))).toEqual(['Menneskehandel i Norge 2026']);
    expect(checkIntegrity(runtime.db)).toEqual([]);
  });

  it('an unchanged page is answered 304 and reported not-modified', async () => {
    await watch();
    replica.clearLog();
    const second = await outcome();
    expect(second.forsk!.outcome).toBe('not-modified');
    expect(second['forsk-feed']!.outcome).toBe('not-modified');
    const pageRequests = replica.log.filter((l) => l.path !== '/robots.txt');
    expect(pageRequests.map((l) => `${l.path} ${l.status}`).sort()).toEqual(['/feed.xml 304', '/publikasjoner 304']);
  });

  it('a layout change is broken-extraction, not silence, and state is untouched', async () => {
    await watch();
    listing.layout = 'new';
    listing.entries.unshift({ title: 'Ny rapport', path: '/pub/ny', date: '26.11.2026' });
    const second = await outcome();
    expect(second.forsk).toMatchObject({ outcome: 'broken-extraction', consecutiveFailures: 1 });
    expect(second.forsk!.detail).toMatch(/did the page change layout/);
    // Fixing the selector later must still find the new item: validators were not saved.
    listing.layout = 'old';
    const third = await outcome();
    expect(third.forsk).toMatchObject({ outcome: 'ok', new: 1 });
  });

  it('with a link pattern, a layout change falls back to it: the new item is recorded and the outcome says why', async () => {
    const patterned = { ...htmlSource, articles: { include: ['^https://www\\.forsk\\.no/pub/[^/]+$'] } };
    const config = testConfig([patterned, feedSource]);
    await watch(config);
    listing.layout = 'new';
    listing.entries.unshift({ title: 'Ny rapport om menneskehandel', path: '/pub/ny', date: '26.11.2026' });
    clock = new Date('2026-11-27T06:00:00Z');
    const second = await outcome(config);
    expect(second.forsk).toMatchObject({ outcome: 'ok', items: 3, new: 1, consecutiveFailures: 0 });
    expect(second.forsk!.detail).toBe('selectors matched nothing; 3 items found by link pattern — did the page change layout?');
    expect(getSourceState(runtime.db, 'forsk')!.lastDetail).toMatch(/found by link pattern/);
    const digest = buildDigest(runtime.db, config, { from: new Date('2026-11-01'), to: new Date('2026-12-31') }, clock);
    expect(digest.sections.flatMap((s) => s.candidates.map((c) => [c.title, c.published?.raw]))).toEqual([['Ny rapport om menneskehandel', '26.11.2026']]);
  });

  it('a 404 source fails with a consecutive-failure count and does not stop the run', async () => {
    await watch();
    listing.status = 404;
    const second = await outcome();
    expect(second.forsk).toMatchObject({ outcome: 'failed', consecutiveFailures: 1 });
    expect(second.forsk!.detail).toMatch(/HTTP 404/);
    expect(second['forsk-feed']!.outcome).toBe('not-modified');
    const third = await outcome();
    expect(third.forsk!.consecutiveFailures).toBe(2);
    listing.status = 200;
    const fourth = await outcome();
    expect(fourth.forsk).toMatchObject({ outcome: 'not-modified', consecutiveFailures: 0 });
    expect(getSourceState(runtime.db, 'forsk')!.consecutiveFailures).toBe(0);
  });

  it('a publication that moves URL stays one item', async () => {
    await watch();
    listing.entries[0]!.path = '/publikasjoner/grov-utnytting-av-utenlandske-arbeidstakere';
    const second = await outcome();
    expect(second.forsk).toMatchObject({ outcome: 'ok', new: 0 });
    expect(countItems(runtime.db).total).toBe(3);
  });

  it('the same publication from two sources is one item, listing both', async () => {
    await watch();
    feedItems.push({ title: 'Menneskehandel i Norge 2026', link: 'http://www.forsk.no/pub/mh-2026/?utm_source=rss', guid: 'g2' });
    listing.entries.unshift({ title: 'Menneskehandel i Norge 2026', path: '/pub/mh-2026', date: '26.11.2026' });
    const second = await outcome();
    expect(second.forsk!.new + second['forsk-feed']!.new).toBe(1);
    const digest = buildDigest(runtime.db, testConfig([htmlSource, feedSource]), { from: new Date('2026-11-01'), to: new Date('2026-12-31') }, clock);
    const candidates = digest.sections.flatMap((s) => s.candidates);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.sourceIds.sort()).toEqual(['forsk', 'forsk-feed']);
  });

  it('a change to the extraction config is a new baseline: older items silent, items published since the last good run announced', async () => {
    await watch();
    const changed = { ...htmlSource, select: { ...htmlSource.select, summary: 'p, .summary' } };
    listing.entries.unshift({ title: 'Menneskehandel: kom til under konfigendringen', path: '/pub/ny', date: '26.11.2026' });
    // Seen for the first time, but dated before the last good run: the new selectors' catch, not news.
    listing.entries.push({ title: 'Menneskehandel: en eldre rapport', path: '/pub/eldre', date: '02.11.2026' });
    const second = await outcome(testConfig([changed, feedSource]));
    expect(second.forsk).toMatchObject({ outcome: 'baseline', new: 2 });
    expect(second.forsk!.detail).toContain('1 published since the last good run announced');
    const digest = buildDigest(runtime.db, testConfig([changed, feedSource]), { from: new Date('2026-11-01'), to: new Date('2026-12-31') }, clock);
    expect(digest.sections.flatMap((s) => s.candidates.map((c) => c.title))).toEqual(['Menneskehandel: kom til under konfigendringen']);
  });

  it('items a source published while its selectors were broken reach the digest once the selectors are fixed', async () => {
    await watch();
    // The site relaunches: the old selectors find nothing, for days.
    listing.layout = 'new';
    listing.entries.unshift({ title: 'Menneskehandel i fiskeindustrien', path: '/pub/fisk', date: '28.11.2026' });
    clock = new Date('2026-11-28T06:00:00Z');
    expect((await outcome()).forsk!.outcome).toBe('broken-extraction');
    listing.entries.unshift({ title: 'Menneskehandel og tvangsarbeid', path: '/pub/tvang', date: '30.11.2026' });
    clock = new Date('2026-11-30T06:00:00Z');
    expect((await outcome()).forsk!.outcome).toBe('broken-extraction');
    // An editor fixes the selectors: a baseline, which announces what came while it was broken.
    const fixed = { ...htmlSource, select: { ...htmlSource.select, item: 'li.publication-card' } };
    clock = new Date('2026-12-01T06:00:00Z');
    const repaired = await outcome(testConfig([fixed, feedSource]));
    expect(repaired.forsk).toMatchObject({ outcome: 'baseline', items: 4, new: 2 });
    const digest = buildDigest(runtime.db, testConfig([fixed, feedSource]), { from: new Date('2026-11-01'), to: new Date('2026-12-31') }, clock);
    expect(digest.sections.flatMap((s) => s.candidates.map((c) => c.title)).sort()).toEqual(['Menneskehandel i fiskeindustrien', 'Menneskehandel og tvangsarbeid']);
  });

  it('repeated GUIDs are not trusted: items are told apart by URL', async () => {
    feedItems = [
      { title: 'Første sak om menneskehandel', link: 'https://forsk.no/a', guid: 'same' },
      { title: 'Andre sak om menneskehandel', link: 'https://forsk.no/b', guid: 'same' },
    ];
    const first = await outcome();
    expect(first['forsk-feed']).toMatchObject({ items: 2, new: 2 });
  });
});
