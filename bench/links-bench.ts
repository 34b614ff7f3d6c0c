/**
 * Workload 1: link checking, sourcewatch beside linkinator and LinkChecker on the same local
 * web, each at comparable politeness (2 connections per host; the others have no per-host
 * limit, so their global limit is set to hosts × 2).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { achievableBoundMs, issueHtml, lowerBoundMs, startLinkWeb, type LinkWeb, type Truth } from './link-web.js';
import { measure, type Measured } from './measure.js';

export interface ToolResult {
  tool: string;
  version: string;
  links: number;
  wallMs: number | null;
  peakRssKb: number | null;
  requests: number;
  /** Most requests one host had in flight at once. */
  maxPerHost: number;
  right: number;
  judged: number;
  /** Wrong verdicts by truth class, to show where a tool errs. */
  wrong: Record<Truth, number>;
  note: string;
}

export interface LinkBenchResult {
  links: number;
  hosts: number;
  latencyMs: number;
  slowHostLatencyMs: number;
  perHostConcurrency: number;
  lowerBoundMs: number;
  /** The bound allowing for redirects, retries and Retry-After pauses the mix demands. */
  achievableBoundMs: number;
  tools: ToolResult[];
}

type Verdicts = Map<string, Truth | 'n/a'>;

function score(tool: string, version: string, web: LinkWeb, verdicts: Verdicts, run: Measured, note: string): ToolResult {
  const wrong: Record<Truth, number> = { working: 0, broken: 0, 'cant-tell': 0 };
  let right = 0;
  for (const c of web.cases) {
    const said = verdicts.get(c.url) ?? verdicts.get(c.url.replace(/#.*$/, ''));
    if (said === c.truth) right += 1;
    else wrong[c.truth] += 1;
  }
  return {
    tool,
    version,
    links: web.cases.length,
    wallMs: run.timedOut ? null : run.wallMs,
    peakRssKb: run.peakRssKb || null,
    requests: web.requests(),
    maxPerHost: web.maxInFlightPerHost(),
    right,
    judged: web.cases.length,
    wrong,
    note: run.timedOut ? `did not finish in time; ${note}` : note,
  };
}

const SW_CLASS: Record<string, Truth | 'n/a'> = {
  ok: 'working',
  redirected: 'working',
  broken: 'broken',
  'soft-404': 'broken',
  'missing-fragment': 'broken',
  'server-error': 'broken',
  timeout: 'broken',
  'network-error': 'broken',
  blocked: 'cant-tell',
  'needs-login': 'cant-tell',
  'rate-limited': 'cant-tell',
  excluded: 'n/a',
  unsupported: 'n/a',
};

async function runSourcewatch(web: LinkWeb, work: string, root: string): Promise<ToolResult> {
  const issue = path.join(work, 'issue.html');
  writeFileSync(issue, issueHtml(web.cases));
  // Default link politeness from the schema: nothing overridden but the archive.
  writeFileSync(
    path.join(work, 'sources.json'),
    JSON.stringify({ version: 1, sections: [{ id: 's', title: 'S' }], sources: [{ id: 'x', name: 'x', section: 's', kind: 'feed', url: 'https://example.org/feed', enabled: false }] }),
  );
  web.reset();
  const run = await measure(process.execPath, [path.join(root, 'bin/sourcewatch.js'), 'links', 'check', issue, '--format', 'json', '-c', path.join(work, 'sources.json'), '--log-level', 'silent'], {
    cwd: work,
    timeoutMs: 600_000,
  });
  const verdicts: Verdicts = new Map();
  try {
    for (const link of JSON.parse(run.stdout).links as Array<{ url: string; verdict: string }>) verdicts.set(link.url, SW_CLASS[link.verdict] ?? 'n/a');
  } catch {
    // a crash shows as zero right answers
  }
  return score('sourcewatch', '0.1.0', web, verdicts, run, 'default politeness: 2 connections per host, 64 in all');
}

async function runLinkinator(web: LinkWeb, tools: string): Promise<ToolResult> {
  web.reset();
  const cli = path.join(tools, 'node_modules/linkinator/build/src/cli.js');
  const concurrency = String(web.hosts.length * 2);
  // Its JSON goes to a file: on a pipe, linkinator exits before a large report is flushed.
  const out = path.join(path.dirname(tools), `linkinator-${web.cases.length}.json`);
  const args = [cli, web.issueUrl, '--format', 'json', '--concurrency', concurrency, '--timeout', '20000', '--retry', '--retry-errors', '--retry-errors-count', '2', '--check-fragments', '--verbosity', 'info'];
  const run = await measure('sh', ['-c', `exec "$0" "$@" > ${JSON.stringify(out)}`, process.execPath, ...args], { timeoutMs: 600_000 });
  run.stdout = existsSync(out) ? readFileSync(out, 'utf8') : '';
  rmSync(out, { force: true });
  const verdicts: Verdicts = new Map();
  let parseNote = '';
  try {
    const json = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'), run.stdout.lastIndexOf('}') + 1)) as { links: Array<{ url: string; state: string }> };
    for (const link of json.links) verdicts.set(link.url, link.state === 'OK' ? 'working' : link.state === 'BROKEN' ? 'broken' : 'n/a');
  } catch (error) {
    parseNote = `; output not readable: ${(error as Error).message.slice(0, 80)}`;
  }
  return score('linkinator', '7.6.1', web, verdicts, run, `--concurrency ${concurrency} (no per-host limit) --retry --retry-errors --check-fragments${parseNote}`);
}

async function runLinkChecker(web: LinkWeb, work: string): Promise<ToolResult> {
  const config = path.join(work, 'linkcheckerrc');
  const threads = web.hosts.length * 2;
  // Its per-host limit is a request rate: 2 connections at 100 ms latency make 20 per second.
  writeFileSync(config, `[checking]\nthreads=${threads}\nmaxrequestspersecond=20\ntimeout=20\n[filtering]\ncheckextern=1\n[output]\nstatus=0\n`);
  web.reset();
  const run = await measure('linkchecker', ['-f', config, '-r', '1', '--check-extern', '-o', 'csv', '--no-status', '--verbose', web.issueUrl], {
    timeoutMs: 600_000,
    env: { ...process.env, HOME: work },
  });
  const verdicts: Verdicts = new Map();
  const lines = run.stdout.split('\n').filter((line) => line && !line.startsWith('#'));
  const header = lines.shift()?.split(';') ?? [];
  const urlAt = header.indexOf('url');
  const validAt = header.indexOf('valid');
  const nameAt = header.indexOf('urlname');
  for (const line of lines) {
    const cells = line.split(';');
    const valid = cells[validAt] === 'True';
    for (const key of [cells[nameAt], cells[urlAt]]) if (key) verdicts.set(key, valid ? 'working' : 'broken');
  }
  return score('LinkChecker', '10.2.1', web, verdicts, run, `${threads} threads, maxrequestspersecond=20 per host`);
}

export async function linkBench(options: { links: number; hosts: number; latencyMs: number; slowHostLatencyMs: number; root: string; tools: string; work: string; with: { linkinator: boolean; linkchecker: boolean } }): Promise<LinkBenchResult> {
  const web = await startLinkWeb({ links: options.links, hosts: options.hosts, latencyMs: options.latencyMs, slowHostLatencyMs: options.slowHostLatencyMs });
  const work = path.join(options.work, `links-${options.links}`);
  mkdirSync(work, { recursive: true });
  try {
    const tools: ToolResult[] = [];
    tools.push(await runSourcewatch(web, work, options.root));
    if (options.with.linkinator) tools.push(await runLinkinator(web, options.tools));
    if (options.with.linkchecker) tools.push(await runLinkChecker(web, work));
    return {
      links: options.links,
      hosts: options.hosts,
      latencyMs: options.latencyMs,
      slowHostLatencyMs: options.slowHostLatencyMs,
      perHostConcurrency: 2,
      lowerBoundMs: lowerBoundMs(web, 2),
      achievableBoundMs: achievableBoundMs(web, 2),
      tools,
    };
  } finally {
    await web.close();
  }
}
