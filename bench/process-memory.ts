/**
 * Memory of a whole process tree, sampled: what a run costs when it starts Chromium, whose
 * browser, renderer, GPU, utility and zygote processes share most of their pages. Peak RSS of
 * the largest one (what GNU time reports for the process it waits on, or the largest child)
 * says little; RSS summed counts the shared pages once per process. PSS (proportional set
 * size, from /proc/<pid>/smaps_rollup) shares them fairly, so a sum of PSS is what the tree
 * holds. Node's own processes are summed apart from Chromium's, and the rest (a virtual
 * display, a shell) apart from both.
 */
import { readFileSync } from 'node:fs';
import { descendants, type ProcessInfo } from '../test/helpers/processes.js';

/** The Pss line of a smaps_rollup text, in KiB; null when there is none. */
export function parsePssKiB(smapsRollup: string): number | null {
  const match = /^Pss:\s+(\d+)\s+kB$/m.exec(smapsRollup);
  return match ? Number(match[1]) : null;
}

export function isChromium(info: Pick<ProcessInfo, 'comm' | 'cmdline'>): boolean {
  return /chrom/i.test(info.comm) || /chrom/i.test(info.cmdline[0] ?? '');
}

export interface TreeSample {
  chromiumPssKiB: number;
  chromiumProcesses: number;
  nodePssKiB: number;
  otherPssKiB: number;
}

const isNode = (info: Pick<ProcessInfo, 'comm'>): boolean => info.comm === 'node';

/** One sample: PSS summed over the tree's Chromium processes, its node processes, and the rest. */
export function sumTree(processes: ReadonlyArray<Pick<ProcessInfo, 'comm' | 'cmdline'> & { pssKiB: number }>): TreeSample {
  const sample: TreeSample = { chromiumPssKiB: 0, chromiumProcesses: 0, nodePssKiB: 0, otherPssKiB: 0 };
  for (const info of processes) {
    if (isChromium(info)) {
      sample.chromiumPssKiB += info.pssKiB;
      sample.chromiumProcesses += 1;
    } else if (isNode(info)) sample.nodePssKiB += info.pssKiB;
    else sample.otherPssKiB += info.pssKiB;
  }
  return sample;
}

function pssOf(pid: number): number {
  try {
    return parsePssKiB(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')) ?? 0;
  } catch {
    return 0; // the process has gone between listing and reading
  }
}

export interface TreePeak {
  /** Highest sum of Chromium's PSS in any one sample, and how many processes it had. */
  chromiumPssKiB: number;
  chromiumProcesses: number;
  /** Highest sums of node's processes' PSS, and of the rest's, in any one sample. */
  nodePssKiB: number;
  otherPssKiB: number;
  samples: number;
}

/** Samples the descendants of `root` every `intervalMs` until stopped. */
export function sampleTree(root: number, intervalMs: number): { stop(): TreePeak } {
  const peak: TreePeak = { chromiumPssKiB: 0, chromiumProcesses: 0, nodePssKiB: 0, otherPssKiB: 0, samples: 0 };
  const take = (): void => {
    const sample = sumTree(descendants(root).map((info) => ({ ...info, pssKiB: pssOf(info.pid) })));
    peak.samples += 1;
    if (sample.chromiumPssKiB > peak.chromiumPssKiB) {
      peak.chromiumPssKiB = sample.chromiumPssKiB;
      peak.chromiumProcesses = sample.chromiumProcesses;
    }
    peak.nodePssKiB = Math.max(peak.nodePssKiB, sample.nodePssKiB);
    peak.otherPssKiB = Math.max(peak.otherPssKiB, sample.otherPssKiB);
  };
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
