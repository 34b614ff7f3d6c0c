/** The ratios and slopes the bench tables print. */
import { describe, expect, it } from 'vitest';
import { slope, times } from '../../bench/tables.js';

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
