/** The ratios and slopes the bench tables print. */
import { describe, expect, it } from 'vitest';
import { medianRun, type ManyRun } from '../../bench/many-sources.js';
import { roundsWall, slope, times } from '../../bench/tables.js';

function round(wallMs: number | null, requests = 1): ManyRun {
  return {
    wallMs,
    wallsMs: [wallMs],
    peakRssKb: null,
    requests,
    answered304: 0,
    exitCode: wallMs === null ? null : 0,
    politeness: { boundMs: 100, busiestHost: null, busiestHostRequests: 0, hosts: 1, minGapMs: null, minLaterGapMs: null },
  };
}

describe('medianRun', () => {
  it.each([
    ['one round is itself', [700], 700, [700], 0],
    ['three rounds: the middle one', [760, 610, 690], 690, [760, 610, 690], 2],
    ['a round that did not finish counts as the slowest', [null, 610, 690], 690, [null, 610, 690], 2],
    ['two rounds: the slower', [600, 650], 650, [600, 650], 1],
    ['all timed out: the middle round', [null, null, null], null, [null, null, null], 1],
  ] as const)('%s', (_, walls, median, all, index) => {
    // Each round carries its own request count, so the test sees which round was picked.
    const picked = medianRun(walls.map((wall: number | null, i) => round(wall, i + 1)));
    expect(picked.wallMs).toBe(median);
    expect(picked.wallsMs).toEqual(all);
    expect(picked.requests).toBe(index + 1);
  });

  it('no rounds is a mistake, not a figure', () => {
    expect(() => medianRun([])).toThrow(/at least one round/);
  });
});

describe('roundsWall', () => {
  it.each([
    ['one round', { wallMs: 612, wallsMs: [612], exitCode: 0 }, '0.61 s'],
    ['three rounds', { wallMs: 690, wallsMs: [760, 610, 690], exitCode: 0 }, '0.69 s (median of 3: 0.76 / 0.61 / 0.69)'],
    ['a failed run says so', { wallMs: 690, wallsMs: [690], exitCode: 2 }, '0.69 s (exit 2)'],
    ['a round that timed out', { wallMs: 690, wallsMs: [null, 610, 690], exitCode: 0 }, '0.69 s (median of 3: – / 0.61 / 0.69)'],
  ] as const)('%s', (_, run, expected) => {
    expect(roundsWall({ ...run, wallsMs: [...run.wallsMs] })).toBe(expected);
  });
});

describe('times', () => {
  it.each([
    ['a run at its bound', 1100, 1100, '1.00×'],
    ['a run above it', 71_494, 1100, '65.0×'],
    ['under ten: two decimals', 8801, 1100, '8.00×'],
    ['faster than the anchor', 500, 2000, '0.25×'],
    ['a run that did not finish', null, 1100, '–'],
    ['no anchor', 1000, undefined, '–'],
    ['a bound of zero (no requests)', 1000, 0, '–'],
  ])('%s', (_, a, b, expected) => {
    expect(times(a, b)).toBe(expected);
  });
});

describe('slope', () => {
  it.each([
    ['two points', [[1000, 10_000], [5000, 50_000]] as const, 10],
    ['first to last, whatever lies between', [[1000, 10_000], [5000, 90_000], [20_000, 200_000]] as const, 10],
    ['a point that did not finish is left out', [[1000, 10_000], [5000, null], [20_000, 200_000]] as const, 10],
    ['falling memory', [[50, 200], [500, 110]] as const, -0.2],
    ['one point', [[1000, 10_000]] as const, null],
    ['none known', [[1000, null], [5000, null]] as const, null],
  ])('%s', (_, points, expected) => {
    expect(slope(points)).toBe(expected);
  });
});
