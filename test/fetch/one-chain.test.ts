/**
 * Source fetches (`HttpClient.fetch`) and link checks (`observe`) go through the one request
 * chain: the same Retry-After, the same typed errors, the same redirect-loop stop — asserted on
 * both paths against real loopback servers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksSchema } from '../../src/config/schema.js';
import { HttpClient } from '../../src/fetch/http.js';
import { FetchError } from '../../src/fetch/types.js';
import { checkUrl, observe, type CheckerDeps } from '../../src/links/checker.js';
import { page, redirect, startHosts, type TestHosts } from '../helpers/hosts.js';

const asked = new Map<string, number>();
let hosts: TestHosts;
let client: HttpClient;
let deps: CheckerDeps;
let refusedPort: number;

/** An address and port where nothing listens: a server bound there, then closed. */
async function closedPort(address: string): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((done) => server.listen(0, address, done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

beforeAll(async () => {
  hosts = await startHosts(
    {
      'chain.test': (request, response, url) => {
        // Each path counts its own requests, per method: the two paths ask independently.
        const key = `${url.pathname}${url.search}`;
        const n = (asked.get(key) ?? 0) + 1;
        asked.set(key, n);
        switch (url.pathname) {
          case '/limited':
            return n === 1 ? page(response, 429, 'Too Many Requests', '', { 'retry-after': '1' }) : page(response, 200, 'Thanks for waiting');
          case '/busy':
            return n === 1 ? page(response, 503, 'Service Unavailable', '', { 'retry-after': '1' }) : page(response, 200, 'Back');
          case '/limited-long':
            return page(response, 429, 'Too Many Requests', '', { 'retry-after': '3600' });
          case '/report.pdf':
            // HEAD dropped on the floor; GET busy once, then the document.
            if (request.method === 'HEAD') return request.socket.destroy();
            return n === 2 ? page(response, 503, 'Service Unavailable') : page(response, 200, 'PDF', '', { 'content-type': 'application/pdf' });
          case '/hang-up':
            // Taken, then dropped before any answer.
            return request.socket.destroy();
          case '/loop-a':
            return redirect(response, 302, `/loop-b${url.search}`);
          case '/loop-b':
            return redirect(response, 302, `/loop-a${url.search}`);
          default:
            return page(response, 404, 'Not Found');
        }
      },
    },
    70,
  );
  refusedPort = await closedPort('127.0.0.79');
  client = new HttpClient({
    userAgent: 'sourcewatch-test',
    timeoutMs: 2000,
    maxBytes: 1_000_000,
    perHostConcurrency: 4,
    perHostDelayMs: 0,
    retries: 2,
    retryBaseDelayMs: 10,
    maxRetryAfterMs: 3000,
    respectRobotsTxt: false,
    insecure: false,
    hosts: { ...hosts.resolve, 'refused.test': '127.0.0.79' },
  });
  deps = { http: client, settings: linksSchema.parse({ timeoutSeconds: 2, retries: 1, maxRetryWaitSeconds: 3 }) };
});
afterAll(async () => {
  await client.close();
  await hosts.close();
});

const origin = (): string => hosts.hosts['chain.test']!.origin;

/** Each path under its own query, so that their first-request counters are separate. */
const paths = {
  fetch: async (url: string) => {
    const result = await client.fetch(`${url}?via=fetch`);
    if (result.notModified) throw new Error('unexpected 304');
    return result.status;
  },
  observe: async (url: string) => {
    const observation = await observe(`${url}?via=observe`, deps);
    if (observation.error) throw new Error(`${observation.error.code}: ${observation.error.detail}`);
    return observation.chain.at(-1)!.status;
  },
};

describe.each(Object.keys(paths) as Array<keyof typeof paths>)('through %s', (via) => {
  it.each(['/limited', '/busy'])('%s: Retry-After 1 s is waited out, then the page', async (path) => {
    const started = Date.now();
    expect(await paths[via](`${origin()}${path}`)).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(asked.get(`${path}?via=${via}`)).toBe(2);
  });

  it('a refused port is typed refused', async () => {
    const url = `http://refused.test:${refusedPort}/`;
    if (via === 'fetch') {
      const error = await client.fetch(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).code).toBe('refused');
    } else {
      const observation = await observe(url, deps);
      expect(observation.chain).toEqual([]);
      expect(observation.error?.code).toBe('refused');
    }
  });

  it('a connection dropped before the answer is typed reset, after the retries', async () => {
    const url = `${origin()}/hang-up?via=${via}`;
    if (via === 'fetch') {
      await expect(client.fetch(url)).rejects.toMatchObject({ code: 'reset' });
      expect(asked.get(`/hang-up?via=${via}`)).toBe(3);
    } else {
      expect((await observe(url, deps)).error?.code).toBe('reset');
      expect(asked.get(`/hang-up?via=${via}`)).toBe(2);
    }
  });

  it('TLS to a plain-HTTP port is typed tls', async () => {
    const url = `https://chain.test:${hosts.hosts['chain.test']!.port}/`;
    if (via === 'fetch') {
      await expect(client.fetch(url)).rejects.toMatchObject({ code: 'tls' });
    } else {
      expect((await observe(url, deps)).error?.code).toBe('tls');
    }
  });

  it('a redirect loop is stopped and named', async () => {
    const url = `${origin()}/loop-a?via=${via}`;
    if (via === 'fetch') {
      await expect(client.fetch(url)).rejects.toMatchObject({ code: 'redirect-loop' });
    } else {
      const observation = await observe(url, deps);
      expect(observation.error?.code).toBe('redirect-loop');
      expect(observation.chain.map((hop) => hop.status)).toEqual([302, 302]);
    }
    // Both ends of the loop asked once: the loop is seen when it comes back to the start.
    expect(asked.get(`/loop-a?via=${via}`)).toBe(1);
    expect(asked.get(`/loop-b?via=${via}`)).toBe(1);
  });

  it('a Retry-After past the cap gives up at once, as rate limited', async () => {
    const url = `${origin()}/limited-long?via=${via}`;
    const started = Date.now();
    if (via === 'fetch') {
      await expect(client.fetch(url)).rejects.toMatchObject({ code: 'rate-limited', status: 429 });
    } else {
      const observation = await observe(url, deps);
      expect(observation.error?.code).toBe('rate-limit-wait');
      expect(observation.chain.map((hop) => hop.status)).toEqual([429]);
    }
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('link checks only', () => {
  it("GET after a failed HEAD is not a retry: the GET keeps the link's retries", async () => {
    const observation = await observe(`${origin()}/report.pdf`, deps);
    expect(observation.error).toBeUndefined();
    expect(observation.chain.map((hop) => hop.status)).toEqual([200]);
    expect(hosts.log.filter((r) => r.path === '/report.pdf').map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
  });
});

describe('the link verdicts that follow', () => {
  it.each([
    ['refused', () => `http://refused.test:${refusedPort}/`, 'network-error', 'connection refused'],
    ['loop', () => `${origin()}/loop-a?via=verdict`, 'broken', 'redirect loop'],
  ])('%s', async (_name, url, verdict, detail) => {
    const result = await checkUrl(url(), deps);
    expect(result.verdict).toBe(verdict);
    expect(result.detail).toContain(detail);
  });
});
