/**
 * A year of daily `run`s against a real store and storage folder: three feed sources and an
 * archive of 40 links on local hosts (127.0.0.x), each day the main job (watch → links →
 * digest → retention) with the clock set to that day, then the alert evaluation, as `sourcewatch
 * run` does it. The hosts answer by the simulated day, so failures begin and end on set days.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../src/app.js';
import type { Config } from '../../src/config/schema.js';
import { silentLogger } from '../../src/log.js';
import { processAlerts } from '../../src/ops/alerts/index.js';
import { runMainJob } from '../../src/run.js';
import { DB_FILE } from '../../src/store/db.js';
import { historyCounts } from '../../src/store/retention.js';
import { page, startHosts, type TestHosts } from './hosts.js';
import { testConfig } from './runtime.js';

export const START = Date.parse('2026-01-01T05:00:00Z');
export const DAY_MS = 86_400_000;
export const ARCHIVE_LINKS = 40;

/** Which URL fails on which simulated day: the scenario the year test asserts on. */
export const SCENARIO = {
  /** An archive link that is 404 from day `brokenFrom` to the end (its first failure must outlive pruning). */
  brokenArchiveDoc: 1,
  brokenFrom: 100,
  /** Source C answers 500 from this day to the end ("failing since" must outlive pruning). */
  sourceCFailsFrom: 120,
  /** The item source A lists on this day links to a page that is gone: a candidate that dies, then leaves the period. */
  deadCandidateDay: 50,
} as const;

export interface DaySample {
  day: number;
  counts: ReturnType<typeof historyCounts>;
  digestFiles: number;
  /** Bytes of the store file (after a checkpoint) plus its WAL. */
  storeBytes: number;
}

export interface SimulatedYear {
  hosts: TestHosts;
  runtime: Runtime;
  config: Config;
  storageDir: string;
  /** The clock the jobs see: the day's 05:00 UTC plus a millisecond per call, so order is kept. */
  dayStart(day: number): Date;
  runDay(day: number): Promise<void>;
  sample(day: number): DaySample;
  close(): Promise<void>;
}

function rss(origin: string, source: string, day: number): string {
  const items = [0, 1, 2, 3, 4]
    .map((back) => day - back)
    .filter((d) => d >= 0)
    .map((d) => {
      const at = new Date(START + d * DAY_MS - 3_600_000).toUTCString();
      return `<item><title>${source} rapport om menneskehandel nr. ${d}</title><link>${origin}/artikkel/${d}</link><guid>${origin}/artikkel/${d}</guid><pubDate>${at}</pubDate></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${source}</title><link>${origin}/</link><description>d</description>${items}</channel></rss>`;
}

export async function startSimulatedYear(dir: string, retention: Record<string, unknown>): Promise<SimulatedYear> {
  let today = 0;
  const source = (id: string, failsFrom?: number) => (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, url: URL): void => {
    if (url.pathname === '/robots.txt') return void response.writeHead(404).end();
    if (url.pathname === '/rss') {
      if (failsFrom !== undefined && today >= failsFrom) return void response.writeHead(500).end('down');
      const body = rss(`http://${request.headers.host}`, id, today);
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return void response.end(body);
    }
    if (id === 'a' && url.pathname === `/artikkel/${SCENARIO.deadCandidateDay}`) return page(response, 404, 'Ikke funnet');
    page(response, 200, `Side ${url.pathname}`);
  };
  const hosts = await startHosts(
    {
      'kilde-a.example': source('a'),
      'kilde-b.example': source('b'),
      'kilde-c.example': source('c', SCENARIO.sourceCFailsFrom),
      'arkiv.example': (_request, response, url) => {
        const broken = url.pathname === `/dok/${SCENARIO.brokenArchiveDoc}` && today >= SCENARIO.brokenFrom;
        page(response, broken ? 404 : 200, broken ? 'Ikke funnet' : `Dokument ${url.pathname}`);
      },
    },
    40,
  );
  const origin = (name: string): string => hosts.hosts[name]!.origin;
  const archiveDir = path.join(dir, 'arkiv');
  mkdirSync(archiveDir, { recursive: true });
  const links = Array.from({ length: ARCHIVE_LINKS }, (_, i) => `- [Dokument ${i}](${origin('arkiv.example')}/dok/${i})`);
  writeFileSync(path.join(archiveDir, 'nyhetsbrev-2025.md'), `# Nyhetsbrev 2025\n\n${links.join('\n')}\n`);
  const config = testConfig(
    ['a', 'b', 'c'].map((id) => ({ id: `kilde-${id}`, name: `Kilde ${id.toUpperCase()}`, section: 'forskning', kind: 'feed', url: `${origin(`kilde-${id}.example`)}/rss` })),
    {
      // Eight checks at a time on the archive's one host: the same checks, a shorter year.
      links: { archive: ['arkiv'], retries: 0, timeoutSeconds: 5, perHostConcurrency: 8 },
      storage: { retention },
    },
  );
  const storageDir = path.join(dir, 'storage');
  const runtime = createRuntime(config, { storageDir, hostDelayMs: 0, hosts: hosts.resolve }, silentLogger());
  let tick = 0;
  const dayStart = (day: number): Date => new Date(START + day * DAY_MS);
  return {
    hosts,
    runtime,
    config,
    storageDir,
    dayStart,
    async runDay(day: number) {
      today = day;
      tick = 0;
      const now = (): Date => new Date(dayStart(day).getTime() + tick++);
      const result = await runMainJob(config, runtime, { now, baseDir: dir });
      await processAlerts(runtime.db, config, { storageDir, channels: {}, log: runtime.log, now, ...(result.links ? { runId: result.links.runId } : {}) });
    },
    sample(day: number): DaySample {
      const file = path.join(storageDir, DB_FILE);
      const size = (f: string): number => {
        try {
          return statSync(f).size;
        } catch {
          return 0;
        }
      };
      // The WAL holds pages not yet copied into the file: copy them first, so the file is the store.
      runtime.db.pragma('wal_checkpoint(TRUNCATE)');
      return {
        day,
        counts: historyCounts(runtime.db),
        digestFiles: readdirSync(path.join(storageDir, 'digests')).length,
        storeBytes: size(file) + size(`${file}-wal`),
      };
    },
    async close() {
      await runtime.close();
      await hosts.close();
    },
  };
}
