/**
 * Workload 3: many sources on many hosts (bench/many-web.ts), 100 ms latency per response:
 * each on a host of its own, and five to a host (so the bound is seconds, not Node's start-up,
 * and a host's spacing is what a run waits for). For each N, `sourcewatch watch` cold (a fresh store) then warm (nothing changed: all 304),
 * each run's wall time beside its politeness bound (bench/politeness.ts) computed from the
 * requests the run made, and beside the run of one source. urlwatch, which spaces nothing,
 * fetches the same URLs as the anchor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startReplica } from '../src/demo/server.js';
import { measure, type Measured } from './measure.js';
import { manyWeb } from './many-web.js';
import { politeness, type PolitenessFigures } from './politeness.js';
import { recorder, type Recorded } from './recording.js';

export const MANY_LATENCY_MS = 100;
/** sourcewatch's defaults (src/config/schema/http.ts), which the bench leaves unchanged. */
export const DEFAULT_SPACING_MS = 1000;
const PER_HOST_CONCURRENCY = 1;

export interface ManyRun {
  wallMs: number | null;
  peakRssKb: number | null;
  requests: number;
  answered304: number;
  exitCode: number | null;
  politeness: PolitenessFigures;
}

export interface ManyResult {
  sources: number;
  perHost: number;
  cold: ManyRun;
  warm: ManyRun;
  urlwatch?: { cold: ManyRun; warm: ManyRun };
}

function figures(run: Measured, records: Recorded[], statuses: number[]): ManyRun {
  return {
    wallMs: run.timedOut ? null : run.wallMs,
    peakRssKb: run.peakRssKb || null,
    requests: records.length,
    answered304: statuses.filter((status) => status === 304).length,
    exitCode: run.code,
    politeness: politeness(records, { spacingMs: DEFAULT_SPACING_MS, perHostConcurrency: PER_HOST_CONCURRENCY }),
  };
}

async function oneCount(count: number, perHost: number, options: { root: string; work: string; urlwatch: boolean }): Promise<ManyResult> {
  const work = path.join(options.work, `many-${count}-${perHost}`);
  mkdirSync(work, { recursive: true });
  const requests = recorder();
  const web = manyWeb(count, perHost, MANY_LATENCY_MS);
  const replica = await startReplica({ sites: web.sites.map((site) => requests.wrap(site)), day: 1 });
  const sources = web.sources;
  try {
    const config = path.join(work, 'sources.json');
    writeFileSync(config, JSON.stringify({ version: 1, sections: [{ id: 's', title: 'S' }], links: { archive: [] }, sources }));
    const ours = (agent: string | undefined): boolean => !agent?.startsWith('urlwatch');
    const args = [path.join(options.root, 'bin/sourcewatch.js'), 'watch', '-c', config, '-s', path.join(work, 'storage'), '--proxy', replica.proxyUrl, '--insecure', '--log-level', 'silent', '--json'];
    const run = async (command: string, commandArgs: string[], keep: (agent: string | undefined) => boolean, env?: NodeJS.ProcessEnv): Promise<ManyRun> => {
      requests.clear();
      replica.clearLog();
      const measured = await measure(command, commandArgs, { cwd: work, timeoutMs: 900_000, ...(env ? { env } : {}) });
      const statuses = replica.log.filter((entry) => keep(entry.userAgent)).map((entry) => entry.status);
      return figures(measured, requests.records.filter((record) => keep(record.userAgent)), statuses);
    };
    const cold = await run(process.execPath, args, ours);
    const warm = await run(process.execPath, args, ours);
    const result: ManyResult = { sources: count, perHost, cold, warm };
    if (options.urlwatch) {
      const dir = path.join(work, 'urlwatch');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'urls.yaml'), sources.map((s) => `name: ${JSON.stringify(s.id)}\nurl: ${JSON.stringify(s.url)}\nssl_no_verify: true\n`).join('---\n'));
      writeFileSync(path.join(dir, 'urlwatch.yaml'), 'display:\n  new: true\n  error: true\n  unchanged: false\nreport:\n  text:\n    details: false\n  stdout:\n    enabled: true\n    color: false\n');
      writeFileSync(path.join(dir, 'hooks.py'), '');
      const env = { ...process.env, HTTP_PROXY: replica.proxyUrl, HTTPS_PROXY: replica.proxyUrl, http_proxy: replica.proxyUrl, https_proxy: replica.proxyUrl, HOME: dir };
      const urlwatchArgs = ['--urls', path.join(dir, 'urls.yaml'), '--config', path.join(dir, 'urlwatch.yaml'), '--cache', path.join(dir, 'cache.db'), '--hooks', path.join(dir, 'hooks.py')];
      const theirs = (agent: string | undefined): boolean => Boolean(agent?.startsWith('urlwatch'));
      result.urlwatch = { cold: await run('urlwatch', urlwatchArgs, theirs, env), warm: await run('urlwatch', urlwatchArgs, theirs, env) };
    }
    return result;
  } finally {
    await replica.close();
  }
}

/**
 * Runs each count in turn at `perHost` sources to a host; the smallest count (one host's worth)
 * first, since the others are compared with it.
 */
export async function manySourcesBench(options: { counts: number[]; perHost: number; root: string; work: string; urlwatch: boolean; say: (line: string) => void }): Promise<ManyResult[]> {
  const results: ManyResult[] = [];
  for (const count of options.counts) {
    options.say(`  many sources: ${count}, ${options.perHost} to a host…`);
    results.push(await oneCount(count, options.perHost, options));
  }
  return results;
}
