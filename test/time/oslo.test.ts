/** Europe/Oslo days and times: one table, DST edges included, the same under any machine zone. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { osloDayStart as periodDayStart } from '../../src/review/period.js';
import { osloDayStart } from '../../src/time/oslo.js';
import { OSLO_CASES } from './oslo-cases.js';

describe('Oslo time', () => {
  it.each(OSLO_CASES)('%s', (_name, run, expected) => {
    expect(run()).toBe(expected);
  });

  it('refuses what is not a day', () => {
    expect(() => osloDayStart('2026-3-1')).toThrow('not a day: 2026-3-1');
  });

  it('is also what review/period.ts hands out', () => {
    expect(periodDayStart).toBe(osloDayStart);
  });

  it.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('gives every answer unchanged when the machine runs in %s', (zone) => {
    const child = fileURLToPath(new URL('./oslo-child.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', child], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    const { zone: seen, answers } = JSON.parse(out) as { zone: string; answers: Record<string, string> };
    // The child really ran in that zone: otherwise this test could not fail.
    expect(seen).toBe(zone);
    expect(Object.keys(answers)).toHaveLength(OSLO_CASES.length);
    expect(answers).toEqual(Object.fromEntries(OSLO_CASES.map(([name, , expected]) => [name, expected])));
  });
});
