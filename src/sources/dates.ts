/**
 * Reads publication dates the way the watched sites write them: Norwegian, English and Finnish
 * prose dates, d.m.yyyy, ISO 8601, RSS (RFC 822) and the .NET JSON dates of data.stortinget.no.
 * Times written without a zone are Oslo wall-clock time; dates without a time are Oslo midnight.
 */
import type { PublishedDate } from '../model.js';
import { osloToUtc } from '../time/oslo.js';

/** Month names and abbreviations (lower case) in Norwegian (Bokmål = Nynorsk), English, Finnish. */
export const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: string[][] = [
    ['januar', 'jan', 'january', 'tammikuu', 'tammikuuta'],
    ['februar', 'feb', 'february', 'helmikuu', 'helmikuuta'],
    ['mars', 'mar', 'march', 'maaliskuu', 'maaliskuuta'],
    ['april', 'apr', 'huhtikuu', 'huhtikuuta'],
    ['mai', 'may', 'toukokuu', 'toukokuuta'],
    ['juni', 'jun', 'june', 'kesäkuu', 'kesäkuuta'],
    ['juli', 'jul', 'july', 'heinäkuu', 'heinäkuuta'],
    ['august', 'aug', 'elokuu', 'elokuuta'],
    ['september', 'sep', 'sept', 'syyskuu', 'syyskuuta'],
    ['oktober', 'okt', 'october', 'oct', 'lokakuu', 'lokakuuta'],
    ['november', 'nov', 'marraskuu', 'marraskuuta'],
    ['desember', 'des', 'december', 'dec', 'joulukuu', 'joulukuuta'],
  ];
  return Object.fromEntries(names.flatMap((list, i) => list.map((name) => [name, i + 1])));
})();

/** Zone abbreviations RSS feeds use (RFC 822 plus the Central European ones), minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, wet: 0, west: 60, cet: 60, cest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** Sites write news dates; anything earlier is a placeholder (.NET's year 1) or a date in the text. */
const MIN_YEAR = 1900;

