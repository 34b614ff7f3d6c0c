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

/** Every answer in order, redirects included (their URLs without #fragment), and how it ended. */
export type FollowedChain =
  | {
      hops: RawResponse[];
      /** The answer the chain ended in: the last hop. */
      final: RawResponse;
      /** It (a 429/503) asked for this long a wait, past what the budget had left. */
      refusedWaitMs?: number;
      error?: undefined;
    }
  | {
      hops: RawResponse[];
      final?: undefined;
      /** What ended the chain without an answer: a failed request, a redirect loop, too many hops. */
      error: FetchError;
    };

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

/** What the chain carries from hop to hop: the method (HEAD may become GET) and the waiting spent. */
interface ChainState {
  method: 'GET' | 'HEAD';
  waitedMs: number;
}

type HopOutcome = { answer: RawResponse; refusedWaitMs?: number } | { error: FetchError };

/** One hop: asked, and asked again as long as the retry rule says so. */
async function askHop(sender: HopSender, url: string, headers: Record<string, string>, state: ChainState, options: FollowOptions): Promise<HopOutcome> {
  const random = options.random ?? Math.random;
  // undefined: the client's own size cap.
  const bodyLimit = (status: number, h: Record<string, string>): number | undefined =>
    REDIRECT_STATUSES.has(status) && h.location ? 0 : options.bodyLimit?.(status, h);
  for (let attempt = 0; ; ) {
    let outcome: HopOutcome;
    try {
      const answer = await sender.request(url, {
        method: state.method,
        headers,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        bodyLimit,
      });
      outcome = { answer };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      outcome = { error };
    }
    const headFailed = 'error' in outcome || outcome.answer.status < 200 || outcome.answer.status >= 400;
    if (state.method === 'HEAD' && options.getIfHeadFails && headFailed) {
      state.method = 'GET';
      continue;
    }
    const step = retryStep({
      attempt,
      retries: options.retries,
      outcome: 'error' in outcome ? { error: outcome.error.code } : outcome.answer,
      waitedMs: state.waitedMs,
      maxWaitMs: options.maxWaitMs,
      baseDelayMs: options.retryBaseDelayMs,
      random: random(),
      now: Date.now(),
    });
    if (!step.retry) return step.refusedWaitMs !== undefined && 'answer' in outcome ? { ...outcome, refusedWaitMs: step.refusedWaitMs } : outcome;
    attempt += 1;
    state.waitedMs += step.askedMs;
    sender.stats.retries += 1;
    options.log?.debug({ url, attempt, delayMs: Math.round(step.delayMs) }, 'retrying');
    sender.deferHost(url, Date.now() + step.delayMs);
    await sleep(step.delayMs, undefined, { signal: options.signal });
  }
}

/** Follow `url` to its answer. Throws only when aborted (shutdown) or on a non-HTTP bug. */
export async function followRequest(sender: HopSender, url: string, options: FollowOptions): Promise<FollowedChain> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const hops: RawResponse[] = [];
  const visited: string[] = [];
  const state: ChainState = { method: options.method ?? 'GET', waitedMs: 0 };
  let current = withoutFragment(url);
  for (;;) {
    visited.push(current);
    const headers = visited.length === 1 ? { ...options.headers, ...options.firstHopHeaders } : { ...options.headers };
    const outcome = await askHop(sender, current, headers, state, options);
    if ('error' in outcome) return { hops, error: outcome.error };
    const { answer } = outcome;
    hops.push(answer);
    if (outcome.refusedWaitMs !== undefined) return { hops, final: answer, refusedWaitMs: outcome.refusedWaitMs };
    const next = redirectStep(answer.status, answer.headers.location, current, visited, maxRedirects);
    if (next.kind === 'final') return { hops, final: answer };
    if (next.kind === 'end') return { hops, error: new FetchError(next.detail, next.code, url) };
    current = next.url;
  }
}
