/**
 * The run's one browser, for pages that need JavaScript or sit behind a bot wall. Launched on
 * first use (playwright is heavy to load), reused for every page, each page in its own
 * context that is closed right after, so cookies and memory do not pile up across sources.
 * Debian's chromium is used: playwright cannot download its own browsers here.
 */
import type { Browser } from 'playwright-core';

export interface BrowserOptions {
  executablePath: string;
  proxy?: string;
  insecure: boolean;
  navigationTimeoutMs: number;
  /** Politeness: run each page load under the same per-host limits as plain HTTP. */
  politely?: <T>(url: string, task: () => Promise<T>) => Promise<T>;
}

export interface RenderedPage {
  html: string;
  finalUrl: string;
  /** Status of the first navigation response (a bot wall answers 403 before its script runs). */
  status: number | null;
}

export interface BrowserPool {
  render(url: string, options?: { waitFor?: string }): Promise<RenderedPage>;
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
  let browser: Promise<Browser> | undefined;
  const politely = options.politely ?? ((_url, task) => task());

  return {
    async render(url, renderOptions = {}) {
      browser ??= launchChromium(options.executablePath, options.proxy);
      const instance = await browser;
      return politely(url, async () => {
        const context = await instance.newContext({ ignoreHTTPSErrors: options.insecure });
        try {
          const page = await context.newPage();
          page.setDefaultTimeout(options.navigationTimeoutMs);
          // The last main-frame document response: a bot wall's challenge page answers 403,
          // runs its script and reloads into the real page.
          let lastStatus: number | null = null;
          let documents = 0;
          let onSecondDocument: () => void = () => undefined;
          const secondDocument = new Promise<void>((resolve) => (onSecondDocument = resolve));
          page.on('response', (r) => {
            if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) {
              lastStatus = r.status();
              documents += 1;
              if (documents >= 2) onSecondDocument();
            }
          });
          const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
          if (renderOptions.waitFor) {
            try {
              await page.waitForSelector(renderOptions.waitFor, { state: 'attached' });
            } catch {
              const status = response?.status() ?? null;
              throw new Error(
                `"${renderOptions.waitFor}" did not appear within ${options.navigationTimeoutMs / 1000} s` +
                  (status !== null && status >= 400 ? ` (page answered ${status}: a bot wall the browser could not pass?)` : ''),
              );
            }
          } else {
            await page.waitForLoadState('load').catch(() => undefined);
            if ((response?.status() ?? 0) >= 400) {
              // Give a challenge page the chance to pass itself and reload.
              let timer: NodeJS.Timeout | undefined;
              const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(options.navigationTimeoutMs, 15_000))));
              await Promise.race([secondDocument, gaveUp]);
              clearTimeout(timer);
              await page.waitForLoadState('load').catch(() => undefined);
            }
          }
          return { html: await page.content(), finalUrl: page.url(), status: lastStatus ?? response?.status() ?? null };
        } finally {
          await context.close().catch(() => undefined);
        }
      });
    },
    async close() {
      if (!browser) return;
      const instance = await browser.catch(() => undefined);
      await instance?.close().catch(() => undefined);
      browser = undefined;
    },
  };
}