// Longest first, so "mar" never wins over "mars" or "march".
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})\\.?`;
const ZONE = `(${Object.keys(ZONES).join('|')}|[+-]\\d{4})(?![\\p{L}\\d])`;
// Optional time after a prose or d.m.yyyy date: "kl. 14:05", "klo 10.15", "10:15:00 GMT", "3:15 PM".
// Only RFC-style "+0100" offsets here, so a range like "14:05-15:00" is never read as a zone.
const TIME =
  `(?:,?\\s*(?:klo\\.?|kl\\.?|at|@)?\\s*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?![:.]?\\d)` +
  `(?:\\s*([ap])\\.?m\\.?(?!\\p{L}))?(?:\\s*${ZONE})?)?`;

/** A date as written: calendar fields, and the wall-clock time and zone when there are any. */
interface Fields {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number; ms: number };
  /** Minutes east of UTC; undefined means Oslo local time. */
  offset?: number;
}

type Reader = { re: RegExp; read: (m: RegExpExecArray) => Fields | number | null };

const num = (s: string | undefined): number => Number(s ?? 0);

/** Minutes east of UTC for "gmt", "cest", "+0100", "-05:00", "+01". */
function offsetMinutes(zone: string): number {
  const named = ZONES[zone];
  if (named !== undefined) return named;
  const [hours, minutes] = [num(zone.slice(1, 3)), num(zone.slice(3).replace(':', '').slice(0, 2))];
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** Groups from TIME, starting at group `i`, into a time of day and an offset. */
function readTime(m: RegExpExecArray, i: number): Pick<Fields, 'time' | 'offset'> {
  if (m[i] === undefined) return {};
  const written = num(m[i]);
  const meridiem = m[i + 3];
  // 12-hour clock: 12 am is 0, 12 pm is 12; "14:00 pm" is no time (99 fails validation).
  const hour = !meridiem ? written : written < 1 || written > 12 ? 99 : (written % 12) + (meridiem === 'p' ? 12 : 0);
  const time = { hour, minute: num(m[i + 1]), second: num(m[i + 2]), ms: 0 };
  const zone = m[i + 4];
  return zone === undefined ? { time } : { time, offset: offsetMinutes(zone) };
}

// Tried together; the earliest match in the text that is a real date wins.
const READERS: Reader[] = [
  {
    // .NET JSON date: milliseconds since the epoch, UTC. The "+0200" only says how it was displayed.
    re: /\/date\((-?\d+)(?:[+-]\d{4})?\)\//gu,
    read: (m) => num(m[1]),
  },
  {
    // ISO 8601: 2024-03-13, 2024-03-13T10:15:00Z, 2024-03-13T10:15:00.123+01:00, 2024-03-13 10:15.
    re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/gu,
    read: (m) => {
      const fields: Fields = { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
      if (m[4] === undefined) return fields;
      const ms = num((m[7] ?? '').padEnd(3, '0').slice(0, 3));
      fields.time = { hour: num(m[4]), minute: num(m[5]), second: num(m[6]), ms };
      if (m[8] !== undefined) fields.offset = offsetMinutes(m[8]);
      return fields;
    },
  },
  {
    // 30.06.2022, 3.7.2026, 13.3.2024 klo 10.15 (Norwegian and Finnish).
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)${TIME}`, 'gu'),
    read: (m) => ({ year: num(m[3]), month: num(m[2]), day: num(m[1]), ...readTime(m, 4) }),
  },
  {
    // Day first: 8. juni 2022, 13. maaliskuuta 2024, 24 September 2024, Wed, 13 Mar 2024 10:15:00 GMT.
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*${MONTH},?\\s+(\\d{4})(?!\\d)${TIME}`, 'gu'),
    read: (m) => ({ year: num(m[3]), month: MONTHS[m[2] ?? ''] ?? 0, day: num(m[1]), ...readTime(m, 4) }),
  },
  {
    // Month first (English): June 9, 2021; Sep 5th 2023.
    re: new RegExp(`(?<!\\p{L})${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(\\d{4})(?!\\d)${TIME}`, 'gu'),
    read: (m) => ({ year: num(m[3]), month: MONTHS[m[1] ?? ''] ?? 0, day: num(m[2]), ...readTime(m, 4) }),
  },
];

/**
 * Reads the first date in `raw`. Null for empty input; `iso: null` when no real date can be read.
 * `options.now` is accepted for callers that pass a clock; every supported format writes its year
 * out in full, so nothing needs it yet.
 */
export function parseDate(raw: string, _options?: { now?: Date }): PublishedDate | null {
  const kept = raw.replace(/\s+/gu, ' ').trim();
  if (kept === '') return null;
  const text = kept
    .replace(/&(?:nbsp|#160|#xa0);/giu, ' ') // leftovers from HTML scraped as text
    .replace(/[\u2010-\u2015\u2212]/gu, '-') // en/em dashes and friends
    .toLowerCase();

  const found = READERS.flatMap((reader, order) =>
    [...text.matchAll(reader.re)].map((m) => ({ index: m.index, order, m, reader })),
  ).sort((a, b) => a.index - b.index || a.order - b.order);

  for (const { m, reader } of found) {
    const reading = reader.read(m);
    const epochMs = toEpochMs(reading);
    if (epochMs === null) continue;
    const dateOnly = typeof reading === 'object' && reading?.time === undefined;
    return { raw: kept, iso: new Date(epochMs).toISOString(), dateOnly };
  }
  return { raw: kept, iso: null, dateOnly: false };
}

/** The instant a reading stands for, or null when it is no real date (31.02., 25:00, year 1). */
function toEpochMs(reading: Fields | number | null): number | null {
  if (reading === null) return null;
  if (typeof reading === 'number') {
    return new Date(reading).getUTCFullYear() >= MIN_YEAR ? reading : null;
  }
  const { year, month, day, time, offset } = reading;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > lastDay) return null;
  if (!time) return osloToUtc(year, month, day);
  const { hour, minute, second, ms } = time;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (offset === undefined) return osloToUtc(year, month, day, hour, minute, second, ms);
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}
