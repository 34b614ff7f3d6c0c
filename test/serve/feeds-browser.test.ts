/**
 * The feeds as an editor finds them: in Chromium, the page's head names both Atom feeds; the
 * browser fetches each from the address the page gives (with the token in the URL when the
 * server is reachable from elsewhere), and a feed parser reads back what the page shows.
 */
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { expectAtomEssentials } from '../helpers/atom.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
const TITLES = ['Menneskehandel i arbeidslivet: <ny> rapport & "tiltak"', 'GRETA: trafficking report on Norway'];
let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let browser: Browser;

beforeAll(async () => {
  store = tempStore();
  const fafo = addItem(store.db, { sourceId: 'fafo', title: TITLES[0]!, firstSeen: '2026-06-10T05:00:00Z' });
  addItem(store.db, { sourceId: 'greta', title: TITLES[1]!, firstSeen: '2026-06-12T05:00:00Z' });
  expect(openNextIssue(store.db, { name: 'Juni' }, new Date('2026-06-13T08:00:00Z')).ok).toBe(true);
  expect(decide(store.db, config, { itemId: fafo.id, decision: 'accepted' }, new Date('2026-06-14T08:00:00Z')).ok).toBe(true);
  [server, browser] = await Promise.all([
    startReviewServer({ db: store.db, config, host: '0.0.0.0', port: 0, token: 'sesam-sesam', now: () => now }),
    launchChromium('/usr/bin/chromium'),
  ]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.cleanup();
});

describe('the feeds from the page', () => {
  it('are named in the head and read back by a feed parser, token in the URL', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      const base = `http://127.0.0.1:${server.port}`;
      await page.goto(`${base}/candidates?token=sesam-sesam`);
      const feeds = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(feeds).toEqual(['/feeds/candidates.atom', '/feeds/accepted.atom']);
      // A feed reader has no cookie: a fresh request context, the token only in the URL.
      const reader = await browser.newContext();
      try {
        const read = async (href: string): Promise<string[]> => {
          const response = await reader.request.get(`${base}${href}?token=sesam-sesam`, { maxRedirects: 0 });
          expect(response.status()).toBe(200);
          expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
          const xml = await response.text();
          expectAtomEssentials(xml);
          return (await new Parser().parseString(xml)).items.map((i) => i.title ?? '');
        };
        expect((await read(feeds[0]!)).sort()).toEqual([...TITLES].sort());
        expect(await read(feeds[1]!)).toEqual([TITLES[0]]);
        expect((await reader.request.get(`${base}${feeds[0]}`, { maxRedirects: 0 })).status()).toBe(401);
      } finally {
        await reader.close();
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});
