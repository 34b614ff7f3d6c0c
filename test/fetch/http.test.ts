/**
 * The HTTP layer against real local servers: the replica proxy (CONNECT + TLS, as the shipped
 * config runs in tests) and plain 127.0.0.1 origins.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type HttpClientOptions } from '../../src/fetch/http.js';
import { FetchError } from '../../src/fetch/types.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaRequest, ReplicaResponse, ReplicaSite } from '../../src/demo/types.js';

let flaky = 0;
let sameSecondBody = 'version one';
const routes: Record<string, (r: ReplicaRequest) => ReplicaResponse | null> = {
  '/latin1-header': () => ({ status: 200, headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: Buffer.from('<p>Rådet for æ og ø</p>', 'latin1') }),
  '/latin1-meta': () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Blåbær</body></html>', 'latin1') }),
  '/cp1252-prolog': () => ({ status: 200, headers: { 'content-type': 'application/rss+xml' }, body: Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss><title>Arbeidstilsynet ', 'latin1'), Buffer.from([0x96, 0x20, 0x93]), Buffer.from('sosial dumping', 'latin1'), Buffer.from([0x94]), Buffer.from(' på verft</title></rss>', 'latin1')]) }),
  '/utf8-bom': () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tromsø', 'utf8')]) }),
  '/gzip': () => ({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' }, body: gzipSync(Buffer.from('komprimert innhold æøå')) }),
  '/big': () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(100_000) }),
  '/slow': () => ({ status: 200, body: 'late', delayMs: 2_000 }),
  '/flaky': () => (++flaky <= 2 ? { status: 503, body: 'busy', noValidators: true } : { status: 200, body: 'finally' }),
  '/retry-after': () => (++flaky % 2 === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: 'slow down', noValidators: true } : { status: 200, body: 'thanks' }),
  '/retry-after-long': () => ({ status: 429, headers: { 'retry-after': '3600' }, body: 'come back in an hour', noValidators: true }),
  '/gone': () => ({ status: 404, body: 'nope', noValidators: true }),
  '/redirect-1': () => ({ status: 301, headers: { location: '/redirect-2' }, body: '', noValidators: true }),
  '/redirect-2': () => ({ status: 302, headers: { location: 'https://other.example.no/landing' }, body: '', noValidators: true }),
  '/loop-a': () => ({ status: 302, headers: { location: '/loop-b' }, body: '', noValidators: true }),
  '/loop-b': () => ({ status: 302, headers: { location: '/loop-a' }, body: '', noValidators: true }),
  '/private/page': () => ({ status: 200, body: 'should not be fetched' }),
  '/robots.txt': () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' }),
  '/fixed-lm': () => ({ status: 200, body: 'listing', lastModified: new Date('2026-11-20T10:00:00Z') }),
  '/same-second': () => ({ status: 200, body: sameSecondBody, lastModified: new Date('2026-11-20T10:00:00Z') }),
  '/ua': (r) => ({ status: 200, body: r.headers['user-agent'] ?? '' }),
};
const site: ReplicaSite = {
  name: 'test',
  hosts: ['www.example.no', '127.0.0.1'],
  handle: (request) => routes[request.path]?.(request) ?? null,
};
const other: ReplicaSite = { name: 'other', hosts: ['other.example.no', 'third.example.no'], handle: (r) => ({ status: 200, body: `other ${r.path}` }) };

let replica: Replica;
const clients: HttpClient[] = [];
function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const c = new HttpClient({
    userAgent: 'sourcewatch-test/1 (+https://example.org)',
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    perHostConcurrency: 2,
    perHostDelayMs: 0,
    retries: 2,
    retryBaseDelayMs: 20,
    maxRetryAfterMs: 5_000,
    respectRobotsTxt: true,
    proxy: replica.proxyUrl,
    insecure: true,
    ...overrides,
  });
  clients.push(c);
  return c;
}

async function page(c: HttpClient, url: string) {
  const result = await c.fetch(url);
  if (result.notModified) throw new Error('unexpected 304');
  return result;
}

beforeAll(async () => {
  replica = await startReplica({ sites: [site, other] });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await replica.close();
});

describe('charset', () => {
  it.each([
    ['/latin1-header', 'Rådet for æ og ø', 'windows-1252'],
    ['/latin1-meta', 'Blåbær', 'windows-1252'],
    ['/cp1252-prolog', 'Arbeidstilsynet – “sosial dumping” på verft', 'windows-1252'],
    ['/utf8-bom', 'Tromsø', 'utf-8'],
    ['/gzip', 'komprimert innhold æøå', 'utf-8'],
  ])('%s reads as its own charset', async (path, text, charset) => {
    const result = await page(client(), `https://www.example.no${path}`);
    expect(result.text).toContain(text);
    expect(result.charset).toBe(charset);
  });
});

describe('conditional requests', () => {
  it("sends back the server's own validators and reports 304 as not modified", async () => {
    const c = client();
    const first = await page(c, 'https://www.example.no/fixed-lm');
    expect(first.validators.lastModified).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    replica.clearLog();
    const second = await c.fetch('https://www.example.no/fixed-lm', { conditional: true, validators: first.validators });
    expect(second.notModified).toBe(true);
    const logged = replica.log.find((l) => l.path === '/fixed-lm')!;
    expect(logged.ifNoneMatch).toBe(first.validators.etag);
    // Exactly the server's string, not a date from our clock.
    expect(logged.ifModifiedSince).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    expect(c.stats.notModified).toBe(1);
  });

  it('sees an item published in the same second as the last check', async () => {
    const c = client();
    sameSecondBody = 'one item';
    const first = await page(c, 'https://www.example.no/same-second');
    // A new item within the same second: Last-Modified is unchanged, the ETag is not.
    sameSecondBody = 'one item, and a second item';
    const second = await c.fetch('https://www.example.no/same-second', { conditional: true, validators: first.validators });
    expect(second.notModified).toBe(false);
    if (!second.notModified) expect(second.text).toContain('second item');
  });

  it('sends nothing conditional when not asked to', async () => {
    replica.clearLog();
    await page(client(), 'https://www.example.no/fixed-lm');
    expect(replica.log.find((l) => l.path === '/fixed-lm')?.ifModifiedSince).toBeUndefined();
  });
});

describe('failures and retries', () => {
  it('retries a 503 with backoff and succeeds', async () => {
    flaky = 0;
    const c = client();
    const result = await page(c, 'https://www.example.no/flaky');
    expect(result.text).toBe('finally');
    expect(c.stats.retries).toBe(2);
  });

  it('honours Retry-After within the cap', async () => {
    flaky = 0;
    const started = Date.now();
    const result = await page(client(), 'https://www.example.no/retry-after');
    expect(result.text).toBe('thanks');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up at once on a Retry-After past the cap: rate-limited', async () => {
    const started = Date.now();
    await expect(client().fetch('https://www.example.no/retry-after-long')).rejects.toMatchObject({ code: 'rate-limited', status: 429 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a 404 is an http error with its status', async () => {
    await expect(client().fetch('https://www.example.no/gone')).rejects.toMatchObject({ code: 'http', status: 404 });
  });

  it('times out a slow server', async () => {
    const error = await client({ timeoutMs: 300, retries: 0 }).fetch('https://www.example.no/slow').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('timeout');
  });

  it('an unknown host through the proxy is a network error, not a crash', async () => {
    await expect(client({ retries: 0 }).fetch('https://no-such-host.example/')).rejects.toMatchObject({ code: 'network' });
  });

  it('rejects the replica certificate without --insecure', async () => {
    await expect(client({ insecure: false, retries: 0 }).fetch('https://www.example.no/ua')).rejects.toMatchObject({ code: 'tls' });
  });
});

describe('redirects, size, robots, identity', () => {
  it('follows redirects across hosts and records the chain', async () => {
    const result = await page(client(), 'https://www.example.no/redirect-1');
    expect(result.finalUrl).toBe('https://other.example.no/landing');
    expect(result.redirects).toEqual(['https://www.example.no/redirect-2', 'https://other.example.no/landing']);
  });

  it('stops a redirect loop', async () => {
    await expect(client().fetch('https://www.example.no/loop-a')).rejects.toMatchObject({ code: 'redirect-loop' });
  });

  it('cuts a body off at the size cap', async () => {
    const result = await page(client({ maxBytes: 10_000 }), 'https://www.example.no/big');
    expect(result.body.length).toBe(10_000);
    expect(result.truncated).toBe(true);
  });

  it('respects robots.txt for source pages', async () => {
    await expect(client().fetch('https://www.example.no/private/page')).rejects.toMatchObject({ code: 'robots' });
    const ignoring = await page(client(), 'https://www.example.no/ua');
    expect(ignoring.status).toBe(200);
  });

  it('sends an honest User-Agent', async () => {
    const result = await page(client(), 'https://www.example.no/ua');
    expect(result.text).toBe('sourcewatch-test/1 (+https://example.org)');
  });

  it('works without a proxy against a plain local origin', async () => {
    const result = await page(client({ proxy: undefined }), `http://127.0.0.1:${replica.port}/latin1-header`);
    expect(result.text).toContain('Rådet');
  });
});

describe('politeness', () => {
  it('spaces requests to one host and runs different hosts in parallel', async () => {
    // Generous spacing so that a loaded machine cannot blur "spaced" and "parallel".
    const c = client({ perHostConcurrency: 1, perHostDelayMs: 1000, respectRobotsTxt: false });
    const started = Date.now();
    await Promise.all([1, 2, 3].map((n) => c.fetch(`https://other.example.no/${n}`)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1980);

    const c2 = client({ perHostConcurrency: 1, perHostDelayMs: 1000, respectRobotsTxt: false });
    const started2 = Date.now();
    await Promise.all(['other.example.no', 'third.example.no'].map((host) => c2.fetch(`https://${host}/x`)));
    expect(Date.now() - started2).toBeLessThan(1000);
  });
});
