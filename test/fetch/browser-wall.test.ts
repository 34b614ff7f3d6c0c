/**
 * The browser kind against the replica's coe.int bot wall (src/demo/bot-wall.ts), with
 * Debian's real Chromium through the replica proxy: a bare playwright launch is refused, the
 * crawlee browser with generated fingerprints gets through to the listing and its articles,
 * and a wall that never passes is declared blocked within the challenge bound — not after a
 * navigation or selector timeout.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserPool, launchChromium, type BrowserPool } from '../../src/fetch/browser.js';
import type { Clearance } from '../../src/model/clearance.js';
import { BlockedError } from '../../src/fetch/types.js';
import { CLEARANCE_COOKIE, CLEARANCE_PATH } from '../../src/demo/bot-wall.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { COE_LISTING_URL, coeListing, COE_ARTICLE_LINK } from '../../src/demo/sites/coe.js';
import { sites } from '../../src/demo/sites/index.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const CHROMIUM = process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium';
const NAVIGATION_TIMEOUT_MS = 20_000;

/** A wall no browser passes (its challenge page has no way out), and an ordinary slow host. */
const testSites: ReplicaSite[] = [
  {
    name: 'never-passes',
    hosts: ['walled.example.net'],
    handle: () => ({
      status: 403,
      headers: { 'content-type': 'text/html; charset=UTF-8', 'cf-mitigated': 'challenge', server: 'cloudflare' },
      body: '<!DOCTYPE html><title>Just a moment...</title><h1>walled.example.net</h1><p>Verify you are human.</p>',
      noValidators: true,
    }),
  },
  {
    name: 'probe',
    hosts: ['probe.example.net'],
    handle: () => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!DOCTYPE html><title>Probe</title><pre id="probe"></pre><script>
        var n = navigator, out = document.getElementById('probe');
        out.textContent = JSON.stringify({ webdriver: n.webdriver === true, chrome: !!window.chrome, headlessUa: /HeadlessChrome/.test(n.userAgent),
          plugins: n.plugins.length, languages: Array.prototype.slice.call(n.languages || []), userAgent: n.userAgent });
        out.setAttribute('data-done', '1');
      </script>`,
    }),
  },
  {
    name: 'plain',
    hosts: ['plain.example.net'],
    handle: () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><title>Plain</title><h1>No list here</h1>' }),
  },
];

let replica: Replica;
let pool: BrowserPool;
const clearances: Clearance[] = [];
const logLines: string[] = [];

beforeAll(async () => {
  replica = await startReplica({ sites: [...sites, ...testSites] });
  pool = createBrowserPool({
    executablePath: CHROMIUM,
    proxy: replica.proxyUrl,
    insecure: true,
    navigationTimeoutMs: NAVIGATION_TIMEOUT_MS,
    challengeTimeoutMs: 3000,
    onClearance: (clearance) => clearances.push(clearance),
    log: pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) }),
  });
});
afterAll(async () => {
  await pool?.close();
  await replica?.close();
});

const coeArticles = (): string[] => coeListing(1, replica.state.today).map((item) => item.url);
const coeRequests = () => replica.log.filter((entry) => entry.host === 'www.coe.int');

describe('the replica bot wall', () => {
  it('refuses a bare playwright launch: it stays on the challenge', async () => {
    const browser = await launchChromium(CHROMIUM, replica.proxyUrl);
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const response = await page.goto(COE_LISTING_URL, { waitUntil: 'load' });
      expect(response?.status()).toBe(403);
      expect(response?.headers()['cf-mitigated']).toBe('challenge');
      // Far longer than a passing browser needs (its script asks for clearance after 0.3 s).
      await page.waitForTimeout(2500);
      expect(await page.title()).toBe('Just a moment...');
      const refused = await page.getAttribute('#challenge-status', 'data-refused');
      expect(refused).toMatch(/webdriver|headless user agent/);
      expect(await context.cookies()).toEqual([]);
      expect(replica.log.some((entry) => entry.path === CLEARANCE_PATH)).toBe(false);
    } finally {
      await browser.close();
    }
  });

  it('lets the crawlee browser through: listing, then article pages', async () => {
    replica.clearLog();
    const listing = await pool.render(COE_LISTING_URL, { waitFor: COE_ARTICLE_LINK });
    expect(listing.status).toBe(200);
    expect(listing.challengePassed).toBe(true);
    expect(listing.html).toContain('class="asset-abstract "');
    expect(listing.userAgent).toMatch(/Chrome\/\d+/);
    expect(listing.userAgent).not.toMatch(/HeadlessChrome/);
    expect(listing.cookies?.map((cookie) => cookie.name)).toContain(CLEARANCE_COOKIE);
    expect(clearances.at(-1)?.userAgent).toBe(listing.userAgent);
    // The wall saw the fingerprint's User-Agent on every request the page made.
    expect(new Set(coeRequests().map((entry) => entry.userAgent))).toEqual(new Set([listing.userAgent]));

    // crawlee's storage stays in memory: none of its folders appear under the working directory.
    for (const folder of ['request_queues', 'key_value_stores', 'datasets']) expect(existsSync(path.join('storage', folder)), folder).toBe(false);

    const articles = coeArticles().slice(0, 3);
    for (const url of articles) {
      const article = await pool.render(url);
      expect(article.status, url).toBe(200);
      expect(article.html).toContain('class="journal-content-article"');
      expect(article.html).not.toContain('Just a moment...');
    }
  });

  it('shows a page what a real browser shows: no webdriver, plugins, languages, window.chrome', async () => {
    const page = await pool.render('https://probe.example.net/', { waitFor: '#probe[data-done]' });
    const seen = JSON.parse(/<pre id="probe" data-done="1">([^<]*)<\/pre>/.exec(page.html)?.[1] ?? '{}') as Record<string, unknown>;
    expect(seen).toMatchObject({ webdriver: false, chrome: true, headlessUa: false });
    expect(seen.plugins).toBeGreaterThan(0);
    expect(seen.languages).toEqual(expect.arrayContaining([expect.stringMatching(/^(nb|en)/)]));
    expect(seen.userAgent).toBe(page.userAgent);
  });

  it('declares a wall that never passes blocked within the challenge bound, even with a waitFor selector', async () => {
    const started = Date.now();
    const error = await pool.render('https://walled.example.net/news', { waitFor: '.news-item' }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(BlockedError);
    expect((error as BlockedError).status).toBe(403);
    expect((error as BlockedError).message).toMatch(/challenge did not pass within 3 s/);
    expect(elapsed).toBeLessThan(NAVIGATION_TIMEOUT_MS / 2);
    expect(elapsed).toBeGreaterThanOrEqual(3000);
  });

  it('keeps a missing selector on an ordinary page an ordinary error, on one line', async () => {
    const error = await pool.render('https://plain.example.net/', { waitFor: '.news-item', timeoutMs: 1500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(BlockedError);
    expect((error as Error).message).toBe('".news-item" did not appear within 1.5 s');
  });

  it('reports a navigation failure on one line without escape codes', async () => {
    const error = await pool.render('https://www.coe.int/slow', { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n|\u001b/);
    expect(message).not.toMatch(/Call log/);
  });

  it('says plainly when there is no chromium to launch', async () => {
    const missing = createBrowserPool({ executablePath: '/nonexistent/chromium', insecure: true, navigationTimeoutMs: NAVIGATION_TIMEOUT_MS });
    try {
      await expect(missing.render('https://www.coe.int/')).rejects.toThrow(/^no chromium at \/nonexistent\/chromium \(apt-get install -y chromium/);
    } finally {
      await missing.close();
    }
  });

  it("routes crawlee's log into ours, without colour codes", () => {
    const crawleeLines = logLines.map((line) => JSON.parse(line) as { crawlee?: boolean; msg: string }).filter((line) => line.crawlee);
    expect(crawleeLines.map((line) => line.msg)).toContain('Starting the crawler.');
    expect(logLines.join('')).not.toMatch(/\u001b/);
  });
});
