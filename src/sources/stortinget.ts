/**
 * The `stortinget` kind: the open-data export of data.stortinget.no (JSON with `format=json`).
 *
 * Shapes used, as public projects that consume this API read them (no live check was
 * possible from here):
 * - `sesjoner`: `{ innevaerende_sesjon: { id, fra, til }, sesjoner_liste: [...] }` — the
 *   `ApiSessionResponse` type of a TypeScript client and several Python scrapers that read
 *   `res.json()["innevaerende_sesjon"]["id"]`.
 * - `saker`: `{ sesjon_id, saker_liste: [{ id: int, tittel, korttittel, henvisning,
 *   dokumentgruppe: int, status: int, type: int, sist_oppdatert_dato, komite: { id, navn } | null,
 *   emne_liste: [{ id, navn, ... }], sak_fremmet_id, ... }] }` — kristofferaas/deep-stortinget
 *   (convex/stortinget/helpers.ts, zod schema with the enum tables below) and the Kotlin
 *   data classes of an XML client (same element names).
 * - `skriftligesporsmal`: `{ sesjon_id, sporsmal_liste: [{ id: int, tittel, type: int,
 *   status: int, datert_dato, sendt_dato, besvart_dato, sporsmal_fra: { id, fornavn,
 *   etternavn, parti: { id, navn } }, sporsmal_til_minister_tittel, emne_liste, ... }] }` —
 *   a zod `questionsResponseSchema` of a TypeScript open-data client, plus Python readers of
 *   `sporsmal_fra.parti.id` and `sporsmal_til_minister_tittel`.
 * - `publikasjoner`: `{ publikasjoner_liste: [{ id: "dok8-202627-009s", tittel:
 *   "Dokument 8:9 S (2026-2027)", type: int, dato, tilgjengelig_dato,
 *   publikasjonformat_liste }] }` — string ids; in a captured list `dato` was the year-1
 *   placeholder and only `tilgjengelig_dato` was real. Some clients also accept a single
 *   object where a list is expected; so do we.
 * Enum codes (saker status 1 behandlet, 2 til_behandling, 3 mottatt, 4 varslet, 5 trukket,
 * 6 bortfalt; dokumentgruppe 1 proposisjon … 4 representantforslag …; question status
 * 1 besvart, 3 til_behandling; question type 5 skriftlig_sporsmal) follow the same sources
 * (one marks 4–6 as unverified). They only feed summaries: a wrong label costs a word.
 *
 * The list titles of representantforslag are bare references ("Dokument 8:9 S (2026-2027)"),
 * which no keyword will ever match; the matching sak (its `henvisning`) carries the subject,
 * so publications are titled from it when the saker list is at hand.
 */
import type { RawItem } from '../model.js';
import { collapseWhitespace, parseError, truncate } from './feed-text.js';
import { leadingDocumentReference } from './document-reference.js';
import { henvisningParts, publicationMilestone, referenceKey, sakMilestones, sporsmalMilestones, summariseVotes, type Votes } from './stortinget-milestones.js';

export const STORTINGET_JSON_ACCEPT = 'application/json';
export const DEFAULT_EXPORT_BASE = 'https://data.stortinget.no/eksport/';

export const SAK_STATUS: Readonly<Record<number, string>> = {
  0: 'ikke spesifisert',
  1: 'behandlet',
  2: 'til behandling',
  3: 'mottatt',
  4: 'varslet',
  5: 'trukket',
  6: 'bortfalt',
};
export const SAK_DOKUMENTGRUPPE: Readonly<Record<number, string>> = {
  1: 'Proposisjon',
  2: 'Melding',
  3: 'Redegjørelse',
  4: 'Representantforslag',
  5: 'Grunnlovsforslag',
  6: 'Dokumentserien',
  7: 'Innstillingssak',
  8: 'Innberetning',
};
export const SPORSMAL_STATUS: Readonly<Record<number, string>> = {
  0: 'ikke spesifisert',
  1: 'besvart',
  2: 'bortfalt',
  3: 'til behandling',
  4: 'trukket',
  5: 'venter utsatt',
};

