/**
 * Reading argument values. Pure: each returns the value or throws an ArgumentError naming
 * the flag, so a typo never turns into a silent default.
 */
import { osloDayEnd, osloDayStart } from '../time/oslo.js';
import { ArgumentError } from './argument-error.js';

/**
 * A day as editors write it — 2026-12-01 or 01.12.2026 — as the instant its Oslo midnight
 * falls on, whatever the machine's own time zone (with `endOfDay`, the midnight after it).
 * A full ISO instant is taken as it is.
 */
export function parseDayArgument(value: string, flag: string, options: { endOfDay?: boolean } = {}): Date {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : norwegian ? [norwegian[3], norwegian[2], norwegian[1]] : undefined;
  if (parts) {
    const [year, month, day] = parts.map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > lastDay) throw new ArgumentError(flag, `no such day: "${value}"`);
    const isoDay = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // "--until 01.12.2026" includes that day: the period ends at the next Oslo midnight.
    return options.endOfDay ? osloDayEnd(isoDay) : osloDayStart(isoDay);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(trimmed)) return new Date(trimmed);
  throw new ArgumentError(flag, `not a date: "${value}" (write 2026-12-01 or 01.12.2026)`);
}

/** A positive whole number ("7"), or an error naming the flag. */
export function parsePositiveInteger(value: string, flag: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new ArgumentError(flag, `must be a positive whole number (got "${value}")`);
  return Number(value);
}

/** One of a closed set of choices. */
export function parseChoice<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ArgumentError(flag, `must be one of ${choices.join(', ')} (got "${value}")`);
}
