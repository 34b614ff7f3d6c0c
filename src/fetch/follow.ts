/**
 * Following one request to its answer — the one HTTP chain under both `HttpClient.fetch()`
 * (source pages) and the link checker's `observe()`: redirect hops recorded, loops and too many
 * hops stopped, retries by the one rule in retry.ts, failures as typed FetchErrors. What differs
 * between the two callers is options (HEAD with GET as fallback, how much body to read, the
 * retry budget), never a second engine. Any HTTP status is a value here: the caller judges it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { retryStep } from './retry.js';
import { FetchError, type RawResponse, type RequestOptions } from './types.js';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 10;

/** What followRequest needs of the HTTP client: one hop, and the host limiter's hold. */
export interface HopSender {
  request(url: string, options: RequestOptions): Promise<RawResponse>;
  deferHost(url: string, untilMs: number): void;
  readonly stats: { retries: number };
}

export interface FollowOptions {
  method?: 'GET' | 'HEAD';
  /**
   * With `method: 'HEAD'`: ask again with GET when HEAD fails or answers other than 2xx/3xx
   * (servers that mishandle HEAD); later hops then use GET too. The switch is not a retry.
   */
  getIfHeadFails?: boolean;
  headers?: Record<string, string>;
  /** Sent with the first request only: conditional validators belong to the URL asked. */
  firstHopHeaders?: Record<string, string>;
  timeoutMs?: number;
  /** How much of the final answer's body to read; a redirect's body is never read. */
  bodyLimit?: (status: number, headers: Record<string, string>) => number;
  retries: number;
  retryBaseDelayMs: number;
  /** Asked-for waiting (Retry-After) allowed over the whole chain. */
  maxWaitMs: number;
  maxRedirects?: number;
  signal?: AbortSignal | undefined;
  log?: Logger | undefined;
  /** Jitter source; tests pin it. */
  random?: () => number;
}

export interface FollowedChain {
  /** Every answer in order, redirects included; their URLs are without #fragment. */
  hops: RawResponse[];
  /** The answer the chain ended in (the last hop), unless `error` ended it first. */
  final?: RawResponse;
  /** What ended the chain without an answer: a failed request, a redirect loop, too many hops. */
  error?: FetchError;
  /** The final answer (429/503) asked for this long a wait, past what the budget had left. */
  refusedWaitMs?: number;
}

export type RedirectStep =
  | { kind: 'final' }
  | { kind: 'follow'; url: string }
  | { kind: 'end'; code: 'redirect-loop' | 'too-many-redirects' | 'network'; detail: string };

/** Without #fragment: a fragment is never sent, so it does not make another URL. Pure. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Where an answer leads: nowhere (it is the final one), to the next hop, or to the end of the
 * chain. `visited`: the URLs asked so far, this one included. Pure.
 */
export function redirectStep(status: number, location: string | undefined, current: string, visited: readonly string[], maxRedirects: number): RedirectStep {
  if (!REDIRECT_STATUSES.has(status) || !location) return { kind: 'final' };
  let next: string;
  try {
    next = withoutFragment(new URL(location, current).href);
  } catch {
    return { kind: 'end', code: 'network', detail: `unreadable redirect target "${location}"` };
  }
  if (visited.includes(next)) return { kind: 'end', code: 'redirect-loop', detail: `redirect loop back to ${next}` };
  if (visited.length > maxRedirects) return { kind: 'end', code: 'too-many-redirects', detail: `more than ${maxRedirects} redirects` };
  return { kind: 'follow', url: next };
}

/** Follow `url` to its answer. Throws only when aborted (shutdown) or on a non-HTTP bug. */
export async function followRequest(sender: HopSender, url: string, options: FollowOptions): Promise<FollowedChain> {
  const random = options.random ?? Math.random;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const hops: RawResponse[] = [];
  const visited: string[] = [];
  let method = options.method ?? 'GET';
  let waitedMs = 0;
  let current = withoutFragment(url);
  // undefined: the client's own size cap.
  const bodyLimit = (status: number, headers: Record<string, string>): number | undefined =>
    REDIRECT_STATUSES.has(status) && headers.location ? 0 : options.bodyLimit?.(status, headers);

  for (;;) {
    visited.push(current);
    const headers = visited.length === 1 ? { ...options.headers, ...options.firstHopHeaders } : { ...options.headers };
    let response: RawResponse | undefined;
    for (let attempt = 0; ; ) {
      let outcome: RawResponse | { error: FetchError };
      try {
        response = await sender.request(current, {
          method,
          headers,
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          bodyLimit,
        });
        outcome = response;
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        outcome = { error };
        response = undefined;
      }
      const headFailed = 'error' in outcome || outcome.status < 200 || outcome.status >= 400;
      if (method === 'HEAD' && options.getIfHeadFails && headFailed) {
        method = 'GET';
        continue;
      }
      const step = retryStep({
        attempt,
        retries: options.retries,
        outcome: 'error' in outcome ? { error: outcome.error.code } : outcome,
        waitedMs,
        maxWaitMs: options.maxWaitMs,
        baseDelayMs: options.retryBaseDelayMs,
        random: random(),
        now: Date.now(),
      });
      if (!step.retry) {
        if ('error' in outcome) return { hops, error: outcome.error };
        if (step.refusedWaitMs !== undefined) return { hops: [...hops, outcome], final: outcome, refusedWaitMs: step.refusedWaitMs };
        break;
      }
      attempt += 1;
      waitedMs += step.askedMs;
      sender.stats.retries += 1;
      options.log?.debug({ url: current, attempt, delayMs: Math.round(step.delayMs) }, 'retrying');
      sender.deferHost(current, Date.now() + step.delayMs);
      await sleep(step.delayMs, undefined, { signal: options.signal });
    }
    const answer = response!;
    hops.push(answer);
    const next = redirectStep(answer.status, answer.headers.location, current, visited, maxRedirects);
    if (next.kind === 'final') return { hops, final: answer };
    if (next.kind === 'end') return { hops, error: new FetchError(next.detail, next.code, url) };
    current = next.url;
  }
}
