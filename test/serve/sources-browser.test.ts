/**
 * Fixing a broken source from the Kilder tab, in Debian's chromium, as an editor would: HEUNI is
 * read by the selectors of its old (day-1) listing; on the replica's day 2 the listing is
 * relaunched with new class names and the watch finds nothing. The editor opens Kilder, sees
 * HEUNI failing, probes it (the item selector matched nothing), enters the new page's
 * selectors, previews (the items appear, nothing saved), saves — and the next watch run reads
 * HEUNI ok with items. Then the previous version is restored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { HEUNI_LISTING_SIZE, heuni } from '../../src/demo/sites/heuni.js';
import { launchChromium } from '../../src/fetch/browser.js';
import { probeWithTimeLimit } from '../../src/jobs/probe-job.js';
import { runWatchJob } from '../../src/jobs/watch-job.js';
import { silentLogger } from '../../src/log.js';
import { reloadingConfig } from '../../src/serve/reloading-config.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { openDb, type Db } from '../../src/store/db.js';
import { getSourceState } from '../../src/store/source-state.js';
import { tempDir, testRuntime } from '../helpers/runtime.js';

const today = new Date('2026-11-28T05:00:00Z');
const clockDay1 = new Date('2026-11-28T05:30:00Z');
const clockDay2 = new Date('2026-11-29T05:30:00Z');
const clockNextRun = new Date('2026-11-29T09:30:00Z');
const clockLaterRun = new Date('2026-11-29T13:30:00Z');

/** HEUNI as configured for its day-1 listing (Liferay Asset Publisher class names), no link pattern. */
const SOURCES_JSON = {
  version: 1,
  sections: [{ id: 'norden', title: 'Finland og Norden' }],
  http: { retries: 0, retryBaseDelayMs: 10, perHostDelayMs: 0, timeoutSeconds: 5 },
  ranking: { keywords: [{ label: 'menneskehandel', terms: ['menneskehandel*', 'trafficking*'], weight: 10 }] },
  sources: [
    {
      id: 'heuni',
      name: 'HEUNI – nyheter',
      section: 'norden',
      kind: 'html',
      url: 'https://heuni.fi/news',
      select: { item: '.asset-abstract', title: '.asset-title a', link: '.asset-title a', date: '.metadata-publish-date', summary: '.asset-summary' },
      ranking: { weight: 2 },
    },
  ],
};
const ORIGINAL = `${JSON.stringify(SOURCES_JSON, null, 2)}\n`;

let dir: string;
let file: string;
let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
let reviewDb: Db;
let server: ReviewServer;
let base: string;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];

