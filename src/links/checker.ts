/**
 * Checking URLs: per-host politeness (through the shared HTTP layer's host limiter), a global
 * concurrency, HEAD for documents with GET on any HEAD failure, GET reading only the start of a
 * page (soft-404 and #fragment checks need it; a 200 MB PDF is never downloaded). Redirects,
 * retries and Retry-After are the shared request chain's (HttpClient.follow), with a per-link
 * waiting budget. The observation goes to the pure classify().
 */
import type { LinksSettings } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import { decodeBody } from '../fetch/charset.js';
import type { HttpClient } from '../fetch/http.js';
import { oneLineError } from '../fetch/error-detail.js';
import { BlockedError, type FetchErrorCode } from '../fetch/types.js';
import { classify } from './classify.js';
import type { Hop, LinkObservation, LinkResult } from './types.js';
import { BROWSER_RECHECK } from '../model/verdicts.js';

export interface CheckerDeps {
  http: HttpClient;
  settings: LinksSettings;
  /** For re-checking links that look blocked; absent = no browser re-check. */
  browser?: BrowserPool;
  signal?: AbortSignal;
}

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|gz|tgz|7z|rar|mp3|mp4|m4a|mov|avi|wmv|jpe?g|png|gif|webp|svg|tiff?|epub|csv|xml)$/i;
const MAX_REDIRECTS = 10;
const KEPT_HEADERS = ['location', 'content-type', 'retry-after', 'cf-mitigated', 'server', 'www-authenticate', 'ratelimit-reset', 'x-ratelimit-reset', 'content-length', 'x-datadome'];

/** HEAD suffices for documents; pages are read (their start) so their content can be judged. */
export function wantsHead(url: URL, method: LinksSettings['method']): boolean {
  if (method === 'head') return true;
  if (method === 'get') return false;
  return DOCUMENT.test(url.pathname);
}

function keptHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) if (headers[name] !== undefined) out[name] = headers[name]!;
  return out;
}

function isHtml(contentType: string | undefined): boolean {
  return /html|xml/i.test(contentType ?? '') || contentType === undefined || contentType === '';
}

type ObservedErrorCode = NonNullable<LinkObservation['error']>['code'];

/** A fetch failure in the link report's terms. */
const OBSERVED_ERROR = {
  timeout: 'timeout',
  dns: 'dns',
  refused: 'refused',
  reset: 'reset',
  tls: 'tls',
  network: 'network',
  'redirect-loop': 'redirect-loop',
  'too-many-redirects': 'too-many-redirects',
  'rate-limited': 'rate-limit-wait',
  // Not raised by a single request; named so that the table stays complete.
  http: 'network',
  robots: 'network',
  aborted: 'network',
} as const satisfies Record<FetchErrorCode, ObservedErrorCode>;

/** First backoff of a link's retries; the rule itself is the shared one (fetch/retry.ts). */
const RETRY_BASE_DELAY_MS = 500;

/** Observe one URL: the chain of responses, or the error that ended it. */
export async function observe(url: string, deps: CheckerDeps): Promise<LinkObservation> {
  const { http, settings } = deps;
  const start = new URL(url);
  start.hash = '';
  const head = wantsHead(start, settings.method);
  const chain = await http.follow(start.href, {
    method: head ? 'HEAD' : 'GET',
    // Some servers drop or refuse HEAD: any HEAD failure gets a GET before it is believed.
    getIfHeadFails: head,
    timeoutMs: settings.timeoutSeconds * 1000,
    // Read a page only as far as needed; error and challenge pages are small.
    bodyLimit: (status, headers) =>
      (status >= 200 && status < 300) || status === 401 || status === 403 || status === 404 ? (isHtml(headers['content-type']) ? settings.maxBodyBytes : 0) : 0,
    retries: settings.retries,
    retryBaseDelayMs: RETRY_BASE_DELAY_MS,
    maxWaitMs: settings.maxRetryWaitSeconds * 1000,
    maxRedirects: MAX_REDIRECTS,
    signal: deps.signal,
  });
  const observation: LinkObservation = {
    url,
    chain: chain.hops.map((hop) => ({ url: hop.url, status: hop.status, headers: keptHeaders(hop.headers) }) satisfies Hop),
  };
  if (chain.error) {
    observation.error = { code: OBSERVED_ERROR[chain.error.code], detail: chain.error.message };
    return observation;
  }
  const final = chain.final;
  if (final.status === 429 && chain.refusedWaitMs !== undefined) {
    observation.error = { code: 'rate-limit-wait', detail: `asked to wait ${Math.round(chain.refusedWaitMs / 1000)} s, more than the ${settings.maxRetryWaitSeconds} s allowed` };
    return observation;
  }
  if (final.body.length > 0) {
    const decoded = decodeBody(final.body, final.headers['content-type']);
    observation.body = decoded.text;
    if (final.truncated) observation.bodyTruncated = true;
  }
  observation.contentType = final.headers['content-type'] ?? '';
  return observation;
}

