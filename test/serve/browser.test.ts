/**
 * The review page driven as an editor drives it, in Debian's chromium: candidates from a real
 * watch of the replica web (day 1, day 2), filters, decisions by click and by keys, undo,
 * reload and restart, learning, an issue opened and exported, the health tab — and a hostile
 * title from a replica feed that must stay text. Screenshots go to test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { shippedJson, withSources } from '../helpers/shipped-config.js';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { launchChromium } from '../../src/fetch/browser.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { openDb, type Db } from '../../src/store/db.js';
import { getDecision } from '../../src/store/decisions.js';
import { listItemsFirstSeen, recordSighting } from '../../src/store/items.js';
import { recordOccurrences, saveLinkState, type LinkState } from '../../src/store/links.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { SCRIPT_TITLE, fixtures } from '../../src/demo/sites/fixtures.js';
import { heuni } from '../../src/demo/sites/heuni.js';
import { sites } from '../../src/demo/sites/index.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testRuntime } from '../helpers/runtime.js';

const SCREENSHOTS = path.resolve('test-output/screenshots');
const today = new Date('2026-11-28T05:00:00Z');
const clockDay1 = new Date('2026-11-28T05:30:00Z');
const clockDay2 = new Date('2026-11-29T05:30:00Z');
/** The review page's clock: Sunday morning after the day-2 run. */
const serverNow = new Date('2026-11-29T07:00:00Z');

const TITLES = {
  lovdata: 'Endringer i utlendingsforskriften: oppholdstillatelse for ofre for menneskehandel',
  proposal: 'Representantforslag om en nasjonal handlingsplan mot tvangsarbeid og menneskehandel',
  plan: 'Styrket innsats mot menneskehandel: regjeringen legger fram ny handlingsplan',
  criminalCode: 'Endringer i straffeloven (styrket vern mot menneskehandel og utnyttelse av barn)',
  question: 'Hvordan vil statsråden styrke samarbeidet mellom Arbeidstilsynet og politiet mot arbeidslivskriminalitet?',
  strategy: 'Samordnet innsats mot arbeidslivskriminalitet – ny strategi',
  eu: 'EU Anti-Trafficking Coordinator presents new EU Strategy on Combatting Trafficking in Human Beings',
} as const;

// The shipped sources.json, plus the replica's hostile feed as one more source. On day 1 that
// feed lists an ordinary item (the baseline); on day 2 the item with markup in its title appears.
// The keyboard walk and the counts below are written against the candidates of the sources the
// page was first driven with: the sources added for the newsletter's other sites (issue 11) are
// left out here (their extraction is covered by test/replica).
const ISSUE_11_SOURCES = new Set([
  'politiet', 'udi', 'cbss', 'riksrevisjonen', 'rvts-ost', 'bufdir', 'nim',
  'helsedirektoratet-konferanser', 'fafo-arrangementer', 'lovdata-dommer', 'regjeringen-nyheter', 'regjeringen-pressemeldinger',
]);
const shipped = shippedJson();
const subset = withSources(shipped, [
  ...shipped.sources.filter((source) => !ISSUE_11_SOURCES.has(source.id)),
  { id: 'fixtures-script', name: 'Replica fixtures – script title', section: 'tilsyn-og-rapporter', kind: 'feed', url: 'https://fixtures.test/script-title.xml' },
]);
// Every candidate on the page, as the walk below was written (the shipped minScore tunes the digest, not the page's keys).
const config = parseConfig({ ...subset, ranking: { ...subset.ranking, minScore: 0 } });
const hostileFeed: ReplicaSite = {
  ...fixtures,
  handle: (request, state) =>
    fixtures.handle(state.day === 1 && request.path === '/script-title.xml' ? { ...request, path: '/rdf.xml' } : request, state),
};

