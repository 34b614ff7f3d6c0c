/**
 * A host that only answers browsers (coe.int's bot wall in the replica): plain HTTP says
 * "blocked" — can't tell — and the optional browser re-check (Debian chromium) gets through
 * and says the page is fine, or finds it gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksSchema } from '../../src/config/schema.js';
import { createBrowserPool, type BrowserPool } from '../../src/fetch/browser.js';
import { HttpClient } from '../../src/fetch/http.js';
import { checkUrl } from '../../src/links/checker.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { coeHref, coeItems } from '../../src/demo/sites/coe.js';
import { sites } from '../../src/demo/sites/index.js';
import type { ReplicaSite } from '../../src/demo/types.js';

/** A page that answers only after 8 s: later than the link timeout, sooner than the browser's own. */
const slowSite: ReplicaSite = {
  name: 'slow',
  hosts: ['slow.example.net'],
  handle: () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><title>Late</title><h1>Late</h1>', delayMs: 8000 }),
};

let replica: Replica;
let http: HttpClient;
let browser: BrowserPool;
const settings = linksSchema.parse({ retries: 0, timeoutSeconds: 10 });
const quick = linksSchema.parse({ retries: 0, timeoutSeconds: 2 });

beforeAll(async () => {
  replica = await startReplica({ sites: [...sites, slowSite] });
  http = new HttpClient({
    userAgent: 'sourcewatch-test',
    timeoutMs: 10_000,
    maxBytes: settings.maxBodyBytes,
    perHostConcurrency: 2,
    perHostDelayMs: 0,
    retries: 0,
    retryBaseDelayMs: 0,
    maxRetryAfterMs: 1000,
    respectRobotsTxt: false,
    proxy: replica.proxyUrl,
    insecure: true,
  });
  browser = createBrowserPool({ executablePath: process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium', proxy: replica.proxyUrl, insecure: true, navigationTimeoutMs: 20_000 });
});
afterAll(async () => {
  await browser.close();
  await http.close();
  await replica.close();
});

describe('browser re-check', () => {
  const article = () => new URL(coeHref(coeItems.find((item) => (item.fromDay ?? 1) === 1)!), 'https://www.coe.int/').href;

  it('plain HTTP meets the bot wall: blocked, not dead', async () => {
    const result = await checkUrl(article(), { http, settings });
    expect(result.verdict).toBe('blocked');
    expect(result.httpStatus).toBe(403);
  });

  it('the browser gets through: ok', async () => {
    const result = await checkUrl(article(), { http, settings, browser });
    expect(result.verdict, result.detail).toBe('ok');
    expect(result.detail).toMatch(/browser/i);
  });

  it('the browser finds a gone page behind the wall: broken', async () => {
    const result = await checkUrl('https://www.coe.int/en/web/anti-human-trafficking/-/no-such-article', { http, settings, browser });
    expect(result.verdict, result.detail).toBe('broken');
  });

  it('re-checks within the link timeout: a page answering after it is not ok; the detail is one plain line', async () => {
    const result = await checkUrl('https://slow.example.net/late', { http, settings: quick, browser });
    expect(result.verdict, result.detail).toBe('timeout');
    expect(result.detail).toMatch(/browser re-check failed: .*2000ms/);
    expect(result.detail).not.toMatch(/\n|\u001b|Call log/);
    // Plain request (2 s) + browser re-check (2 s) + launch: nowhere near the page's 8 s.
    expect(result.durationMs).toBeLessThan(7000);
  });
});
