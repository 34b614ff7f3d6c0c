/**
 * Workload 2: watching. The replica web scaled to ~50 sources (every shipped non-browser
 * source on its own host and three mirror hosts), a cold run, then a warm run where nothing
 * changed: wall time, peak RSS, bytes, and how many requests were answered 304. urlwatch runs
 * the same warm check on the HTML and feed sources as the anchor. The browser kind is
 * measured on its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import type { Source } from '../src/config/schema.js';
import { startReplica, type Replica, type ReplicaLogEntry } from '../src/demo/server.js';
import { sites } from '../src/demo/sites/index.js';
import type { ReplicaSite } from '../src/demo/types.js';
import { measure } from './measure.js';

export interface RunFigures {
  wallMs: number | null;
  peakRssKb: number | null;
  requests: number;
  answered304: number;
  bytes: number;
  exitCode: number | null;
}

export interface WatchBenchResult {
  sources: number;
  cold: RunFigures;
  warm: RunFigures;
  urlwatch?: { jobs: number; cold: RunFigures; warm: RunFigures; version: string; note: string };
  browser?: { cold: RunFigures; warm: RunFigures };
}

function mirror(site: ReplicaSite, prefix: string): ReplicaSite {
  return {
    name: `${site.name}-${prefix}`,
    hosts: site.hosts.map((host) => `${prefix}.${host}`),
    handle: (request, state) => site.handle({ ...request, host: request.host.slice(prefix.length + 1) }, state),
  };
}

function onMirror(source: Source, prefix: string | null): Source {
  if (!prefix) return source;
  const url = new URL(source.url);
  url.hostname = `${prefix}.${url.hostname}`;
  return { ...source, id: `${source.id}-${prefix}`, url: url.href } as Source;
}

function figures(log: ReplicaLogEntry[], run: { wallMs: number; peakRssKb: number; code: number | null; timedOut: boolean }, filter: (l: ReplicaLogEntry) => boolean): RunFigures {
  const mine = log.filter(filter);
  return {
    wallMs: run.timedOut ? null : run.wallMs,
    peakRssKb: run.peakRssKb || null,
    requests: mine.length,
    answered304: mine.filter((l) => l.status === 304).length,
    bytes: mine.reduce((sum, l) => sum + l.bytes, 0),
    exitCode: run.code,
  };
}

async function sourcewatchRuns(replica: Replica, configFile: string, work: string, root: string, storage: string): Promise<{ cold: RunFigures; warm: RunFigures }> {
  const args = [path.join(root, 'bin/sourcewatch.js'), 'watch', '-c', configFile, '-s', storage, '--proxy', replica.proxyUrl, '--insecure', '--log-level', 'silent', '--json'];
  const ours = (l: ReplicaLogEntry) => !l.userAgent?.startsWith('urlwatch');
  replica.clearLog();
  const cold = await measure(process.execPath, args, { cwd: work, timeoutMs: 600_000 });
  const coldFigures = figures(replica.log, cold, ours);
  replica.clearLog();
  const warm = await measure(process.execPath, args, { cwd: work, timeoutMs: 600_000 });
  return { cold: coldFigures, warm: figures(replica.log, warm, ours) };
}

async function urlwatchRuns(replica: Replica, sources: Source[], work: string): Promise<WatchBenchResult['urlwatch']> {
  const jobs = sources.filter((s) => s.kind === 'html' || s.kind === 'feed');
  const dir = path.join(work, 'urlwatch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'urls.yaml'), jobs.map((s) => `name: ${JSON.stringify(s.id)}\nurl: ${JSON.stringify(s.url)}\nssl_no_verify: true\n`).join('---\n'));
  writeFileSync(path.join(dir, 'urlwatch.yaml'), 'display:\n  new: true\n  error: true\n  unchanged: false\nreport:\n  text:\n    details: false\n  stdout:\n    enabled: true\n    color: false\n');
  const env = { ...process.env, HTTP_PROXY: replica.proxyUrl, HTTPS_PROXY: replica.proxyUrl, http_proxy: replica.proxyUrl, https_proxy: replica.proxyUrl, HOME: dir };
  const args = ['--urls', path.join(dir, 'urls.yaml'), '--config', path.join(dir, 'urlwatch.yaml'), '--cache', path.join(dir, 'cache.db'), '--hooks', path.join(dir, 'hooks.py')];
  writeFileSync(path.join(dir, 'hooks.py'), '');
  const theirs = (l: ReplicaLogEntry) => Boolean(l.userAgent?.startsWith('urlwatch'));
  replica.clearLog();
  const cold = await measure('urlwatch', args, { cwd: dir, env, timeoutMs: 600_000 });
  const coldFigures = figures(replica.log, cold, theirs);
  replica.clearLog();
  const warm = await measure('urlwatch', args, { cwd: dir, env, timeoutMs: 600_000 });
  const version = (await measure('urlwatch', ['--version'], { timeoutMs: 30_000 })).stdout.trim().split('\n')[0] ?? '';
  return { jobs: jobs.length, cold: coldFigures, warm: figures(replica.log, warm, theirs), version, note: 'HTML and feed sources only (urlwatch has no sitemap or Stortinget API kind); its own parallelism' };
}

export async function watchBench(options: { copies: number; root: string; work: string; urlwatch: boolean; browser: boolean }): Promise<WatchBenchResult> {
  const work = path.join(options.work, 'watch');
  mkdirSync(work, { recursive: true });
  const prefixes = [null, ...Array.from({ length: options.copies - 1 }, (_, i) => `m${i + 1}`)];
  const allSites = [...sites, ...prefixes.filter((p): p is string => p !== null).flatMap((p) => sites.map((site) => mirror(site, p)))];
  const replica = await startReplica({ sites: allSites, day: 1 });
  const shipped = loadConfig(path.join(options.root, 'sources.json'));
  const raw = JSON.parse((await import('node:fs')).readFileSync(path.join(options.root, 'sources.json'), 'utf8')) as Record<string, unknown>;
  try {
    const plain = shipped.sources.filter((s) => s.kind !== 'browser');
    const scaled = prefixes.flatMap((prefix) => plain.map((s) => onMirror(s, prefix)));
    const configFile = path.join(work, 'sources.json');
    writeFileSync(configFile, JSON.stringify({ ...raw, $schema: undefined, links: { archive: [] }, sources: scaled }));
    const runs = await sourcewatchRuns(replica, configFile, work, options.root, path.join(work, 'storage'));
    const result: WatchBenchResult = { sources: scaled.length, ...runs };
    if (options.urlwatch) result.urlwatch = await urlwatchRuns(replica, scaled, work);
    if (options.browser) {
      const browserConfig = path.join(work, 'browser.json');
      writeFileSync(browserConfig, JSON.stringify({ ...raw, $schema: undefined, links: { archive: [] }, sources: shipped.sources.filter((s) => s.kind === 'browser') }));
      result.browser = await sourcewatchRuns(replica, browserConfig, work, options.root, path.join(work, 'storage-browser'));
    }
    return result;
  } finally {
    await replica.close();
  }
}
