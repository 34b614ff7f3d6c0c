import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, ProxyAgent, request } from '../../src/fetch/undici-parts.js';

const require = createRequire(import.meta.url);

let server: Server;
let base: string;
const seen: Array<Pick<IncomingMessage, 'method' | 'url'>> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url });
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('undici parts', () => {
  // If an upgrade moves a file, these are no longer the index's classes (or fail to load).
  it('are the very classes the package index exports', () => {
    const undici = require('undici') as typeof import('undici');
    expect(Agent).toBe(undici.Agent);
    expect(ProxyAgent).toBe(undici.ProxyAgent);
    expect(typeof Agent.prototype.request).toBe('function');
    expect(typeof ProxyAgent.prototype.connect).toBe('function');
  });

  it.each([
    { url: '/plain', path: '/plain' },
    { url: '/q?a=1&b=2', path: '/q?a=1&b=2' },
    { url: '/frag#part', path: '/frag' },
    { url: '/', path: '/' },
  ])('sends $url as $path, as the index request does', async ({ url, path }) => {
    const agent = new Agent();
    try {
      const response = await request(new URL(url, base), { dispatcher: agent });
      expect(response.statusCode).toBe(200);
      expect(await response.body.text()).toBe(`GET ${path}`);
      const head = await request(new URL(url, base), { dispatcher: agent, method: 'HEAD' });
      await head.body.dump();
      expect(seen.at(-1)).toEqual({ method: 'HEAD', url: path });
    } finally {
      await agent.close();
    }
  });

  it('load without the package index', () => {
    const probe = `
      const { createRequire } = require('node:module');
      import(${JSON.stringify(new URL('../../dist/src/fetch/undici-parts.js', import.meta.url).href)}).then(() => {
        const files = Object.keys(require.cache);
        console.log(JSON.stringify({ index: files.some((f) => /node_modules\\/undici\\/index\\.js$/.test(f)), fetch: files.some((f) => /undici\\/lib\\/web\\/fetch\\//.test(f)), count: files.length }));
      });`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const loaded = JSON.parse(result.stdout) as { index: boolean; fetch: boolean; count: number };
    expect(loaded).toMatchObject({ index: false, fetch: false });
    expect(loaded.count).toBeGreaterThan(10);
  });
});
