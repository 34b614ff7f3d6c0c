import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/sources/dates.js';

// Expected instants worked out by hand: Oslo is UTC+1 in winter (CET) and UTC+2 in summer (CEST);
// in 2024 summer time ran from 31 March 01:00Z to 27 October 01:00Z.
type Row = [input: string, iso: string | null, dateOnly: boolean];

const dateOnly: Row[] = [
  // d.m.yyyy
  ['30.06.2022', '2022-06-29T22:00:00.000Z', true], // summer
  ['13.3.2024', '2024-03-12T23:00:00.000Z', true], // winter
  ['3.7.2026', '2026-07-02T22:00:00.000Z', true],
  ['13.3.2024 | News item', '2024-03-12T23:00:00.000Z', true],
  ['29.02.2024', '2024-02-28T23:00:00.000Z', true], // leap day
  // Oslo DST switch days: the switch happens at 02:00/03:00, so midnight keeps the old offset.
  ['31.03.2024', '2024-03-30T23:00:00.000Z', true],
  ['27.10.2024', '2024-10-26T22:00:00.000Z', true],
  ['1. april 2024', '2024-03-31T22:00:00.000Z', true],
  ['28. oktober 2024', '2024-10-27T23:00:00.000Z', true],
  // Norwegian Bokmål / Nynorsk, weekday names ignored
  ['8. juni 2022', '2022-06-07T22:00:00.000Z', true],
  ['onsdag 11. desember 2019', '2019-12-10T23:00:00.000Z', true],
  ['Søndag 17. mai 2020', '2020-05-16T22:00:00.000Z', true],
  ['måndag 3. februar 2025', '2025-02-02T23:00:00.000Z', true],
  ['laurdag 1. mars 2025', '2025-02-28T23:00:00.000Z', true],
  ['tysdag 8. okt. 2024', '2024-10-07T22:00:00.000Z', true],
  ['5. jan. 2023', '2023-01-04T23:00:00.000Z', true],
  ['8. JUNI 2022', '2022-06-07T22:00:00.000Z', true],
  // English
  ['9. June 2021', '2021-06-08T22:00:00.000Z', true],
  ['24 September 2024', '2024-09-23T22:00:00.000Z', true],
  ['Published: 9. June 2021', '2021-06-08T22:00:00.000Z', true],
  ['Publication date: 9 June 2021', '2021-06-08T22:00:00.000Z', true],
  ['June 9, 2021', '2021-06-08T22:00:00.000Z', true],
  ['Dec 1, 2023', '2023-11-30T23:00:00.000Z', true],
  ['Sep 5th 2023', '2023-09-04T22:00:00.000Z', true],
  ['VIENNA, 19 April 2023 –', '2023-04-18T22:00:00.000Z', true],
  ['VIENNA, 19 April 2023 — The UN Office on Drugs and Crime', '2023-04-18T22:00:00.000Z', true],
  ['24 September 2024 Strasbourg', '2024-09-23T22:00:00.000Z', true],
  // Finnish, partitive and nominative
  ['13. maaliskuuta 2024', '2024-03-12T23:00:00.000Z', true],
  ['1. kesäkuuta 2023', '2023-05-31T22:00:00.000Z', true],
  ['24. KESÄKUUTA 2022', '2022-06-23T22:00:00.000Z', true],
  ['1. tammikuu 2024', '2023-12-31T23:00:00.000Z', true],
  ['Julkaistu 5. joulukuuta 2023', '2023-12-04T23:00:00.000Z', true],
  // ISO date
  ['2024-03-13', '2024-03-12T23:00:00.000Z', true],
  ['2024-07-01', '2024-06-30T22:00:00.000Z', true],
  // Non-breaking spaces and HTML leftovers
  ['8.\u00a0juni\u00a02022', '2022-06-07T22:00:00.000Z', true],
  ['8.&nbsp;juni&nbsp;2022', '2022-06-07T22:00:00.000Z', true],
  // Several dates: the first one written wins; an impossible first one is skipped.
  ['Published 9 June 2021, updated 10.06.2021', '2021-06-08T22:00:00.000Z', true],
  ['Published 31.02.2022 (typo), corrected 01.03.2022', '2022-02-28T23:00:00.000Z', true],
];

