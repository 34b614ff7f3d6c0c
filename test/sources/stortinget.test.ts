import { describe, expect, it } from 'vitest';
import {
  dotNetDate,
  parsePublikasjoner,
  parseSaker,
  parseSessions,
  parseSporsmal,
  publikasjonUrl,
  sakerByReference,
} from '../../src/sources/stortinget.js';
import type { ReplicaResponse } from '../../src/demo/types.js';
import { stortinget, stortingetExpected } from '../../src/demo/sites/stortinget.js';
import { EMPTY_DOTNET_DATE, STORTINGET_DOK8, STORTINGET_SAKER, STORTINGET_SPORSMAL, dok8Id, sessionFor } from '../../src/demo/sites/stortinget-data.js';

const TODAY = new Date('2026-03-16T08:00:00Z');
const SESSION = '2025-2026';
const WEB = 'https://www.stortinget.no/';

function ask(path: string, query: Record<string, string>, day = 1): ReplicaResponse {
  const response = stortinget.handle(
    { method: 'GET', host: 'data.stortinget.no', path, query: new URLSearchParams(query), headers: {}, scheme: 'https' },
    { day, today: TODAY },
  );
  if (response === null) throw new Error(`replica: no answer for ${path}`);
  return response;
}

function json(path: string, query: Record<string, string>, day = 1): Record<string, unknown> {
  const response = ask(path, query, day);
  expect(response.status).toBe(200);
  return JSON.parse(String(response.body)) as Record<string, unknown>;
}

const saker = (day = 1): Record<string, unknown> => json('/eksport/saker', { sesjonid: SESSION, format: 'json' }, day);
const sporsmal = (day = 1, status = 'alle'): Record<string, unknown> =>
  json('/eksport/skriftligesporsmal', { sesjonid: SESSION, status, format: 'json' }, day);
const dok8 = (day = 1): Record<string, unknown> =>
  json('/eksport/publikasjoner', { publikasjontype: 'dok8', sesjonid: SESSION, format: 'json' }, day);

describe('the replica of data.stortinget.no', () => {
  it('names the session running on a date', () => {
    expect(sessionFor(new Date('2026-03-16T08:00:00Z'))).toBe('2025-2026');
    expect(sessionFor(new Date('2025-10-01T08:00:00Z'))).toBe('2025-2026');
    expect(sessionFor(new Date('2025-09-30T08:00:00Z'))).toBe('2024-2025');
  });

  it.each([
    ['format=json is required', '/eksport/saker', { sesjonid: SESSION }, 400],
    ['publikasjontype is required', '/eksport/publikasjoner', { sesjonid: SESSION, format: 'json' }, 400],
    ['an unknown status is refused', '/eksport/skriftligesporsmal', { status: 'kanskje', format: 'json' }, 400],
    ['paths are case-insensitive', '/Eksport/Saker', { format: 'json' }, 200],
  ])('%s', (_name, path, query, status) => {
    expect(ask(path, query).status).toBe(status);
  });

  it('answers nothing for other paths', () => {
    expect(stortinget.handle({ method: 'GET', host: 'data.stortinget.no', path: '/eksport/personer', query: new URLSearchParams('format=json'), headers: {}, scheme: 'https' }, { day: 1, today: TODAY })).toBeNull();
  });

  it('sends integer ids and enums and .NET dates, with the year-1 placeholder', () => {
    const list = saker().saker_liste as Array<Record<string, unknown>>;
    expect(list).toHaveLength(12);
    for (const sak of list) {
      expect(Number.isInteger(sak.id)).toBe(true);
      expect(Number.isInteger(sak.status)).toBe(true);
      expect(Number.isInteger(sak.type)).toBe(true);
      expect(Number.isInteger(sak.dokumentgruppe)).toBe(true);
      expect(sak.sist_oppdatert_dato).toMatch(/^\/Date\(-?\d+([+-]\d{4})?\)\/$/);
    }
    expect(list.filter((sak) => sak.sist_oppdatert_dato === EMPTY_DOTNET_DATE)).toHaveLength(1);
    expect(list[0]?.sist_oppdatert_dato).toMatch(/^\/Date\(\d{13}\+0100\)\/$/); // Oslo in February: +0100
  });

  it('lists answered questions only, unless status=alle', () => {
    const answered = sporsmal(1, '');
    const all = sporsmal(1, 'alle');
    const pending = sporsmal(1, 'til_behandling');
    const count = (data: Record<string, unknown>): number => (data.sporsmal_liste as unknown[]).length;
    expect(count(json('/eksport/skriftligesporsmal', { sesjonid: SESSION, format: 'json' }))).toBe(5);
    expect(count(answered)).toBe(5);
    expect(count(all)).toBe(8);
    expect(count(pending)).toBe(3);
    expect(count(sporsmal(2, 'alle'))).toBe(9);
    expect(count(json('/eksport/skriftligesporsmal', { sesjonid: SESSION, format: 'json' }, 2))).toBe(5);
  });

  it('adds two saker and one question on day 2; dok8 unchanged', () => {
    expect((saker(2).saker_liste as unknown[]).length).toBe(14);
    expect(ask('/eksport/publikasjoner', { publikasjontype: 'dok8', sesjonid: SESSION, format: 'json' }, 2).body).toBe(
      ask('/eksport/publikasjoner', { publikasjontype: 'dok8', sesjonid: SESSION, format: 'json' }, 1).body,
    );
  });

  it('gives empty lists for another session and other publication types', () => {
    expect(json('/eksport/saker', { sesjonid: '2019-2020', format: 'json' }).saker_liste).toEqual([]);
    expect(json('/eksport/publikasjoner', { publikasjontype: 'referat', sesjonid: SESSION, format: 'json' }).publikasjoner_liste).toEqual([]);
  });

  it('has mostly off-topic saker and the sizes the tests rely on', () => {
    const day1 = STORTINGET_SAKER.filter((sak) => sak.day === 1);
    expect(day1).toHaveLength(12);
    expect(day1.filter((sak) => sak.onTopic)).toHaveLength(4);
    expect(STORTINGET_SPORSMAL.filter((sp) => sp.day === 1)).toHaveLength(8);
    expect(STORTINGET_DOK8).toHaveLength(3);
    expect(STORTINGET_SAKER.filter((sak) => sak.day === 2 && sak.onTopic)).toHaveLength(2);
  });
});

