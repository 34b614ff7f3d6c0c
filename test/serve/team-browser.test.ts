/**
 * A team at the review page, in Debian's chromium: two editors (two browser contexts, each
 * with its own name cookie) deciding and undoing; rejecting the rest of a section and undoing
 * it as one step; the search kept in the URL; the page without JavaScript (nothing shows
 * that cannot work, every form a plain post); closing an issue with a Kanskje item, which
 * carries over into the next issue's view.
 */
import http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/fetch/browser.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { getDecision } from '../../src/store/decisions.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

const config = reviewConfig();
/** The page's clock: 15 June 2026, 11:00 in Oslo. */
const serverNow = new Date('2026-06-15T09:00:00Z');
const TITLES = {
  report: 'Grov utnytting og menneskehandel i renholdsbransjen',
  seminar: 'Seminar om tvangsarbeid i landbruket',
  survey: 'Kartlegging av menneskehandel i Norden',
  greta: 'GRETA publishes its third report on Norway (trafficking)',
  plan: 'Handlingsplan mot menneskehandel',
  budget: 'Statsbudsjettet for landbruket',
} as const;
type Title = keyof typeof TITLES;

let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;
let browser: Browser;
const ids = {} as Record<Title, string>;
const pageErrors: string[] = [];

async function editorPage(name: string | null, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}/candidates`);
  if (name) {
    // As an editor would: the page asks for a name once.
    await page.fill('#editor-form input[name="editor"]', name);
    await page.click('#editor-form button[type="submit"]');
    await page.waitForSelector('#editor-name');
  }
  return { context, page };
}

const card = (page: Page, title: Title) => page.locator(`#c-${ids[title]}`);
const waitStatus = (page: Page, title: Title, value: string) => page.waitForSelector(`#c-${ids[title]}[data-status="${value}"]`);

function postFrom(origin: string, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  store = tempStore();
  const add = (title: Title, sourceId: string, firstSeen: string) => (ids[title] = addItem(store.db, { sourceId, title: TITLES[title], firstSeen }).id);
  add('report', 'fafo', '2026-06-10T05:00:00Z');
  add('seminar', 'fafo', '2026-06-11T05:00:00Z');
  add('survey', 'fafo', '2026-06-12T05:00:00Z');
  add('greta', 'greta', '2026-06-11T05:00:00Z');
  add('plan', 'regjeringen', '2026-06-12T05:00:00Z');
  add('budget', 'regjeringen', '2026-06-13T05:00:00Z');
  server = await startReviewServer({ db: store.db, config, port: 0, now: () => serverNow });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChromium('/usr/bin/chromium');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.cleanup();
});

describe('two editors', () => {
  it('each gives a name once; decisions show who and when; undo takes back only your own', async () => {
    const kari = await editorPage('Kari');
    const ola = await editorPage('Ola');
    expect(await kari.page.locator('#editor-name').textContent()).toBe('Kari');
    expect(await kari.page.locator('#editor-form').count()).toBe(0);

    await card(kari.page, 'report').locator('button[value="accepted"]').click();
    await waitStatus(kari.page, 'report', 'accepted');
    expect(await card(kari.page, 'report').locator('[data-role="decided"]').textContent()).toBe('Godtatt av Kari, 15. juni 11:00');
    await card(ola.page, 'greta').locator('button[value="rejected"]').click();
    await waitStatus(ola.page, 'greta', 'rejected');

    // Kari's undo takes back her acceptance, not Ola's later rejection.
    await kari.page.keyboard.press('u');
    await waitStatus(kari.page, 'report', 'new');
    expect(getDecision(store.db, ids.report)).toBeUndefined();
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decision: 'rejected', decidedBy: 'Ola' });
    await kari.page.reload();
    expect(await card(kari.page, 'greta').getAttribute('data-status')).toBe('rejected');
    expect(await card(kari.page, 'greta').locator('[data-role="decided"]').textContent()).toBe('Avvist av Ola, 15. juni 11:00');
    expect(await card(kari.page, 'report').locator('[data-role="decided"]').isHidden()).toBe(true);

    // Kari decides the item Ola rejected; Ola's undo of his rejection leaves hers standing.
    await card(kari.page, 'greta').locator('button[value="maybe"]').click();
    await waitStatus(kari.page, 'greta', 'maybe');
    await ola.page.click('header.top .undo-form button');
    await ola.page.waitForSelector('#toast:has-text("Kari")');
    expect(await ola.page.locator('#toast').textContent()).toContain('ble avgjort av Kari etterpå');
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decision: 'maybe', decidedBy: 'Kari' });
    await kari.page.keyboard.press('u');
    await waitStatus(kari.page, 'greta', 'rejected');

    // A name can be changed.
    await ola.page.click('header.top .editor a');
    await ola.page.fill('#editor-form input[name="editor"]', 'Ola Nordmann');
    await ola.page.click('#editor-form button[type="submit"]');
    await ola.page.waitForURL(`${base}/candidates`);
    expect(await ola.page.locator('#editor-name').textContent()).toBe('Ola Nordmann');
    await kari.context.close();
    await ola.context.close();
  });

  it('refuses a name or a bulk rejection posted from another site', async () => {
    expect(await postFrom('http://evil.example', '/editor', 'editor=Mallory')).toBe(403);
    expect(await postFrom('http://evil.example', '/reject-rest', `section=forskning&item=${ids.seminar}`)).toBe(403);
    expect(getDecision(store.db, ids.seminar)).toBeUndefined();
  });
});

