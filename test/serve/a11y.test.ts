/**
 * Accessibility in Debian's chromium: axe-core over every page of the review app in nb and en,
 * the digest HTML and the link report, failing on any serious or critical violation; and the
 * page driven by keyboard alone (skip link, a visible focus, Tab reaches the decide buttons).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import type { Language } from '../../src/serve/labels.js';
import { startReviewDemo, type ReviewDemo } from '../helpers/review-demo.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let demo: ReviewDemo;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startReviewDemo(), launchChromium('/usr/bin/chromium')]);
  // The pages' CSP (script-src 'self', and default-src 'none' in the report files) rightly refuses
  // an injected script; bypassCSP lets the test put axe into the page without weakening the CSP.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo', bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Every page an editor can reach, in one language. */
async function pagesOf(language: Language): Promise<string[]> {
  const base = demo.base(language);
  await page.goto(`${base}/issues`);
  const exportPath = await page.locator('#export-open').getAttribute('href');
  expect(exportPath).toMatch(/^\/issues\/\d+\/export$/);
  // The rejected view draws its cards faded: they must still be readable.
  const closePath = exportPath!.replace(/\/export$/, '/close');
  // The Kilder tab, one source's page, the name form and the close confirmation are pages too.
  return [
    `${base}/candidates`, `${base}/candidates?status=rejected`, `${base}/issues`, `${base}${exportPath}`, `${base}/health`,
    `${base}/sources`, `${base}/sources/heuni`, `${base}/editor`, `${base}${closePath}`,
  ];
}

/** axe's findings of these impacts on the loaded page, one line per element. */
async function axeProblems(impacts: readonly string[] = ['serious', 'critical']): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact !== null && impacts.includes(v.impact))
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) ${JSON.stringify(node.target)}: ${node.failureSummary ?? v.help}`));
}

describe('axe-core finds no serious or critical violation', () => {
  for (const language of ['nb', 'en'] as const) {
    it(`on every page in ${language}`, async () => {
      const urls = await pagesOf(language);
      const problems: string[] = [];
      for (const url of urls) {
        await page.goto(url);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        problems.push(...(await axeProblems()).map((line) => `${url}: ${line}`));
      }
      // The keyboard help, open over the candidates.
      await page.goto(urls[0]!);
      await page.keyboard.press('?');
      await page.waitForSelector('#keyboard-help', { state: 'visible' });
      problems.push(...(await axeProblems()).map((line) => `keyboard help: ${line}`));
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('in the digest HTML and the link report (moderate findings too: a main landmark, every region)', async () => {
    const problems: string[] = [];
    for (const url of [demo.digestUrl, demo.linkReportUrl]) {
      await page.goto(url);
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      problems.push(...(await axeProblems(['moderate', 'serious', 'critical'])).map((line) => `${url}: ${line}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('the review page by keyboard alone', () => {
  it('starts with a skip link to the main content', async () => {
    await page.goto(`${demo.base('nb')}/candidates`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'Hopp til innholdet', href: '#main' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // After the skip, focus goes on inside main, not back to the header.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('reaches the decide buttons by Tab, shows where focus is, and never traps it', async () => {
    await page.goto(`${demo.base('nb')}/candidates`);
    const seen: Array<{ tag: string; name: string; position: number; decision: string | null; outline: string }> = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const position = Array.from(document.querySelectorAll('*')).indexOf(el);
          return { tag: el.tagName, name: `${el.getAttribute('name') ?? ''} ${el.getAttribute('type') ?? ''}`, position, decision: el.getAttribute('value') && el.closest('form.decide') ? el.getAttribute('value') : null, outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    const decideButtons = seen.filter((s) => s.tag === 'BUTTON' && s.decision !== null);
    expect(decideButtons.length).toBeGreaterThanOrEqual(3);
    expect(new Set(decideButtons.map((s) => s.decision))).toEqual(new Set(['accepted', 'rejected', 'maybe']));
    // Every stop draws a visible outline (:focus-visible), and focus moves on through the page
    // in document order: no element holds it, nothing sends it back.
    for (const stop of seen) expect(stop.outline, `${stop.tag} ${stop.name}`).not.toMatch(/^none|0px$/);
    const positions = seen.map((s) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // (A date field takes one stop per part: day, month, year.)
    expect(new Set(positions).size).toBeGreaterThan(seen.length - 10);
    // A decision by Enter on a focused button works as a click does.
    const maybe = page.locator('form.decide button[value="maybe"]').nth(4);
    await maybe.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => maybe.getAttribute('aria-pressed')).toBe('true');
  }, 60_000);
});
