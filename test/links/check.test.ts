/**
 * Every verdict against real local servers on several 127.0.0.x hosts, through the real HTTP
 * layer and checker — the table the closing note reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksSchema } from '../../src/config/schema.js';
import { HttpClient } from '../../src/fetch/http.js';
import { checkUrl, type CheckerDeps } from '../../src/links/checker.js';
import type { LinkResult, Verdict } from '../../src/links/types.js';
import { page, redirect, startHosts, type TestHosts } from '../helpers/hosts.js';

let flaky = 0;
let limited = 0;
let hosts: TestHosts;
let deps: CheckerDeps;
let client: HttpClient;

const settings = linksSchema.parse({ timeoutSeconds: 1, retries: 1, maxRetryWaitSeconds: 3, perHostConcurrency: 4 });

beforeAll(async () => {
  hosts = await startHosts({
    'www.site.test': (request, response, url) => {
      switch (url.pathname) {
        case '/':
          return page(response, 200, 'Forside');
        case '/rapport':
          return page(response, 200, 'Rapport om menneskehandel', '<p>Innhold</p>');
        case '/moved':
          return redirect(response, 301, '/rapport');
        case '/temporary':
          return redirect(response, 302, '/rapport');
        case '/moved-then-gone':
          return redirect(response, 301, '/gone');
        case '/gone':
          return page(response, 404, 'Not Found');
        case '/removed':
          return page(response, 410, 'Gone');
        case '/loop-a':
          return redirect(response, 302, '/loop-b');
        case '/loop-b':
          return redirect(response, 302, '/loop-a');
        case '/broken-server':
          return page(response, 500, 'Internal Server Error');
        case '/flaky':
          return ++flaky === 1 ? page(response, 503, 'Service Unavailable') : page(response, 200, 'Back again');
        case '/slow':
          setTimeout(() => page(response, 200, 'Too late'), 3000);
          return;
        case '/no-head':
          return request.method === 'HEAD' ? page(response, 405, 'Method Not Allowed') : page(response, 200, 'GET works');
        case '/soft-nb':
          return page(response, 200, 'Siden finnes ikke', '<p>Beklager, vi fant ikke siden du lette etter.</p>');
        case '/soft-en':
          return page(response, 200, 'Page not found');
        case '/about-404':
          return page(response, 200, 'How we handle broken links', '<p>A 404 page is what a server sends when…</p>');
        case '/deep/article/2019':
          return redirect(response, 302, '/');
        case '/anchors':
          return page(response, 200, 'Anchors', '<h2 id="funn">Funn</h2><a name="old-style"></a><h2 id="søk">Søk</h2>');
        case '/big.pdf':
          response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': 200 * 1024 * 1024 });
          if (request.method === 'HEAD') return response.end();
          return response.end(Buffer.alloc(1024)); // never read by a correct checker
        case '/login':
          return page(response, 401, 'Unauthorized', '', { 'www-authenticate': 'Basic realm="x"' });
        case '/limited':
          return ++limited === 1 ? page(response, 429, 'Too Many Requests', '', { 'retry-after': '1' }) : page(response, 200, 'Thanks for waiting');
        case '/limited-long':
          return page(response, 429, 'Too Many Requests', '', { 'retry-after': '3600' });
        default:
          return page(response, 404, 'Not Found');
      }
    },
    'www.walled.test': (_request, response, url) => {
      if (url.pathname === '/999') return page(response, 999, 'Request denied');
      return page(response, 403, 'Just a moment...', '<div id="challenge-platform">Checking your browser</div>', { 'cf-mitigated': 'challenge' });
    },
    'lovdata.test': (_request, response, url) => {
      if (url.pathname === '/pro/') return redirect(response, 302, '/pro/login?returnUrl=%2Fpro%2F');
      return page(response, 200, 'Logg inn', '<form><input type="password" name="p"></form>');
    },
  });
  client = new HttpClient({
    userAgent: 'sourcewatch-test',
    timeoutMs: 1000,
    maxBytes: settings.maxBodyBytes,
    perHostConcurrency: 4,
    perHostDelayMs: 0,
    retries: 0,
    retryBaseDelayMs: 0,
    maxRetryAfterMs: 3000,
    respectRobotsTxt: false,
    insecure: false,
    // refused.test points at an address where nothing listens.
    hosts: { ...hosts.resolve, 'refused.test': '127.0.0.60' },
  });
  deps = { http: client, settings };
});
afterAll(async () => {
  await client.close();
  await hosts.close();
});

const u = (host: string, path: string) => `${hosts.hosts[host]!.origin}${path}`;

describe('verdicts against local hosts', () => {
  const table: Array<[string, () => string, Verdict, Partial<LinkResult>?]> = [
    ['200 page', () => u('www.site.test', '/rapport'), 'ok', { httpStatus: 200 }],
    ['301 → 200', () => u('www.site.test', '/moved'), 'redirected', { permanent: true, httpStatus: 200 }],
    ['302 → 200', () => u('www.site.test', '/temporary'), 'redirected', { permanent: false }],
    ['301 → 404', () => u('www.site.test', '/moved-then-gone'), 'broken', { httpStatus: 404 }],
    ['404', () => u('www.site.test', '/gone'), 'broken', { httpStatus: 404 }],
    ['410', () => u('www.site.test', '/removed'), 'broken', { httpStatus: 410 }],
    ['redirect loop', () => u('www.site.test', '/loop-a'), 'broken'],
    ['host name that does not exist', () => 'http://no-such-host.invalid/page', 'broken'],
    ['500 after retries', () => u('www.site.test', '/broken-server'), 'server-error', { httpStatus: 500 }],
    ['503 once, then 200 (retried)', () => u('www.site.test', '/flaky'), 'ok'],
    ['slow server', () => u('www.site.test', '/slow'), 'timeout'],
    ['connection refused', () => `http://refused.test:${hosts.hosts['www.site.test']!.port}/`, 'network-error'],
    ['TLS to a plain-HTTP port', () => `https://www.site.test:${hosts.hosts['www.site.test']!.port}/rapport`, 'network-error'],
    ['HEAD 405, GET 200', () => u('www.site.test', '/no-head'), 'ok'],
    ['Cloudflare challenge (403 + cf-mitigated)', () => u('www.walled.test', '/article'), 'blocked', { httpStatus: 403 }],
    ['999', () => u('www.walled.test', '/999'), 'blocked'],
    ['401', () => u('www.site.test', '/login'), 'needs-login'],
    ['redirect to a login page (lovdata pro)', () => u('lovdata.test', '/pro/'), 'needs-login'],
    ['429 with Retry-After 1 s, then 200', () => u('www.site.test', '/limited'), 'ok'],
    ['429 with Retry-After past the cap', () => u('www.site.test', '/limited-long'), 'rate-limited'],
    ['200 "Siden finnes ikke"', () => u('www.site.test', '/soft-nb'), 'soft-404'],
    ['200 "Page not found"', () => u('www.site.test', '/soft-en'), 'soft-404'],
    ['200 page about 404s', () => u('www.site.test', '/about-404'), 'ok'],
    ['deep link sent to the home page', () => u('www.site.test', '/deep/article/2019'), 'soft-404'],
    ['#anchor present (id)', () => u('www.site.test', '/anchors#funn'), 'ok'],
    ['#anchor present (a name)', () => u('www.site.test', '/anchors#old-style'), 'ok'],
    ['#anchor present (non-ASCII, percent-encoded)', () => u('www.site.test', '/anchors#s%C3%B8k'), 'ok'],
    ['#anchor missing', () => u('www.site.test', '/anchors#conclusions'), 'missing-fragment'],
    ['mailto: valid', () => 'mailto:KOM.pod@politiet.no', 'unsupported'],
    ['mailto: invalid', () => 'mailto:not-an-address', 'broken'],
    ['tel:', () => 'tel:+4722000000', 'unsupported'],
  ];

  it.each(table)('%s → %s', async (_name, url, verdict, expected) => {
    const result = await checkUrl(url(), deps);
    expect(result.verdict, result.detail).toBe(verdict);
    if (expected) expect(result).toMatchObject(expected);
  });

  it('excluded by pattern: nothing is requested', async () => {
    const before = hosts.log.length;
    const result = await checkUrl(u('www.site.test', '/rapport?excluded=1'), deps, [/excluded=1/]);
    expect(result.verdict).toBe('excluded');
    expect(hosts.log.length).toBe(before);
  });

  it('a 200 MB PDF is asked with HEAD only', async () => {
    const result = await checkUrl(u('www.site.test', '/big.pdf'), deps);
    expect(result.verdict).toBe('ok');
    const asked = hosts.log.filter((r) => r.path === '/big.pdf').map((r) => r.method);
    expect(asked).toEqual(['HEAD']);
  });

  it('records the whole redirect chain', async () => {
    const result = await checkUrl(u('www.site.test', '/moved-then-gone'), deps);
    expect(result.redirects.map((r) => r.status)).toEqual([301]);
    expect(result.finalUrl).toBe(u('www.site.test', '/gone'));
  });

  it('sends an honest User-Agent', () => {
    // The requests of the tests above: none would pass on an empty log.
    expect(hosts.log.length).toBeGreaterThan(10);
    expect(hosts.log.every((r) => r.headers['user-agent'] === 'sourcewatch-test')).toBe(true);
  });
});