describe('reject the rest of a section', () => {
  it('rejects every undecided candidate of the section at once, and one undo restores them all', async () => {
    const { context, page } = await editorPage('Kari');
    await card(page, 'report').locator('button[value="accepted"]').click();
    await waitStatus(page, 'report', 'accepted');
    await page.reload();
    const rest = page.locator('section.sec[data-section="forskning"] form.reject-rest button');
    expect(await rest.textContent()).toBe('Avvis resten av seksjonen (2)');
    await rest.click();
    await waitStatus(page, 'seminar', 'rejected');
    expect(await card(page, 'survey').getAttribute('data-status')).toBe('rejected');
    expect(await card(page, 'report').getAttribute('data-status')).toBe('accepted');
    // Other sections are not touched.
    expect(await card(page, 'plan').getAttribute('data-status')).toBe('new');
    expect(await page.locator('section.sec[data-section="forskning"] form.reject-rest').count()).toBe(0);

    await page.keyboard.press('u');
    await waitStatus(page, 'seminar', 'new');
    await waitStatus(page, 'survey', 'new');
    expect(await page.locator('#toast').textContent()).toBe('Angret 2 beslutninger');
    expect([getDecision(store.db, ids.seminar), getDecision(store.db, ids.survey)]).toEqual([undefined, undefined]);
    expect(getDecision(store.db, ids.report)).toMatchObject({ decision: 'accepted', decidedBy: 'Kari' });
    await context.close();
  });
});

