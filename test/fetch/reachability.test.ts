/** "Network down, or that site down?" — the pure judgements, table-driven. */
import { describe, expect, it } from 'vitest';
import { BlockedError, FetchError } from '../../src/fetch/types.js';
import { isNoAnswer, judgeReachability } from '../../src/fetch/reachability.js';

describe('isNoAnswer', () => {
  it.each([
    ['DNS failure', new FetchError('host name not found (ENOTFOUND)', 'dns', 'https://a.no/'), true],
    ['connection refused (proxy down)', new FetchError('ECONNREFUSED', 'network', 'https://a.no/'), true],
    ['connection refused, typed', new FetchError('ECONNREFUSED: connect ECONNREFUSED', 'refused', 'https://a.no/'), true],
    ['connection reset, typed', new FetchError('ECONNRESET: read ECONNRESET', 'reset', 'https://a.no/'), true],
    ['timeout without an answer', new FetchError('timed out', 'timeout', 'https://a.no/'), true],
    ['HTTP 404: a server answered', new FetchError('HTTP 404', 'http', 'https://a.no/', 404), false],
    ['HTTP 503 after retries', new FetchError('HTTP 503', 'http', 'https://a.no/', 503), false],
    ['TLS failure: a server took the connection', new FetchError('TLS failure', 'tls', 'https://a.no/'), false],
    ['robots.txt disallow', new FetchError('disallowed', 'robots', 'https://a.no/'), false],
    ['a bot wall', new BlockedError('challenge did not pass', 'https://a.no/', 403), false],
    ['chromium: name not resolved', new Error('page.goto: net::ERR_NAME_NOT_RESOLVED at https://a.no/'), true],
    ['chromium behind a proxy that reached nothing', new Error('page.goto: net::ERR_EMPTY_RESPONSE at https://a.no/'), true],
    ['chromium: proxy connection failed', new Error('net::ERR_PROXY_CONNECTION_FAILED'), true],
    ['a selector that never appeared', new Error('"a[href]" did not appear within 20 s'), false],
  ])('%s → %s', (_name, error, expected) => expect(isNoAnswer(error)).toBe(expected));
});

describe('judgeReachability', () => {
  it.each([
    ['nothing answered on three hosts', [{ host: 'a', reached: false }, { host: 'b', reached: false }, { host: 'c', reached: false }], true],
    ['one host answered', [{ host: 'a', reached: false }, { host: 'b', reached: true }], false],
    ['one host, down: that host\'s problem', [{ host: 'a', reached: false }, { host: 'a', reached: false }], false],
    ['nothing tried', [], false],
  ])('%s → offline %s', (_name, attempts, offline) => expect(judgeReachability(attempts).offline).toBe(offline));
});
