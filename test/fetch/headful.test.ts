/**
 * browser.headful: Chromium headful inside a virtual display (Debian's Xvfb) that the pool
 * starts and stops itself. Needs /usr/bin/Xvfb (`apt-get install xvfb`); skipped without it.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserPool, type BrowserPool } from '../../src/fetch/browser.js';
import { startVirtualDisplay, XVFB_PATH } from '../../src/fetch/virtual-display.js';
import { chromiumProcesses, descendants, environmentOf } from '../helpers/processes.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { COE_LISTING_URL, COE_ARTICLE_LINK } from '../../src/demo/sites/coe.js';
import { sites } from '../../src/demo/sites/index.js';

const hasXvfb = existsSync(XVFB_PATH);
if (!hasXvfb) console.warn(`headful browser tests skipped: ${XVFB_PATH} not found (apt-get install xvfb)`);

describe.skipIf(!hasXvfb)('virtual display', () => {
  it('starts Xvfb on a free display and stops it', async () => {
    const first = await startVirtualDisplay();
    const second = await startVirtualDisplay();
    try {
      expect(first.display).toMatch(/^:\d+$/);
      expect(second.display).not.toBe(first.display);
      for (const display of [first, second]) expect(existsSync(`/tmp/.X11-unix/X${display.display.slice(1)}`)).toBe(true);
    } finally {
      await first.stop();
      await second.stop();
    }
    expect(existsSync(`/tmp/.X11-unix/X${first.display.slice(1)}`)).toBe(false);
    expect(descendants().filter((info) => info.comm === 'Xvfb')).toEqual([]);
  });
});

describe.skipIf(!hasXvfb)('headful browser pool', () => {
  let replica: Replica;
  let pool: BrowserPool;
  beforeAll(async () => {
    replica = await startReplica({ sites });
    pool = createBrowserPool({
      executablePath: process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium',
      proxy: replica.proxyUrl,
      insecure: true,
      navigationTimeoutMs: 20_000,
      headful: true,
    });
  });
  afterAll(async () => {
    await pool?.close();
    await replica?.close();
  });

  it('renders through the bot wall with a headful Chromium on the virtual display; close stops both', async () => {
    const page = await pool.render(COE_LISTING_URL, { waitFor: COE_ARTICLE_LINK });
    expect(page.status).toBe(200);
    expect(page.challengePassed).toBe(true);

    const xvfb = descendants().filter((info) => info.comm === 'Xvfb');
    expect(xvfb).toHaveLength(1);
    const browser = chromiumProcesses().find((info) => !info.cmdline.some((arg) => arg.startsWith('--type=')));
    expect(browser, 'the Chromium browser process').toBeDefined();
    expect(browser!.cmdline.some((arg) => arg.startsWith('--headless'))).toBe(false);
    expect(environmentOf(browser!.pid).DISPLAY).toMatch(/^:\d+$/);

    await pool.close();
    expect(chromiumProcesses()).toEqual([]);
    expect(descendants().filter((info) => info.comm === 'Xvfb')).toEqual([]);
  });
});
