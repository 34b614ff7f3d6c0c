/**
 * Small helpers shared by the replica sites: escaping, calendar arithmetic in Europe/Oslo,
 * date formats as the real sites write them, legacy encodings, page chrome and responses.
 *
 * Every site renders from a data table of `TableItem`s. A date on a page is "today minus
 * `daysAgo` days" in Europe/Oslo, so the same table serves any `state.today`.
 */
import type { ReplicaRequest, ReplicaResponse } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Escaping

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** XML needs the same five escapes (`&#39;` is valid XML too). */
export const escapeXml = escapeHtml;

/** Norwegian-aware slug as the Norwegian sites make them: "Ny forskrift åpner" → "ny-forskrift-apner". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æå]/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Calendar days in Europe/Oslo

/** A calendar day (no time, no zone). month is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallTime extends CalendarDay {
  hour: number;
  minute: number;
  second: number;
}

function osloWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of OSLO_PARTS.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The calendar day an instant falls on in Oslo. */
export function osloDay(instant: Date): CalendarDay {
  const { year, month, day } = osloWallTime(instant);
  return { year, month, day };
}

/** Minutes Oslo is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: Date): number {
  const wall = osloWallTime(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2026-03-12": the form `publishedDay` takes in truth.ts. */
export function isoDay(day: CalendarDay): string {
  return `${day.year}-${pad2(day.month)}-${pad2(day.day)}`;
}

/** The instant at which Oslo wall clocks show `hour:minute` on `day`. */
export function osloInstant(day: CalendarDay, hour: number, minute = 0): Date {
  const guess = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const offset = osloOffsetMinutes(new Date(guess - 60 * 60_000));
  let instant = guess - offset * 60_000;
  const check = osloOffsetMinutes(new Date(instant));
  if (check !== offset) instant = guess - check * 60_000;
  return new Date(instant);
}

// ---------------------------------------------------------------------------------------------
// Date formats as the real sites write them

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const NORWEGIAN_MONTHS = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember',
];
const NORWEGIAN_WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const RFC_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const formatDate = {
  /** regjeringen.no: "03.07.2026". */
  dottedPadded: (d: CalendarDay): string => `${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
  /** HEUNI (Finnish style, no leading zeros): "13.3.2024". */
  dotted: (d: CalendarDay): string => `${d.day}.${d.month}.${d.year}`,
  /** coe.int, osce.org: "24 September 2024". */
  english: (d: CalendarDay): string => `${d.day} ${ENGLISH_MONTHS[d.month - 1]} ${d.year}`,
  /** fafo.no English pages: "9. June 2021". */
  englishDotted: (d: CalendarDay): string => `${d.day}. ${ENGLISH_MONTHS[d.month - 1]} ${d.year}`,
  /** Norwegian: "8. juni 2022". */
  norwegian: (d: CalendarDay): string => `${d.day}. ${NORWEGIAN_MONTHS[d.month - 1]} ${d.year}`,
  /** fafo.no Norwegian pages: "onsdag 11. desember 2019". */
  norwegianWithWeekday: (d: CalendarDay): string =>
    `${NORWEGIAN_WEEKDAYS[weekdayOf(d)]} ${d.day}. ${NORWEGIAN_MONTHS[d.month - 1]} ${d.year}`,
};

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}${colon ? ':' : ''}${pad2(abs % 60)}`;
}

/**
 * RFC 822 date for RSS `pubDate`: "Wed, 11 May 2022 08:00:00 GMT", or in Oslo time with a
 * numeric zone, "Wed, 11 May 2022 10:00:00 +0200".
 */
export function rfc822(instant: Date, zone: 'gmt' | 'oslo'): string {
  if (zone === 'gmt') return instant.toUTCString();
  const offset = osloOffsetMinutes(instant);
  const w = osloWallTime(instant);
  const weekday = RFC_WEEKDAYS[weekdayOf(w)];
  return `${weekday}, ${pad2(w.day)} ${RFC_MONTHS[w.month - 1]} ${w.year} ${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)} ${offsetText(offset, false)}`;
}

/** ISO 8601 in Oslo time with its offset: "2026-03-12T10:00:00+01:00". */
export function isoOslo(instant: Date): string {
  const w = osloWallTime(instant);
  return `${isoDay(w)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${offsetText(osloOffsetMinutes(instant), true)}`;
}

// ---------------------------------------------------------------------------------------------
// Data tables

/** One row of a site's data table. Sites extend it with their own columns. */
export interface TableItem {
  title: string;
  /** URL slug; when left out, `slugify(title)`. */
  slug?: string;
  /** Published this many days before `state.today` (Oslo calendar days). */
  daysAgo: number;
  summary: string;
  /** An editor of the KOM newsletter would want it. */
  onTopic: boolean;
  /** The replica day the item first appears on (default 1). */
  fromDay?: number;
  /** Oslo wall-clock hour of publication for sources that show a time (default 10). */
  hour?: number;
}

export function slugOf(item: TableItem): string {
  return item.slug ?? slugify(item.title);
}

