/**
 * Workload 2: watching. The replica web scaled up by whole mirrors (bench/mirror.ts: every
 * shipped non-browser source, and then each again on its own `m1.`, `m2.`, … hosts), a cold run,
 * then a warm run where nothing changed: wall time beside the run's politeness bound
 * (bench/politeness.ts), peak RSS, bytes, and how many requests were answered 304. urlwatch
 * runs the same on the HTML and feed sources as the anchor. The browser kind is measured on
 * its own, with Chromium's memory summed over all its processes (PSS).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import type { Source } from '../src/config/schema.js';
import { startReplica, type Replica, type ReplicaLogEntry } from '../src/demo/server.js';
import { sites } from '../src/demo/sites/index.js';
import { measure, type Measured } from './measure.js';
import { mirror, mirrorSource } from './mirror.js';
import { DEFAULT_SPACING_MS } from './many-sources.js';
import { politeness, type PolitenessFigures } from './politeness.js';
import type { TreePeak } from './process-memory.js';
import { isPoliteRequest, recorder, type Recorder } from './recording.js';

export interface RunFigures {
  wallMs: number | null;
  peakRssKb: number | null;
  requests: number;
  answered304: number;
  bytes: number;
  exitCode: number | null;
  politeness: PolitenessFigures;
  /** The browser kind's runs: PSS summed over Chromium's processes and over node's. */
  tree?: TreePeak;
}

export interface WatchBenchResult {
  sources: number;
  cold: RunFigures;
  warm: RunFigures;
  urlwatch?: { jobs: number; cold: RunFigures; warm: RunFigures; version: string; note: string };
  browser?: { cold: RunFigures; warm: RunFigures };
}

function figures(log: ReplicaLogEntry[], requests: Recorder, run: Measured, filter: (userAgent: string | undefined) => boolean): RunFigures {
  const mine = log.filter((l) => filter(l.userAgent));
  return {
    wallMs: run.timedOut ? null : run.wallMs,
    peakRssKb: run.peakRssKb || null,
    requests: mine.length,
    answered304: mine.filter((l) => l.status === 304).length,
    bytes: mine.reduce((sum, l) => sum + l.bytes, 0),
    exitCode: run.code,
    politeness: politeness(
      requests.records.filter((r) => filter(r.userAgent) && isPoliteRequest(r)),
      { spacingMs: DEFAULT_SPACING_MS, perHostConcurrency: 1 },
    ),
    ...(run.tree ? { tree: run.tree } : {}),
  };
}

const ours = (userAgent: string | undefined): boolean => !userAgent?.startsWith('urlwatch');
const theirs = (userAgent: string | undefined): boolean => Boolean(userAgent?.startsWith('urlwatch'));

async function measured(replica: Replica, requests: Recorder, filter: (userAgent: string | undefined) => boolean, run: () => Promise<Measured>): Promise<RunFigures> {
  replica.clearLog();
  requests.clear();
  const done = await run();
  return figures(replica.log, requests, done, filter);
}

async function sourcewatchRuns(replica: Replica, requests: Recorder, configFile: string, work: string, root: string, storage: string, sampleTreeMs?: number): Promise<{ cold: RunFigures; warm: RunFigures }> {
  const args = [path.join(root, 'bin/sourcewatch.js'), 'watch', '-c', configFile, '-s', storage, '--proxy', replica.proxyUrl, '--insecure', '--log-level', 'silent', '--json'];
  const run = () => measure(process.execPath, args, { cwd: work, timeoutMs: 600_000, ...(sampleTreeMs ? { sampleTreeMs } : {}) });
  const cold = await measured(replica, requests, ours, run);
  return { cold, warm: await measured(replica, requests, ours, run) };
}