// ---------------------------------------------------------------------------------------------
// Small readers for loosely typed JSON

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = collapseWhitespace(value);
  return text === '' ? undefined : text;
}

/** An enum as a label: JSON sends integers, XML strings ("til_behandling"). */
function enumLabel(value: unknown, table: Readonly<Record<number, string>>): string | undefined {
  if (typeof value === 'number') return table[value];
  const text = str(value);
  return text ? text.replace(/_/g, ' ') : undefined;
}

const DOTNET_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
/** Anything before this (ms since epoch) is .NET's DateTime.MinValue placeholder, year 1. */
const EARLIEST_REAL_DATE_MS = Date.UTC(1900, 0, 1);

/**
 * A .NET JSON date kept as written, or undefined when absent or the year-1 placeholder
 * `/Date(-62135596800000)/` that the API sends for "no date". Other strings pass through.
 */
export function dotNetDate(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  const match = DOTNET_DATE.exec(text);
  if (match && Number(match[1]) < EARLIEST_REAL_DATE_MS) return undefined;
  return text;
}

/** The list under `key`; a lone object counts as a list of one, null as empty. */
function listOf(json: unknown, key: string, endpoint: string): Json[] {
  if (!isObject(json)) throw parseError(`${endpoint}: expected a JSON object, got ${Array.isArray(json) ? 'an array' : typeof json}`);
  if (!(key in json)) {
    const keys = Object.keys(json).slice(0, 8).join(', ');
    throw parseError(`${endpoint}: the response has no "${key}" (keys: ${keys || 'none'})`);
  }
  const value = json[key];
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value)) return [value];
  throw parseError(`${endpoint}: "${key}" is neither a list nor an object`);
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function emner(record: Json): string[] {
  const list = record.emne_liste;
  const entries = Array.isArray(list) ? list : isObject(list) ? [list] : [];
  return entries
    .filter(isObject)
    .map((emne) => str(emne.navn))
    .filter((navn): navn is string => navn !== undefined);
}

function joinSummary(parts: Array<string | undefined>): string | undefined {
  const text = parts.filter((part): part is string => part !== undefined && part !== '').join(' · ');
  return text === '' ? undefined : truncate(text);
}

// ---------------------------------------------------------------------------------------------
// Parsers

export interface Sessions {
  /** `innevaerende_sesjon.id`, e.g. "2025-2026". */
  current: string;
  /** Every session id listed, in the API's order. */
  sessions: string[];
}

export function parseSessions(json: unknown): Sessions {
  if (!isObject(json)) throw parseError('sesjoner: expected a JSON object');
  const current = isObject(json.innevaerende_sesjon) ? str(json.innevaerende_sesjon.id) : undefined;
  if (!current) throw parseError('sesjoner: the response has no innevaerende_sesjon.id');
  const sessions = 'sesjoner_liste' in json ? listOf(json, 'sesjoner_liste', 'sesjoner').map((s) => str(s.id)).filter((id): id is string => id !== undefined) : [];
  return { current, sessions };
}

export function sakUrl(webBase: string, id: string): string {
  return `${withSlash(webBase)}no/Saker-og-publikasjoner/Saker/Sak/?p=${encodeURIComponent(id)}`;
}

export function sporsmalUrl(webBase: string, id: string): string {
  return `${withSlash(webBase)}no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=${encodeURIComponent(id)}`;
}

/**
 * The web page of a publication. Representantforslag, the other Dokument series and innstillinger have known page shapes;
 * for other types the export's own `publikasjon?publikasjonid=` is the stable address.
 */
export function publikasjonUrl(webBase: string, sesjon: string, id: string, exportBase: string = DEFAULT_EXPORT_BASE): string {
  const web = withSlash(webBase);
  const path = encodeURIComponent(id);
  if (/^dok8-/i.test(id)) return `${web}no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/${sesjon}/${path}/`;
  // The seed issue links NIM's annual report as …/Publikasjoner/Dokumentserien/2021-2022/dok6-202122/.
  if (/^dok\d+-/i.test(id)) return `${web}no/Saker-og-publikasjoner/Publikasjoner/Dokumentserien/${sesjon}/${path}/`;
  if (/^inns-/i.test(id)) return `${web}no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/${sesjon}/${path}/`;
  return `${withSlash(exportBase)}publikasjon?publikasjonid=${path}`;
}

