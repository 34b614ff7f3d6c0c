/**
 * A replayed world lists each publication on its real day; a replica site renders a table whose
 * dates are "days ago" from the replica's today. `tableOn` turns the one into the other for a
 * replay day: what is dated after the day is not there yet, and a listing that shows only its
 * newest entries (a feed's last 20, a first page) is cut to them.
 */
import type { TableItem } from '../src/demo/sites/common.js';
import { daysBetween } from './calendar.js';

/** A world entry: a table row with its publication day instead of "days ago". */
export type Dated<T extends TableItem> = Omit<T, 'daysAgo'> & {
  /** "YYYY-MM-DD", Europe/Oslo. */
  date: string;
};

/** The hour a world entry is stamped with unless it says otherwise: before the replay's 09:00 run. */
const WORLD_HOUR = 8;

/** The table a site shows on `day`: entries dated on or before it, newest first, at most `newest`. */
export function tableOn<T extends TableItem>(world: readonly Dated<T>[], day: string, options: { newest?: number } = {}): T[] {
  const visible = world
    .filter((entry) => entry.date <= day)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => {
      const { date, ...rest } = entry;
      return { ...rest, hour: entry.hour ?? WORLD_HOUR, daysAgo: daysBetween(date, day) } as unknown as T;
    });
  return options.newest === undefined ? visible : visible.slice(0, options.newest);
}
