/**
 * Watching is scheduled by host: on a real loopback web with a long per-host spacing, every
 * host's first request goes out before any host's second, even with a global cap far below the
 * number of hosts — no source waiting for its host's next slot holds back another host.
 * (A pool of sources would have run hosts two by two, each pair waiting out its spacing.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { silentLogger } from '../../src/log.js';
import { watchSources } from '../../src/watch/watch.js';
import { testConfig } from '../helpers/runtime.js';

const hosts = Array.from({ length: 6 }, (_, i) => `kilde${i + 1}.example.no`);

const feedSite: ReplicaSite = {
  name: 'many-hosts',
  hosts,
  handle: (request) => {
    if (request.path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' };
    if (request.path !== '/feed.xml') return null;
    return {
      status: 200,
      headers: { 'content-type': 'application/rss+xml' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${request.host}</title><item><title>Menneskehandel: rapport fra ${request.host}</title><link>https://${request.host}/a</link><guid>${request.host}-a</guid><pubDate>Wed, 25 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>`,
    };
  },
};

let replica: Replica;
let runtime: Runtime;
let storageDir: string;

beforeEach(async () => {
  replica = await startReplica({ sites: [feedSite] });
  storageDir = mkdtempSync(path.join(tmpdir(), 'sourcewatch-host-aware-'));
});
afterEach(async () => {
  await runtime.close();
  await replica.close();
  rmSync(storageDir, { recursive: true, force: true });
});

describe('host-aware watching', () => {
  it('starts every host before any host is asked a second time', async () => {
    const sources = [
      ...hosts.map((host, i) => ({ id: `kilde-${i + 1}`, name: `Kilde ${i + 1}`, section: 'forskning', kind: 'feed', url: `https://${host}/feed.xml` })),
      // A second source on the first host waits in that host's lane, behind the first.
      { id: 'kilde-1b', name: 'Kilde 1b', section: 'forskning', kind: 'feed', url: `https://${hosts[0]}/feed.xml?b` },
    ];
    // Two requests in flight over all hosts, 1.5 s between starts on one host: the first robots.txt
    // of all six hosts must come before any feed, since each feed waits out its host's spacing.
    const config = testConfig(sources, { http: { retries: 0, perHostDelayMs: 1500, concurrency: 2, timeoutSeconds: 5, respectRobotsTxt: true } });
    runtime = createRuntime(config, { storageDir, proxy: replica.proxyUrl, insecure: true }, silentLogger());
    const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log });

    expect(summary.sources.map((s) => s.outcome)).toEqual(Array(7).fill('baseline'));
    const requests = replica.log.map((entry) => `${entry.host} ${entry.path}`);
    expect(requests.slice(0, 6).sort()).toEqual(hosts.map((host) => `${host} /robots.txt`).sort());
    expect(requests.slice(6, 12).sort()).toEqual(hosts.map((host) => `${host} /feed.xml`).sort());
    // The first host's second source comes last: the host's spacing again, not a global slot.
    expect(requests[12]).toBe(`${hosts[0]} /feed.xml?b`);
    expect(requests).toHaveLength(13);
  });
});
