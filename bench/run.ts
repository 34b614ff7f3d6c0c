/**
 * `npm run bench [-- --quick] [-- --only links,watch,many,startup]`: sourcewatch beside the
 * tools people would otherwise use, on the same local web, one after another, on this machine.
 * Writes a Markdown table and JSON to bench/results/ (git-ignored) with the machine, its load,
 * versions and date, and prints the tables.
 *
 *   full:  links 1,000 and 5,000 (sourcewatch, linkinator, LinkChecker) and 20,000 (sourcewatch
 *          only, for the growth slope); watch the shipped sources ×4 mirrors cold + warm
 *          (+ urlwatch, + the browser kind); many sources 1, 50, 100, 200, 500 cold + warm
 *          (+ urlwatch), and 5, 50, 200, 500 five to a host; start-up; the growth table.
 *          About 15–20 minutes here.
 *   quick: links 1,000; watch the shipped sources; many sources 1 and 50; start-up. A few minutes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTools } from './install.js';
import { linkBench, type LinkBenchResult } from './links-bench.js';
import { MANY_LATENCY_MS, MANY_ROUNDS, manySourcesBench, type ManyResult } from './many-sources.js';
import { startupBench, type StartupResult } from './startup.js';
import { growthTable, linkTable, manyTable, seconds, watchTable } from './tables.js';
import { watchBench, type WatchBenchResult } from './watch-bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const WORKLOADS = ['links', 'watch', 'many', 'startup'] as const;
type Workload = (typeof WORKLOADS)[number];
/** `--only links,many` (or `--only=…`): just those workloads, e.g. to re-measure one after a change. */
function chosen(argv: string[]): Set<Workload> {
  const at = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at === -1) return new Set(WORKLOADS);
  const list = (argv[at]!.includes('=') ? argv[at]!.slice('--only='.length) : (argv[at + 1] ?? '')).split(',').filter(Boolean);
  const unknown = list.filter((name) => !(WORKLOADS as readonly string[]).includes(name));
  if (unknown.length > 0 || list.length === 0) throw new Error(`--only takes a comma list of ${WORKLOADS.join(', ')}; got ${unknown.join(', ') || 'nothing'}`);
  return new Set(list as Workload[]);
}
const only = chosen(process.argv);
const work = path.join(os.tmpdir(), `sourcewatch-bench-${process.pid}`);
const toolsDir = path.join(root, 'bench', '.tools');
const resultsDir = path.join(root, 'bench', 'results');
const say = (line: string): void => void process.stderr.write(`${line}\n`);

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

  const load = (): string => os.loadavg().map((n) => n.toFixed(1)).join(' ');
  const loadAtStart = load();

  // The anchors run at 1,000 and 5,000 links; 20,000 is sourcewatch alone, for the slope
  // (LinkChecker would take over ten minutes there).
  const linkCounts: Array<[count: number, anchors: boolean]> = quick ? [[1000, true]] : [[1000, true], [5000, true], [20000, false]];
  const links: LinkBenchResult[] = [];
  if (only.has('links')) {
    for (const [count, anchors] of linkCounts) {
      say(`links: ${count} links…`);
      links.push(await linkBench({ links: count, hosts: 20, latencyMs: 100, slowHostLatencyMs: 300, root, tools: toolsDir, work, with: { linkinator: anchors && tools.linkinator, linkchecker: anchors && tools.linkchecker } }));
    }
  }
  let watch: WatchBenchResult | undefined;
  if (only.has('watch')) {
    say('watch…');
    watch = await watchBench({ copies: quick ? 1 : 4, root, work, urlwatch: tools.urlwatch && !quick, browser: !quick });
  }
  let many: ManyResult[] = [];
  if (only.has('many')) {
    say('many sources…');
    const rounds = quick ? 1 : MANY_ROUNDS;
    many = await manySourcesBench({ counts: quick ? [1, 50] : [1, 50, 100, 200, 500], perHost: 1, root, work, urlwatch: tools.urlwatch, rounds, say });
    if (!quick) many.push(...(await manySourcesBench({ counts: [5, 50, 200, 500], perHost: 5, root, work, urlwatch: false, rounds, say })));
  }
  let startup: StartupResult[] = [];
  if (only.has('startup')) {
    say('start-up…');
    startup = await startupBench(root, work, quick ? 5 : 11);
  }

  const markdown = [
    `### sourcewatch benchmark (${quick ? 'quick' : 'full'}) — ${date.slice(0, 10)}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; load average ${loadAtStart} at the start, ${load()} at the end. Everything ran on this machine, one tool after another, against local servers on 127.0.0.x.`,
    '',
    ...links.flatMap((l) => [linkTable(l, tools, linkCounts.find(([count]) => count === l.links)?.[1] ?? false), '']),
    ...(watch ? [watchTable(watch, tools, !quick), ''] : []),
    ...[1, 5].flatMap((perHost) => {
      const these = many.filter((m) => m.perHost === perHost);
      return these.length > 0 ? [manyTable(these, tools, MANY_LATENCY_MS, perHost === 1), ''] : [];
    }),
    ...(startup.length > 0 ? ['#### Start-up', '', startupTable(startup), ''] : []),
    ...(links.length > 1 || many.length > 2 ? [growthTable(links, many.filter((m) => m.perHost === 1)), ''] : []),
    `Bench time: ${seconds(Date.now() - started)}.`,
    '',
  ].join('\n');
  const stamp = date.replace(/[:.]/g, '-');
  writeFileSync(path.join(resultsDir, `bench-${stamp}.md`), markdown);
  writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify({ date, quick, only: [...only], machine, tools, links, watch, many, startup }, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  process.stdout.write(markdown);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
