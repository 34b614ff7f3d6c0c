/**
 * Screenshots of the main views (candidates, issues, export, health) on a desktop and on a
 * phone, from the replica demo data, for the editors' guide. A test run writes them to
 * test-output/screenshots/; `npm run screenshots` writes them to docs/screenshots/ (what
 * docs/reviewing.md shows). Each is the visible window only, kept small enough for the repository.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import { startReviewDemo, type ReviewDemo } from '../helpers/review-demo.js';

const OUT = path.resolve(process.env.SCREENSHOTS_DIR ?? 'test-output/screenshots');
const MAX_BYTES = 200 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const DEVICES = {
  desktop: { viewport: { width: 1200, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
} as const;
type Device = keyof typeof DEVICES;
type View = 'candidates' | 'issues' | 'export' | 'health';
const VIEWS: readonly View[] = ['candidates', 'issues', 'export', 'health'];

let demo: ReviewDemo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startReviewDemo(), launchChromium('/usr/bin/chromium')]);
  mkdirSync(OUT, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('screenshots of the main views', () => {
  it('are all shown in the editors’ guide, and it shows no other', () => {
    const guide = readFileSync('docs/reviewing.md', 'utf8');
    const shown = [...guide.matchAll(/screenshots\/([a-z-]+\.png)/g)].map((m) => m[1]).sort();
    const written = (Object.keys(DEVICES) as Device[]).flatMap((device) => VIEWS.map((view) => `${view}-${device}.png`)).sort();
    expect(written).toHaveLength(8);
    expect(shown).toEqual(written);
  });

  for (const device of Object.keys(DEVICES) as Device[]) {
    it(`on a ${device}`, async () => {
      const context = await browser.newContext({ ...DEVICES[device], deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      const page = await context.newPage();
      const base = demo.base('nb');
      await page.goto(`${base}/issues`);
      const exportPath = await page.locator('#export-open').getAttribute('href');
      expect(exportPath).toMatch(/^\/issues\/\d+\/export$/);
      const paths = { candidates: '/candidates', issues: '/issues', export: exportPath!, health: '/health' } satisfies Record<View, string>;
      const files: string[] = [];
      for (const view of VIEWS) {
        await page.goto(`${base}${paths[view]}`);
        const file = path.join(OUT, `${view}-${device}.png`);
        await page.screenshot({ path: file, fullPage: false });
        files.push(file);
      }
      await context.close();
      expect(files).toHaveLength(VIEWS.length);
      for (const file of files) {
        const png = readFileSync(file);
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE), file).toBe(true);
        expect(png.length, file).toBeLessThanOrEqual(MAX_BYTES);
      }
    }, 60_000);
  }
});
