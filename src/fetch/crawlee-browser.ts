/**
 * The browser behind BrowserPool: one keep-alive crawlee PlaywrightCrawler with generated
 * browser fingerprints (a consistent real-browser User-Agent, headers, screen, plugins,
 * languages; `navigator.webdriver` false), driving Debian's Chromium. A render is a request
 * into the running crawler whose handler settles the caller's promise.
 *
 * Loaded only by dynamic import on the first render: crawlee costs about a second and
 * 100+ MB to load, and most commands never open a browser.
 *
 * What crawlee would otherwise do on its own is turned off here: storage stays in memory
 * (no ./storage), its log goes to our pino logger, no retries or session rotation (a source
 * failure is ours to report), a fixed concurrency (its autoscaler reads host-wide CPU), and
 * no SIGINT handler (shutdown is ordered by us, through close()).
 */
import { accessSync, constants } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserName, DeviceCategory, OperatingSystemsName } from '@crawlee/browser-pool';
import type { Page, Response } from 'playwright';
import type { Logger } from 'pino';
import type { BrowserCookie } from '../model/clearance.js';
import type { BrowserOptions, RenderedPage, RenderOptions } from './browser.js';
import { CHROMIUM_ARGS } from './browser.js';
import { isChallengeResponse, isChallengeTitle } from './challenge.js';
import { stripAnsi } from './error-detail.js';
import { BlockedError } from './types.js';
import { startVirtualDisplay, type VirtualDisplay } from './virtual-display.js';

export interface BrowserEngine {
  render(url: string, options: RenderOptions): Promise<RenderedPage>;
  close(): Promise<void>;
}

interface Job {
  url: string;
  waitFor: string | undefined;
  timeoutMs: number;
  resolve(page: RenderedPage): void;
  reject(error: unknown): void;
}

/** Main-frame document responses of one page, in order: a passed challenge reloads. */
interface DocumentTrail {
  count: number;
  last?: { status: number; mitigated: boolean };
}

const DEFAULT_CHALLENGE_TIMEOUT_MS = 12_000;

/** crawlee's log levels (@apify/log): ERROR 1, SOFT_FAIL 2, WARNING 3, INFO 4, DEBUG 5, PERF 6. */
function pinoLevel(level: number, message: string): 'warn' | 'debug' | 'trace' {
  // A failed request is a failed render: its caller reports it, once, in its own words.
  if (level <= 3) return /^Request failed and reached maximum retries/.test(message) ? 'debug' : 'warn';
  return level === 4 ? 'debug' : 'trace';
}

function firstLine(text: string): string {
  return stripAnsi(text).split('\n')[0]!.trim();
}

