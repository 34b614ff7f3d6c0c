/**
 * Time in Europe/Oslo, where the newsletter lives: calendar days, wall-clock instants and the
 * ways editors and maintainers read them. Every answer is the same whatever the machine's own
 * time zone (TZ): the zone is always named, never taken from the process.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** A day of 24 hours, for arithmetic on instants (an Oslo day itself may be 23 or 25). */
export const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The language dates are written in for people: the editors' Norwegian, and English. */
export type DateLanguage = 'nb' | 'en';

const zone = { timeZone: OSLO_TIME_ZONE } as const;

/** Every way this module writes an Oslo time, as Intl is told to write it. */
const FORMATS = {
  wallClock: ['en-US', { ...zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }],
  stamp: ['sv-SE', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }],
  clock: ['en-GB', { ...zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }],
  'readable-day-nb': ['nb-NO', { ...zone, day: 'numeric', month: 'long', year: 'numeric' }],
  'readable-time-nb': ['nb-NO', { ...zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }],
  'readable-day-en': ['en-GB', { ...zone, day: 'numeric', month: 'long', year: 'numeric' }],
  'readable-time-en': ['en-GB', { ...zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }],
  'short-day-nb': ['nb-NO', { ...zone, day: 'numeric', month: 'short' }],
  'short-clock-nb': ['nb-NO', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
  'short-day-en': ['en-GB', { ...zone, day: 'numeric', month: 'short' }],
  'short-clock-en': ['en-GB', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;

type FormatName = keyof typeof FORMATS;

const made = new Map<FormatName, Intl.DateTimeFormat>();

/**
 * The formatter, made on first use and kept: the first Intl.DateTimeFormat of a process loads
 * the time-zone and locale data (about 17 ms), which a command that writes no time — --help,
 * sources check — should not pay on import.
 */
function formatter(name: FormatName): Intl.DateTimeFormat {
  let format = made.get(name);
  if (!format) {
    const [locale, options] = FORMATS[name];
    format = new Intl.DateTimeFormat(locale, options);
    made.set(name, format);
  }
  return format;
}

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** `2024-03-13` for an instant, as the day is called in Oslo. */
export function osloDay(instant: Date | string): string {
  const epochMs = toDate(instant).getTime();
  // Oslo's wall clock read as if it were UTC: its date is Oslo's day (an invalid date throws, as Intl does).
  return new Date(epochMs + osloOffsetMs(epochMs)).toISOString().slice(0, 10);
}

/** The year, month (1-based) and day an instant falls on in Oslo. */
export function osloDateParts(instant: Date | string): { year: number; month: number; day: number } {
  const [year, month, day] = osloDay(instant).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const HOUR_MS = 3_600_000;
/** Offsets by UTC hour: Oslo has changed its clocks only on a whole UTC hour since 1895, so one look-up serves the hour. */
const offsetOfHour = new Map<number, number>();

/** How far Oslo's clocks are ahead of UTC at `epochMs`, in milliseconds (3_600_000 or 7_200_000). */
export function osloOffsetMs(epochMs: number): number {
  if (Number.isNaN(epochMs)) return Number.NaN;
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = offsetOfHour.get(hour);
  if (offset === undefined) {
    // Bounded: a run touches a few thousand hours at most (items' dates); a long-lived process starts over.
    if (offsetOfHour.size >= 50_000) offsetOfHour.clear();
    offset = measuredOffsetMs(hour * HOUR_MS);
    offsetOfHour.set(hour, offset);
  }
  return offset;
}

function measuredOffsetMs(epochMs: number): number {
  const p = Object.fromEntries(formatter('wallClock').formatToParts(epochMs).map((part) => [part.type, part.value]));
  const n = (s: string | undefined): number => Number(s ?? 0);
  const wall = Date.UTC(n(p.year), n(p.month) - 1, n(p.day), n(p.hour), n(p.minute), n(p.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The UTC instant (epoch ms) of an Oslo wall-clock time; month is 1-based. Midnight is always
 * unambiguous (Oslo switches at 02:00/03:00). For the hour that repeats in October the earlier
 * (summer-time) instant is used; a time skipped in March is read with the winter offset, landing
 * an hour later on the clock, as JavaScript's Temporal does.
 */
export function osloToUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // The offsets in force a day either side bracket any switch near this time.
  const before = osloOffsetMs(wall - DAY_MS);
  const after = osloOffsetMs(wall + DAY_MS);
  const fitting = [wall - Math.max(before, after), wall - Math.min(before, after)].find((utc) => osloOffsetMs(utc) === wall - utc);
  return fitting ?? wall - before;
}

/** True for a real calendar day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isDay(value: string | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The instant an Oslo day begins ("2026-07-01" → 2026-06-30T22:00:00Z). */
export function osloDayStart(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return new Date(osloToUtc(Number(match[1]), Number(match[2]), Number(match[3])));
}

/** The instant the Oslo day after `day` begins (an inclusive end as an exclusive bound). */
export function osloDayEnd(day: string): Date {
  // Past the next midnight by a few hours whatever the day's length (23, 24 or 25 hours).
  const next = new Date(osloDayStart(day).getTime() + DAY_MS + 3 * 3_600_000);
  return osloDayStart(osloDay(next));
}

/** "2026-03-30 06:00" in Oslo time, for maintainers; "" for nothing. */
export function osloStamp(iso: string | null | undefined): string {
  return iso ? formatter('stamp').format(new Date(iso)) : '';
}

/** Oslo wall-clock time ("07:15:02"), for terminal log lines. */
export function osloClockTime(epochMs: number): string {
  return formatter('clock').format(epochMs);
}

/** A day as editors read it ("8. juni 2022", or "8 June 2022" in English); "" for nothing. */
export function formatDay(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  return iso ? formatter(`readable-day-${language}`).format(new Date(iso)) : '';
}

/** An instant as editors read it ("8. juni 2022, 14:05"); "" for nothing. */
export function formatDateTime(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  return iso ? formatter(`readable-time-${language}`).format(new Date(iso)) : '';
}

/** A recent instant, short, as beside a decision ("2. des. 14:05", "2 Dec 14:05"); "" for nothing. */
export function formatShortDateTime(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${formatter(`short-day-${language}`).format(date)} ${formatter(`short-clock-${language}`).format(date)}`;
}