describe('dotNetDate', () => {
  it.each([
    ['/Date(1759234887245+0200)/', '/Date(1759234887245+0200)/'],
    ['/Date(1759234887245)/', '/Date(1759234887245)/'],
    ['/Date(-62135596800000)/', undefined],
    ['/Date(-62135596800000+0100)/', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['2024-03-13T10:00:00', '2024-03-13T10:00:00'],
  ])('%j → %j', (input, output) => {
    expect(dotNetDate(input)).toBe(output);
  });
});

describe('parseSessions', () => {
  it('reads the current session from the replica', () => {
    const sessions = parseSessions(json('/eksport/sesjoner', { format: 'json' }));
    expect(sessions.current).toBe(SESSION);
    expect(sessions.sessions).toContain('2024-2025');
    expect(sessions.sessions).toContain(SESSION);
  });
  it.each([
    ['no innevaerende_sesjon', { sesjoner_liste: [] }],
    ['an empty id', { innevaerende_sesjon: { id: '' } }],
    ['not an object', [1, 2]],
  ])('throws for %s', (_name, input) => {
    expect(() => parseSessions(input)).toThrow(/^feed could not be parsed: sesjoner/);
  });
});

describe('parseSaker', () => {
  const items = parseSaker(saker(), WEB);

  it('turns every sak into an item with URL, GUID and title', () => {
    expect(items.map(({ title, url, guid }) => ({ title, url, guid }))).toEqual(
      stortingetExpected(1, TODAY)
        .filter((item) => item.guid.startsWith('sak:'))
        .map(({ title, url, guid }) => ({ title, url, guid })),
    );
  });

  it('keeps sist_oppdatert_dato raw, and leaves out the year-1 placeholder', () => {
    const budget = items.find((item) => item.guid === 'sak:104101');
    expect(budget?.publishedRaw).toMatch(/^\/Date\(\d+\+0100\)\/$/);
    expect(items.find((item) => item.guid === 'sak:104107')?.publishedRaw).toBeUndefined();
  });

  it('builds the summary from dokumentgruppe (integer enum), henvisning, komite and emner', () => {
    expect(items.find((item) => item.guid === 'sak:104109')?.summary).toBe(
      'Representantforslag · Dokument 8:21 S (2025–2026) · Justiskomiteen · Emner: Kriminalitet, Menneskerettigheter',
    );
    // komite null (not yet sent to a committee)
    expect(items.find((item) => item.guid === 'sak:104103')?.summary).toBe('Representantforslag · Dokument 8:14 S (2025–2026) · Emner: Fiskeri');
  });

  it.each([
    ['falls back to korttittel', { saker_liste: [{ id: 1, tittel: '', korttittel: 'Kort' }] }, [{ title: 'Kort', url: `${WEB}no/Saker-og-publikasjoner/Saker/Sak/?p=1`, guid: 'sak:1' }]],
    ['skips a sak without id or title', { saker_liste: [{ tittel: 'x' }, { id: 2 }] }, []],
    ['accepts a lone object for the list', { saker_liste: { id: 3, tittel: 'T', status: 'til_behandling' } }, [{ title: 'T', url: `${WEB}no/Saker-og-publikasjoner/Saker/Sak/?p=3`, guid: 'sak:3' }]],
    ['accepts null for an empty list', { saker_liste: null }, []],
  ])('%s', (_name, input, expected) => {
    expect(parseSaker(input, WEB)).toEqual(expected);
  });

  it('throws when the list is missing', () => {
    expect(() => parseSaker({ sporsmal_liste: [] }, WEB)).toThrow(/feed could not be parsed: saker: the response has no "saker_liste" \(keys: sporsmal_liste\)/);
  });
});

describe('parseSporsmal', () => {
  const items = parseSporsmal(sporsmal(), WEB);

  it('turns every question into an item', () => {
    expect(items.map(({ title, url, guid }) => ({ title, url, guid }))).toEqual(
      stortingetExpected(1, TODAY)
        .filter((item) => item.guid.startsWith('sporsmal:'))
        .map(({ title, url, guid }) => ({ title, url, guid })),
    );
  });

  it('summarises who asked whom', () => {
    expect(items.find((item) => item.guid === 'sporsmal:104506')?.summary).toBe(
      'Spørsmål fra Ingrid Berg (SV) til justis- og beredskapsministeren · Emner: Kriminalitet',
    );
  });

  it('dates by datert_dato, or sendt_dato when datert_dato is the year-1 placeholder', () => {
    const raw = sporsmal().sporsmal_liste as Array<Record<string, unknown>>;
    const q7 = raw.find((q) => q.id === 104507)!;
    expect(q7.datert_dato).toBe(EMPTY_DOTNET_DATE);
    expect(items.find((item) => item.guid === 'sporsmal:104507')?.publishedRaw).toBe(q7.sendt_dato);
    const q1 = raw.find((q) => q.id === 104501)!;
    expect(items.find((item) => item.guid === 'sporsmal:104501')?.publishedRaw).toBe(q1.datert_dato);
  });
});

describe('parsePublikasjoner', () => {
  it('titles dok8 from the matching sak (its henvisning), dated by dato or tilgjengelig_dato', () => {
    const byReference = sakerByReference(saker());
    const items = parsePublikasjoner(dok8(), WEB, SESSION, { saker: byReference });
    expect(items.map(({ title, url, guid }) => ({ title, url, guid }))).toEqual(
      stortingetExpected(1, TODAY)
        .filter((item) => item.guid.startsWith('publikasjon:'))
        .map(({ title, url, guid }) => ({ title, url, guid })),
    );
    const raw = dok8().publikasjoner_liste as Array<Record<string, unknown>>;
    const first = raw.find((p) => p.id === dok8Id(SESSION, 14))!;
    expect(first.dato).toBe(EMPTY_DOTNET_DATE);
    expect(items[0]?.publishedRaw).toBe(first.tilgjengelig_dato);
    const second = raw.find((p) => p.id === dok8Id(SESSION, 21))!;
    expect(items[1]?.publishedRaw).toBe(second.dato);
    expect(items[1]?.summary).toBe('Representantforslag · Dokument 8:21 S (2025–2026) · Justiskomiteen · Emner: Kriminalitet, Menneskerettigheter');
  });

  it('keeps the bare reference as title without saker', () => {
    const [first] = parsePublikasjoner(dok8(), WEB, SESSION);
    expect(first).toMatchObject({
      title: 'Dokument 8:14 S (2025-2026)',
      url: `${WEB}no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2025-2026/dok8-202526-014s/`,
      guid: 'publikasjon:dok8-202526-014s',
      summary: 'Representantforslag · Dokument 8:14 S (2025-2026)',
    });
  });

  it.each([
    ['dok8-202526-001s', `${WEB}no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2025-2026/dok8-202526-001s/`],
    ['inns-202526-448s', `${WEB}no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2025-2026/inns-202526-448s/`],
    ['dok6-202122', `${WEB}no/Saker-og-publikasjoner/Publikasjoner/Dokumentserien/2025-2026/dok6-202122/`],
    ['dok3-202122-008', `${WEB}no/Saker-og-publikasjoner/Publikasjoner/Dokumentserien/2025-2026/dok3-202122-008/`],
    ['refs-202526-06-16', 'https://data.stortinget.no/eksport/publikasjon?publikasjonid=refs-202526-06-16'],
  ])('URL for %s', (id, url) => {
    expect(publikasjonUrl(WEB, SESSION, id)).toBe(url);
  });

  it('matches a henvisning that lists several documents', () => {
    const index = sakerByReference({ saker_liste: [{ id: 9, tittel: 'Sak', henvisning: 'Dokument 8:5 S (2025–2026), Innst. 12 S (2025–2026)' }] });
    expect([...index.keys()]).toEqual(['dokument8:5s(2025-2026)', 'innst.12s(2025-2026)']);
  });
});
