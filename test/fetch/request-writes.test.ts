/**
 * A host's spacing as its server sees it. Through a proxy that takes 400 ms to open each
 * tunnel, the first request leaves 400 ms after its grant; counted from the grant, the second
 * request (on the same, open tunnel) would reach the server well inside the spacing.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/fetch/http.js';
import { onRequestWritten, originHost } from '../../src/fetch/request-writes.js';

const TUNNEL_DELAY_MS = 400;
const SPACING_MS = 300;

let origin: Server;
let proxy: Server;
const arrivals: number[] = [];
const sockets = new Set<Socket>();

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  origin = createServer((_req, res) => {
    arrivals.push(Date.now());
    res.end('ok');
  });
  proxy = createServer();
  proxy.on('connect', (req, client: Socket) => {
    sockets.add(client);
    client.on('error', () => undefined);
    const [host, port] = (req.url ?? '').split(':');
    setTimeout(() => {
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      sockets.add(upstream);
    }, TUNNEL_DELAY_MS);
  });
  await Promise.all([listen(origin), listen(proxy)]);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([origin, proxy].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

describe('request writes', () => {
  it.each([
    { origin: 'https://www.example.no', host: 'www.example.no' },
    { origin: 'https://WWW.Example.NO:8443', host: 'www.example.no:8443' },
    { origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' },
    { origin: 'http://127.0.0.1:80', host: '127.0.0.1' },
    { origin: 'not a url', host: undefined },
    { origin: undefined, host: undefined },
  ])('the limiter key of origin $origin is $host', ({ origin: value, host }) => {
    expect(originHost(value)).toBe(host);
  });

  it('the spacing holds at the server when the first request leaves late', async () => {
    const target = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
    const writes: number[] = [];
    const stop = onRequestWritten((host, at) => {
      if (host === new URL(target).host) writes.push(at);
    });
    const client = new HttpClient({
      userAgent: 'sourcewatch-test/1',
      timeoutMs: 5_000,
      maxBytes: 100_000,
      perHostConcurrency: 1,
      perHostDelayMs: SPACING_MS,
      retries: 0,
      retryBaseDelayMs: 10,
      maxRetryAfterMs: 1_000,
      respectRobotsTxt: false,
      proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      insecure: false,
    });
    try {
      arrivals.length = 0;
      const started = Date.now();
      await Promise.all([client.request(`${target}/one`), client.request(`${target}/two`), client.request(`${target}/three`)]);
      expect(arrivals).toHaveLength(3);
      // The tunnel really made the first request late, so the test shows what it claims.
      expect(arrivals[0]! - started).toBeGreaterThanOrEqual(TUNNEL_DELAY_MS - 20);
      expect(writes).toHaveLength(3);
      // Our side: each request left at least the spacing after the one before.
      for (let i = 1; i < writes.length; i++) expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(SPACING_MS);
      // The server's side, noted by a handler on this same busy event loop, so with some slack;
      // counted from the grant instead, the second request arrived about 1 ms after the first.
      for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(SPACING_MS - 50);
    } finally {
      stop();
      await client.close();
    }
  });
});
