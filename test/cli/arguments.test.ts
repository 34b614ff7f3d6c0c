/** Argument values, table-driven: days as editors write them, in Oslo time whatever the machine's zone. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/cli/argument-error.js';
import { parseChoice, parseDayArgument, parsePositiveInteger } from '../../src/cli/arguments.js';

const DAYS: Array<[string, { endOfDay?: boolean }, string]> = [
  ['2026-12-01', {}, '2026-11-30T23:00:00.000Z'],
  ['01.12.2026', {}, '2026-11-30T23:00:00.000Z'],
  ['1.12.2026', {}, '2026-11-30T23:00:00.000Z'],
  // The day summer time begins: its midnight is still winter time, its end summer time.
  ['2026-03-29', {}, '2026-03-28T23:00:00.000Z'],
  ['29.03.2026', { endOfDay: true }, '2026-03-29T22:00:00.000Z'],
  ['2026-03-28', { endOfDay: true }, '2026-03-28T23:00:00.000Z'],
  // The day summer time ends: its midnight is summer time, its end winter time (a 25-hour day).
  ['2026-10-25', {}, '2026-10-24T22:00:00.000Z'],
  ['2026-10-25', { endOfDay: true }, '2026-10-25T23:00:00.000Z'],
  ['2026-07-01', {}, '2026-06-30T22:00:00.000Z'],
  ['01.12.2026', { endOfDay: true }, '2026-12-01T23:00:00.000Z'],
  ['31.12.2026', { endOfDay: true }, '2026-12-31T23:00:00.000Z'],
  ['29.02.2028', {}, '2028-02-28T23:00:00.000Z'],
  ['2026-12-01T08:30:00Z', {}, '2026-12-01T08:30:00.000Z'],
];

describe('parseDayArgument', () => {
  it.each(DAYS)('%s %o → %s', (value, options, iso) => {
    expect(parseDayArgument(value, '--since', options).toISOString()).toBe(iso);
  });

  // The machine's zone must not matter: the same table in a process that lives in New York
  // (where the old toLocaleString trick read --since 2026-03-29 as 22:00Z) and in Tokyo.
  it.each(['America/New_York', 'Asia/Tokyo'])('gives the same instants under TZ=%s', (zone) => {
    const script = `
      const { parseDayArgument } = await import('./src/cli/arguments.ts');
      const cases = JSON.parse(process.env.DAY_CASES);
      const out = cases.map(([value, options]) => parseDayArgument(value, '--since', options).toISOString());
      console.log(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), out }));`;
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone, DAY_CASES: JSON.stringify(DAYS) },
      encoding: 'utf8',
    });
    const result = JSON.parse(stdout) as { offset: number; out: string[] };
    // The child really ran in that zone (New York is 300 minutes behind UTC in January, Tokyo 540 ahead).
    expect(result.offset).toBe(zone === 'America/New_York' ? 300 : -540);
    expect(result.out).toEqual(DAYS.map(([, , iso]) => iso));
  });

  it.each(['12/01/2026', '2026-13-01', '31.02.2026', '01.12.26', 'yesterday', '', '2026-12-01 08:00'])('refuses "%s", naming the flag', (value) => {
    expect(() => parseDayArgument(value, '--since')).toThrow(ArgumentError);
    expect(() => parseDayArgument(value, '--since')).toThrow(/^--since: /);
  });
});

describe('parsePositiveInteger and parseChoice', () => {
  it.each([['7', 7], ['30', 30]])('%s → %i', (value, n) => expect(parsePositiveInteger(value, '--days')).toBe(n));
  it.each(['0', '-1', '1.5', 'seven', ''])('refuses "%s"', (value) => expect(() => parsePositiveInteger(value, '--days')).toThrow(/^--days: must be a positive whole number/));
  it('takes a listed choice and names the others', () => {
    expect(parseChoice('html', '--format', ['md', 'html', 'json'] as const)).toBe('html');
    expect(() => parseChoice('pdf', '--format', ['md', 'html', 'json'] as const)).toThrow('--format: must be one of md, html, json (got "pdf")');
  });
});