// On day 2 HEUNI's listing loses every article link (as a relaunch that renders its list by
// script would): a source in trouble for the health tab. The replica's own day-2 redesign keeps
// the links' shape, and the shipped config reads HEUNI by link pattern, so it alone breaks nothing.
const linklessHeuni: ReplicaSite = {
  ...heuni,
  handle: (request, state) => {
    const answer = heuni.handle(request, state);
    if (state.day < 2 || request.path !== '/news' || answer === null) return answer;
    return { ...answer, body: String(answer.body).replace(/<a [^>]*href="https:\/\/heuni\.fi\/-\/[^"]*"[^>]*>(.*?)<\/a>/gs, '<span>$1</span>') };
  },
};

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
let reviewDb: Db;
let server: ReviewServer;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids: Record<string, string> = {};
const dialogs: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

function linkState(url: string, over: Partial<LinkState>): LinkState {
  return {
    url,
    firstSeen: '2026-11-01T00:00:00Z',
    lastChecked: '2026-11-29T04:00:00Z',
    lastVerdict: 'ok',
    lastStatus: 200,
    lastFinalUrl: null,
    lastDetail: null,
    lastOk: '2026-11-29T04:00:00Z',
    firstFailed: null,
    consecutiveFailures: 0,
    deadSince: null,
    ...over,
  };
}

async function startServer(): Promise<void> {
  server = await startReviewServer({ db: reviewDb, config, port: 0, now: () => serverNow });
  base = `http://127.0.0.1:${server.port}`;
}

beforeAll(async () => {
  const replaced: Record<string, ReplicaSite> = { fixtures: hostileFeed, heuni: linklessHeuni };
  replica = await startReplica({ sites: sites.map((site) => replaced[site.name] ?? site), day: 1, today });
  runtime = testRuntime(config, replica.proxyUrl);
  const watch = (now: Date) =>
    watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => now });
  const [, browserInstance] = await Promise.all([watch(clockDay1), launchChromium('/usr/bin/chromium')]);
  browser = browserInstance;
  replica.setDay(2);
  await watch(clockDay2);

  for (const item of listItemsFirstSeen(runtime.db, clockDay2.toISOString(), '2100-01-01')) ids[item.title] = item.id;
  expect(ids[SCRIPT_TITLE], 'the hostile item is a day-2 candidate').toBeDefined();
  const url = (title: string): string => listItemsFirstSeen(runtime.db, clockDay2.toISOString(), '2100-01-01').find((i) => i.title === title)!.url;
  // What link monitoring would have recorded (its checker is not part of this test).
  saveLinkState(runtime.db, linkState(url(TITLES.lovdata), {}));
  saveLinkState(runtime.db, linkState(url(TITLES.question), { lastVerdict: 'broken', lastStatus: 404, consecutiveFailures: 3, deadSince: '2026-11-29T04:00:00Z', lastOk: null }));
  saveLinkState(runtime.db, linkState('https://www.udi.no/krisen-i-ukraina/gammel-side/', { lastVerdict: 'broken', lastStatus: 404, deadSince: '2026-10-01T04:00:00Z', lastOk: null, consecutiveFailures: 9 }));
  recordOccurrences(runtime.db, 'https://www.udi.no/krisen-i-ukraina/gammel-side/', [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }], '2026-11-29T04:00:00Z');
  // The same publication listed by a second source (what a watch records when one does).
  recordSighting(runtime.db, ids[TITLES.plan]!, { sourceId: 'stortinget', url: url(TITLES.plan), at: clockDay2.toISOString() });

  // The review page has its own connection, as `sourcewatch serve` does.
  reviewDb = openDb(runtime.storageDir);
  await startServer();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('request', (request) => !request.url().startsWith('http://127.0.0.1:') && foreignRequests.push(request.url()));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  reviewDb?.close();
  await runtime?.cleanup();
  await replica?.close();
});

