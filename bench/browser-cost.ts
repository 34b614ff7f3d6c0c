/**
 * What the browser source costs, before (a bare playwright launch, one context per page: the
 * browser kind before crawlee) and after (crawlee's PlaywrightCrawler with fingerprints):
 * one listing + 3 article renders of the replica's coe.int. Wall time from the first render
 * call (so launch and crawlee's import count) to the last page, then close; memory as the
 * peak of the summed PSS of every Chromium process (sampled every 100 ms), plus Node's RSS.
 *
 * Two walls: "open" (coe.int's pages with the wall lowered, so both paths render the same
 * pages and their costs compare) and "up" (the realistic wall: what each path gets).
 * Each measurement runs in its own child process so one's loaded modules do not skew another.
 *
 *   npx tsx bench/browser-cost.ts            (RUNS=3 runs each, median; WALLS=open,up)
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, createBrowserPool, launchChromium, type RenderedPage } from '../src/fetch/browser.js';
import { chromiumProcesses, pssKiB } from '../test/helpers/processes.js';
import { CLEARANCE_COOKIE, clearanceValue } from '../src/demo/bot-wall.js';
import { startReplica } from '../src/demo/server.js';
import { coe, COE_LISTING_URL, coeListing, COE_ARTICLE_LINK } from '../src/demo/sites/coe.js';
import { sites } from '../src/demo/sites/index.js';
import type { ReplicaSite } from '../src/demo/types.js';

type Path = 'before' | 'after';
type Wall = 'open' | 'up';

interface Measurement {
  path: Path;
  wall: Wall;
  renderMs: number;
  closeMs: number;
  pages: number;
  ok: number;
  blocked: number;
  peakChromiumPssMiB: number;
  peakChromiumProcesses: number;
  nodeRssMiB: number;
  /** Each render's time, the first including launch (and crawlee's import). */
  pageMs: number[];
  note: string;
}

const CHROMIUM = process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium';
const WAIT_FOR = COE_ARTICLE_LINK;

/** coe.int with its wall lowered: every request arrives as if it carried valid clearance. */
const openCoe: ReplicaSite = {
  ...coe,
  handle(request, state) {
    const userAgent = request.headers['user-agent'] ?? '';
    const cookie = `${CLEARANCE_COOKIE}=${clearanceValue(userAgent, Math.floor(Date.now() / 1000) + 3600)}`;
    return coe.handle({ ...request, headers: { ...request.headers, cookie } }, state);
  },
};

/** The browser kind as it was before crawlee (the old createBrowserPool's page handling). */
async function renderBefore(browser: Browser, url: string, waitFor: string | undefined): Promise<RenderedPage> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
    if (waitFor) await page.waitForSelector(waitFor, { state: 'attached' });
    else {
      await page.waitForLoadState('load').catch(() => undefined);
      if ((response?.status() ?? 0) >= 400) {
        // The old pool gave a challenge up to 15 s to reload itself.
        await page.waitForEvent('framenavigated', { timeout: 15_000 }).catch(() => undefined);
      }
    }
    return { html: await page.content(), finalUrl: page.url(), status: response?.status() ?? null };
  } finally {
    await context.close();
  }
}