async function urlwatchRuns(replica: Replica, requests: Recorder, sources: Source[], work: string): Promise<WatchBenchResult['urlwatch']> {
  const jobs = sources.filter((s) => s.kind === 'html' || s.kind === 'feed');
  const dir = path.join(work, 'urlwatch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'urls.yaml'), jobs.map((s) => `name: ${JSON.stringify(s.id)}\nurl: ${JSON.stringify(s.url)}\nssl_no_verify: true\n`).join('---\n'));
  writeFileSync(path.join(dir, 'urlwatch.yaml'), 'display:\n  new: true\n  error: true\n  unchanged: false\nreport:\n  text:\n    details: false\n  stdout:\n    enabled: true\n    color: false\n');
  const env = { ...process.env, HTTP_PROXY: replica.proxyUrl, HTTPS_PROXY: replica.proxyUrl, http_proxy: replica.proxyUrl, https_proxy: replica.proxyUrl, HOME: dir };
  const args = ['--urls', path.join(dir, 'urls.yaml'), '--config', path.join(dir, 'urlwatch.yaml'), '--cache', path.join(dir, 'cache.db'), '--hooks', path.join(dir, 'hooks.py')];
  writeFileSync(path.join(dir, 'hooks.py'), '');
  const run = () => measure('urlwatch', args, { cwd: dir, env, timeoutMs: 600_000 });
  const coldFigures = await measured(replica, requests, theirs, run);
  const warm = await measured(replica, requests, theirs, run);
  const version = (await measure('urlwatch', ['--version'], { timeoutMs: 30_000 })).stdout.trim().split('\n')[0] ?? '';
  return { jobs: jobs.length, cold: coldFigures, warm, version, note: 'HTML and feed sources only (urlwatch has no sitemap or Stortinget API kind); its own parallelism' };
}

/**
 * The shipped config's ranking names sources (`notInSources`); a config of only some of them
 * must not name the others, or `sources check` refuses it.
 */
function rankingFor(raw: Record<string, unknown>, ids: ReadonlySet<string>): unknown {
  const ranking = raw.ranking as { keywords?: Array<{ notInSources?: string[] }> } | undefined;
  if (!ranking?.keywords) return ranking;
  return { ...ranking, keywords: ranking.keywords.map((k) => (k.notInSources ? { ...k, notInSources: k.notInSources.filter((id) => ids.has(id)) } : k)) };
}

export async function watchBench(options: { copies: number; root: string; work: string; urlwatch: boolean; browser: boolean }): Promise<WatchBenchResult> {
  const work = path.join(options.work, 'watch');
  mkdirSync(work, { recursive: true });
  const prefixes = [null, ...Array.from({ length: options.copies - 1 }, (_, i) => `m${i + 1}`)];
  const webHosts = sites.flatMap((site) => site.hosts);
  const requests = recorder();
  const allSites = [...sites, ...prefixes.filter((p): p is string => p !== null).flatMap((p) => sites.map((site) => mirror(site, p, webHosts)))];
  const replica = await startReplica({ sites: allSites.map((site) => requests.wrap(site)), day: 1 });
  const shipped = loadConfig(path.join(options.root, 'sources.json'));
  const raw = JSON.parse(readFileSync(path.join(options.root, 'sources.json'), 'utf8')) as Record<string, unknown>;
  try {
    const plain = shipped.sources.filter((s) => s.kind !== 'browser');
    const scaled = prefixes.flatMap((prefix) => plain.map((s) => mirrorSource(s, prefix, webHosts)));
    const configFile = path.join(work, 'sources.json');
    writeFileSync(configFile, JSON.stringify({ ...raw, $schema: undefined, links: { archive: [] }, sources: scaled }));
    const runs = await sourcewatchRuns(replica, requests, configFile, work, options.root, path.join(work, 'storage'));
    const result: WatchBenchResult = { sources: scaled.length, ...runs };
    if (options.urlwatch) result.urlwatch = await urlwatchRuns(replica, requests, scaled, work);
    if (options.browser) {
      const browserConfig = path.join(work, 'browser.json');
      const browserSources = shipped.sources.filter((s) => s.kind === 'browser');
      const ranking = rankingFor(raw, new Set(browserSources.map((s) => s.id)));
      writeFileSync(browserConfig, JSON.stringify({ ...raw, $schema: undefined, ranking, links: { archive: [] }, sources: browserSources }));
      result.browser = await sourcewatchRuns(replica, requests, browserConfig, work, options.root, path.join(work, 'storage-browser'), 100);
    }
    return result;
  } finally {
    await replica.close();
  }
}