beforeAll(async () => {
  dir = tempDir('sourcewatch-kilder-');
  file = path.join(dir, 'sources.json');
  writeFileSync(file, ORIGINAL);
  const config = loadConfig(file);
  replica = await startReplica({ sites: [heuni], day: 1, today });
  runtime = testRuntime(config, replica.proxyUrl, path.join(dir, 'storage'));
  const [, launched] = await Promise.all([runWatchJob(config, runtime, { now: () => clockDay1 }), launchChromium('/usr/bin/chromium')]);
  browser = launched;
  replica.setDay(2);
  await runWatchJob(config, runtime, { now: () => clockDay2 });
  expect(getSourceState(runtime.db, 'heuni')?.lastOutcome, 'the relaunch breaks the old selectors').toBe('broken-extraction');

  reviewDb = openDb(runtime.storageDir);
  const log = silentLogger();
  server = await startReviewServer({
    db: reviewDb,
    config: reloadingConfig(file, config, log),
    port: 0,
    now: () => new Date('2026-11-29T07:00:00Z'),
    sourcesFile: { path: file, historyDir: path.join(runtime.storageDir, 'sources-history') },
    // As `sourcewatch serve` builds it, through the replica instead of the internet.
    probe: (source, current) => probeWithTimeLimit(source, current, { proxy: replica.proxyUrl, insecure: true, hostDelayMs: 0 }, log, 30),
    log,
  });
  base = `http://127.0.0.1:${server.port}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('request', (request) => !request.url().startsWith('http://127.0.0.1:') && foreignRequests.push(request.url()));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  reviewDb?.close();
  await runtime?.cleanup();
  await replica?.close();
});

async function submit(selector: string, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), page.click(selector)]);
}

describe('fixing a broken source from the Kilder tab', () => {
  it('shows HEUNI failing on the Kilder tab', async () => {
    await page.goto(`${base}/candidates`);
    await page.click('nav a[href="/sources"]');
    await page.waitForURL(/\/sources$/);
    const row = page.locator('#sources tr[data-source="heuni"]');
    expect(await row.getAttribute('data-health')).toBe('problem');
    expect(await row.locator('td.outcome').textContent()).toBe('ødelagt uttrekk');
    expect(await row.locator('td.health').textContent()).toBe('feiler');
    expect(Number(await row.locator('td.num').textContent())).toBe(HEUNI_LISTING_SIZE);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('probes it: the item selector matched nothing, and the page’s suggestion is shown', async () => {
    await Promise.all([page.waitForURL(/\/sources\/heuni$/), page.click('#sources a[href="/sources/heuni"]')]);
    await submit('#probe-form button', /\/sources\/heuni\/probe$/);
    expect(await page.locator('#probe-result').getAttribute('data-ok')).toBe('false');
    expect(await page.locator('#selector-report tr[data-field="item"]').textContent()).toContain('fant ingenting');
    expect(await page.locator('#diagnosis').textContent()).toContain('Forslag');
    // On a phone the result page scrolls down, never sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('previews the new page’s selectors: the items appear and nothing is saved', async () => {
    await page.fill('#f-select-item', 'article.ds-card');
    await page.fill('#f-select-title', 'h2 a');
    await page.fill('#f-select-link', 'h2 a');
    await page.fill('#f-select-date', 'time');
    await page.fill('#f-select-summary', '.ds-card__lead');
    await submit('#preview-button', /\/sources\/heuni\/preview$/);
    const result = page.locator('#probe-result');
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await page.locator('#probe-items tbody tr').count()).toBe(HEUNI_LISTING_SIZE);
    expect(await page.locator('#probe-items').textContent()).toContain('HEUNI study maps labour trafficking risks in seasonal agricultural work');
    // What was typed stays in the form, and the file is as it was.
    expect(await page.inputValue('#f-select-item')).toBe('article.ds-card');
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });

  it('saves, and the next watch run reads HEUNI ok with items', async () => {
    await submit('#save-button', /\/sources\/heuni\?notice=saved$/);
    expect(await page.locator('#source-notice').textContent()).toContain('Lagret');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as typeof SOURCES_JSON;
    expect(saved.sources[0]!.select).toEqual({ item: 'article.ds-card', title: 'h2 a', link: 'h2 a', date: 'time', summary: '.ds-card__lead' });
    // The run reads the file anew, as `sourcewatch run` does.
    // Changed selectors are a changed extraction: that run is the source's new silent baseline
    // (as after any edit of sources.json by hand), the one after it an ordinary run (the replica's
    // listing has not changed since, so it answers 304 and the source keeps its items).
    const first = await runWatchJob(loadConfig(file), runtime, { now: () => clockNextRun });
    expect(first.sources.find((s) => s.id === 'heuni')).toMatchObject({ outcome: 'baseline', items: HEUNI_LISTING_SIZE });
    const next = await runWatchJob(loadConfig(file), runtime, { now: () => clockLaterRun });
    expect(next.sources.find((s) => s.id === 'heuni')).toMatchObject({ outcome: 'not-modified', items: HEUNI_LISTING_SIZE });
    await page.goto(`${base}/sources`);
    expect(await page.locator('#sources tr[data-source="heuni"]').getAttribute('data-health')).toBe('ok');
  });

  it('restores the previous version, without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    page = await context.newPage();
    page.on('request', (request) => !request.url().startsWith('http://127.0.0.1:') && foreignRequests.push(request.url()));
    await page.goto(`${base}/sources/heuni`);
    await submit('#restore-form button', /\/sources\/heuni\?notice=restored$/);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(await page.inputValue('#f-select-item')).toBe('.asset-abstract');
    expect(foreignRequests).toEqual([]);
  });
});
