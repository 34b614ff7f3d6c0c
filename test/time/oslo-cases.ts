/**
 * The Oslo time cases, as one table: run in the test's own process and again in a child under
 * another TZ, so the answers are shown not to depend on the machine's zone.
 */
import { formatDateTime, formatDay, isDay, osloClockTime, osloDay, osloDayEnd, osloDayStart, osloOffsetMs, osloStamp, osloToUtc } from '../../src/time/oslo.js';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** [what is asked, its answer computed, the answer expected]. */
export const OSLO_CASES: ReadonlyArray<readonly [string, () => string, string]> = [
  // Day starts and ends: a winter day, a summer day, the 23-hour day in March and the 25-hour day in October.
  ['osloDayStart 2026-01-15', () => osloDayStart('2026-01-15').toISOString(), '2026-01-14T23:00:00.000Z'],
  ['osloDayStart 2026-07-01', () => osloDayStart('2026-07-01').toISOString(), '2026-06-30T22:00:00.000Z'],
  ['osloDayStart 2026-03-29 (clocks go forward)', () => osloDayStart('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z'],
  ['osloDayEnd 2026-03-29 (a 23-hour day)', () => osloDayEnd('2026-03-29').toISOString(), '2026-03-29T22:00:00.000Z'],
  ['osloDayStart 2026-10-25 (clocks go back)', () => osloDayStart('2026-10-25').toISOString(), '2026-10-24T22:00:00.000Z'],
  ['osloDayEnd 2026-10-25 (a 25-hour day)', () => osloDayEnd('2026-10-25').toISOString(), '2026-10-25T23:00:00.000Z'],
  ['osloDayEnd 2026-12-31 (into the next year)', () => osloDayEnd('2026-12-31').toISOString(), '2026-12-31T23:00:00.000Z'],
  // Wall-clock times around the switches.
  ['osloToUtc 2026-03-29 01:59', () => iso(osloToUtc(2026, 3, 29, 1, 59)), '2026-03-29T00:59:00.000Z'],
  ['osloToUtc 2026-03-29 02:30 (skipped: read with the winter offset)', () => iso(osloToUtc(2026, 3, 29, 2, 30)), '2026-03-29T01:30:00.000Z'],
  ['osloToUtc 2026-03-29 03:00', () => iso(osloToUtc(2026, 3, 29, 3, 0)), '2026-03-29T01:00:00.000Z'],
  ['osloToUtc 2026-10-25 02:30 (repeated: the earlier, summer-time one)', () => iso(osloToUtc(2026, 10, 25, 2, 30)), '2026-10-25T00:30:00.000Z'],
  ['osloToUtc 2026-10-25 03:00', () => iso(osloToUtc(2026, 10, 25, 3, 0)), '2026-10-25T02:00:00.000Z'],
  ['osloToUtc 2026-03-32 rolls into April', () => iso(osloToUtc(2026, 3, 32)), '2026-03-31T22:00:00.000Z'],
  ['osloOffsetMs just before the March switch', () => String(osloOffsetMs(Date.parse('2026-03-29T00:59:59Z'))), '3600000'],
  ['osloOffsetMs at the March switch', () => String(osloOffsetMs(Date.parse('2026-03-29T01:00:00Z'))), '7200000'],
  ['osloOffsetMs at the October switch', () => String(osloOffsetMs(Date.parse('2026-10-25T01:00:00Z'))), '3600000'],
  // Which Oslo day an instant falls on.
  ['osloDay 2026-03-28T22:59:59Z', () => osloDay('2026-03-28T22:59:59Z'), '2026-03-28'],
  ['osloDay 2026-03-28T23:00:00Z', () => osloDay('2026-03-28T23:00:00Z'), '2026-03-29'],
  ['osloDay 2026-10-24T21:59:59Z', () => osloDay(new Date('2026-10-24T21:59:59Z')), '2026-10-24'],
  ['osloDay 2026-10-24T22:00:00Z', () => osloDay('2026-10-24T22:00:00Z'), '2026-10-25'],
  ['osloDay 2026-10-25T22:59:59Z (the 25th hour)', () => osloDay('2026-10-25T22:59:59Z'), '2026-10-25'],
  // What people read.
  ['osloStamp after the March switch', () => osloStamp('2026-03-29T01:00:00Z'), '2026-03-29 03:00'],
  ['osloStamp of nothing', () => osloStamp(null), ''],
  ['osloClockTime, first 02:30 in October', () => osloClockTime(Date.parse('2026-10-25T00:30:00Z')), '02:30:00'],
  ['osloClockTime, second 02:30 in October', () => osloClockTime(Date.parse('2026-10-25T01:30:00Z')), '02:30:00'],
  ['formatDay in Norwegian', () => formatDay('2026-06-08T10:00:00Z'), '8. juni 2026'],
  ['formatDay late in the evening UTC is the next Oslo day', () => formatDay('2026-06-07T22:30:00Z'), '8. juni 2026'],
  ['formatDay in English', () => formatDay('2026-06-08T10:00:00Z', 'en'), '8 June 2026'],
  ['formatDay of nothing', () => formatDay(undefined), ''],
  ['formatDateTime in Norwegian', () => formatDateTime('2026-10-25T01:30:00Z'), '25. okt. 2026, 02:30'],
  ['formatDateTime in English', () => formatDateTime('2026-10-25T01:30:00Z', 'en'), '25 Oct 2026, 02:30'],
  // Days as written.
  ['isDay 2026-02-28', () => String(isDay('2026-02-28')), 'true'],
  ['isDay 2026-02-29 (not a leap year)', () => String(isDay('2026-02-29')), 'false'],
  ['isDay 2028-02-29 (a leap year)', () => String(isDay('2028-02-29')), 'true'],
  ['isDay 2026-3-1 (not YYYY-MM-DD)', () => String(isDay('2026-3-1')), 'false'],
  ['isDay of nothing', () => String(isDay(undefined)), 'false'],
];

/** Every case's answer by name: what the child prints. */
export function answers(): Record<string, string> {
  return Object.fromEntries(OSLO_CASES.map(([name, run]) => [name, run()]));
}
