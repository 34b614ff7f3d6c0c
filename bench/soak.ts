/**
 * Soak test for `sourcewatch schedule` (not part of `npm test`):
 *
 *   npm run -s build && npx tsx bench/soak.ts [--minutes 10] [--no-browser]
 *
 * Starts the replica web in this process (src/demo/server.ts + sites/index.ts, plus a
 * `replica.control` host: `curl -x <proxy> http://replica.control/day/2`), writes a project
 * with the shipped sources.json and accelerated cron expressions (watch every 20 s, the
 * browser source on its own twice a minute, digest every 30 s, links every 45 s), and runs the real scheduler (bin/sourcewatch.js schedule) in a
 * child process. Every 90 s the replica flips between day 1 and day 2, so jobs see new items,
 * a moved URL, a changed layout, a dead feed and their recoveries — alerts included. RSS of
 * the scheduler process (and of its chromium children, separately) is sampled every 5 s.
 * At the end the scheduler gets SIGTERM; the table and JSON go to bench/results/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { startReplica } from '../src/demo/server.js';
import { sites } from '../src/demo/sites/index.js';
import { controlSite } from '../test/replica/control.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const minutes = Number(argv[argv.indexOf('--minutes') + 1] ?? 10) || 10;
const withBrowser = !argv.includes('--no-browser');
const SAMPLE_MS = 5000;
const FLIP_MS = 90_000;

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Every descendant of `pid` (chromium and its helpers, when a browser source runs). */
function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // gone
    }
  }
  return children;
}

let setDay: (day: number) => void = () => undefined;
const control = controlSite((day) => setDay(day));

const replica = await startReplica({ sites: [...sites, control], day: 1 });
setDay = (day) => replica.setDay(day);

const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewatch-soak-'));
const shipped = JSON.parse(readFileSync(path.join(root, 'sources.json'), 'utf8')) as Record<string, unknown> & { sources: Array<{ kind: string; schedule?: string }> };
delete shipped.$schema;
if (!withBrowser) shipped.sources = shipped.sources.filter((source) => source.kind !== 'browser');
// Per-source schedules, accelerated too: the browser source gets its own job (chromium launched and closed each time).
for (const source of shipped.sources) {
  if (source.kind === 'browser') source.schedule = '10,50 * * * * *';
  else delete source.schedule;
}
shipped.schedule = { watch: '*/20 * * * * *', digest: '*/30 * * * * *', links: '*/45 * * * * *', shutdownGraceSeconds: 60 };
writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(shipped, null, 2));

const child = spawn(
  process.execPath,
  [path.join(root, 'bin/sourcewatch.js'), 'schedule', '--proxy', replica.proxyUrl, '--insecure', '--host-delay', '0', '--log-level', 'warn'],
  { cwd: dir, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let stderr = '';
child.stdout!.on('data', (d: Buffer) => process.stdout.write(`[scheduler] ${d.toString()}`));
child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

interface Sample {
  t: number;
  rssMb: number;
  childrenRssMb: number;
  day: number;
}
const samples: Sample[] = [];
const started = Date.now();
process.stdout.write(`soak: ${minutes} min, state in ${dir}, replica ${replica.proxyUrl}, scheduler pid ${child.pid}${withBrowser ? '' : ' (no browser source)'}\n`);

const sampler = setInterval(() => {
  const pid = child.pid!;
  const childrenKb = descendants(pid).reduce((sum, p) => sum + rssKb(p), 0);
  const sample = { t: Math.round((Date.now() - started) / 1000), rssMb: rssKb(pid) / 1024, childrenRssMb: childrenKb / 1024, day: replica.state.day };
  samples.push(sample);
  if (sample.t % 60 < SAMPLE_MS / 1000) process.stdout.write(`soak: ${sample.t} s  scheduler RSS ${sample.rssMb.toFixed(1)} MB  chromium ${sample.childrenRssMb.toFixed(0)} MB  day ${sample.day}\n`);
}, SAMPLE_MS);
const flipper = setInterval(() => replica.setDay(replica.state.day === 1 ? 2 : 1), FLIP_MS);

await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));
clearInterval(sampler);
clearInterval(flipper);
const stopAt = Date.now();
child.kill('SIGTERM');
const code = await exited;
const stopMs = Date.now() - stopAt;
await replica.close();

