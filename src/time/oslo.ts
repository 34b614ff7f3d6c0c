/**
 * Time in Europe/Oslo, where the newsletter lives: calendar days, wall-clock instants and the
 * ways editors and maintainers read them. Every answer is the same whatever the machine's own
 * time zone (TZ): the zone is always named, never taken from the process.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const stampFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: OSLO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The languages dates are written in for people: the editors' Norwegian, and English. */
export type DateLanguage = 'nb' | 'en';

const readableFormats = {
  nb: {
    day: new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
    time: new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  },
  en: {
    day: new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
    time: new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  },
} satisfies Record<DateLanguage, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>;

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** `2024-03-13` for an instant, as the day is called in Oslo. */
export function osloDay(instant: Date | string): string {
  return dayFormat.format(toDate(instant));
}

/** The year, month (1-based) and day an instant falls on in Oslo. */
export function osloDateParts(instant: Date | string): { year: number; month: number; day: number } {
  const [year, month, day] = osloDay(instant).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** How far Oslo's clocks are ahead of UTC at `epochMs`, in milliseconds (3_600_000 or 7_200_000). */
export function osloOffsetMs(epochMs: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(epochMs).map((part) => [part.type, part.value]));
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
  return iso ? stampFormat.format(new Date(iso)) : '';
}

/** Oslo wall-clock time ("07:15:02"), for terminal log lines. */
export function osloClockTime(epochMs: number): string {
  return clockFormat.format(epochMs);
}

/** A day as editors read it ("8. juni 2022", or "8 June 2022" in English); "" for nothing. */
export function formatDay(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  return iso ? readableFormats[language].day.format(new Date(iso)) : '';
}

/** An instant as editors read it ("8. juni 2022, 14:05"); "" for nothing. */
export function formatDateTime(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  return iso ? readableFormats[language].time.format(new Date(iso)) : '';
}

const shortFormats = {
  nb: {
    day: new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'short' }),
    clock: new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  },
  en: {
    day: new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, day: 'numeric', month: 'short' }),
    clock: new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  },
} satisfies Record<DateLanguage, { day: Intl.DateTimeFormat; clock: Intl.DateTimeFormat }>;

/** A recent instant, short, as beside a decision ("2. des. 14:05", "2 Dec 14:05"); "" for nothing. */
export function formatShortDateTime(iso: string | null | undefined, language: DateLanguage = 'nb'): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${shortFormats[language].day.format(date)} ${shortFormats[language].clock.format(date)}`;
}