function sakSummary(sak: Json): string | undefined {
  const komite = isObject(sak.komite) ? str(sak.komite.navn) : undefined;
  const topics = emner(sak);
  return joinSummary([
    enumLabel(sak.dokumentgruppe, SAK_DOKUMENTGRUPPE),
    str(sak.henvisning),
    komite,
    topics.length > 0 ? `Emner: ${topics.join(', ')}` : undefined,
  ]);
}

/** A sak's steps, its votes (when fetched) included. */
function stepsOf(sak: Json, votes: Votes | undefined): RawItem['milestones'] {
  const status = enumLabel(sak.status, SAK_STATUS);
  const henvisning = str(sak.henvisning);
  const updatedRaw = dotNetDate(sak.sist_oppdatert_dato);
  return sakMilestones({ ...(status ? { status } : {}), ...(henvisning ? { henvisning } : {}), ...(updatedRaw ? { updatedRaw } : {}), ...(votes ? { votes } : {}) });
}

/** Saker as items; `votes` (by sak id) tells the outcome of those treated. */
export function parseSaker(json: unknown, webBase: string, votes: ReadonlyMap<string, Votes> = new Map()): RawItem[] {
  const items: RawItem[] = [];
  for (const sak of listOf(json, 'saker_liste', 'saker')) {
    const id = str(sak.id);
    const title = str(sak.tittel) ?? str(sak.korttittel);
    if (!id || !title) continue;
    const item: RawItem = { title, url: sakUrl(webBase, id), guid: `sak:${id}` };
    const date = dotNetDate(sak.sist_oppdatert_dato);
    if (date) item.publishedRaw = date;
    const summary = sakSummary(sak);
    if (summary) item.summary = summary;
    const milestones = stepsOf(sak, votes.get(id));
    if (milestones && milestones.length > 0) item.milestones = milestones;
    // The sak's own document is the first its henvisning lists (an innstilling comes later).
    const own = henvisningParts(str(sak.henvisning) ?? '')[0];
    if (own) item.reference = own;
    items.push(item);
  }
  return items;
}

/** The saker that are treated (status behandlet): the ones whose votes tell an outcome. */
export function treatedSaker(json: unknown): Array<{ id: string; title: string; summary?: string; representantforslag: boolean }> {
  return listOf(json, 'saker_liste', 'saker')
    .filter((sak) => enumLabel(sak.status, SAK_STATUS) === 'behandlet')
    .flatMap((sak) => {
      const id = str(sak.id);
      const title = str(sak.tittel) ?? str(sak.korttittel);
      if (!id || !title) return [];
      const summary = sakSummary(sak);
      const dokumentgruppe = enumLabel(sak.dokumentgruppe, SAK_DOKUMENTGRUPPE);
      return [{ id, title, ...(summary ? { summary } : {}), representantforslag: dokumentgruppe?.toLowerCase() === 'representantforslag' }];
    });
}

/** `voteringer?sakid=`: the votes held on a sak, summed up. */
export function parseVoteringer(json: unknown, options: { representantforslag: boolean }): Votes {
  const votes = listOf(json, 'sak_votering_liste', 'voteringer').map((vote) => {
    const at = dotNetDate(vote.votering_tid);
    return { vedtatt: vote.vedtatt === true || vote.vedtatt === 'true', tema: str(vote.votering_tema) ?? '', ...(at ? { at } : {}) };
  });
  return summariseVotes(votes, options);
}

