/**
 * Workload 3: start-up. Each command loads only what it uses (issue 14): `--help` commander and
 * the option definitions; `sources check` the config modules; `status` and `digest` the store
 * too — never the fetchers, the browser, the mailer or zod for a valid config. Measured side by
 * side with Node's own start-up, one round of every command after another, so load on the
 * machine falls on all alike; each figure's ratio is to `node -e 0`'s median.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.js';

export interface StartupResult {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  exitCode: number | null;
  /** Median ÷ the median of `node -e 0` measured in the same rounds (1 for Node itself). */
  ratio: number;
  /** The ratio the command should stay within (issue 14); undefined for Node itself. */
  target?: number;
}

interface StartupCommand {
  label: string;
  args: string[];
  target?: number;
}

/**
 * A new store for `status` and `digest`, made as a first `digest` makes it (schema and all, the
 * archive read once): what they cost to start, with almost no work to do.
 */
async function freshStore(root: string, work: string, bin: string): Promise<{ config: string; storage: string }> {
  const store = { config: path.join(root, 'sources.json'), storage: path.join(work, 'startup', 'storage') };
  mkdirSync(store.storage, { recursive: true });
  const made = await measure(process.execPath, [bin, 'digest', '--format', 'json', '-c', store.config, '-s', store.storage], { cwd: work, timeoutMs: 120_000 });
  if (made.code !== 0) throw new Error(`startup bench: could not create a store in ${store.storage}: ${made.stderr}`);
  return store;
}

/** The watch workload's store, when it ran: the same commands with real items to rank. */
function watchedStore(work: string): { config: string; storage: string } | undefined {
  const store = { config: path.join(work, 'watch', 'sources.json'), storage: path.join(work, 'watch', 'storage') };
  return existsSync(store.config) && existsSync(path.join(store.storage, 'sourcewatch.db')) ? store : undefined;
}

function median(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function startupBench(root: string, work: string, runs: number): Promise<StartupResult[]> {
  const bin = path.join(root, 'bin/sourcewatch.js');
  const fresh = await freshStore(root, work, bin);
  const withStore = (store: { config: string; storage: string }) => ['-c', store.config, '-s', store.storage];
  const commands: StartupCommand[] = [
    { label: 'node -e 0 (Node itself)', args: ['-e', '0'] },
    { label: 'sourcewatch --help', args: [bin, '--help'], target: 1.3 },
    { label: 'sourcewatch status', args: [bin, 'status', ...withStore(fresh)], target: 2.5 },
    { label: 'sourcewatch sources check', args: [bin, 'sources', 'check', '-c', fresh.config], target: 2.5 },
    { label: 'sourcewatch digest --format json', args: [bin, 'digest', '--format', 'json', ...withStore(fresh)], target: 2.5 },
  ];
  const watched = watchedStore(work);
  // Beside them, with the watch workload's items: start-up plus the work (ranking), no target.
  if (watched) {
    commands.push(
      { label: 'sourcewatch status (watch workload\'s store)', args: [bin, 'status', ...withStore(watched)] },
      { label: 'sourcewatch digest --format json (watch workload\'s store)', args: [bin, 'digest', '--format', 'json', ...withStore(watched)] },
    );
  }
  const times = commands.map(() => [] as number[]);
  const exitCodes: Array<number | null> = commands.map(() => null);
  // One warm-up round (file cache), then the measured rounds, each command once per round.
  for (let round = -1; round < runs; round += 1) {
    for (const [i, command] of commands.entries()) {
      const run = await measure(process.execPath, command.args, { cwd: work, timeoutMs: 60_000 });
      if (round < 0) continue;
      times[i]!.push(run.wallMs);
      exitCodes[i] = run.code;
    }
  }
  const sorted = times.map((list) => [...list].sort((a, b) => a - b));
  const node = median(sorted[0]!);
  return commands.map((command, i) => ({
    command: command.label,
    runs,
    medianMs: median(sorted[i]!),
    minMs: sorted[i]![0]!,
    exitCode: exitCodes[i]!,
    ratio: Math.round((median(sorted[i]!) / node) * 100) / 100,
    ...(command.target !== undefined ? { target: command.target } : {}),
  }));
}

/** The results as Markdown, each ratio beside its target. */
export function startupMarkdown(results: StartupResult[]): string {
  const rows = results.map((r) => `| \`${r.command}\` | ${r.medianMs} ms | ${r.minMs} ms | ${r.ratio.toFixed(2)}× | ${r.target !== undefined ? `≤ ${r.target}×` : ''} |`);
  return ['| command | median | fastest | × `node -e 0` | target |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

// `npx tsx bench/startup.ts [rounds]`: this workload alone (npm run build first), in a temporary folder.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const work = mkdtempSync(path.join(os.tmpdir(), 'sourcewatch-startup-'));
  try {
    process.stdout.write(`${startupMarkdown(await startupBench(root, work, Number(process.argv[2] ?? 21)))}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
