/**
 * Workload 3: many sources on many hosts (bench/many-web.ts), 100 ms latency per response:
 * each on a host of its own, and five to a host (so the bound is seconds, not Node's start-up,
 * and a host's spacing is what a run waits for). For each N, `sourcewatch watch` cold (a fresh store) then warm (nothing changed: all 304),
 * each run's wall time beside its politeness bound (bench/politeness.ts) computed from the
 * requests the run made, and beside the run of one source. urlwatch, which spaces nothing,
 * fetches the same URLs as the anchor.
 *
 * Each count runs `rounds` times (a fresh store each round, cold then warm) and reports the
 * round of median wall time, with every round's wall beside it: a run of one source takes
 * about half a second, and one busy moment on a two-core machine moves a single run's ratio
 * by a tenth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startReplica } from '../src/demo/server.js';
import { measure, type Measured } from './measure.js';
import { manyWeb } from './many-web.js';
import { politeness, type PolitenessFigures } from './politeness.js';
import { recorder, type Recorded } from './recording.js';

export const MANY_LATENCY_MS = 100;
/** Rounds of each count in a full run; the median round is reported. */
export const MANY_ROUNDS = 3;
/** sourcewatch's defaults (src/config/schema/http.ts), which the bench leaves unchanged. */
export const DEFAULT_SPACING_MS = 1000;
const PER_HOST_CONCURRENCY = 1;

export interface ManyRun {
  wallMs: number | null;
  /** Every round's wall time, in the order run (null: timed out). */
  wallsMs: Array<number | null>;
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

/**
 * The round of median wall time (a run that did not finish counts as the slowest), carrying
 * every round's wall; with an even number of rounds, the slower of the middle two.
 */
export function medianRun(rounds: readonly ManyRun[]): ManyRun {
  if (rounds.length === 0) throw new Error('medianRun needs at least one round');
  const slowest = (run: ManyRun): number => run.wallMs ?? Number.POSITIVE_INFINITY;
  // Equal walls (two that did not finish: Infinity − Infinity is NaN) keep their order.
  const sorted = [...rounds].sort((a, b) => (slowest(a) === slowest(b) ? 0 : slowest(a) - slowest(b)));
  return { ...sorted[Math.floor(sorted.length / 2)]!, wallsMs: rounds.map((run) => run.wallMs) };
}

function figures(run: Measured, records: Recorded[], statuses: number[]): ManyRun {
  const wallMs = run.timedOut ? null : run.wallMs;
  return {
    wallMs,
    wallsMs: [wallMs],
    peakRssKb: run.peakRssKb || null,
    requests: records.length,
    answered304: statuses.filter((status) => status === 304).length,
    exitCode: run.code,
    politeness: politeness(records, { spacingMs: DEFAULT_SPACING_MS, perHostConcurrency: PER_HOST_CONCURRENCY }),
  };
}

async function oneCount(count: number, perHost: number, options: { root: string; work: string; urlwatch: boolean; rounds: number }): Promise<ManyResult> {
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
    const args = (round: number): string[] => [path.join(options.root, 'bin/sourcewatch.js'), 'watch', '-c', config, '-s', path.join(work, `storage-${round}`), '--proxy', replica.proxyUrl, '--insecure', '--log-level', 'silent', '--json'];
    const run = async (command: string, commandArgs: string[], keep: (agent: string | undefined) => boolean, env?: NodeJS.ProcessEnv): Promise<ManyRun> => {
      requests.clear();
      replica.clearLog();
      const measured = await measure(command, commandArgs, { cwd: work, timeoutMs: 900_000, ...(env ? { env } : {}) });
      const statuses = replica.log.filter((entry) => keep(entry.userAgent)).map((entry) => entry.status);
      return figures(measured, requests.records.filter((record) => keep(record.userAgent)), statuses);
    };
    const colds: ManyRun[] = [];
    const warms: ManyRun[] = [];
    for (let round = 0; round < options.rounds; round++) {
      colds.push(await run(process.execPath, args(round), ours));
      warms.push(await run(process.execPath, args(round), ours));
    }
    const result: ManyResult = { sources: count, perHost, cold: medianRun(colds), warm: medianRun(warms) };
    if (options.urlwatch) {
      const dir = path.join(work, 'urlwatch');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'urls.yaml'), sources.map((s) => `name: ${JSON.stringify(s.id)}\nurl: ${JSON.stringify(s.url)}\nssl_no_verify: true\n`).join('---\n'));
      writeFileSync(path.join(dir, 'urlwatch.yaml'), 'display:\n  new: true\n  error: true\n  unchanged: false\nreport:\n  text:\n    details: false\n  stdout:\n    enabled: true\n    color: false\n');
      writeFileSync(path.join(dir, 'hooks.py'), '');
      const env = { ...process.env, HTTP_PROXY: replica.proxyUrl, HTTPS_PROXY: replica.proxyUrl, http_proxy: replica.proxyUrl, https_proxy: replica.proxyUrl, HOME: dir };
      const urlwatchArgs = (round: number): string[] => ['--urls', path.join(dir, 'urls.yaml'), '--config', path.join(dir, 'urlwatch.yaml'), '--cache', path.join(dir, `cache-${round}.db`), '--hooks', path.join(dir, 'hooks.py')];
      const theirs = (agent: string | undefined): boolean => Boolean(agent?.startsWith('urlwatch'));
      const theirColds: ManyRun[] = [];
      const theirWarms: ManyRun[] = [];
      for (let round = 0; round < options.rounds; round++) {
        theirColds.push(await run('urlwatch', urlwatchArgs(round), theirs, env));
        theirWarms.push(await run('urlwatch', urlwatchArgs(round), theirs, env));
      }
      result.urlwatch = { cold: medianRun(theirColds), warm: medianRun(theirWarms) };
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
export async function manySourcesBench(options: { counts: number[]; perHost: number; root: string; work: string; urlwatch: boolean; rounds: number; say: (line: string) => void }): Promise<ManyResult[]> {
  const results: ManyResult[] = [];
  for (const count of options.counts) {
    options.say(`  many sources: ${count}, ${options.perHost} to a host, ${options.rounds} ${options.rounds === 1 ? 'round' : 'rounds'}…`);
    results.push(await oneCount(count, options.perHost, options));
  }
  return results;
}