// What ran, from the store.
const db = new Database(path.join(dir, 'storage', 'sourcewatch.db'), { readonly: true });
const runs = db.prepare('SELECT kind, status, count(*) AS n FROM runs GROUP BY kind, status ORDER BY kind, status').all() as Array<{ kind: string; status: string; n: number }>;
const items = (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
const alerts = db.prepare('SELECT type, count(*) AS n FROM alert_events GROUP BY type').all() as Array<{ type: string; n: number }>;
db.close();
const heartbeat = JSON.parse(readFileSync(path.join(dir, 'storage', 'heartbeat.json'), 'utf8')) as { state: string };
const logsDir = path.join(dir, 'storage', 'logs');
const logBytes = readdirSync(logsDir).reduce((sum, name) => sum + statSync(path.join(logsDir, name)).size, 0);

// Growth: mean RSS of the first vs the last two minutes after a one-minute warm-up, and a least-squares slope.
const warm = samples.filter((s) => s.t >= 60);
const mean = (list: Sample[]): number => list.reduce((sum, s) => sum + s.rssMb, 0) / Math.max(1, list.length);
const firstWindow = warm.filter((s) => s.t < 180);
const lastWindow = warm.filter((s) => s.t >= warm.at(-1)!.t - 120);
const n = warm.length;
const mx = warm.reduce((sum, s) => sum + s.t, 0) / n;
const my = mean(warm);
const slope = warm.reduce((sum, s) => sum + (s.t - mx) * (s.rssMb - my), 0) / warm.reduce((sum, s) => sum + (s.t - mx) ** 2, 0);
const peak = samples.reduce((max, s) => Math.max(max, s.rssMb), 0);
const result = {
  minutes,
  withBrowser,
  node: process.version,
  exitCode: code,
  stopMs,
  heartbeatState: heartbeat.state,
  peakRssMb: Number(peak.toFixed(1)),
  peakChromiumRssMb: Number(samples.reduce((max, s) => Math.max(max, s.childrenRssMb), 0).toFixed(0)),
  rssFirstWindowMb: Number(mean(firstWindow).toFixed(1)),
  rssLastWindowMb: Number(mean(lastWindow).toFixed(1)),
  growthMb: Number((mean(lastWindow) - mean(firstWindow)).toFixed(1)),
  slopeMbPerHour: Number((slope * 3600).toFixed(1)),
  runs,
  items,
  alerts,
  logBytes,
  errorsOnStderr: (stderr.match(/"level":50/g) ?? []).length,
  samples,
};

const resultsDir = path.join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(path.join(resultsDir, `soak-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
const table = [
  `# soak ${stamp}: ${minutes} min${withBrowser ? '' : ' (no browser source)'}, ${process.version}`,
  '',
  '| t (s) | scheduler RSS (MB) | chromium RSS (MB) | replica day |',
  '| ---: | ---: | ---: | ---: |',
  ...samples.filter((s, i) => i % 6 === 0 || i === samples.length - 1).map((s) => `| ${s.t} | ${s.rssMb.toFixed(1)} | ${s.childrenRssMb.toFixed(0)} | ${s.day} |`),
  '',
  `peak RSS ${result.peakRssMb} MB; mean RSS minutes 1–3 ${result.rssFirstWindowMb} MB, last 2 minutes ${result.rssLastWindowMb} MB (growth ${result.growthMb} MB, slope ${result.slopeMbPerHour} MB/h)`,
  `runs: ${runs.map((r) => `${r.kind} ${r.status} ×${r.n}`).join(', ')}; items ${items}; alerts ${alerts.map((a) => `${a.type} ×${a.n}`).join(', ') || 'none'}; logs ${(logBytes / 1024).toFixed(0)} KB`,
  `SIGTERM → exit ${code} in ${stopMs} ms; heartbeat ${heartbeat.state}; error lines on stderr ${result.errorsOnStderr}`,
].join('\n');
writeFileSync(path.join(resultsDir, `soak-${stamp}.md`), `${table}\n`);
process.stdout.write(`\n${table}\n\nresults: ${path.join(resultsDir, `soak-${stamp}.{json,md}`)}\n`);