export async function startBrowserEngine(options: BrowserOptions): Promise<BrowserEngine> {
  // Checked here: crawlee's own launch failure takes seconds and advises `npx playwright install`.
  try {
    accessSync(options.executablePath, constants.X_OK);
  } catch {
    throw new Error(`no chromium at ${options.executablePath} (apt-get install -y chromium, or set browser.executablePath / --chromium)`);
  }
  const crawlee = await import('@crawlee/playwright');
  const { chromium } = await import('playwright-core');
  const log: Logger | undefined = options.log;
  const challengeTimeoutMs = options.challengeTimeoutMs ?? DEFAULT_CHALLENGE_TIMEOUT_MS;
  const concurrency = options.concurrency ?? 2;

  class PinoAdapter extends crawlee.Logger {
    override _log(level: number, message: string, data?: Record<string, unknown>, exception?: unknown): void {
      if (!log) return;
      const text = firstLine(message);
      const fields: Record<string, unknown> = { crawlee: true };
      if (data) for (const [key, value] of Object.entries(data)) if (typeof value !== 'object' || value === null) fields[key] = value;
      if (exception) fields.error = firstLine(exception instanceof Error ? exception.message : String(exception));
      log[pinoLevel(level, text)](fields, text);
    }
  }
  // Before the crawler is built: it copies these options into its own child logger.
  crawlee.log.setOptions({
    logger: new PinoAdapter({}),
    level: log?.isLevelEnabled('trace') ? crawlee.LogLevel.DEBUG : log?.isLevelEnabled('debug') ? crawlee.LogLevel.INFO : crawlee.LogLevel.WARNING,
  });

  const display: VirtualDisplay | undefined = options.headful ? await startVirtualDisplay() : undefined;
  const jobs = new Map<string, Job>();
  const trails = new WeakMap<Page, DocumentTrail>();
  let sequence = 0;

  const config = new crawlee.Configuration({
    persistStorage: false,
    purgeOnStart: false,
    headless: !options.headful,
    // Its system-info event runs `ps -A` every second for the autoscaler; concurrency is fixed
    // here, so once a minute is plenty (and keeps a busy machine from paying for it).
    systemInfoIntervalMillis: 60_000,
  });

  let crawler: InstanceType<typeof crawlee.PlaywrightCrawler>;
  try {
    crawler = new crawlee.PlaywrightCrawler(
      {
        keepAlive: true,
        useSessionPool: false,
        maxRequestRetries: 0,
        maxSessionRotations: 0,
        minConcurrency: concurrency,
        maxConcurrency: concurrency,
        // The default 0.5 s poll would add up to half a second before each render starts.
        autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05 },
        // Backstops only: each render bounds its navigation, challenge and selector wait itself
        // (a link check's timeout may be longer or shorter than the configured navigation one).
        navigationTimeoutSecs: 600,
        requestHandlerTimeoutSecs: 900,
        launchContext: {
          launcher: chromium,
          launchOptions: {
            executablePath: options.executablePath,
            headless: !options.headful,
            args: CHROMIUM_ARGS,
            // Playwright would otherwise install signal handlers that kill the browser (and exit).
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
            ignoreHTTPSErrors: options.insecure,
            ...(options.proxy ? { proxy: { server: options.proxy } } : {}),
            ...(display ? { env: { ...process.env, DISPLAY: display.display } } : {}),
          },
        },
        browserPoolOptions: {
          useFingerprints: true,
          fingerprintOptions: {
            // Chrome on Linux desktop: what the engine really is, so the fingerprint's claims
            // (platform, fonts, GPU) do not contradict what a page can measure.
            fingerprintGeneratorOptions: {
              browsers: [{ name: 'chrome' as BrowserName, minVersion: 120 }],
              devices: ['desktop' as DeviceCategory],
              operatingSystems: ['linux' as OperatingSystemsName],
              locales: ['nb-NO', 'nb', 'en-US', 'en'],
            },
          },
        },
        preNavigationHooks: [
          ({ page, request }, gotoOptions) => {
            const trail: DocumentTrail = { count: 0 };
            trails.set(page, trail);
            page.on('response', (response) => {
              if (!response.request().isNavigationRequest() || response.frame() !== page.mainFrame()) return;
              trail.count += 1;
              trail.last = { status: response.status(), mitigated: response.headers()['cf-mitigated'] !== undefined };
            });
            if (gotoOptions) {
              gotoOptions.waitUntil = 'domcontentloaded';
              const job = jobs.get(request.uniqueKey);
              if (job) gotoOptions.timeout = job.timeoutMs;
            }
          },
        ],
        requestHandler: async ({ request, page, response }) => {
          const job = jobs.get(request.uniqueKey);
          if (!job) return;
          job.resolve(await readPage(page, response ?? null, job, trails.get(page) ?? { count: 0 }));
        },
        failedRequestHandler: ({ request }, error) => {
          jobs.get(request.uniqueKey)?.reject(error);
        },
      },
      config,
    );
  } catch (error) {
    // Options crawlee rejects: the virtual display must not outlive the failed start.
    await display?.stop();
    throw error;
  }

  async function readPage(page: Page, response: Response | null, job: Job, trail: DocumentTrail): Promise<RenderedPage> {
    const firstStatus = response?.status() ?? null;
    const challenged =
      isChallengeResponse(firstStatus, response ? await response.allHeaders() : {}) || isChallengeTitle(await page.title().catch(() => ''));
    const challengeBoundMs = Math.min(challengeTimeoutMs, job.timeoutMs);
    if (challenged && !(await passChallenge(page, trail, challengeBoundMs))) {
      throw new BlockedError(
        `a bot wall's challenge did not pass within ${challengeBoundMs / 1000} s (page answered ${firstStatus ?? 'no status'})`,
        job.url,
        firstStatus ?? undefined,
      );
    }
    if (job.waitFor) {
      try {
        await page.waitForSelector(job.waitFor, { state: 'attached', timeout: job.timeoutMs });
      } catch {
        throw new Error(`"${job.waitFor}" did not appear within ${job.timeoutMs / 1000} s`);
      }
    } else {
      await page.waitForLoadState('load', { timeout: job.timeoutMs }).catch(() => undefined);
    }
    const rendered: RenderedPage = {
      html: await page.content(),
      finalUrl: page.url(),
      status: trail.last?.status ?? firstStatus,
      userAgent: await page.evaluate(() => navigator.userAgent),
    };
    if (challenged) {
      rendered.challengePassed = true;
      rendered.cookies = (await page.context().cookies(page.url())).map(
        (cookie): BrowserCookie => ({
          name: cookie.name,
          value: cookie.value,
          domain: cookie.domain,
          path: cookie.path,
          expires: cookie.expires,
          secure: cookie.secure,
        }),
      );
    }
    return rendered;
  }

  // crawlee's run() adds a SIGINT handler that pauses the crawler; ours stop it, in order.
  const dropCrawleeSigint = (event: string | symbol, listener: (...args: unknown[]) => unknown): void => {
    if (event === 'SIGINT' && listener.name === 'sigintHandler') queueMicrotask(() => process.off('SIGINT', listener));
  };
  process.on('newListener', dropCrawleeSigint);
  let stopped = false;
  let crashed: unknown;
  const running = crawler
    .run()
    .catch((error: unknown) => {
      crashed = error;
      log?.warn({ error: firstLine(String(error instanceof Error ? error.message : error)) }, 'browser crawler stopped with an error');
    })
    .finally(() => {
      stopped = true;
      process.off('newListener', dropCrawleeSigint);
      const reason = crashed ?? new Error('the browser was closed before the page was rendered');
      for (const job of jobs.values()) job.reject(reason);
      jobs.clear();
    });

  return {
    async render(url, renderOptions) {
      if (stopped) throw crashed ?? new Error('the browser is closed');
      sequence += 1;
      // Unique per render: the same URL may be rendered twice in one run (source, link check).
      const uniqueKey = `render-${sequence} ${url}`;
      const page = new Promise<RenderedPage>((resolve, reject) => {
        jobs.set(uniqueKey, {
          url,
          waitFor: renderOptions.waitFor,
          timeoutMs: renderOptions.timeoutMs ?? options.navigationTimeoutMs,
          resolve: (value) => {
            jobs.delete(uniqueKey);
            resolve(value);
          },
          reject: (error) => {
            jobs.delete(uniqueKey);
            reject(error);
          },
        });
      });
      try {
        await crawler.addRequests([{ url, uniqueKey }]);
      } catch (error) {
        jobs.get(uniqueKey)?.reject(error);
      }
      return page;
    },
    async close() {
      // teardown() aborts the pool at once (stop() would wait out the keep-alive), then the
      // browsers are closed by us, so no Chromium outlives the run.
      await crawler.teardown().catch(() => undefined);
      await running;
      await crawler.browserPool.destroy().catch(() => undefined);
      await display?.stop();
    },
  };
}

/**
 * Wait for a challenge page to pass and reload into the real page: a later main-frame document
 * that is not a challenge, whose title is not one either. False when the bound runs out.
 */
async function passChallenge(page: Page, trail: DocumentTrail, timeoutMs: number): Promise<boolean> {
  const seen = trail.count;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (trail.count > seen && trail.last && !trail.last.mitigated) {
      await page.waitForLoadState('domcontentloaded', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
      if (!isChallengeTitle(await page.title().catch(() => 'Just a moment...'))) return true;
    }
    await sleep(100);
  }
  return false;
}
