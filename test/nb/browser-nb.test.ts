/**
 * Every page in nb as Chromium shows it: the text a reader sees once the page's script has run
 * (innerText: what is rendered, the keyboard help opened too), searched for English words.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { tempStore } from '../helpers/review-state.js';
import { englishWords } from './english-words.js';
import { config, fillWeek, now, quoted } from './week-store.js';

let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  store = tempStore();
  fillWeek(store.db);
  [server, browser] = await Promise.all([startReviewServer({ db: store.db, config, port: 0, now: () => now }), launchChromium('/usr/bin/chromium')]);
  base = `http://127.0.0.1:${server.port}`;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.cleanup();
});

describe('every page in nb, in Chromium', () => {
  // Each page's own troubles are on it (so the check reads them), and none in English.
  it.each([
    ['/candidates?status=all&period=all', 'kilde GRETA'],
    ['/issues', 'Nyhetsbrev desember 2026'],
    ['/issues/1/export', 'I november kom evalueringsrapporten «GRETA publishes its fourth evaluation report on Norway»'],
    ['/health', 'ingen saker funnet (sist 8): har siden fått ny utforming?'],
    ['/no-such-page', 'Siden finnes ikke.'],
  ])('%s shows no English', async (path, shows) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      // Open what a key or a click would show: every <details>, and the keyboard help.
      await page.evaluate(() => {
        document.querySelectorAll('details').forEach((details) => (details.open = true));
        document.querySelectorAll<HTMLElement>('#keyboard-help').forEach((help) => (help.hidden = false));
      });
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain(shows);
      // <code> shows identifiers on purpose (source ids, commands): drop it as the HTML check does.
      const code = await page.evaluate(() => Array.from(document.querySelectorAll('code'), (c) => c.innerText));
      expect(englishWords(text, { quoted: [...quoted, ...code] })).toEqual([]);
    } finally {
      await page.close();
    }
  }, 30_000);
});
