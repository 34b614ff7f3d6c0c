/**
 * A stop signal does not take the browser down: the scheduler owns SIGINT/SIGTERM/SIGHUP so
 * that a render in flight can finish. Playwright would install handlers that close every
 * browser and exit unless the launch says not to (both launches in fetch/browser.ts and
 * fetch/crawlee-browser.ts do); the listeners that remain (signal-exit, loaded by crawlee) only
 * act when no other listener exists. Checked in a child process with Debian's real Chromium:
 * it renders, receives SIGTERM with its own handler installed, and renders again.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const CHROMIUM = process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium';

const plain: ReplicaSite = {
  name: 'plain',
  hosts: ['plain.example.net'],
  handle: (r) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!DOCTYPE html><title>Plain</title><h1>Rendered ${r.path}</h1>` }),
};

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ sites: [plain] });
});
afterAll(async () => {
  await replica?.close();
});

const child = `
  const { createBrowserPool, launchChromium } = await import('./src/fetch/browser.ts');
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const received = [];
  const ours = (signal) => received.push(signal);
  for (const signal of signals) process.on(signal, ours);
  const pool = createBrowserPool({ executablePath: process.env.CHROMIUM, proxy: process.env.PROXY, insecure: true, navigationTimeoutMs: 20000 });
  const bare = await launchChromium(process.env.CHROMIUM, process.env.PROXY);
  const first = await pool.render('https://plain.example.net/before');
  for (const signal of signals) process.kill(process.pid, signal);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const second = await pool.render('https://plain.example.net/after');
  const bareConnected = bare.isConnected();
  await bare.close();
  await pool.close();
  console.log(JSON.stringify({ received, bareConnected, pages: [first.html, second.html].map((html) => /<h1>([^<]*)<\\/h1>/.exec(html)?.[1]) }));
`;

describe('the browser and the stop signals', () => {
  it('SIGINT, SIGTERM and SIGHUP reach our handler and leave both browsers running', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
      env: { ...process.env, CHROMIUM, PROXY: replica.proxyUrl },
      timeout: 90_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      received: ['SIGINT', 'SIGTERM', 'SIGHUP'],
      bareConnected: true,
      pages: ['Rendered /before', 'Rendered /after'],
    });
  }, 120_000);
});
