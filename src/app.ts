/**
 * Wiring for one invocation: the store, the HTTP client and the browser built from config
 * plus command-line overrides. Library code receives these; it never builds its own.
 */
import path from 'node:path';
import type { Config } from './config/schema.js';
import { createBrowserPool, type BrowserPool } from './fetch/browser.js';
import { HttpClient } from './fetch/http.js';
import type { Logger } from './log.js';
import { openDb, type Db } from './store/db.js';

export interface RuntimeOverrides {
  storageDir: string;
  proxy?: string;
  noProxy?: string[];
  insecure?: boolean;
  /** Override per-host spacing (ms), e.g. for a local replica. */
  hostDelayMs?: number;
  chromiumPath?: string;
  timeoutSeconds?: number;
  signal?: AbortSignal;
}

export interface Runtime {
  db: Db;
  http: HttpClient;
  browser: BrowserPool;
  log: Logger;
  storageDir: string;
  close(): Promise<void>;
}

export function createHttpClient(config: Config, overrides: Omit<RuntimeOverrides, 'storageDir'>, log: Logger): HttpClient {
  const http = config.http;
  return new HttpClient({
    userAgent: http.userAgent,
    timeoutMs: (overrides.timeoutSeconds ?? http.timeoutSeconds) * 1000,
    maxBytes: http.maxBytes,
    perHostConcurrency: http.perHostConcurrency,
    perHostDelayMs: overrides.hostDelayMs ?? http.perHostDelayMs,
    retries: http.retries,
    retryBaseDelayMs: http.retryBaseDelayMs,
    maxRetryAfterMs: http.maxRetryAfterSeconds * 1000,
    respectRobotsTxt: http.respectRobotsTxt,
    proxy: overrides.proxy ?? http.proxy,
    noProxy: overrides.noProxy,
    insecure: overrides.insecure ?? http.insecure,
    signal: overrides.signal,
    log,
  });
}

export function createRuntime(config: Config, overrides: RuntimeOverrides, log: Logger): Runtime {
  const storageDir = path.resolve(overrides.storageDir);
  const db = openDb(storageDir);
  const http = createHttpClient(config, overrides, log);
  const browser = createBrowserPool({
    executablePath: overrides.chromiumPath ?? config.browser.executablePath,
    proxy: overrides.proxy ?? config.http.proxy,
    insecure: overrides.insecure ?? config.http.insecure,
    navigationTimeoutMs: config.browser.navigationTimeoutSeconds * 1000,
    politely: (url, task) => http.politely(url, task),
  });
  return {
    db,
    http,
    browser,
    log,
    storageDir,
    async close() {
      await browser.close();
      await http.close();
      db.close();
    },
  };
}
