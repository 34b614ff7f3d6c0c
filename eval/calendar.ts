/**
 * Replay days: "YYYY-MM-DD" in Europe/Oslo, and the instants a replayed run happens at. The
 * replica's own calendar helpers do the arithmetic, so a replayed page and a replayed clock
 * agree on what day it is.
 */
import { addDays, isoDay, osloInstant, type CalendarDay } from '../src/demo/sites/common.js';

export function calendarDay(day: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = calendarDay(first); isoDay(day) <= last; day = addDays(day, 1)) days.push(isoDay(day));
  return days;
}

/** Whole days from `earlier` to `later` (0 on the same day). */
export function daysBetween(earlier: string, later: string): number {
  const a = calendarDay(earlier);
  const b = calendarDay(later);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The instant Oslo clocks show `hour`:`minute` on `day`. */
export function atOslo(day: string, hour: number, minute = 0): Date {
  return osloInstant(calendarDay(day), hour, minute);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  const d = calendarDay(day);
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
