/**
 * Wiring for one invocation: the store, the HTTP client and the browser built from config
 * plus command-line overrides. Library code receives these; it never builds its own.
 */
import path from 'node:path';
import type { Config } from './config/schema.js';
import { createBrowserPool, type BrowserOptions, type BrowserPool } from './fetch/browser.js';
import { HttpClient } from './fetch/http.js';
import type { Logger } from './log.js';
import type { RobotsMemory } from './model/robots.js';
import { openDb, type Db } from './store/db.js';
import { hostCookies, type HostCookies } from './store/host-cookies.js';
import { robotsMemory } from './store/robots.js';

export interface RuntimeOverrides {
  storageDir: string;
  proxy?: string;
  noProxy?: string[];
  insecure?: boolean;
  /** Override per-host spacing (ms), e.g. for a local replica. */
  hostDelayMs?: number;
  /** Fixed name → address answers (tests, benchmarks). */
  hosts?: Record<string, string>;
  chromiumPath?: string;
  timeoutSeconds?: number;
  signal?: AbortSignal;
}

export interface Runtime {
  db: Db;
  http: HttpClient;
  /** Link checking has its own politeness settings (config.links), hence its own client. */
  linkHttp: HttpClient;
  browser: BrowserPool;
  log: Logger;
  storageDir: string;
  close(): Promise<void>;
}

export function createHttpClient(
  config: Config,
  overrides: Omit<RuntimeOverrides, 'storageDir'>,
  log: Logger,
  robots?: RobotsMemory,
  clearance?: HostCookies,
): HttpClient {
  const http = config.http;
  return new HttpClient({
    userAgent: http.userAgent,
    timeoutMs: (overrides.timeoutSeconds ?? http.timeoutSeconds) * 1000,
    maxBytes: http.maxBytes,
    perHostConcurrency: http.perHostConcurrency,
    perHostDelayMs: overrides.hostDelayMs ?? http.perHostDelayMs,
    maxInFlight: http.concurrency,
    retries: http.retries,
    retryBaseDelayMs: http.retryBaseDelayMs,
    maxRetryAfterMs: http.maxRetryAfterSeconds * 1000,
    respectRobotsTxt: http.respectRobotsTxt,
    proxy: overrides.proxy ?? http.proxy,
    noProxy: overrides.noProxy,
    insecure: overrides.insecure ?? http.insecure,
    signal: overrides.signal,
    ...(overrides.hosts ? { hosts: overrides.hosts } : {}),
    ...(robots ? { robotsMemory: robots } : {}),
    ...(clearance ? { clearance } : {}),
    log,
  });
}

export function createLinkHttpClient(
  config: Config,
  overrides: Omit<RuntimeOverrides, 'storageDir'>,
  log: Logger,
  clearance?: HostCookies,
): HttpClient {
  const links = config.links;
  return new HttpClient({
    userAgent: config.http.userAgent,
    timeoutMs: (overrides.timeoutSeconds ?? links.timeoutSeconds) * 1000,
    maxBytes: links.maxBodyBytes,
    perHostConcurrency: links.perHostConcurrency,
    perHostDelayMs: overrides.hostDelayMs ?? links.perHostDelayMs,
    // The checker retries itself, with link-checking semantics (Retry-After budget per link).
    retries: 0,
    retryBaseDelayMs: 0,
    maxRetryAfterMs: links.maxRetryWaitSeconds * 1000,
    // A link check is one reader's click, not crawling: robots.txt is not consulted.
    respectRobotsTxt: false,
    proxy: overrides.proxy ?? config.http.proxy,
    noProxy: overrides.noProxy,
    insecure: overrides.insecure ?? config.http.insecure,
    signal: overrides.signal,
    ...(overrides.hosts ? { hosts: overrides.hosts } : {}),
    ...(clearance ? { clearance } : {}),
    log,
  });
}

/** The browser for one invocation, from config plus command-line overrides. */
export function createBrowser(
  config: Config,
  overrides: Omit<RuntimeOverrides, 'storageDir'>,
  log: Logger,
  extra: Pick<BrowserOptions, 'politely' | 'onClearance'> = {},
): BrowserPool {
  return createBrowserPool({
    executablePath: overrides.chromiumPath ?? config.browser.executablePath,
    proxy: overrides.proxy ?? config.http.proxy,
    insecure: overrides.insecure ?? config.http.insecure,
    navigationTimeoutMs: config.browser.navigationTimeoutSeconds * 1000,
    challengeTimeoutMs: config.browser.challengeTimeoutSeconds * 1000,
    headful: config.browser.headful,
    log,
    ...extra,
  });
}

export function createRuntime(config: Config, overrides: RuntimeOverrides, log: Logger): Runtime {
  const storageDir = path.resolve(overrides.storageDir);
  const db = openDb(storageDir);
  // Clearance a browser earns on a walled host serves the plain requests to it afterwards.
  const clearance = hostCookies(db);
  const http = createHttpClient(config, overrides, log, robotsMemory(db), clearance);
  const linkHttp = createLinkHttpClient(config, overrides, log, clearance);
  const browser = createBrowser(config, overrides, log, {
    politely: (url, task) => http.politely(url, task),
    onClearance: (earned) => {
      clearance.save(earned);
      log.info({ host: new URL(earned.url).hostname, cookies: earned.cookies.map((cookie) => cookie.name) }, 'browser passed a bot wall; plain requests to this host reuse its clearance');
    },
  });
  return {
    db,
    http,
    linkHttp,
    browser,
    log,
    storageDir,
    async close() {
      await browser.close();
      await http.close();
      await linkHttp.close();
      db.close();
    },
  };
}
