/**
 * When to ask again, and how long to wait first: the one rule for every request chain (source
 * fetches and link checks alike). Pure; followRequest (follow.ts) applies it.
 *
 * - Backoff is exponential with jitter (×0.75–1.25), so that many checks on one host that
 *   failed together do not come back together.
 * - A 429/503 that says how long to wait (Retry-After, or the rate-limit headers) is waited out
 *   — at least that long — as long as the chain's waiting budget allows; an ask past the budget
 *   ends the chain at once with that answer (the caller reports "rate limited").
 * - A connection that nobody took (refused) is not asked again: nothing listens there now.
 */
import type { FetchErrorCode } from './types.js';

/** Failures worth another try: the server or the path to it may recover within seconds. */
const RETRYABLE_ERRORS = {
  timeout: true,
  reset: true,
  network: true,
  refused: false,
  dns: false,
  tls: false,
  http: false,
  'redirect-loop': false,
  'too-many-redirects': false,
  robots: false,
  'rate-limited': false,
  aborted: false,
} as const satisfies Record<FetchErrorCode, boolean>;

/** Statuses worth another try: 429 and server errors, but 501 (the server will never do it). Pure. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Retry-After as milliseconds to wait (seconds or an HTTP date); undefined when absent/unreadable. Pure. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long a 429/503 asks us to wait: Retry-After, else the rate-limit reset headers. Pure. */
export function askedWaitMs(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const retryAfter = retryAfterMs(headers['retry-after'], now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headers['ratelimit-reset'] ?? headers['x-ratelimit-reset'];
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    // Either seconds from now (IETF draft) or an epoch time in seconds (GitHub style).
    return value > 1e9 ? Math.max(0, value * 1000 - now) : value * 1000;
  }
  return undefined;
}

/** The wait before retry number `attempt + 1`; `random` in [0, 1). Pure. */
export function backoffMs(attempt: number, baseMs: number, random: number): number {
  return baseMs * 2 ** attempt * (0.75 + random * 0.5);
}

export interface RetryInput {
  /** Retries already made for this request. */
  attempt: number;
  retries: number;
  /** The answer, or the code of the failure that came instead. */
  outcome: { status: number; headers: Record<string, string> } | { error: FetchErrorCode };
  /** Asked-for waiting already spent on this chain, and the most allowed. */
  waitedMs: number;
  maxWaitMs: number;
  baseDelayMs: number;
  random: number;
  now: number;
}

export type RetryStep =
  | { retry: true; delayMs: number; askedMs: number }
  /** `refusedWaitMs`: the answer asked for a wait past the budget. */
  | { retry: false; refusedWaitMs?: number };

/** Ask again or not, and after how long. Pure. */
export function retryStep(input: RetryInput): RetryStep {
  const { outcome } = input;
  let asked: number | undefined;
  if ('error' in outcome) {
    if (!RETRYABLE_ERRORS[outcome.error]) return { retry: false };
  } else {
    if (!isRetryableStatus(outcome.status)) return { retry: false };
    if (outcome.status === 429 || outcome.status === 503) asked = askedWaitMs(outcome.headers, input.now);
    if (asked !== undefined && asked > input.maxWaitMs - input.waitedMs) return { retry: false, refusedWaitMs: asked };
  }
  if (input.attempt >= input.retries) return { retry: false };
  const delayMs = Math.max(asked ?? 0, backoffMs(input.attempt, input.baseDelayMs, input.random));
  return { retry: true, delayMs, askedMs: asked ?? 0 };
}
