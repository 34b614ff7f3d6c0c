/**
 * The run's browser, for pages that need JavaScript or sit behind a bot wall: the interface
 * sources and the link checker use, and the lazy start of the engine behind it
 * (crawlee-browser.ts) on the first render, so that runs without a browser source never load
 * crawlee or playwright. Debian's chromium is used: playwright cannot download browsers here.
 */
import type { Browser } from 'playwright-core';
import type { Logger } from 'pino';
import type { BrowserEngine } from './crawlee-browser.js';
import { oneLineError } from './error-detail.js';
import { BlockedError } from './types.js';
import type { BrowserCookie, Clearance } from '../model/clearance.js';

export interface BrowserOptions {
  executablePath: string;
  proxy?: string;
  insecure: boolean;
  navigationTimeoutMs: number;
  /** Politeness: run each page load under the same per-host limits as plain HTTP. */
  politely?: <T>(url: string, task: () => Promise<T>) => Promise<T>;
  /** How long a bot wall's challenge page may take to pass before the page counts as blocked. */
  challengeTimeoutMs?: number;
  /** Run Chromium headful in a virtual display (Xvfb) started for it. */
  headful?: boolean;
  /** Pages rendered at once. */
  concurrency?: number;
  /** Called with the cookies a browser earned by passing a bot wall (to share with plain HTTP). */
  onClearance?: (clearance: Clearance) => void;
  log?: Logger;
}

export interface RenderedPage {
  html: string;
  finalUrl: string;
  /** Status of the last main-frame document: past a bot wall's 403 challenge, the real page's. */
  status: number | null;
  /** The User-Agent the browser presented (its generated fingerprint's). */
  userAgent?: string;
  /** True when a bot wall's challenge answered first and the browser passed it. */
  challengePassed?: boolean;
  /** After a passed challenge: the cookies the browser holds for the final URL. */
  cookies?: BrowserCookie[];
}

export interface RenderOptions {
  /** A selector the page must show before it is read (a listing built by script). */
  waitFor?: string;
  /** Bound on navigation and waiting for this page (default: the pool's navigation timeout). */
  timeoutMs?: number;
}

export interface BrowserPool {
  render(url: string, options?: RenderOptions): Promise<RenderedPage>;
  close(): Promise<void>;
}

/** Flags that keep Chromium from reaching for the network on its own (closed here). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * A bare playwright launch, as the browser kind worked before crawlee: the baseline that
 * bench/browser-cost.ts and the bot-wall test measure against (a bot wall sees it plainly).
 */
export async function launchChromium(executablePath: string, proxy?: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // Playwright would otherwise install its own signal handlers that kill the browser (and
    // exit) on SIGINT/SIGTERM; shutdown is ours to order: finish or abandon, then close it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    ...(proxy ? { proxy: { server: proxy } } : {}),
  });
}

export function createBrowserPool(options: BrowserOptions): BrowserPool {
  let engine: Promise<BrowserEngine> | undefined;
  const politely = options.politely ?? ((_url, task) => task());

  return {
    async render(url, renderOptions = {}) {
      engine ??= import('./crawlee-browser.js').then((module) => module.startBrowserEngine(options));
      let page: RenderedPage;
      try {
        const running = await engine;
        page = await politely(url, () => running.render(url, renderOptions));
      } catch (error) {
        // Playwright's messages carry a multi-line, colour-coded "Call log": reports get one line.
        if (error instanceof BlockedError) throw error;
        throw new Error(oneLineError(error), { cause: error });
      }
      if (page.challengePassed && page.cookies && page.cookies.length > 0 && page.userAgent) {
        options.onClearance?.({ url: page.finalUrl, userAgent: page.userAgent, cookies: page.cookies });
      }
      return page;
    },
    async close() {
      if (!engine) return;
      const running = await engine.catch(() => undefined);
      await running?.close();
      engine = undefined;
    },
  };
}