export function parseSporsmal(json: unknown, webBase: string): RawItem[] {
  const items: RawItem[] = [];
  for (const sp of listOf(json, 'sporsmal_liste', 'skriftligesporsmal')) {
    const id = str(sp.id);
    const title = str(sp.tittel);
    if (!id || !title) continue;
    const item: RawItem = { title, url: sporsmalUrl(webBase, id), guid: `sporsmal:${id}` };
    const date = dotNetDate(sp.datert_dato) ?? dotNetDate(sp.sendt_dato);
    if (date) item.publishedRaw = date;

    const from = isObject(sp.sporsmal_fra) ? sp.sporsmal_fra : undefined;
    const name = from ? [str(from.fornavn), str(from.etternavn)].filter(Boolean).join(' ') : '';
    const party = from && isObject(from.parti) ? str(from.parti.id) : undefined;
    const minister = str(sp.sporsmal_til_minister_tittel);
    let asked: string | undefined;
    if (name || minister) {
      asked = 'Spørsmål';
      if (name) asked += ` fra ${name}${party ? ` (${party})` : ''}`;
      if (minister) asked += ` til ${minister}`;
    }
    const topics = emner(sp);
    const summary = joinSummary([asked, topics.length > 0 ? `Emner: ${topics.join(', ')}` : undefined]);
    if (summary) item.summary = summary;
    const status = enumLabel(sp.status, SPORSMAL_STATUS);
    const answeredRaw = dotNetDate(sp.besvart_dato);
    const answeredBy = str(sp.besvart_av_minister_tittel);
    const milestones = sporsmalMilestones({ ...(status ? { status } : {}), ...(answeredRaw ? { answeredRaw } : {}), ...(answeredBy ? { answeredBy } : {}) });
    if (milestones.length > 0) item.milestones = milestones;
    items.push(item);
  }
  return items;
}

/** What a publication borrows from its sak. */
export interface SakRef {
  /** The sak's id: its publications are the same item (alias `sak:<id>`). */
  id: string;
  title: string;
  summary?: string;
}

/** Saker by each document reference in their `henvisning` ("Dokument 8:9 S (2026–2027)"). */
export function sakerByReference(sakerJson: unknown): Map<string, SakRef> {
  const index = new Map<string, SakRef>();
  for (const sak of listOf(sakerJson, 'saker_liste', 'saker')) {
    const id = str(sak.id);
    const title = str(sak.tittel) ?? str(sak.korttittel);
    const henvisning = str(sak.henvisning);
    if (!id || !title || !henvisning) continue;
    const summary = sakSummary(sak);
    // A sak's henvisning can list several documents once a committee has reported.
    for (const part of henvisningParts(henvisning)) {
      const key = referenceKey(part);
      if (key !== '' && !index.has(key)) index.set(key, summary ? { id, title, summary } : { id, title });
    }
  }
  return index;
}

export interface PublikasjonOptions {
  /** Where non-web publications point (`<exportBase>publikasjon?publikasjonid=`). */
  exportBase?: string;
  /** From `sakerByReference`: titles publications whose `tittel` is a bare reference. */
  saker?: Map<string, SakRef>;
}

export function parsePublikasjoner(json: unknown, webBase: string, sesjon: string, options: PublikasjonOptions = {}): RawItem[] {
  const items: RawItem[] = [];
  for (const pub of listOf(json, 'publikasjoner_liste', 'publikasjoner')) {
    const id = str(pub.id);
    const tittel = str(pub.tittel);
    if (!id || !tittel) continue;
    const reference = leadingDocumentReference(tittel);
    const sak = options.saker?.get(referenceKey(tittel)) ?? (reference ? options.saker?.get(referenceKey(reference)) : undefined);
    const item: RawItem = {
      title: sak ? `${sak.title} (${tittel})` : tittel,
      url: publikasjonUrl(webBase, sesjon, id, options.exportBase),
      guid: `publikasjon:${id}`,
    };
    const date = dotNetDate(pub.dato) ?? dotNetDate(pub.tilgjengelig_dato);
    if (date) item.publishedRaw = date;
    const summary = sak?.summary ?? (/^dok8-/i.test(id) ? joinSummary(['Representantforslag', tittel]) : undefined);
    if (summary) item.summary = summary;
    if (reference) item.reference = reference;
    if (sak) {
      // One item with its sak: the publication appearing is a step of the sak.
      item.aliases = [`sak:${sak.id}`];
      item.milestones = [publicationMilestone(reference ?? tittel, date)];
    }
    items.push(item);
  }
  return items;
}

