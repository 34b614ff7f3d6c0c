/**
 * Workload 3: start-up. Each command loads only what it uses (issue 14): `--help` commander and
 * the option definitions; `sources check` the config modules; `status` and `digest` the store
 * too — never the fetchers, the browser, the mailer or zod for a valid config. Measured side by
 * side with Node's own start-up, one round of every command after another, so load on the
 * machine falls on all alike; each figure's ratio is to `node -e 0`'s median.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
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

/** The store `status` and `digest` read: the watch workload's when it ran, else a new one. */
async function storeFor(root: string, work: string, bin: string): Promise<{ config: string; storage: string }> {
  const watched = { config: path.join(work, 'watch', 'sources.json'), storage: path.join(work, 'watch', 'storage') };
  if (existsSync(watched.config) && existsSync(path.join(watched.storage, 'sourcewatch.db'))) return watched;
  const fresh = { config: path.join(root, 'sources.json'), storage: path.join(work, 'startup', 'storage') };
  mkdirSync(fresh.storage, { recursive: true });
  // `digest` creates the store (schema and all) and reads the archive once, as a first run does.
  const made = await measure(process.execPath, [bin, 'digest', '--format', 'json', '-c', fresh.config, '-s', fresh.storage], { cwd: work, timeoutMs: 120_000 });
  if (made.code !== 0) throw new Error(`startup bench: could not create a store in ${fresh.storage}: ${made.stderr}`);
  return fresh;
}

function median(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function startupBench(root: string, work: string, runs: number): Promise<StartupResult[]> {
  const bin = path.join(root, 'bin/sourcewatch.js');
  const store = await storeFor(root, work, bin);
  const withStore = ['-c', store.config, '-s', store.storage];
  const commands: StartupCommand[] = [
    { label: 'node -e 0 (Node itself)', args: ['-e', '0'] },
    { label: 'sourcewatch --help', args: [bin, '--help'], target: 1.3 },
    { label: 'sourcewatch status', args: [bin, 'status', ...withStore], target: 2.5 },
    { label: 'sourcewatch sources check', args: [bin, 'sources', 'check', '-c', store.config], target: 2.5 },
    { label: 'sourcewatch digest --format json', args: [bin, 'digest', '--format', 'json', ...withStore], target: 2.5 },
  ];
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
