/**
 * `npm run bench [-- --quick]`: sourcewatch beside the tools people would otherwise use, on
 * the same local web, one after another, on this machine. Writes a Markdown table and JSON to
 * bench/results/ (git-ignored) with the machine, versions and date, and prints the tables.
 *
 *   full:  links 1,000 and 5,000 (sourcewatch, linkinator, LinkChecker); watch ~50 sources
 *          cold + warm (+ urlwatch, + the browser kind); start-up. Under 10 minutes here.
 *   quick: links 1,000; watch 12 sources; start-up. Under 2 minutes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTools } from './install.js';
import { linkBench, type LinkBenchResult } from './links-bench.js';
import { startupBench, type StartupResult } from './startup.js';
import { watchBench, type WatchBenchResult } from './watch-bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const work = path.join(os.tmpdir(), `sourcewatch-bench-${process.pid}`);
const toolsDir = path.join(root, 'bench', '.tools');
const resultsDir = path.join(root, 'bench', 'results');
const say = (line: string): void => void process.stderr.write(`${line}\n`);

const seconds = (ms: number | null): string => (ms === null ? 'did not finish' : `${(ms / 1000).toFixed(1)} s`);
const mb = (kb: number | null): string => (kb === null ? '–' : `${Math.round(kb / 1024)} MB`);

function linkTable(result: LinkBenchResult): string {
  const lines = [
    `#### ${result.links.toLocaleString('en')} links, ${result.hosts} hosts, ${result.latencyMs} ms latency (one slow host: ${result.slowHostLatencyMs} ms)`,
    '',
    `Lower bound at ${result.perHostConcurrency} connections per host: **${seconds(result.lowerBoundMs)}** (max over hosts of links ÷ ${result.perHostConcurrency} × latency). Allowing for the requests the mix itself demands (a redirect is two requests, a persistent 500 is tried three times, a 429 asks the host to pause 1 s): **${seconds(result.achievableBoundMs)}**.`,
    '',
    '| tool | wall time | × lower bound | × bound with redirects/retries | most in flight on one host | peak RSS | requests | right verdicts | wrong: working / broken / can\'t tell | settings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const t of result.tools) {
    const ratio = t.wallMs === null ? '–' : `${(t.wallMs / result.lowerBoundMs).toFixed(2)}×`;
    const ratio2 = t.wallMs === null ? '–' : `${(t.wallMs / result.achievableBoundMs).toFixed(2)}×`;
    lines.push(
      `| ${t.tool} ${t.version} | ${seconds(t.wallMs)} | ${ratio} | ${ratio2} | ${t.maxPerHost} | ${mb(t.peakRssKb)} | ${t.requests} | ${t.right} / ${t.judged} (${((100 * t.right) / t.judged).toFixed(1)} %) | ${t.wrong.working} / ${t.wrong.broken} / ${t.wrong['cant-tell']} | ${t.note} |`,
    );
  }
  return lines.join('\n');
}

function watchTable(result: WatchBenchResult): string {
  const row = (label: string, f: WatchBenchResult['cold']): string =>
    `| ${label} | ${seconds(f.wallMs)} | ${mb(f.peakRssKb)} | ${f.requests} | ${f.answered304} (${f.requests ? ((100 * f.answered304) / f.requests).toFixed(0) : 0} %) | ${(f.bytes / 1024).toFixed(1)} KiB |`;
  const lines = [
    `#### Watching ${result.sources} sources (feeds, html, sitemap, Stortinget API; each on its own host)`,
    '',
    '| run | wall time | peak RSS | requests | answered 304 | bytes received |',
    '| --- | --- | --- | --- | --- | --- |',
    row('sourcewatch, cold (baseline)', result.cold),
    row('sourcewatch, warm (nothing changed)', result.warm),
  ];
  if (result.urlwatch) {
    lines.push(row(`${result.urlwatch.version}, cold (${result.urlwatch.jobs} HTML/feed jobs)`, result.urlwatch.cold));
    lines.push(row(`${result.urlwatch.version}, warm`, result.urlwatch.warm));
  }
  if (result.browser) {
    lines.push(row('sourcewatch, browser kind only (GRETA), cold', result.browser.cold));
    lines.push(row('sourcewatch, browser kind only (GRETA), warm', result.browser.warm));
  }
  return lines.join('\n');
}

function startupTable(results: StartupResult[]): string {
  return ['| command | median | fastest |', '| --- | --- | --- |', ...results.map((r) => `| \`${r.command}\` | ${r.medianMs} ms | ${r.minMs} ms |`)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(work, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const tools = installTools(toolsDir, say);
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
  const date = new Date().toISOString();

  const links: LinkBenchResult[] = [];
  for (const count of quick ? [1000] : [1000, 5000]) {
    say(`links: ${count} links…`);
    links.push(await linkBench({ links: count, hosts: 20, latencyMs: 100, slowHostLatencyMs: 300, root, tools: toolsDir, work, with: { linkinator: tools.linkinator, linkchecker: tools.linkchecker } }));
  }
  say('watch…');
  const watch = await watchBench({ copies: quick ? 1 : 4, root, work, urlwatch: tools.urlwatch && !quick, browser: !quick });
  say('start-up…');
  const startup = await startupBench(root, work, quick ? 5 : 11);

  const markdown = [
    `### sourcewatch benchmark (${quick ? 'quick' : 'full'}) — ${date.slice(0, 10)}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}. Everything ran on this machine, one tool after another, against local servers on 127.0.0.x.`,
    '',
    ...links.flatMap((l) => [linkTable(l), '']),
    watchTable(watch),
    '',
    '#### Start-up',
    '',
    startupTable(startup),
    '',
    `Bench time: ${seconds(Date.now() - started)}.`,
    '',
  ].join('\n');
  const stamp = date.replace(/[:.]/g, '-');
  writeFileSync(path.join(resultsDir, `bench-${stamp}.md`), markdown);
  writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify({ date, quick, machine, tools, links, watch, startup }, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  process.stdout.write(markdown);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