/** Check one URL: observe, classify, and re-check in a browser when it looks blocked. */
export async function checkUrl(url: string, deps: CheckerDeps, excluded: RegExp[] = []): Promise<LinkResult> {
  const started = Date.now();
  let observation: LinkObservation;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (excluded.some((pattern) => pattern.test(url))) {
    observation = { url, excluded: true, chain: [] };
  } else if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    observation = { url, chain: [] };
  } else {
    observation = await observe(url, deps);
  }
  let result = classify(observation);
  const recheck = deps.settings.browserRecheck;
  // Some bot walls answer 403, others hang or drop the connection: all of these get a second
  // opinion from a real browser when one is available.
  if (BROWSER_RECHECK.has(result.verdict) && deps.browser && parsed && (recheck.hosts.length === 0 || recheck.hosts.includes(parsed.hostname))) {
    try {
      // The link timeout, not the browser's navigation timeout: a page answering after the
      // timeout is not "ok" because a browser waited longer for it.
      const page = await deps.browser.render(url, { timeoutMs: deps.settings.timeoutSeconds * 1000 });
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(page.html)?.[1]?.trim() ?? '';
      observation.browser = { status: page.status, title, body: page.html, finalUrl: page.finalUrl };
      result = classify(observation);
    } catch (error) {
      const what = error instanceof BlockedError ? 'browser re-check was blocked too' : 'browser re-check failed';
      result = { ...result, detail: `${result.detail}; ${what}: ${oneLineError(error)}` };
    }
  }
  return { ...result, durationMs: Date.now() - started };
}

/**
 * Check many URLs: at most `concurrency` at once in all, and at most `perHostConcurrency`
 * per host — scheduled host-aware, so a slow host's queue never holds the global slots that
 * other hosts could use (head-of-line blocking would make one slow server set the pace for
 * all). Results come back in input order; `onResult` fires as each finishes (progress,
 * partial reports after a crash).
 */
export async function checkUrls(
  urls: string[],
  deps: CheckerDeps,
  options: { excluded?: RegExp[]; onResult?: (result: LinkResult, done: number, total: number) => void } = {},
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  const queues = new Map<string, number[]>();
  urls.forEach((url, index) => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = '';
    }
    const queue = queues.get(host);
    if (queue) queue.push(index);
    else queues.set(host, [index]);
  });
  const hosts = [...queues.keys()];
  const activePerHost = new Map<string, number>();
  let active = 0;
  let done = 0;
  let cursor = 0;
  // Checks in progress per host may exceed the host's request limit: a check that sleeps
  // before a retry holds no connection, and the HTTP layer's host limiter still allows only
  // perHostConcurrency requests at a time. Without this slack, one retrying link would idle
  // half of a host's capacity for seconds.
  const perHost = deps.settings.perHostConcurrency * 4;

  return new Promise<LinkResult[]>((resolve, reject) => {
    const pump = (): void => {
      if (done === urls.length) {
        resolve(results);
        return;
      }
      // Round-robin over hosts with work and a free slot, until the global limit is reached.
      let idle = 0;
      while (active < deps.settings.concurrency && idle < hosts.length) {
        const host = hosts[cursor % hosts.length]!;
        cursor += 1;
        const queue = queues.get(host)!;
        if (queue.length === 0 || (activePerHost.get(host) ?? 0) >= perHost) {
          idle += 1;
          continue;
        }
        idle = 0;
        const index = queue.shift()!;
        active += 1;
        activePerHost.set(host, (activePerHost.get(host) ?? 0) + 1);
        checkUrl(urls[index]!, deps, options.excluded).then(
          (result) => {
            results[index] = result;
            active -= 1;
            activePerHost.set(host, activePerHost.get(host)! - 1);
            done += 1;
            options.onResult?.(result, done, urls.length);
            pump();
          },
          reject,
        );
      }
    };
    pump();
  });
}
