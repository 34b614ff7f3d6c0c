/**
 * Which sources a replayed morning watches. The scheduler runs every source without a schedule
 * of its own in the daily watch, and a source with one (GRETA's "15 7 * * 1,3,5") on its own
 * days: the replay does the same, reading the weekday field of the source's cron expression.
 * Expressions that name days of the month or months are not used by sources.json; they count
 * as due every day rather than being read wrongly.
 */
import type { Source } from '../src/config/schema.js';
import { weekday } from './calendar.js';

/** Weekdays (0 = Sunday) a cron weekday field names: "1,3,5", "1-5", "*". */
function weekdaysOf(field: string): Set<number> | 'any' {
  if (field === '*' || field === '?') return 'any';
  const days = new Set<number>();
  for (const part of field.split(',')) {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) return 'any';
    for (let d = from; d <= (to ?? from); d += 1) days.add(d % 7);
  }
  return days;
}

export function dueOn(source: Source, day: string): boolean {
  if (!source.schedule) return true;
  const fields = source.schedule.trim().split(/\s+/);
  // 6 fields: seconds first.
  const [dayOfMonth, month, dayOfWeek] = fields.length === 6 ? fields.slice(3) : fields.slice(2);
  if (dayOfMonth !== '*' || month !== '*' || dayOfWeek === undefined) return true;
  const days = weekdaysOf(dayOfWeek);
  return days === 'any' || days.has(weekday(day));
}
