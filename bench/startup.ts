/** Workload 3: start-up. Heavy modules (playwright, pdf, the store) must load only when a command needs them. */
import path from 'node:path';
import { measure } from './measure.js';

export interface StartupResult {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  exitCode: number | null;
}

export async function startupBench(root: string, work: string, runs: number): Promise<StartupResult[]> {
  const bin = path.join(root, 'bin/sourcewatch.js');
  const commands: Array<[string, string[]]> = [
    ['node -e 0 (Node itself)', ['-e', '0']],
    ['sourcewatch --help', [bin, '--help']],
    ['sourcewatch status', [bin, 'status', '-c', path.join(root, 'sources.json'), '-s', path.join(work, 'watch', 'storage')]],
  ];
  const results: StartupResult[] = [];
  for (const [label, args] of commands) {
    const times: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < runs; i += 1) {
      const run = await measure(process.execPath, args, { cwd: work, timeoutMs: 60_000 });
      times.push(run.wallMs);
      exitCode = run.code;
    }
    times.sort((a, b) => a - b);
    results.push({ command: label, runs, medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, exitCode });
  }
  return results;
}
