/** What the bench reads from /proc to sum a process tree's memory: the Pss line, and which processes are Chromium's. */
import { describe, expect, it } from 'vitest';
import { isChromium, parsePssKiB, sumTree } from '../../bench/process-memory.js';

const ROLLUP = `55d0c0a00000-7ffc6a5f6000 ---p 00000000 00:00 0                          [rollup]
Rss:              215384 kB
Pss:               61234 kB
Pss_Dirty:         40120 kB
Pss_Anon:          38000 kB
Pss_File:          21000 kB
Pss_Shmem:          2234 kB
Shared_Clean:     150000 kB
Private_Dirty:     40000 kB
Swap:                  0 kB
SwapPss:               0 kB
`;

describe('parsePssKiB', () => {
  it.each([
    ['a smaps_rollup of a Chromium renderer', ROLLUP, 61234],
    ['not Pss_Dirty or SwapPss, only Pss', 'Pss_Dirty:  9 kB\nSwapPss:  7 kB\nPss:  5 kB\n', 5],
    ['a process with nothing mapped', 'Rss: 0 kB\nPss: 0 kB\n', 0],
    ['an empty file (a process that exited while read)', '', null],
    ['no Pss line (a kernel thread)', 'Rss: 0 kB\n', null],
  ])('%s', (_, text, expected) => {
    expect(parsePssKiB(text)).toBe(expected);
  });
});

describe('isChromium', () => {
  it.each([
    ['the browser', { comm: 'chromium', cmdline: ['/usr/lib/chromium/chromium', '--headless'] }, true],
    ['a renderer (comm cut short by the kernel)', { comm: 'chromium', cmdline: ['/usr/lib/chromium/chromium', '--type=renderer'] }, true],
    ['a zygote named by its path only', { comm: 'cat', cmdline: ['/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'] }, true],
    ['headless shell', { comm: 'chrome-headless', cmdline: ['chrome-headless-shell'] }, true],
    ['node', { comm: 'node', cmdline: ['/usr/bin/node', 'bin/sourcewatch.js', 'watch'] }, false],
    ['Xvfb', { comm: 'Xvfb', cmdline: ['Xvfb', ':99'] }, false],
  ])('%s', (_, info, expected) => {
    expect(isChromium(info)).toBe(expected);
  });
});

describe('sumTree', () => {
  it('sums Chromium\'s processes apart from node\'s and the rest, and counts them', () => {
    const tree = [
      { comm: 'node', cmdline: ['node'], pssKiB: 150_000 },
      { comm: 'chromium', cmdline: ['chromium'], pssKiB: 120_000 },
      { comm: 'chromium', cmdline: ['chromium', '--type=renderer'], pssKiB: 80_000 },
      { comm: 'chromium', cmdline: ['chromium', '--type=gpu-process'], pssKiB: 30_000 },
      { comm: 'Xvfb', cmdline: ['Xvfb'], pssKiB: 20_000 },
    ];
    expect(sumTree(tree)).toEqual({ chromiumPssKiB: 230_000, chromiumProcesses: 3, nodePssKiB: 150_000, otherPssKiB: 20_000 });
    expect(sumTree([])).toEqual({ chromiumPssKiB: 0, chromiumProcesses: 0, nodePssKiB: 0, otherPssKiB: 0 });
  });
});
