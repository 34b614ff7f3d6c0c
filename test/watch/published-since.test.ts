/** Which of a baseline's new items are announced after a config change: dated on or after the last good run's day, in Oslo. */
import { describe, expect, it } from 'vitest';
import { publishedSince } from '../../src/watch/record-items.js';

const dated = (iso: string | null) => ({ published: iso === null ? null : { iso, raw: iso, dateOnly: false } });

describe('publishedSince', () => {
  const lastGood = '2026-11-26T06:00:00.000Z';
  const cases: Array<{ name: string; published: string | null; moment: string | null; expected: boolean }> = [
    { name: 'published after the last good run', published: '2026-11-28T10:00:00.000Z', moment: lastGood, expected: true },
    { name: 'the same Oslo day, before the run (date-only listings)', published: '2026-11-25T23:00:00.000Z', moment: lastGood, expected: true },
    { name: 'the day before', published: '2026-11-25T12:00:00.000Z', moment: lastGood, expected: false },
    { name: 'long before', published: '2026-01-02T12:00:00.000Z', moment: lastGood, expected: false },
    { name: 'undated: never announced on a baseline', published: null, moment: lastGood, expected: false },
    { name: 'never a good run: nothing to measure from', published: '2026-11-28T10:00:00.000Z', moment: null, expected: false },
    { name: 'Oslo midnight, not UTC: 23:30 UTC on the 25th is the 26th in Oslo', published: '2026-11-25T23:30:00.000Z', moment: '2026-11-26T00:30:00.000Z', expected: true },
  ];
  it.each(cases)('$name', ({ published, moment, expected }) => {
    expect(publishedSince(dated(published), moment)).toBe(expected);
  });
});