const card = (title: string): Locator => page.locator(`#c-${ids[title]}`);
const status = (title: string): Promise<string | null> => card(title).getAttribute('data-status');
const waitStatus = (title: string, value: string) => page.waitForSelector(`#c-${ids[title]}[data-status="${value}"]`);
const currentId = (): Promise<string | null> => page.locator('article.cand.current').getAttribute('data-id');

async function statuses(): Promise<Record<string, string>> {
  return page.$$eval('article.cand', (cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('data-id'), c.getAttribute('data-status')])));
}

async function noScriptRan(): Promise<void> {
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    scripts: Array.from(document.scripts).map((s) => s.getAttribute('src') ?? s.type),
  }));
  expect(injected).toEqual({ images: 0, handlers: 0, scripts: ['/static/app.js', 'application/json'] });
}

describe('the review page in a browser', () => {
  it('opens the candidates: grouped by section, best first, with reasons, source, date and link status', async () => {
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/candidates`);
    expect(await page.title()).toBe('Kandidater · sourcewatch');
    const sectionIds = await page.$$eval('section.sec', (sections) => sections.map((s) => s.getAttribute('data-section') ?? ''));
    expect(sectionIds).toEqual(config.sections.map((s) => s.id).filter((id) => sectionIds.includes(id)));
    expect(sectionIds).toEqual(expect.arrayContaining(['rettsavgjorelser', 'politiske-tiltak', 'forskning', 'greta', 'osce', 'eu', 'norden']));
    for (const id of sectionIds) {
      const scores = (await page.locator(`section.sec[data-section="${id}"] .score`).allTextContents()).map(Number);
      expect(scores, id).toEqual([...scores].sort((a, b) => b - a));
    }
    const lovdata = card(TITLES.lovdata);
    expect(await lovdata.locator('.source').textContent()).toBe('Lovdata – nye artikler');
    expect(await lovdata.locator('.date').textContent()).toBe('28. november 2026');
    expect(await lovdata.locator('.reasons li').allTextContents()).toEqual(['menneskehandel: «menneskehandel» +10', 'publisert for 1 dag siden +1.9']);
    expect(await lovdata.locator('.linkstate').textContent()).toBe('lenke OK');
    expect(await card(TITLES.question).locator('.linkstate').textContent()).toBe('død lenke siden 29. november 2026');
    expect(await card(TITLES.proposal).locator('.linkstate').textContent()).toBe('lenke ikke sjekket');
    expect(await card(TITLES.plan).locator('.also').textContent()).toBe('også hos Stortinget – saker, spørsmål og representantforslag');
    expect(await page.locator('[data-count="all"]').textContent()).toBe(String(await page.locator('article.cand').count()));
  });

  it('shows a hostile title from a replica feed as text, and nothing in it runs', async () => {
    const hostile = card(SCRIPT_TITLE);
    expect(await hostile.locator('h3 a').textContent()).toBe(SCRIPT_TITLE);
    expect(await hostile.locator('.source').textContent()).toBe('Replica fixtures – script title');
    await noScriptRan();
    // Searching for it puts the text into the search field and the URL: still only text.
    await page.fill('input[name="q"]', '<script>alert(1)</script>');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=/);
    expect(await page.locator('article.cand').count()).toBe(1);
    expect(await page.inputValue('input[name="q"]')).toBe('<script>alert(1)</script>');
    await noScriptRan();
  });

  it('filters by section, source, status and text', async () => {
    await page.goto(`${base}/candidates`);
    await page.selectOption('select[name="section"]', 'politiske-tiltak');
    await page.waitForURL(/section=politiske-tiltak/);
    const sections = await page.$$eval('article.cand', (cards) => cards.map((c) => c.getAttribute('data-section')));
    expect(sections.length).toBe(5);
    expect(new Set(sections)).toEqual(new Set(['politiske-tiltak']));

    await page.fill('input[name="q"]', 'Tvangsarbeid');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=Tvangsarbeid/);
    const texts = await page.locator('article.cand .cand-main').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.toLowerCase()).toContain('tvangsarbeid');

    await page.click('text=Nullstill');
    await page.waitForURL(`${base}/candidates`);
    await page.selectOption('select[name="source"]', 'stortinget');
    await page.waitForURL(/source=stortinget/);
    const sources = await page.$$eval('article.cand', (cards) => cards.map((c) => c.getAttribute('data-sources')!.split(' ')));
    expect(sources.length).toBe(4);
    for (const list of sources) expect(list).toContain('stortinget');
    await page.click('text=Nullstill');
    await page.waitForURL(`${base}/candidates`);
  });

  it('decides by click and by keyboard, and undoes', async () => {
    // By click, with a note.
    await card(TITLES.lovdata).locator('input[name="note"]').fill('Ta med – ny forskrift');
    await card(TITLES.lovdata).locator('button[value="accepted"]').click();
    await waitStatus(TITLES.lovdata, 'accepted');
    expect(await page.locator('#toast').textContent()).toContain(`Godtatt: «${TITLES.lovdata}»`);
    // Stored at once.
    expect(getDecision(runtime.db, ids[TITLES.lovdata]!)).toMatchObject({ decision: 'accepted', note: 'Ta med – ny forskrift' });
    await card(TITLES.question).locator('button[value="rejected"]').click();
    await waitStatus(TITLES.question, 'rejected');

    // By keys: j/k move, a/r/m decide and move on.
    await card(TITLES.lovdata).locator('.byline').click();
    expect(await currentId()).toBe(ids[TITLES.lovdata]);
    await page.keyboard.press('j');
    expect(await currentId()).toBe(ids[TITLES.proposal]);
    await page.keyboard.press('a');
    await waitStatus(TITLES.proposal, 'accepted');
    await page.waitForSelector(`#c-${ids[TITLES.plan]}.current`);
    await page.keyboard.press('r');
    await waitStatus(TITLES.plan, 'rejected');
    await page.waitForSelector(`#c-${ids[TITLES.criminalCode]}.current`);
    await page.keyboard.press('m');
    await waitStatus(TITLES.criminalCode, 'maybe');

    // Undo takes back the last decision and returns to its item.
    await page.keyboard.press('u');
    await waitStatus(TITLES.criminalCode, 'new');
    expect(await page.locator('#toast').textContent()).toContain('Angret');
    expect(await currentId()).toBe(ids[TITLES.criminalCode]);
    expect(getDecision(runtime.db, ids[TITLES.criminalCode]!)).toBeUndefined();

    // k goes back; a decision can be changed.
    await page.keyboard.press('k');
    expect(await currentId()).toBe(ids[TITLES.plan]);
    await page.keyboard.press('a');
    await waitStatus(TITLES.plan, 'accepted');

    // Two more rejections, selected by click, decided by key.
    await card(TITLES.strategy).locator('.byline').click();
    await page.keyboard.press('r');
    await waitStatus(TITLES.strategy, 'rejected');
    await card(TITLES.eu).locator('.byline').click();
    await page.keyboard.press('r');
    await waitStatus(TITLES.eu, 'rejected');

    expect(await page.locator('[data-count="accepted"]').textContent()).toBe('3');
    expect(await page.locator('[data-count="rejected"]').textContent()).toBe('3');
    expect(await page.locator('[data-count="maybe"]').textContent()).toBe('0');

    // ? shows the keys, / goes to the search field (where letters are text, not commands).
    await page.keyboard.press('?');
    await page.waitForSelector('#keyboard-help', { state: 'visible' });
    await page.keyboard.press('?');
    await page.waitForSelector('#keyboard-help', { state: 'hidden' });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('ar');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-count="accepted"]').textContent()).toBe('3');
    await page.fill('input[name="q"]', '');
    expect(dialogs).toEqual([]);
  });

  it('keeps the decisions after a reload and a restart of the server', async () => {
    const before = await statuses();
    expect(Object.values(before).filter((s) => s !== 'new').length).toBe(6);
    await page.reload();
    expect(await statuses()).toEqual(before);
    expect(await card(TITLES.lovdata).locator('input[name="note"]').inputValue()).toBe('Ta med – ny forskrift');
    expect(await card(TITLES.plan).locator('button[value="accepted"]').getAttribute('aria-pressed')).toBe('true');

    await server.close();
    reviewDb.close();
    reviewDb = openDb(runtime.storageDir);
    await startServer();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/candidates`);
    expect(await statuses()).toEqual(before);

    await page.click('[data-status-tab="accepted"]');
    await page.waitForURL(/status=accepted/);
    expect(new Set(Object.values(await statuses()))).toEqual(new Set(['accepted']));
    expect(await page.locator('article.cand').count()).toBe(3);
  });

  it('learns from the decisions: the reasons say so, and it can be switched off', async () => {
    await page.goto(`${base}/candidates`);
    expect(await page.locator('.learning-line').textContent()).toContain('og av beslutningene (3 godtatt, 3 avvist).');
    const learned = await page.locator('.reasons li.r-learned').allTextContents();
    expect(learned.length).toBeGreaterThan(0);
    for (const text of learned) expect(text).toMatch(/^lært av 3 godtatte \/ 3 avviste.* [+−]\d+(\.\d)?$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'candidates.png') });

    await page.click('text=Vis uten læring');
    await page.waitForURL(/learning=off/);
    expect(await page.locator('.reasons li.r-learned').count()).toBe(0);
    expect(await page.locator('.learning-line').textContent()).toContain('slått av');
  });

  it('opens the next issue, exports it, and the exported text reads like the newsletter', async () => {
    await page.click('header.top nav >> text=Nummer');
    await page.waitForURL(`${base}/issues`);
    await page.fill('input[name="name"]', 'Nyhetsbrev oktober–desember 2026');
    await page.fill('input[name="periodFrom"]', '2026-10-01');
    await page.fill('input[name="periodTo"]', '2026-12-31');
    await page.click('#open-issue-button');
    await page.waitForSelector('#open-issue');
    expect(await page.locator('#open-issue .issue-name').textContent()).toBe('Nyhetsbrev oktober–desember 2026');
    // Items accepted before the issue was opened are in it.
    expect(await page.locator('#open-issue [data-accepted]').getAttribute('data-accepted')).toBe('3');
    expect(await page.locator('header .issue-pill').textContent()).toContain('Nyhetsbrev oktober–desember 2026');

    // An editor accepts the hostile item too (by mistake): the export must stay safe.
    await page.goto(`${base}/candidates?q=${encodeURIComponent('<script>')}`);
    await card(SCRIPT_TITLE).locator('button[value="accepted"]').click();
    await waitStatus(SCRIPT_TITLE, 'accepted');

    await page.goto(`${base}/issues`);
    await page.click('#export-open');
    await page.waitForURL(/\/issues\/\d+\/export$/);
    const markdown = await page.inputValue('#export-md');
    const lines = markdown.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# Nyhetsbrev oktober–desember 2026', '', '_1. oktober 2026 – 31. desember 2026_']);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## Rettsavgjørelser om menneskehandel',
      '## Politiske tiltak',
      '## Rapporter fra tilsyn og tverretatlig a-krim-samarbeid',
    ]);
    const link = (title: string): string => listItemsFirstSeen(runtime.db, clockDay2.toISOString(), '2100-01-01').find((i) => i.title === title)!.url;
    expect(lines).toContain(`Lovdata publiserte i november forskriften «${TITLES.lovdata}», [se her](${link(TITLES.lovdata)}).`);
    expect(lines).toContain(`Stortinget publiserte i november representantforslaget «${TITLES.proposal}», [se her](${link(TITLES.proposal)}).`);
    expect(lines).toContain(`Regjeringen publiserte i november planen «${TITLES.plan}», [se her](${link(TITLES.plan)}).`);
    expect(lines).toContain(
      'Replica fixtures publiserte i november «\\<script\\>alert(1)\\</script\\> & \\<img src=x onerror=alert(2)\\>», [se her](https://fixtures.test/xss/1).',
    );

    const json = JSON.parse(await page.inputValue('#export-json'));
    expect(json.sections.flatMap((s: { items: unknown[] }) => s.items)).toHaveLength(4);
    expect(json.sections[0].items[0]).toMatchObject({ source: 'Lovdata', month: 'november', kind: 'forskriften', note: 'Ta med – ny forskrift' });
    const htmlExport = await page.inputValue('#export-html');
    expect(htmlExport).toContain(`<p>Lovdata publiserte i november forskriften «${TITLES.lovdata}», <a href="${link(TITLES.lovdata)}">se her</a>.</p>`);
    expect(htmlExport).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The preview renders the same HTML: four links, the hostile title as text.
    expect(await page.locator('#export-preview a').count()).toBe(4);
    expect(await page.locator('#export-preview').textContent()).toContain(SCRIPT_TITLE);
    await noScriptRan();

    // The copy button puts the Markdown on the clipboard; the download is the same text.
    await page.click('[data-copy="export-md"]');
    await page.waitForSelector('[data-copy="export-md"]:has-text("Kopiert")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    const download = await page.request.get(`${page.url()}.md?download=1`);
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="issue-\d+\.md"$/);
    expect(await download.text()).toBe(markdown);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export.png') });
  });

  it('shows failing sources and dead links in past issues on the health tab', async () => {
    await page.click('header.top nav >> text=Helse');
    await page.waitForURL(`${base}/health`);
    // Two sources in trouble, a dead link in a past issue and a dead candidate link.
    expect(await page.locator('header.top nav .badge').textContent()).toBe('4');
    const problems = await page.$$eval('#source-health tr.problem', (rows) => rows.map((r) => [r.getAttribute('data-source'), r.querySelector('.outcome')!.textContent]));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['heuni', 'ødelagt uttrekk'],
        ['arbeidstilsynet', 'feilet'],
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(await page.locator('#source-health tr[data-source="heuni"]').textContent()).toContain('har siden fått ny utforming?');
    const dead = await page.locator('#dead-links tbody tr').allTextContents();
    expect(dead.some((row) => row.includes('https://www.udi.no/krisen-i-ukraina/gammel-side/') && row.includes('arkiv/nyhetsbrev-2022-2.pdf, side 6'))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'health.png') });
  });

  it('closing the issue moves the "since the last issue" mark', async () => {
    await page.click('header.top nav >> text=Nummer');
    await page.waitForURL(`${base}/issues`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'issues.png') });
    // Closing asks first, and says what happens to what is left.
    await page.click('#close-issue');
    await page.waitForSelector('#close-confirm');
    expect(await page.locator('#close-maybe').textContent()).toBe('Ingen saker står som Kanskje.');
    await page.click('#confirm-close');
    await page.waitForSelector('#open-next');
    expect(await page.locator('#past-issues tbody tr').count()).toBe(1);
    expect(await page.locator('#past-issues').textContent()).toContain('4 godtatte saker');

    await page.click('header.top nav >> text=Kandidater');
    expect(await page.locator('.period-line').textContent()).toContain('Forrige nummer ble lukket 29. nov. 2026');
    expect(await page.locator('article.cand').count()).toBe(0);
    expect(await page.locator('.empty').textContent()).toBe('Ingen kandidater i perioden.');
    // The week before still holds them, decisions and all.
    await page.selectOption('select[name="period"]', 'week');
    await page.waitForURL(/period=week/);
    expect(await status(TITLES.lovdata)).toBe('accepted');
  });

  it('ran no foreign request, no failing script and no dialog', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
