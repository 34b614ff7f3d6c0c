/**
 * The network down, three cron runs in a row, as a user would have it: the real CLI with its
 * proxy pointing at a port nobody listens on (so nothing at all answers), then the network
 * back. No link may die, no source may gain a failure streak, and the outage is one message.
 * One host down (the others answering) stays that host's problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { listOpenAlerts } from '../../src/store/alerts.js';
import { listSourceStates } from '../../src/store/source-state.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const hosts = ['www.forsk.no', 'www.tilsyn.no', 'www.nyheter.no'];
let downHost: string | undefined;
const site: ReplicaSite = {
  name: 'offline',
  hosts,
  handle: (r) => {
    if (r.host === downHost) return { status: 502, body: 'bad gateway', noValidators: true };
    if (r.path === '/liste') {
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<ul><li class="pub"><a href="/a">Menneskehandel hos ${r.host}</a><span class="d">24.11.2026</span></li></ul>`,
      };
    }
    if (r.path === '/a' || r.path === '/side') return { status: 200, headers: { 'content-type': 'text/html' }, body: '<title>ok</title><p>ok</p>' };
    return null;
  },
};

let replica: Replica;
let closedPort: number;
let dir: string;

beforeAll(async () => {
  replica = await startReplica({ sites: [site] });
  // A port that was just free: connecting to it is refused, as when the proxy is down.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  dir = tempDir('sourcewatch-offline-');
  mkdirSync(path.join(dir, 'archive'));
  writeFileSync(path.join(dir, 'archive', '2022-06.md'), hosts.map((h, i) => `- [lenke ${i}](https://${h}/side)`).join('\n'));
  writeFileSync(
    path.join(dir, 'sources.json'),
    JSON.stringify({
      version: 1,
      sections: [{ id: 'forskning', title: 'Forskning' }],
      http: { retries: 0, perHostDelayMs: 0, timeoutSeconds: 5 },
      links: { archive: ['archive'], checkCandidates: false, checkSources: true, deadAfterRuns: 2, retries: 0, timeoutSeconds: 5 },
      alerts: { failuresBeforeAlert: 3 },
      sources: hosts.map((h, i) => ({ id: `s${i}`, name: `S${i}`, section: 'forskning', kind: 'html', url: `https://${h}/liste`, select: { item: 'li.pub', link: 'a', date: '.d' } })),
    }),
  );
}, 30_000);
afterAll(async () => {
  await replica.close();
});

const run = (proxy: string) => runCli(['run', '--proxy', proxy, '--insecure'], { cwd: dir, timeoutMs: 120_000 });

describe('network down', () => {
  it('a first run with the network up sets the baseline', async () => {
    const result = await run(replica.proxyUrl);
    expect(result.code, result.stderr).toBe(0);
  });

  it('three runs with nothing answering: exit 5, one line saying so, no streak, no dead link, one alert', async () => {
    const outputs: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await run(`http://127.0.0.1:${closedPort}`);
      expect(result.code, result.stderr).toBe(5);
      expect(result.stdout).toContain('network unavailable: 0 of 3 sources reachable');
      expect(result.stdout).toContain('Links: not checked (network unavailable)');
      outputs.push(result.stdout);
    }
    const db = openDb(path.join(dir, 'storage'));
    try {
      expect(listSourceStates(db).map((s) => [s.sourceId, s.consecutiveFailures])).toEqual([
        ['s0', 0],
        ['s1', 0],
        ['s2', 0],
      ]);
      const links = db.prepare('SELECT url, consecutive_failures AS n, dead_since AS dead FROM link_state ORDER BY url').all() as Array<{ n: number; dead: string | null }>;
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => l.n > 0 || l.dead !== null)).toEqual([]);
      expect(listOpenAlerts(db).map((a) => a.key)).toEqual(['network']);
      const events = db.prepare(`SELECT key, type FROM alert_events ORDER BY id`).all();
      expect(events).toEqual([{ key: 'network', type: 'failing' }]);
    } finally {
      db.close();
    }
    // The alert is said once, on the run that crossed the threshold.
    expect(outputs.map((o) => o.includes('OFFLINE'))).toEqual([false, false, true]);
  }, 300_000);

  it('the network back: one notice that it is back, and sources carry on without a streak', async () => {
    const result = await run(replica.proxyUrl);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('ONLINE');
    expect(result.stdout).not.toContain('network unavailable');
  }, 120_000);

  it('one host down is that host\'s problem, not an outage', async () => {
    downHost = 'www.tilsyn.no';
    const result = await run(replica.proxyUrl);
    downHost = undefined;
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain('network unavailable');
    const db = openDb(path.join(dir, 'storage'));
    try {
      expect(listSourceStates(db).find((s) => s.sourceId === 's1')?.consecutiveFailures).toBe(1);
    } finally {
      db.close();
    }
  }, 120_000);
});