async function measureOne(path: Path, wall: Wall): Promise<Measurement> {
  const replica = await startReplica({ sites: wall === 'open' ? [...sites.filter((site) => site !== coe), openCoe] : sites });
  const urls = [COE_LISTING_URL, ...coeListing(1, replica.state.today).slice(0, 3).map((item) => item.url)];
  let peakPss = 0;
  let peakProcesses = 0;
  const sample = (): void => {
    const processes = chromiumProcesses();
    const pss = processes.reduce((sum, info) => sum + pssKiB(info.pid), 0);
    if (pss > peakPss) peakPss = pss;
    if (processes.length > peakProcesses) peakProcesses = processes.length;
  };
  const sampler = setInterval(sample, 100);
  let ok = 0;
  let blocked = 0;
  const notes: string[] = [];
  const pageMs: number[] = [];
  const started = Date.now();
  let renderMs: number;
  let closeStarted: number;
  if (path === 'before') {
    const browser = await launchChromium(CHROMIUM, replica.proxyUrl);
    for (const [index, url] of urls.entries()) {
      const pageStarted = Date.now();
      const page = await renderBefore(browser, url, index === 0 ? WAIT_FOR : undefined).catch((error: unknown) => {
        notes.push(String(error instanceof Error ? error.message.split('\n')[0] : error));
        return undefined;
      });
      if (page?.status === 200 && !page.html.includes('Just a moment...')) ok += 1;
      else blocked += 1;
      pageMs.push(Date.now() - pageStarted);
    }
    sample();
    renderMs = Date.now() - started;
    closeStarted = Date.now();
    await browser.close();
  } else {
    const pool = createBrowserPool({ executablePath: CHROMIUM, proxy: replica.proxyUrl, insecure: true, navigationTimeoutMs: 20_000 });
    for (const [index, url] of urls.entries()) {
      const pageStarted = Date.now();
      const page = await pool.render(url, index === 0 ? { waitFor: WAIT_FOR } : {}).catch((error: unknown) => {
        notes.push(String(error instanceof Error ? error.message : error));
        return undefined;
      });
      if (page?.status === 200) ok += 1;
      else blocked += 1;
      pageMs.push(Date.now() - pageStarted);
    }
    sample();
    renderMs = Date.now() - started;
    closeStarted = Date.now();
    await pool.close();
  }
  const closeMs = Date.now() - closeStarted;
  clearInterval(sampler);
  const nodeRssMiB = Math.round(process.memoryUsage().rss / 1048576);
  await replica.close();
  return {
    path,
    wall,
    renderMs,
    closeMs,
    pages: urls.length,
    ok,
    blocked,
    peakChromiumPssMiB: Math.round(peakPss / 1024),
    peakChromiumProcesses: peakProcesses,
    nodeRssMiB,
    pageMs,
    note: [...new Set(notes)].join('; ').slice(0, 120),
  };
}

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child !== -1) {
    const result = await measureOne(process.argv[child + 1] as Path, process.argv[child + 2] as Wall);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const runs = Number(process.env.RUNS ?? 3);
  console.log(`browser cost: 1 listing + 3 articles of the replica's coe.int, ${runs} runs each (median), chromium ${CHROMIUM}`);
  console.log(`chromium args: ${CHROMIUM_ARGS.join(' ')}`);
  console.log(`machine: ${cpus().length} cores, load average at start ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n`);
  const rows: Measurement[] = [];
  const walls = (process.env.WALLS ?? 'open,up').split(',').filter((wall): wall is Wall => wall === 'open' || wall === 'up');
  for (const wall of walls) {
    for (const path of ['before', 'after'] as const) {
      const results: Measurement[] = [];
      for (let run = 0; run < runs; run += 1) {
        const done = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', path, wall], { encoding: 'utf8', timeout: 180_000 });
        const line = done.stdout.trim().split('\n').pop() ?? '';
        if (done.status !== 0 || !line.startsWith('{')) throw new Error(`${path}/${wall} failed: ${done.stderr.slice(-500)}`);
        results.push(JSON.parse(line) as Measurement);
      }
      const median = (pick: (m: Measurement) => number): number => results.map(pick).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
      rows.push({
        ...results[0]!,
        renderMs: median((m) => m.renderMs),
        closeMs: median((m) => m.closeMs),
        peakChromiumPssMiB: median((m) => m.peakChromiumPssMiB),
        peakChromiumProcesses: median((m) => m.peakChromiumProcesses),
        nodeRssMiB: median((m) => m.nodeRssMiB),
      });
    }
  }
  console.log('| wall | path | pages ok / blocked | wall time (4 pages) | close | chromium PSS, peak sum | chromium processes | Node RSS |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const label = row.path === 'before' ? 'before: playwright launch' : 'after: crawlee + fingerprints';
    console.log(
      `| ${row.wall} | ${label} | ${row.ok} / ${row.blocked} | ${(row.renderMs / 1000).toFixed(2)} s | ${(row.closeMs / 1000).toFixed(2)} s | ${row.peakChromiumPssMiB} MiB | ${row.peakChromiumProcesses} | ${row.nodeRssMiB} MiB |`,
    );
  }
  for (const row of rows) console.log(`per page (${row.wall}, ${row.path}, first run): ${row.pageMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  for (const row of rows) if (row.note) console.log(`note (${row.wall}, ${row.path}): ${row.note}`);
  console.log(`load average at end ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}

await main();
