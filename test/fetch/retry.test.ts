/** The one retry rule and the one redirect rule, decision by decision. */
import { describe, expect, it } from 'vitest';
import { redirectStep, withoutFragment } from '../../src/fetch/follow.js';
import { askedWaitMs, backoffMs, isRetryableStatus, retryStep, type RetryInput } from '../../src/fetch/retry.js';

const NOW = Date.parse('2026-12-02T10:00:00Z');

describe('isRetryableStatus', () => {
  it.each([
    [200, false],
    [304, false],
    [404, false],
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
    [522, true],
  ])('%i → %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe('askedWaitMs', () => {
  it.each([
    ['Retry-After in seconds', { 'retry-after': '2' }, 2000],
    ['Retry-After as a date', { 'retry-after': 'Wed, 02 Dec 2026 10:00:30 GMT' }, 30_000],
    ['Retry-After in the past', { 'retry-after': 'Wed, 02 Dec 2026 09:00:00 GMT' }, 0],
    ['unreadable Retry-After', { 'retry-after': 'soon' }, undefined],
    ['RateLimit-Reset in seconds from now', { 'ratelimit-reset': '5' }, 5000],
    ['X-RateLimit-Reset as an epoch time', { 'x-ratelimit-reset': String(NOW / 1000 + 7) }, 7000],
    ['Retry-After before the rate-limit headers', { 'retry-after': '1', 'ratelimit-reset': '9' }, 1000],
    ['nothing asked', {}, undefined],
  ])('%s', (_name, headers, ms) => {
    expect(askedWaitMs(headers as Record<string, string>, NOW)).toBe(ms);
  });
});

describe('backoffMs', () => {
  it.each([
    [0, 0, 750],
    [0, 0.5, 1000],
    [1, 0.5, 2000],
    [2, 0.999_999, 4000 * 1.249_999_5],
  ])('attempt %i, random %d → %d ms', (attempt, random, ms) => {
    expect(backoffMs(attempt, 1000, random)).toBeCloseTo(ms, 3);
  });
});

describe('retryStep', () => {
  const base: RetryInput = { attempt: 0, retries: 2, outcome: { status: 200, headers: {} }, waitedMs: 0, maxWaitMs: 5000, baseDelayMs: 100, random: 0.5, now: NOW };
  const status = (code: number, headers: Record<string, string> = {}): RetryInput['outcome'] => ({ status: code, headers });
  const table: Array<[string, Partial<RetryInput>, ReturnType<typeof retryStep>]> = [
    ['a 200 is final', {}, { retry: false }],
    ['a 404 is final', { outcome: status(404) }, { retry: false }],
    ['a 500 is retried after the backoff', { outcome: status(500) }, { retry: true, delayMs: 100, askedMs: 0 }],
    ['the second retry backs off twice as long', { attempt: 1, outcome: status(502) }, { retry: true, delayMs: 200, askedMs: 0 }],
    ['retries used up', { attempt: 2, outcome: status(503) }, { retry: false }],
    ['a 429 with Retry-After waits at least that long', { outcome: status(429, { 'retry-after': '1' }) }, { retry: true, delayMs: 1000, askedMs: 1000 }],
    ['a 503 with Retry-After too', { outcome: status(503, { 'retry-after': '2' }) }, { retry: true, delayMs: 2000, askedMs: 2000 }],
    ['a backoff longer than the ask wins', { attempt: 1, baseDelayMs: 1000, outcome: status(429, { 'retry-after': '1' }) }, { retry: true, delayMs: 2000, askedMs: 1000 }],
    ['an ask past the cap ends at once', { outcome: status(429, { 'retry-after': '3600' }) }, { retry: false, refusedWaitMs: 3_600_000 }],
    ['an ask past what the budget has left ends at once', { waitedMs: 4500, outcome: status(429, { 'retry-after': '1' }) }, { retry: false, refusedWaitMs: 1000 }],
    ['a 500 with Retry-After: the header is a 429/503 matter', { outcome: status(500, { 'retry-after': '3600' }) }, { retry: true, delayMs: 100, askedMs: 0 }],
    ['a timeout is retried', { outcome: { error: 'timeout' } }, { retry: true, delayMs: 100, askedMs: 0 }],
    ['a reset is retried', { outcome: { error: 'reset' } }, { retry: true, delayMs: 100, askedMs: 0 }],
    ['a network failure is retried', { outcome: { error: 'network' } }, { retry: true, delayMs: 100, askedMs: 0 }],
    ['a refused connection is not', { outcome: { error: 'refused' } }, { retry: false }],
    ['nor an unknown name', { outcome: { error: 'dns' } }, { retry: false }],
    ['nor a TLS failure', { outcome: { error: 'tls' } }, { retry: false }],
    ['nor our own abort', { outcome: { error: 'aborted' } }, { retry: false }],
    ['retries used up on a timeout', { attempt: 2, outcome: { error: 'timeout' } }, { retry: false }],
  ];
  it.each(table)('%s', (_name, input, step) => {
    expect(retryStep({ ...base, ...input })).toEqual(step);
  });
});

describe('redirectStep', () => {
  const from = 'https://a.no/start';
  const table: Array<[string, number, string | undefined, string[], ReturnType<typeof redirectStep>]> = [
    ['a 200 is final', 200, undefined, [from], { kind: 'final' }],
    ['a redirect without Location is final', 302, undefined, [from], { kind: 'final' }],
    ['a 304 is final, Location or not', 304, '/x', [from], { kind: 'final' }],
    ['a relative Location is resolved', 301, '/next', [from], { kind: 'follow', url: 'https://a.no/next' }],
    ['a fragment is no other URL', 302, '/next#part', [from], { kind: 'follow', url: 'https://a.no/next' }],
    ['back to the start is a loop', 302, '/start', [from], { kind: 'end', code: 'redirect-loop', detail: 'redirect loop back to https://a.no/start' }],
    ['back to any earlier hop is a loop', 307, 'https://a.no/b', [from, 'https://a.no/b', 'https://a.no/c'], { kind: 'end', code: 'redirect-loop', detail: 'redirect loop back to https://a.no/b' }],
    ['an eleventh redirect is too many', 301, '/12', Array.from({ length: 11 }, (_, i) => `https://a.no/${i}`), { kind: 'end', code: 'too-many-redirects', detail: 'more than 10 redirects' }],
    ['the tenth is not', 301, '/11', Array.from({ length: 10 }, (_, i) => `https://a.no/${i}`), { kind: 'follow', url: 'https://a.no/11' }],
    ['an unreadable Location', 302, 'http://[::1', [from], { kind: 'end', code: 'network', detail: 'unreadable redirect target "http://[::1"' }],
  ];
  it.each(table)('%s', (_name, status, location, visited, step) => {
    expect(redirectStep(status, location, visited.at(-1)!, visited, 10)).toEqual(step);
  });

  it('withoutFragment', () => {
    expect(withoutFragment('https://a.no/x#y')).toBe('https://a.no/x');
    expect(withoutFragment('https://a.no/x')).toBe('https://a.no/x');
  });
});