const withTime: Row[] = [
  // ISO 8601
  ['2024-03-13T10:15:00Z', '2024-03-13T10:15:00.000Z', false],
  ['2024-03-13T10:15:00+01:00', '2024-03-13T09:15:00.000Z', false],
  ['2024-03-13T10:15:00.123-05:00', '2024-03-13T15:15:00.123Z', false],
  ['2024-03-13T10:15:00', '2024-03-13T09:15:00.000Z', false], // Oslo winter
  ['2024-07-01T10:15:00', '2024-07-01T08:15:00.000Z', false], // Oslo summer
  ['2024-03-13 10:15', '2024-03-13T09:15:00.000Z', false],
  // Oslo wall-clock times on the switch days
  ['31.03.2024 kl. 01:30', '2024-03-31T00:30:00.000Z', false], // still CET
  ['31.03.2024 kl. 03:30', '2024-03-31T01:30:00.000Z', false], // already CEST
  ['2024-03-31T02:30:00', '2024-03-31T01:30:00.000Z', false], // skipped hour: read as 03:30 CEST
  ['2024-10-27T02:30:00', '2024-10-27T00:30:00.000Z', false], // repeated hour: the earlier (CEST)
  ['27.10.2024 kl. 12:00', '2024-10-27T11:00:00.000Z', false], // CET again
  // RFC 822 / 1123 (RSS pubDate)
  ['Wed, 13 Mar 2024 10:15:00 GMT', '2024-03-13T10:15:00.000Z', false],
  ['Wed, 13 Mar 2024 10:15:00 +0100', '2024-03-13T09:15:00.000Z', false],
  ['Wed, 13 Mar 2024 10:15:00 -0500', '2024-03-13T15:15:00.000Z', false],
  ['Wed, 13 Mar 2024 10:15:00 CET', '2024-03-13T09:15:00.000Z', false],
  ['Mon, 01 Jul 2024 10:15:00 CEST', '2024-07-01T08:15:00.000Z', false],
  ['WED, 13 MAR 2024 10:15:00 GMT', '2024-03-13T10:15:00.000Z', false],
  // Norwegian / Finnish with time, Oslo local
  ['30.06.2022 kl. 14:05', '2022-06-30T12:05:00.000Z', false],
  ['8. juni 2022 kl 09.30', '2022-06-08T07:30:00.000Z', false],
  ['13.3.2024 klo 10.15', '2024-03-13T09:15:00.000Z', false],
  // English 12-hour clock
  ['June 9, 2021 3:15 PM', '2021-06-09T13:15:00.000Z', false],
  ['June 9, 2021 12:05 am', '2021-06-08T22:05:00.000Z', false],
  // .NET JSON dates: 1759234887245 ms = 20361 days + 44487.245 s = 2025-09-30 12:21:27.245 UTC
  ['/Date(1759234887245+0200)/', '2025-09-30T12:21:27.245Z', false],
  ['/Date(1759234887245)/', '2025-09-30T12:21:27.245Z', false],
];

const unreadable: Row[] = [
  ['/Date(-62135596800000)/', null, false], // .NET DateTime.MinValue, year 1
  ['/Date(-2208988800001)/', null, false], // 1899-12-31T23:59:59.999Z
  ['31.02.2022', null, false],
  ['13.13.2024', null, false],
  ['29.02.2023', null, false],
  ['30. februar 2022', null, false],
  ['2024-02-30', null, false],
  ['2024-03-13T25:00:00Z', null, false],
  ['No date here', null, false],
  ['Read more »', null, false],
  ['123456', null, false],
  ['1. mai 1814', null, false],
];

describe('parseDate', () => {
  it.each([...dateOnly, ...withTime, ...unreadable])('%j → %s (dateOnly %s)', (input, iso, only) => {
    const parsed = parseDate(input);
    expect(parsed).not.toBeNull();
    expect(parsed?.iso).toBe(iso);
    expect(parsed?.dateOnly).toBe(only);
  });

  it.each(['', '   ', '\u00a0', '\n\t'])('returns null for empty input %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it.each([
    ['  8.\u00a0juni   2022 ', '8. juni 2022'],
    ['No\ndate\there', 'No date here'],
  ])('keeps %j as raw %j (trimmed, whitespace collapsed)', (input, raw) => {
    expect(parseDate(input)?.raw).toBe(raw);
  });

  it('keeps the raw text of an unreadable date for the editor', () => {
    expect(parseDate(' No date here ')).toEqual({ raw: 'No date here', iso: null, dateOnly: false });
  });
});
