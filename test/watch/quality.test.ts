import { describe, expect, it } from 'vitest';
import { brokenExtraction } from '../../src/watch/quality.js';

describe('brokenExtraction', () => {
  it.each([
    ['fine', { found: 10, usable: 10, dated: 10 }, { lastItemCount: 10, hadDates: true, firstRun: false }, undefined],
    ['zero where there used to be items', { found: 0, usable: 0, dated: 0 }, { lastItemCount: 8, hadDates: true, firstRun: false }, /no items found \(last time 8\)/],
    ['zero on the first run', { found: 0, usable: 0, dated: 0 }, { lastItemCount: 0, hadDates: false, firstRun: true }, /first run/],
    ['elements without title or link', { found: 6, usable: 0, dated: 0 }, { lastItemCount: 6, hadDates: true, firstRun: false }, /none with both a title and a link/],
    ['most items unusable', { found: 10, usable: 3, dated: 3 }, { lastItemCount: 10, hadDates: true, firstRun: false }, /7 of 10 items lack/],
    ['dates gone', { found: 5, usable: 5, dated: 0 }, { lastItemCount: 5, hadDates: true, firstRun: false }, /date markup/],
    ['never had dates', { found: 5, usable: 5, dated: 0 }, { lastItemCount: 5, hadDates: false, firstRun: false }, undefined],
    ['a few without dates is fine', { found: 5, usable: 5, dated: 2 }, { lastItemCount: 5, hadDates: true, firstRun: false }, undefined],
  ])('%s', (_name, stats, history, expected) => {
    const verdict = brokenExtraction(stats, history);
    if (expected === undefined) expect(verdict).toBeUndefined();
    else expect(verdict).toMatch(expected);
  });
});