describe('the search in the URL', () => {
  it('is a query parameter: the server filters by it, and reload, back and a decision keep it', async () => {
    const { context, page } = await editorPage('Kari');
    await page.fill('input[name="q"]', 'menneskehandel');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/[?&]q=menneskehandel/);
    const shown = async (): Promise<string[]> => (await page.locator('article.cand h3').allTextContents()).sort();
    const matching = [TITLES.report, TITLES.survey, TITLES.plan].sort();
    expect(await shown()).toEqual(matching);
    await page.reload();
    expect(await page.inputValue('input[name="q"]')).toBe('menneskehandel');
    expect(await shown()).toEqual(matching);
    await page.click('[data-status-tab="new"]');
    await page.waitForURL(/status=new/);
    expect(page.url()).toContain('q=menneskehandel');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('status=new'));
    expect(await page.inputValue('input[name="q"]')).toBe('menneskehandel');
    // A link carries it: a new page opened on it shows the same.
    const other = await context.newPage();
    await other.goto(page.url());
    expect((await other.locator('article.cand h3').allTextContents()).sort()).toEqual(matching);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows no copy button and no key hints, and every form works as a plain post', async () => {
    const { context, page } = await editorPage('Per', { javaScriptEnabled: false });
    expect(await page.locator('#editor-name').textContent()).toBe('Per');
    expect(await page.locator('footer.keys-hint').isVisible()).toBe(false);
    expect(await page.locator('article.cand kbd').first().isVisible()).toBe(false);

    await page.fill('input[name="q"]', 'landbruket');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/q=landbruket/);
    await card(page, 'budget').locator('button[value="rejected"]').click();
    await page.waitForURL(/q=landbruket/);
    expect(await card(page, 'budget').getAttribute('data-status')).toBe('rejected');
    expect(await card(page, 'budget').locator('[data-role="decided"]').textContent()).toBe('Avvist av Per, 15. juni 11:00');
    await page.click('header.top .undo-form button');
    await page.waitForURL(/q=landbruket/);
    expect(await card(page, 'budget').getAttribute('data-status')).toBe('new');

    await page.goto(`${base}/candidates`);
    await page.locator('section.sec[data-section="politiske-tiltak"] form.reject-rest button').click();
    await page.waitForURL(/\/candidates/);
    expect(getDecision(store.db, ids.plan)).toMatchObject({ decision: 'rejected', decidedBy: 'Per' });
    await page.click('header.top .undo-form button');
    await page.waitForURL(/\/candidates/);
    expect(getDecision(store.db, ids.plan)).toBeUndefined();

    // An issue with an accepted item: its export page has the texts, and no button that needs the script.
    await page.goto(`${base}/issues`);
    await page.fill('#open-next input[name="name"]', 'Juni 2026');
    await page.click('#open-issue-button');
    await page.waitForSelector('#open-issue');
    await page.click('#export-open');
    await page.waitForSelector('#export-md');
    expect(await page.locator('[data-copy], [data-copy-rich]').count()).toBeGreaterThan(0);
    for (const button of await page.locator('[data-copy], [data-copy-rich]').all()) expect(await button.isVisible()).toBe(false);
    expect(await page.locator('a[download]').first().isVisible()).toBe(true);
    await context.close();
  });

  it('shows the copy buttons when the script runs', async () => {
    const { context, page } = await editorPage('Kari');
    await page.goto(`${base}/issues`);
    await page.click('#export-open');
    await page.waitForSelector('#export-md');
    expect(await page.locator('[data-copy="export-md"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('closing an issue with a Kanskje item', () => {
  it('asks first, says what happens, and the Kanskje item is in the next issue’s default view', async () => {
    const { context, page } = await editorPage('Kari');
    await card(page, 'plan').locator('input[name="note"]').fill('Sjekk med redaktør');
    await card(page, 'plan').locator('button[value="maybe"]').click();
    await waitStatus(page, 'plan', 'maybe');
    const undecided = await page.locator('article.cand[data-status="new"]').count();
    expect(undecided).toBeGreaterThan(0);

    await page.click('header.top nav >> text=Nummer');
    await page.click('#close-issue');
    await page.waitForSelector('#close-confirm');
    expect(await page.locator('#close-maybe').textContent()).toBe('1 sak står som Kanskje. De blir med videre og vises i neste nummers kandidater til de er avgjort.');
    expect(await page.locator('#close-undecided').textContent()).toContain(`${undecided} kandidater siden forrige nummer er ikke avgjort`);
    // Cancelling closes nothing.
    await page.click('#close-confirm a.button');
    await page.waitForSelector('#open-issue');
    await page.click('#close-issue');
    await page.click('#confirm-close');
    await page.waitForSelector('#open-next');

    await page.fill('#open-next input[name="name"]', 'Juli 2026');
    await page.click('#open-issue-button');
    await page.waitForSelector('#open-issue');
    await page.click('header.top nav >> text=Kandidater');
    await page.waitForURL(`${base}/candidates`);
    expect(await page.locator('article.cand').count()).toBe(1);
    const carried = card(page, 'plan');
    expect(await carried.getAttribute('data-status')).toBe('maybe');
    expect(await carried.locator('.carried').textContent()).toBe('Fra forrige nummer');
    expect(await carried.locator('input[name="note"]').inputValue()).toBe('Sjekk med redaktør');
    await context.close();
  });

  it('ran no failing script', () => {
    expect(pageErrors).toEqual([]);
  });
});