/** Items present on `day`, newest first (ties keep table order). */
export function visibleOn<T extends TableItem>(table: readonly T[], day: number): T[] {
  return table
    .filter((item) => (item.fromDay ?? 1) <= day)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.daysAgo - b.item.daysAgo || a.index - b.index)
    .map(({ item }) => item);
}

/** Split a list into pages of `size` (always at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length === 0 ? [[]] : pages;
}

/** When an item was published, relative to the replica's today. */
export interface Dating {
  day: CalendarDay;
  /** "YYYY-MM-DD" in Oslo. */
  publishedDay: string;
  /** Publication instant (never later than `today`). */
  at: Date;
}

export function dating(today: Date, item: Pick<TableItem, 'daysAgo' | 'hour'>): Dating {
  const day = addDays(osloDay(today), -item.daysAgo);
  let at = osloInstant(day, item.hour ?? 10);
  // Items published "today" must not be dated after the visit.
  if (at.getTime() > today.getTime()) at = new Date(today.getTime());
  return { day, publishedDay: isoDay(day), at };
}

/** What a correct extraction with the shipped sources.json finds (see truth.ts). */
export interface ExpectedItem {
  title: string;
  /** Absolute URL as the page links it (resolved against the page URL). */
  url: string;
  /** "YYYY-MM-DD", Europe/Oslo. */
  publishedDay?: string;
  onTopic?: boolean;
}

/** An item as a listing/feed renders it: the expected fields plus the text shown. */
export interface ListedItem extends ExpectedItem {
  publishedDay: string;
  onTopic: boolean;
  summary: string;
}

export function toExpected(item: ListedItem): ExpectedItem {
  return { title: item.title, url: item.url, publishedDay: item.publishedDay, onTopic: item.onTopic };
}

// ---------------------------------------------------------------------------------------------
// Legacy encodings

/** Characters outside the charset become numeric character references (valid in HTML and XML). */
function referenceOutside(text: string, encodable: (code: number) => boolean): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += encodable(code) ? char : `&#${code};`;
  }
  return out;
}

/** ISO-8859-1 bytes; characters beyond U+00FF become `&#NNNN;` as a latin-1 CMS would write them. */
export function encodeLatin1(text: string): Buffer {
  return Buffer.from(
    referenceOutside(text, (code) => code < 0x80 || (code >= 0xa0 && code <= 0xff)),
    'latin1',
  );
}

/** Unicode → windows-1252 for the bytes 0x80–0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86,
  0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c,
  0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** windows-1252 bytes (Node has no encoder for it); other characters become `&#NNNN;`. */
export function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (CP1252_HIGH[code] !== undefined) bytes.push(CP1252_HIGH[code]);
    else for (const c of `&#${code};`) bytes.push(c.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------------------------------------
// Page chrome

export interface PageParts {
  lang: string;
  title: string;
  /** `<meta charset>` value; null leaves the declaration out. Default utf-8. */
  charset?: string | null;
  /** Extra markup inside <head> (links, styles, scripts). */
  head?: string;
  bodyClass?: string;
  /** Site header, navigation, cookie banners: the noise around the content. */
  header: string;
  main: string;
  footer: string;
}

export function renderPage(parts: PageParts): string {
  const charset = parts.charset === undefined ? 'utf-8' : parts.charset;
  return [
    '<!DOCTYPE html>',
    `<html lang="${parts.lang}">`,
    '<head>',
    charset === null ? '' : `<meta charset="${charset}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    parts.head ?? '',
    '</head>',
    `<body${parts.bodyClass ? ` class="${parts.bodyClass}"` : ''}>`,
    parts.header,
    '<main id="main-content">',
    parts.main,
    '</main>',
    parts.footer,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Requests and responses

/** A request header, looked up case-insensitively. */
export function headerOf(request: ReplicaRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** A cookie the client sent, or undefined. */
export function cookieOf(request: ReplicaRequest, name: string): string | undefined {
  const header = headerOf(request, 'cookie');
  if (!header) return undefined;
  for (const piece of header.split(';')) {
    const eq = piece.indexOf('=');
    if (eq === -1) continue;
    if (piece.slice(0, eq).trim() === name) return piece.slice(eq + 1).trim();
  }
  return undefined;
}

/** Path without a trailing slash (except "/"), for lenient matching. */
export function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function htmlResponse(
  body: string | Buffer,
  options: { status?: number; contentType?: string; headers?: Record<string, string> } = {},
): ReplicaResponse {
  return {
    status: options.status ?? 200,
    headers: { 'content-type': options.contentType ?? 'text/html; charset=utf-8', ...options.headers },
    body,
  };
}

export function xmlResponse(body: string | Buffer, contentType: string, status = 200): ReplicaResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

export function textResponse(body: string, status = 200): ReplicaResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

export function redirectResponse(location: string, status = 302): ReplicaResponse {
  return {
    status,
    headers: { location, 'content-type': 'text/html; charset=utf-8' },
    body: `<html><body>Moved: <a href="${escapeHtml(location)}">${escapeHtml(location)}</a></body></html>`,
    noValidators: true,
  };
}
