/**
 * The probe job: one source fetched and extracted as `sources probe` does it (an HTTP client
 * and a browser made from the config, no store opened, closed after), within a time limit, so
 * the review page's probe button cannot hang a request.
 */
import { createBrowser, createHttpClient, type RuntimeOverrides } from '../app.js';
import type { Config, Source } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { ProbeTimeout } from '../watch/probe-limit.js';
import { probeSource, type ProbeResult } from '../watch/probe.js';

// Below the review server's request timeout (60 s), so the page can still say the probe ran out of time.
export const PROBE_TIME_LIMIT_SECONDS = 45;

export async function probeWithTimeLimit(
  source: Source,
  config: Config,
  overrides: Omit<RuntimeOverrides, 'storageDir'>,
  log: Logger,
  seconds = PROBE_TIME_LIMIT_SECONDS,
): Promise<ProbeResult | ProbeTimeout> {
  const stop = new AbortController();
  const http = createHttpClient(config, { ...overrides, signal: stop.signal }, log);
  const browser = createBrowser(config, overrides, log);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<ProbeTimeout>((resolve) => {
    timer = setTimeout(() => {
      stop.abort();
      resolve({ timedOut: true, seconds });
    }, seconds * 1000);
  });
  try {
    return await Promise.race([probeSource(source, { http, browser, log }), limit]);
  } finally {
    clearTimeout(timer);
    await browser.close();
    await http.close();
  }
}
