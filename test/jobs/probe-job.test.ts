/** The review page's probe has a time limit: a site that never answers ends in a timeout, not a hung request. */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeWithTimeLimit } from '../../src/jobs/probe-job.js';
import { silentLogger } from '../../src/log.js';
import { isTimeout } from '../../src/review/source-probe.js';
import { testConfig } from '../helpers/runtime.js';

let silent: http.Server;
let answering: http.Server;
const sockets = new Set<Socket>();

function listen(server: http.Server): Promise<number> {
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

let silentPort: number;
let answeringPort: number;

beforeAll(async () => {
  // Accepts the connection and never answers.
  silent = http.createServer(() => undefined);
  answering = http.createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<html><body><ul><li><a href="/a/1">Menneskehandel i Norden: ny rapport</a> <time>2026-11-20</time></li></ul></body></html>');
  });
  [silentPort, answeringPort] = await Promise.all([listen(silent), listen(answering)]);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([new Promise((r) => silent.close(r)), new Promise((r) => answering.close(r))]);
});

const source = (port: number) => ({ id: 'side', name: 'Side', section: 'forskning', kind: 'html', url: `http://127.0.0.1:${port}/`, articles: { include: ['/a/\\d+$'] } });

describe('probeWithTimeLimit', () => {
  it('gives up after the limit when the site never answers', async () => {
    const config = testConfig([source(silentPort)], { http: { retries: 0, timeoutSeconds: 30, perHostDelayMs: 0, respectRobotsTxt: false } });
    const started = Date.now();
    const result = await probeWithTimeLimit(config.sources[0]!, config, {}, silentLogger(), 1);
    expect(isTimeout(result)).toBe(true);
    expect(result).toEqual({ timedOut: true, seconds: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('returns what the probe found when the site answers in time', async () => {
    const config = testConfig([source(answeringPort)], { http: { retries: 0, timeoutSeconds: 5, perHostDelayMs: 0, respectRobotsTxt: false } });
    const result = await probeWithTimeLimit(config.sources[0]!, config, {}, silentLogger(), 20);
    if (isTimeout(result)) throw new Error('timed out');
    expect(result.items.map((item) => item.title)).toEqual(['Menneskehandel i Norden: ny rapport']);
  });
});
