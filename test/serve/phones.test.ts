/**
 * The review page, the digest HTML and the link report on a phone (390×844, touch) in Debian's
 * chromium: nothing wider than the screen, the keyboard help out of the way, titles hyphenated
 * instead of broken mid-word. A desktop window shows the keyboard help (so the phone check means something).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import type { Language } from '../../src/serve/labels.js';
import { startReviewDemo, type ReviewDemo } from '../helpers/review-demo.js';

const PHONE = { width: 390, height: 844 };

let demo: ReviewDemo;
let browser: Browser;
let phone: BrowserContext;
let page: Page;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startReviewDemo(), launchChromium('/usr/bin/chromium')]);
  phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  page = await phone.newPage();
  page.setDefaultTimeout(15_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function everyPage(language: Language): Promise<string[]> {
  const base = demo.base(language);
  await page.goto(`${base}/issues`);
  const exportPath = await page.locator('#export-open').getAttribute('href');
  expect(exportPath).toMatch(/^\/issues\/\d+\/export$/);
  const files = language === 'nb' ? [demo.digestUrl, demo.linkReportUrl] : [];
  const closePath = exportPath!.replace(/\/export$/, '/close');
  return [
    `${base}/candidates`, `${base}/issues`, `${base}${exportPath}`, `${base}/health`,
    `${base}/sources`, `${base}/sources/heuni`, `${base}/editor`, `${base}${closePath}`, ...files,
  ];
}

/** The page's width, and the elements reaching past the screen's right edge (what to fix). */
async function overflow(): Promise<{ width: number; wide: string[] }> {
  return page.evaluate((limit) => {
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`);
    return { width: document.documentElement.scrollWidth, wide };
  }, PHONE.width);
}

describe('on a phone (390 px, touch)', () => {
  it('no page is wider than the screen', async () => {
    const urls = [...(await everyPage('nb')), ...(await everyPage('en'))];
    const results: Record<string, { width: number; wide: string[] }> = {};
    for (const url of urls) {
      await page.goto(url);
      results[url] = await overflow();
    }
    expect(Object.keys(results)).toHaveLength(18);
    expect(Object.entries(results).filter(([, result]) => result.width > PHONE.width)).toEqual([]);
  }, 90_000);

  it('hides the keyboard help, which a touch screen cannot use', async () => {
    await page.goto(`${demo.base('nb')}/candidates`);
    expect(await page.locator('footer.keys-hint').count()).toBe(1);
    expect(await page.locator('footer.keys-hint').isVisible()).toBe(false);
    expect(await page.locator('form.decide kbd').first().isVisible()).toBe(false);
    expect(await page.locator('header.top kbd').isVisible()).toBe(false);
  });

  it('hyphenates titles in the page’s language instead of breaking them mid-word', async () => {
    for (const url of [`${demo.base('nb')}/candidates`, demo.digestUrl]) {
      await page.goto(url);
      const titles = await page.$$eval('article h3', (heads) =>
        heads.map((h) => ({ hyphens: getComputedStyle(h).hyphens, wrap: getComputedStyle(h).overflowWrap, lang: h.closest('[lang]')?.getAttribute('lang') ?? null })),
      );
      expect(titles.length, url).toBeGreaterThan(3);
      for (const title of titles) expect(title, url).toEqual({ hyphens: 'auto', wrap: 'break-word', lang: 'nb' });
    }
  });
});

describe('on a desktop (mouse and keyboard)', () => {
  it('shows the keyboard help', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const desk = await desktop.newPage();
    await desk.goto(`${demo.base('nb')}/candidates`);
    expect(await desk.locator('footer.keys-hint').isVisible()).toBe(true);
    expect(await desk.locator('form.decide kbd').first().isVisible()).toBe(true);
    await desktop.close();
  });
});
