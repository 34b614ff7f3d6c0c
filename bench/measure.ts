/**
 * Running a tool under GNU time: wall time, peak RSS, exit code, output — with a hard time limit;
 * optionally the PSS of its whole process tree, sampled (bench/process-memory.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleTree, type TreePeak } from './process-memory.js';

export interface Measured {
  wallMs: number;
  peakRssKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** With `sampleTreeMs`: peak PSS sums of the tree's Chromium and other processes. */
  tree?: TreePeak;
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; sampleTreeMs?: number }): Promise<Measured> {
  const timeFile = path.join(mkdtempSync(path.join(tmpdir(), 'sw-bench-')), 'time.txt');
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = options.sampleTreeMs && child.pid !== undefined ? sampleTree(child.pid, options.sampleTreeMs) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const tree = sampler?.stop();
      const wallMs = Date.now() - started;
      let peakRssKb = 0;
      try {
        const [, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ');
        peakRssKb = Number(rss);
      } catch {
        // killed before time could write
      }
      resolve({ wallMs, peakRssKb, code, stdout, stderr, timedOut, ...(tree ? { tree } : {}) });
    });
  });
}
