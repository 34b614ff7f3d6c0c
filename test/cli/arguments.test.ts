/** Argument values, table-driven: days as editors write them, in Oslo time whatever the machine's zone. */
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/cli/argument-error.js';
import { parseChoice, parseDayArgument, parsePositiveInteger } from '../../src/cli/arguments.js';

describe('parseDayArgument', () => {
  it.each([
    ['2026-12-01', {}, '2026-11-30T23:00:00.000Z'],
    ['01.12.2026', {}, '2026-11-30T23:00:00.000Z'],
    ['1.12.2026', {}, '2026-11-30T23:00:00.000Z'],
    // The day summer time begins: its midnight is still winter time.
    ['2026-03-29', {}, '2026-03-28T23:00:00.000Z'],
    ['2026-07-01', {}, '2026-06-30T22:00:00.000Z'],
    ['01.12.2026', { endOfDay: true }, '2026-12-01T23:00:00.000Z'],
    ['31.12.2026', { endOfDay: true }, '2026-12-31T23:00:00.000Z'],
    ['2026-12-01T08:30:00Z', {}, '2026-12-01T08:30:00.000Z'],
  ])('%s %o → %s', (value, options, iso) => {
    expect(parseDayArgument(value, '--since', options).toISOString()).toBe(iso);
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
