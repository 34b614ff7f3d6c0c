/**
 * Checking URLs: per-host politeness (through the shared HTTP layer's host limiter), a global
 * concurrency, HEAD for documents with GET on any HEAD failure, GET reading only the start of a
 * page (soft-404 and #fragment checks need it; a 200 MB PDF is never downloaded), redirects
 * followed hop by hop and recorded, retries with backoff for 5xx/timeouts/resets, Retry-After
 * honoured within a capped total wait. The observation goes to the pure classify().
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LinksSettings } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import { decodeBody } from '../fetch/charset.js';
import { retryAfterMs, type HttpClient, type RawResponse } from '../fetch/http.js';
import { oneLineError } from '../fetch/error-detail.js';
import { BlockedError, FetchError, type FetchErrorCode } from '../fetch/types.js';
import { classify } from './classify.js';
import type { Hop, LinkObservation, LinkResult } from './types.js';

export interface CheckerDeps {
  http: HttpClient;
  settings: LinksSettings;
  /** For re-checking links that look blocked; absent = no browser re-check. */
  browser?: BrowserPool;
  signal?: AbortSignal;
}

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|gz|tgz|7z|rar|mp3|mp4|m4a|mov|avi|wmv|jpe?g|png|gif|webp|svg|tiff?|epub|csv|xml)$/i;
const MAX_REDIRECTS = 10;
const BROWSER_RECHECK = new Set(['blocked', 'timeout', 'network-error', 'rate-limited']);
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

/** Seconds to wait before retrying a 429/503, from Retry-After or the rate-limit headers. */
function waitFor(response: RawResponse): number | undefined {
  const retryAfter = retryAfterMs(response.headers['retry-after']);
  if (retryAfter !== undefined) return retryAfter;
  const reset = response.headers['ratelimit-reset'] ?? response.headers['x-ratelimit-reset'];
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    // Either seconds from now (IETF draft) or an epoch time in seconds (GitHub style).
    return value > 1e9 ? Math.max(0, value * 1000 - Date.now()) : value * 1000;
  }
  return undefined;
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

/** Observe one URL: the chain of responses, or the error that ended it. */
export async function observe(url: string, deps: CheckerDeps): Promise<LinkObservation> {
  const { http, settings } = deps;
  const timeoutMs = settings.timeoutSeconds * 1000;
  const observation: LinkObservation = { url, chain: [] };
  let current = new URL(url);
  current.hash = '';
  let head = wantsHead(current, settings.method);
  let waitedMs = 0;
  const seen = new Set<string>();

  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    let response: RawResponse | undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        response = await http.request(current.href, {
          method: head ? 'HEAD' : 'GET',
          timeoutMs,
          // Read a page only as far as needed; error and challenge pages are small.
          bodyLimit: (status, headers) =>
            head ? 0 : (status >= 200 && status < 300) || status === 401 || status === 403 || status === 404 ? (isHtml(headers['content-type']) ? settings.maxBodyBytes : 0) : 0,
        });
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        if (head) {
          // Some servers drop HEAD on the floor: any HEAD failure gets a GET.
          head = false;
          continue;
        }
        const code: ObservedErrorCode = OBSERVED_ERROR[error.code];
        const retryable = code === 'timeout' || code === 'reset' || code === 'network';
        if (retryable && attempt < settings.retries) {
          await sleep(500 * 2 ** attempt, undefined, { signal: deps.signal });
          continue;
        }
        observation.error = { code, detail: error.message };
        return observation;
      }
      if (head && (response.status < 200 || response.status >= 400)) {
        // HEAD said no (405, 403, 404, 501…): ask again with GET before believing it.
        head = false;
        continue;
      }
      if (response.status === 429 || response.status === 503) {
        const wait = waitFor(response);
        const budget = settings.maxRetryWaitSeconds * 1000 - waitedMs;
        if (wait !== undefined && wait <= budget && attempt < settings.retries + 2) {
          waitedMs += wait;
          http.deferHost(current.href, Date.now() + wait);
          await sleep(wait, undefined, { signal: deps.signal });
          continue;
        }
        if (response.status === 429 && wait !== undefined && wait > budget) {
          observation.chain.push({ url: current.href, status: response.status, headers: keptHeaders(response.headers) });
          observation.error = { code: 'rate-limit-wait', detail: `asked to wait ${Math.round(wait / 1000)} s, more than the ${settings.maxRetryWaitSeconds} s allowed` };
          return observation;
        }
      }
      if (response.status >= 500 && response.status <= 599 && attempt < settings.retries) {
        await sleep(500 * 2 ** attempt, undefined, { signal: deps.signal });
        continue;
      }
      break;
    }

    observation.chain.push({ url: current.href, status: response.status, headers: keptHeaders(response.headers) } satisfies Hop);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      seen.add(current.href);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        observation.error = { code: 'network', detail: `unreadable redirect target "${location}"` };
        return observation;
      }
      next.hash = '';
      if (seen.has(next.href)) {
        observation.error = { code: 'redirect-loop', detail: `redirect loop back to ${next.href}` };
        return observation;
      }
      current = next;
      continue;
    }
    if (response.body.length > 0) {
      const decoded = decodeBody(response.body, response.headers['content-type']);
      observation.body = decoded.text;
      if (response.truncated) observation.bodyTruncated = true;
    }
    observation.contentType = response.headers['content-type'] ?? '';
    return observation;
  }
  observation.error = { code: 'too-many-redirects', detail: `more than ${MAX_REDIRECTS} redirects` };
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
