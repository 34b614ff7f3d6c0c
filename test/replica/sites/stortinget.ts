/**
 * Replica of data.stortinget.no's open-data export (`/eksport/…`), JSON only (`format=json`;
 * without it this replica answers 400 where the real API would send XML).
 *
 * Shapes follow what public consumers of the API read (see src/sources/stortinget.ts): list
 * keys `sesjoner_liste` / `saker_liste` / `sporsmal_liste` / `publikasjoner_liste`, integer
 * ids and enums, .NET dates `/Date(<ms><±hhmm>)/` with Oslo's offset, the year-1 placeholder
 * `/Date(-62135596800000)/` for absent dates (unanswered questions' `besvart_dato`, living
 * people's `doedsdato`, most dok8 `dato`, one sak, one question's `datert_dato`), and the
 * `respons_dato_tid` / `versjon` pair on every object.
 *
 * Behaviour: `skriftligesporsmal` lists answered questions only unless `status=alle` (other
 * status names filter); `publikasjoner` needs `publikasjontype` (400 without); `sesjonid`
 * defaults to the current session; an unknown session gives empty lists. `voteringer?sakid=N`
 * answers `{ sak_id, sak_votering_liste: [{ votering_id, vedtatt, votering_tema,
 * votering_tid, votering_resultat_type, antall_for, antall_mot, … }] }` (the fields of
 * kristofferaas/deep-stortinget's zod `voteSchema`; a Ruby scraper of holderdeord reads
 * `vedtatt` and `votering_tema`), empty for a sak without votes; 400 without `sakid`.
 * `makeStortingetSite` renders any day's state (a `StortingetSnapshot`); the default instance
 * renders the tables below.
 * Day 1: 12 saker (4 on topic), 8 questions (3 on topic, 3 unanswered), 3 dok8. Day 2 adds
 * 2 on-topic saker and 1 unanswered on-topic question (visible only with status=alle).
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';

export const STORTINGET_HOST = 'data.stortinget.no';
export const STORTINGET_WEB_BASE = 'https://www.stortinget.no/';
export const EMPTY_DOTNET_DATE = '/Date(-62135596800000)/';
const VERSJON = '1.6';
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Dates and sessions

/** Europe/Oslo's offset at an instant, as .NET writes it: "+0100" / "+0200". */
function osloOffset(date: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? `${match[1]}${match[2]}${match[3]}` : '+0000';
}

/** A .NET JSON date: milliseconds since the epoch (UTC) plus the local offset, for information. */
export function dotNetDate(date: Date): string {
  return `/Date(${date.getTime()}${osloOffset(date)})/`;
}

/** `today` minus some days, at a working hour (09:30 UTC plus a few minutes per day back). */
export function daysBefore(today: Date, days: number): Date {
  const date = new Date(today.getTime() - days * DAY_MS);
  date.setUTCHours(9, 30 + (days % 20), 0, 0);
  return date;
}

/** The session running on `today`: sessions start on 1 October ("2025-2026"). */
export function sessionFor(today: Date): string {
  const year = today.getUTCFullYear();
  return today.getUTCMonth() >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** "2025-2026" → "202526", as in publication ids. */
function compactSession(session: string): string {
  const [from = '', to = ''] = session.split('-');
  return `${from}${to.slice(2)}`;
}

/** "2025-2026" → "2025–2026" (en dash), as in a sak's henvisning. */
function dashed(session: string): string {
  return session.replace('-', '–');
}

// ---------------------------------------------------------------------------------------------
// Data

export interface ReplicaSak {
  id: number;
  /** First replica day the sak exists. */
  day: number;
  /** sist_oppdatert_dato = today minus this; null = the year-1 placeholder. */
  updatedDaysAgo: number | null;
  tittel: string;
  korttittel: string;
  /** `{S}` becomes the session with an en dash. */
  henvisning: string;
  dokumentgruppe: number;
  type: number;
  status: number;
  komite: { id: string; navn: string } | null;
  emner: string[];
  /** The Dokument 8 number when the sak is a representantforslag with a dok8 publication. */
  dok8?: number;
  onTopic: boolean;
}

const FIN = { id: 'FIN', navn: 'Finanskomiteen' };
const TRANS = { id: 'TRAN', navn: 'Transport- og kommunikasjonskomiteen' };
const NAER = { id: 'NAER', navn: 'Næringskomiteen' };
const KUF = { id: 'KUF', navn: 'Utdannings- og forskningskomiteen' };
const JUST = { id: 'JUST', navn: 'Justiskomiteen' };
const KOMMFORV = { id: 'KOMMFORV', navn: 'Kommunal- og forvaltningskomiteen' };
const ARB = { id: 'ARB', navn: 'Arbeids- og sosialkomiteen' };

export const STORTINGET_SAKER: readonly ReplicaSak[] = [
  { id: 104101, day: 1, updatedDaysAgo: 40, tittel: 'Nasjonalbudsjettet og statsbudsjettet', korttittel: 'Statsbudsjettet', henvisning: 'Meld. St. 1 ({S})', dokumentgruppe: 2, type: 1, status: 2, komite: FIN, emner: ['Statsbudsjettet', 'Økonomi'], onTopic: false },
  { id: 104102, day: 1, updatedDaysAgo: 33, tittel: 'Endringer i vegtrafikkloven (automatisert trafikkontroll på E6)', korttittel: 'Endringer i vegtrafikkloven', henvisning: 'Prop. 12 L ({S})', dokumentgruppe: 1, type: 3, status: 2, komite: TRANS, emner: ['Veger', 'Samferdsel'], onTopic: false },
  { id: 104103, day: 1, updatedDaysAgo: 25, tittel: 'Representantforslag om å styrke kystfiskeflåtens rettigheter', korttittel: 'Kystfiskeflåten', henvisning: 'Dokument 8:14 S ({S})', dokumentgruppe: 4, type: 2, status: 3, komite: null, emner: ['Fiskeri'], dok8: 14, onTopic: false },
  { id: 104104, day: 1, updatedDaysAgo: 21, tittel: 'Endringer i havressurslova (kvotesystemet for torsk)', korttittel: 'Endringer i havressurslova', henvisning: 'Prop. 30 L ({S})', dokumentgruppe: 1, type: 3, status: 2, komite: NAER, emner: ['Fiskeri', 'Havbruk'], onTopic: false },
  { id: 104105, day: 1, updatedDaysAgo: 18, tittel: 'Bompengefinansiering av rv. 3 Kolomoen–Løten', korttittel: 'Bompenger rv. 3', henvisning: 'Prop. 41 S ({S}), Innst. 102 S ({S})', dokumentgruppe: 1, type: 2, status: 1, komite: TRANS, emner: ['Veger', 'Bompenger'], onTopic: false },
  { id: 104106, day: 1, updatedDaysAgo: 15, tittel: 'Grunnrenteskatt i havbruksnæringen – evaluering', korttittel: 'Grunnrenteskatt havbruk', henvisning: 'Meld. St. 9 ({S})', dokumentgruppe: 2, type: 2, status: 2, komite: FIN, emner: ['Skatter og avgifter', 'Havbruk'], onTopic: false },
  { id: 104107, day: 1, updatedDaysAgo: null, tittel: 'Endringer i barnehageloven (bemanningsnorm)', korttittel: 'Endringer i barnehageloven', henvisning: 'Prop. 22 L ({S})', dokumentgruppe: 1, type: 3, status: 1, komite: KUF, emner: ['Barnehager'], onTopic: false },
  { id: 104108, day: 1, updatedDaysAgo: 9, tittel: 'Tilleggsbevilgninger og omprioriteringer i statsbudsjettet', korttittel: 'Tilleggsbevilgninger', henvisning: 'Prop. 28 S ({S})', dokumentgruppe: 1, type: 1, status: 1, komite: FIN, emner: ['Statsbudsjettet'], onTopic: false },
  { id: 104109, day: 1, updatedDaysAgo: 20, tittel: 'Representantforslag om en ny nasjonal handlingsplan mot menneskehandel', korttittel: 'Handlingsplan mot menneskehandel', henvisning: 'Dokument 8:21 S ({S})', dokumentgruppe: 4, type: 2, status: 2, komite: JUST, emner: ['Kriminalitet', 'Menneskerettigheter'], dok8: 21, onTopic: true },
  { id: 104110, day: 1, updatedDaysAgo: 14, tittel: 'Endringer i utlendingsloven (midlertidig kollektiv beskyttelse for ukrainske flyktninger)', korttittel: 'Kollektiv beskyttelse for ukrainske flyktninger', henvisning: 'Prop. 35 L ({S})', dokumentgruppe: 1, type: 3, status: 2, komite: KOMMFORV, emner: ['Innvandring', 'Flyktninger'], onTopic: true },
  { id: 104111, day: 1, updatedDaysAgo: 7, tittel: 'Tiltak mot arbeidslivskriminalitet og sosial dumping', korttittel: 'Arbeidslivskriminalitet', henvisning: 'Meld. St. 11 ({S})', dokumentgruppe: 2, type: 2, status: 2, komite: ARB, emner: ['Arbeidsliv', 'Kriminalitet'], onTopic: true },
  { id: 104112, day: 1, updatedDaysAgo: 4, tittel: 'Representantforslag om bedre omsorg og oppfølging av enslige mindreårige asylsøkere', korttittel: 'Enslige mindreårige asylsøkere', henvisning: 'Dokument 8:27 S ({S})', dokumentgruppe: 4, type: 2, status: 3, komite: KOMMFORV, emner: ['Innvandring', 'Barn og ungdom'], dok8: 27, onTopic: true },
  // Day 2
  { id: 104113, day: 2, updatedDaysAgo: 0, tittel: 'Endringer i straffeloven (styrket vern mot menneskehandel og utnyttelse av barn)', korttittel: 'Straffeloven – menneskehandel', henvisning: 'Prop. 52 L ({S})', dokumentgruppe: 1, type: 3, status: 3, komite: JUST, emner: ['Kriminalitet', 'Barn og ungdom'], onTopic: true },
  { id: 104114, day: 2, updatedDaysAgo: 0, tittel: 'Samordnet innsats mot arbeidslivskriminalitet – ny strategi', korttittel: 'Strategi mot arbeidslivskriminalitet', henvisning: 'Meld. St. 16 ({S})', dokumentgruppe: 2, type: 2, status: 3, komite: ARB, emner: ['Arbeidsliv'], onTopic: true },
];

export interface Person {
  id: string;
  fornavn: string;
  etternavn: string;
  kjoenn: number;
  parti: { id: string; navn: string };
  fylke: { id: string; navn: string };
}

const REPS: Readonly<Record<string, Person>> = {
  KAHA: { id: 'KAHA', fornavn: 'Kari', etternavn: 'Hansen', kjoenn: 1, parti: { id: 'Sp', navn: 'Senterpartiet' }, fylke: { id: 'No', navn: 'Nordland' } },
  OLNO: { id: 'OLNO', fornavn: 'Ola', etternavn: 'Nordmann', kjoenn: 2, parti: { id: 'FrP', navn: 'Fremskrittspartiet' }, fylke: { id: 'Tr', navn: 'Troms' } },
  INBE: { id: 'INBE', fornavn: 'Ingrid', etternavn: 'Berg', kjoenn: 1, parti: { id: 'SV', navn: 'Sosialistisk Venstreparti' }, fylke: { id: 'O', navn: 'Oslo' } },
  PERS: { id: 'PERS', fornavn: 'Per', etternavn: 'Solberg', kjoenn: 2, parti: { id: 'H', navn: 'Høyre' }, fylke: { id: 'In', navn: 'Innlandet' } },
  MALI: { id: 'MALI', fornavn: 'Mari', etternavn: 'Lie', kjoenn: 1, parti: { id: 'KrF', navn: 'Kristelig Folkeparti' }, fylke: { id: 'Ro', navn: 'Rogaland' } },
  AHAU: { id: 'AHAU', fornavn: 'Anders', etternavn: 'Haugen', kjoenn: 2, parti: { id: 'R', navn: 'Rødt' }, fylke: { id: 'Vl', navn: 'Vestland' } },
};

const MINISTERS: Readonly<Record<string, string>> = {
  SD: 'samferdselsministeren',
  FHD: 'fiskeri- og havministeren',
  HOD: 'helse- og omsorgsministeren',
  FIN: 'finansministeren',
  JD: 'justis- og beredskapsministeren',
  AID: 'arbeids- og inkluderingsministeren',
};

export interface ReplicaSporsmal {
  id: number;
  day: number;
  /** datert_dato = today minus this; null = the year-1 placeholder (sendt_dato is then the date). */
  datedDaysAgo: number | null;
  sentDaysAgo: number;
  /** besvart_dato = today minus this; null = unanswered (status 3, til_behandling). */
  answeredDaysAgo: number | null;
  tittel: string;
  fra: keyof typeof REPS;
  minister: keyof typeof MINISTERS;
  emner: string[];
  onTopic: boolean;
}

export const STORTINGET_SPORSMAL: readonly ReplicaSporsmal[] = [
  { id: 104501, day: 1, datedDaysAgo: 30, sentDaysAgo: 29, answeredDaysAgo: 22, tittel: 'Hva vil statsråden gjøre for å stanse prisøkningen på ferjesambandene i Nordland?', fra: 'KAHA', minister: 'SD', emner: ['Samferdsel'], onTopic: false },
  { id: 104502, day: 1, datedDaysAgo: 26, sentDaysAgo: 26, answeredDaysAgo: 19, tittel: 'Når vil regjeringen fordele den nye kvoten av kysttorsk?', fra: 'OLNO', minister: 'FHD', emner: ['Fiskeri'], onTopic: false },
  { id: 104503, day: 1, datedDaysAgo: 5, sentDaysAgo: 5, answeredDaysAgo: null, tittel: 'Hvordan vil statsråden sikre vedlikehold av fylkesveiene i Innlandet?', fra: 'PERS', minister: 'SD', emner: [], onTopic: false },
  { id: 104504, day: 1, datedDaysAgo: 20, sentDaysAgo: 19, answeredDaysAgo: 12, tittel: 'Hva gjør regjeringen for å redusere ventetidene ved sykehuset i Bodø?', fra: 'KAHA', minister: 'HOD', emner: ['Helse'], onTopic: false },
  { id: 104505, day: 1, datedDaysAgo: 16, sentDaysAgo: 16, answeredDaysAgo: 9, tittel: 'Vil statsråden vurdere endringer i formuesskatten for familiebedrifter?', fra: 'PERS', minister: 'FIN', emner: ['Skatter og avgifter'], onTopic: false },
  { id: 104506, day: 1, datedDaysAgo: 19, sentDaysAgo: 18, answeredDaysAgo: 10, tittel: 'Hvordan vil statsråden sikre at ofre for menneskehandel får et trygt botilbud og oppfølging?', fra: 'INBE', minister: 'JD', emner: ['Kriminalitet'], onTopic: true },
  { id: 104507, day: 1, datedDaysAgo: null, sentDaysAgo: 6, answeredDaysAgo: null, tittel: 'Hvor mange enslige mindreårige asylsøkere har forsvunnet fra mottak det siste året, og hva gjøres for å finne dem?', fra: 'MALI', minister: 'AID', emner: ['Innvandring'], onTopic: true },
  { id: 104508, day: 1, datedDaysAgo: 3, sentDaysAgo: 3, answeredDaysAgo: null, tittel: 'Hva vil regjeringen gjøre for å hindre at ukrainske flyktninger utnyttes i arbeidsmarkedet?', fra: 'AHAU', minister: 'AID', emner: ['Arbeidsliv', 'Flyktninger'], onTopic: true },
  // Day 2: unanswered, so only status=alle shows it.
  { id: 104509, day: 2, datedDaysAgo: 0, sentDaysAgo: 0, answeredDaysAgo: null, tittel: 'Hvordan vil statsråden styrke samarbeidet mellom Arbeidstilsynet og politiet mot arbeidslivskriminalitet?', fra: 'INBE', minister: 'AID', emner: ['Arbeidsliv'], onTopic: true },
];

export interface ReplicaDok8 {
  /** The Dokument 8 number; the sak with the same `dok8` carries the subject. */
  nummer: number;
  day: number;
  /** `dato` = today minus this; null = the year-1 placeholder (as in a captured real list). */
  datoDaysAgo: number | null;
  availableDaysAgo: number;
}

export const STORTINGET_DOK8: readonly ReplicaDok8[] = [
  { nummer: 14, day: 1, datoDaysAgo: null, availableDaysAgo: 26 },
  { nummer: 21, day: 1, datoDaysAgo: 21, availableDaysAgo: 21 },
  { nummer: 27, day: 1, datoDaysAgo: null, availableDaysAgo: 5 },
];

/** Publication type code sent for dok8 (the real code was not found in public sources). */
export const DOK8_TYPE = 3;

export function dok8Id(session: string, nummer: number): string {
  return `dok8-${compactSession(session)}-${String(nummer).padStart(3, '0')}s`;
}

// ---------------------------------------------------------------------------------------------
// A day's state of the API

/**
 * What the API holds on one day, in absolute terms: the JSON builders render this, whoever
 * computes it — the default tables above (relative to the replica's day and today) or a dated
 * world whose saker move mottatt → til behandling → behandlet (stortinget-world.ts).
 */
export interface StortingetSnapshot {
  saker: SakSnapshot[];
  sporsmal: SporsmalSnapshot[];
  publikasjoner: PublikasjonSnapshot[];
  /** Votes by sak id (`voteringer?sakid=`); a sak without votes has none. */
  voteringer: ReadonlyMap<number, VoteringSnapshot[]>;
}

export interface SakSnapshot {
  id: number;
  tittel: string;
  korttittel: string;
  /** As the API writes it, session filled in: "Prop. 80 L (2021–2022), Innst. 402 L (2021–2022)". */
  henvisning: string;
  dokumentgruppe: number;
  type: number;
  /** 1 behandlet, 2 til behandling, 3 mottatt. */
  status: number;
  komite: { id: string; navn: string } | null;
  emner: string[];
  /** sist_oppdatert_dato; null = the year-1 placeholder. */
  updated: Date | null;
  /** The committee's innstilling once it has reported, else -1. */
  innstillingId: number;
  /** Who proposed a representantforslag (dokumentgruppe 4). */
  forslagstillere: Person[];
}

export interface SporsmalSnapshot {
  id: number;
  tittel: string;
  fra: Person;
  /** Ministry code ("JD") and the minister's title as the API writes it. */
  minister: { id: string; tittel: string };
  emner: string[];
  /** datert_dato; null = the year-1 placeholder. */
  dated: Date | null;
  sent: Date;
  /** besvart_dato; null = unanswered (status 3, til behandling). */
  answered: Date | null;
  nummer: number;
}

export interface PublikasjonSnapshot {
  /** "dok8-202122-144s", "dok6-202122", "inns-202122-402l". */
  id: string;
  /** What `publikasjontype=` selects it by: "dok8", "dok6", "dok3", "innstilling". */
  publikasjontype: string;
  tittel: string;
  type: number;
  /** `dato`; null = the year-1 placeholder (as in a captured dok8 list). */
  dato: Date | null;
  available: Date;
}

export interface VoteringSnapshot {
  id: number;
  vedtatt: boolean;
  tema: string;
  at: Date;
  /** votering_resultat_type: the codes were not found in public sources (see voteringJson). */
  resultatType: number;
  antallFor: number;
  antallMot: number;
}

/** Publication type codes per `publikasjontype` (the real codes were not found in public sources). */
export const PUBLIKASJON_TYPES: Readonly<Record<string, number>> = { dok8: DOK8_TYPE, dok3: 4, dok6: 5, innstilling: 6 };

/** The default tables as the API shows them on the replica's `day`, dates relative to `today`. */
function defaultSnapshot(state: ReplicaState): StortingetSnapshot {
  const session = sessionFor(state.today);
  const at = (days: number | null): Date | null => (days === null ? null : daysBefore(state.today, days));
  return {
    saker: STORTINGET_SAKER.filter((sak) => sak.day <= state.day).map((sak) => ({
      id: sak.id,
      tittel: sak.tittel,
      korttittel: sak.korttittel,
      henvisning: sak.henvisning.replaceAll('{S}', dashed(session)),
      dokumentgruppe: sak.dokumentgruppe,
      type: sak.type,
      status: sak.status,
      komite: sak.komite,
      emner: sak.emner,
      updated: at(sak.updatedDaysAgo),
      innstillingId: -1,
      forslagstillere: sak.dokumentgruppe === 4 ? [REPS.INBE!] : [],
    })),
    sporsmal: STORTINGET_SPORSMAL.map((sp, index) => ({ sp, index }))
      .filter(({ sp }) => sp.day <= state.day)
      .map(({ sp, index }) => ({
        id: sp.id,
        tittel: sp.tittel,
        fra: REPS[sp.fra]!,
        minister: { id: sp.minister, tittel: MINISTERS[sp.minister]! },
        emner: sp.emner,
        dated: at(sp.datedDaysAgo),
        sent: daysBefore(state.today, sp.sentDaysAgo),
        answered: at(sp.answeredDaysAgo),
        nummer: 1200 + index,
      })),
    publikasjoner: STORTINGET_DOK8.filter((dok) => dok.day <= state.day).map((dok) => ({
      id: dok8Id(session, dok.nummer),
      publikasjontype: 'dok8',
      // As the real list titles them: a bare reference, hyphenated session.
      tittel: `Dokument 8:${dok.nummer} S (${session})`,
      type: DOK8_TYPE,
      dato: at(dok.datoDaysAgo),
      available: daysBefore(state.today, dok.availableDaysAgo),
    })),
    voteringer: new Map(),
  };
}

// ---------------------------------------------------------------------------------------------
// JSON builders

/**
 * `respons_dato_tid` and `versjon`, on every object. The real API stamps each response with the
 * time it was made, so a body-derived ETag would never repeat there; the replica keeps one
 * stamp per `today` so that an unchanged list answers 304 (as the server core derives ETags
 * from bodies) and tests can exercise both paths.
 */
function stamp(state: ReplicaState): { respons_dato_tid: string; versjon: string } {
  const at = new Date(state.today);
  at.setUTCHours(4, 0, 0, 0);
  return { respons_dato_tid: dotNetDate(at), versjon: VERSJON };
}

function personJson(person: Person, state: ReplicaState): Record<string, unknown> {
  return {
    ...stamp(state),
    doedsdato: EMPTY_DOTNET_DATE,
    etternavn: person.etternavn,
    foedselsdato: dotNetDate(new Date(Date.UTC(1975, 4, 17, 22))),
    fornavn: person.fornavn,
    id: person.id,
    kjoenn: person.kjoenn,
    fylke: { ...stamp(state), historisk_fylke: false, id: person.fylke.id, navn: person.fylke.navn },
    parti: { ...stamp(state), id: person.parti.id, navn: person.parti.navn },
  };
}

function emneJson(navn: string, index: number, state: ReplicaState): Record<string, unknown> {
  return { ...stamp(state), er_hovedemne: index === 0, hovedemne_id: 0, id: 1000 + navn.length * 7 + index, navn, underemne_liste: [] };
}

const orPlaceholder = (date: Date | null): string => (date === null ? EMPTY_DOTNET_DATE : dotNetDate(date));

function sakJson(sak: SakSnapshot, session: string, state: ReplicaState): Record<string, unknown> {
  return {
    ...stamp(state),
    behandlet_sesjon_id: sak.status === 1 ? session : null,
    dokumentgruppe: sak.dokumentgruppe,
    emne_liste: sak.emner.map((navn, i) => emneJson(navn, i, state)),
    forslagstiller_liste: sak.forslagstillere.map((person) => personJson(person, state)),
    henvisning: sak.henvisning,
    id: sak.id,
    innstilling_id: sak.innstillingId,
    innstilling_kode: 0,
    komite: sak.komite ? { ...stamp(state), id: sak.komite.id, navn: sak.komite.navn } : null,
    korttittel: sak.korttittel,
    sak_fremmet_id: 0,
    saksordfoerer_liste: [],
    sist_oppdatert_dato: orPlaceholder(sak.updated),
    status: sak.status,
    tittel: sak.tittel,
    type: sak.type,
  };
}

function sporsmalJson(sp: SporsmalSnapshot, session: string, state: ReplicaState): Record<string, unknown> {
  const answered = sp.answered !== null;
  const minister = { ...personJson(REPS.OLNO!, state), id: `${sp.minister.id}-STATSRAAD`, fornavn: 'Statsråd', etternavn: sp.minister.id };
  return {
    ...stamp(state),
    besvart_av: answered ? minister : null,
    besvart_av_minister_id: answered ? sp.minister.id : null,
    besvart_av_minister_tittel: answered ? sp.minister.tittel : null,
    besvart_dato: orPlaceholder(sp.answered),
    besvart_pa_vegne_av: null,
    besvart_pa_vegne_av_minister_id: null,
    besvart_pa_vegne_av_minister_tittel: null,
    datert_dato: orPlaceholder(sp.dated),
    emne_liste: sp.emner.map((navn, i) => emneJson(navn, i, state)),
    flyttet_til: 0,
    fremsatt_av_annen: null,
    id: sp.id,
    rette_vedkommende: null,
    rette_vedkommende_minister_id: null,
    rette_vedkommende_minister_tittel: null,
    sendt_dato: dotNetDate(sp.sent),
    sesjon_id: session,
    sporsmal_fra: personJson(sp.fra, state),
    sporsmal_nummer: sp.nummer,
    sporsmal_til: minister,
    sporsmal_til_minister_id: sp.minister.id,
    sporsmal_til_minister_tittel: sp.minister.tittel,
    status: answered ? 1 : 3,
    tittel: sp.tittel,
    type: 5,
  };
}

function publikasjonJson(pub: PublikasjonSnapshot, state: ReplicaState): Record<string, unknown> {
  return {
    ...stamp(state),
    dato: orPlaceholder(pub.dato),
    id: pub.id,
    publikasjonformat_liste: ['XML', 'PDF'],
    tilgjengelig_dato: dotNetDate(pub.available),
    tittel: pub.tittel,
    type: pub.type,
  };
}

/**
 * One vote, with the fields public consumers read (kristofferaas/deep-stortinget's zod
 * `voteSchema`: sak_id, vedtatt, votering_id, votering_resultat_type, votering_tema,
 * votering_tid; its commented-out fields antall_for, antall_mot, antall_ikke_tilstede, …).
 */
function voteringJson(sakId: number, vote: VoteringSnapshot, state: ReplicaState): Record<string, unknown> {
  return {
    ...stamp(state),
    alternativ_votering_id: 0,
    antall_for: vote.antallFor,
    antall_ikke_tilstede: Math.max(0, 169 - vote.antallFor - vote.antallMot),
    antall_mot: vote.antallMot,
    behandlingsrekkefoelge: 1,
    dagsorden_sak_nummer: 1,
    fri_votering: false,
    kommentar: null,
    mote_kart_nummer: 1,
    personlig_votering: true,
    president: null,
    sak_id: sakId,
    vedtatt: vote.vedtatt,
    votering_id: vote.id,
    votering_resultat_type: vote.resultatType,
    votering_resultat_type_tekst: null,
    votering_tema: vote.tema,
    votering_tid: dotNetDate(vote.at),
  };
}

function sessionsJson(state: ReplicaState): Record<string, unknown> {
  const current = sessionFor(state.today);
  const first = Number(current.slice(0, 4));
  const session = (from: number): Record<string, unknown> => ({
    ...stamp(state),
    fra: dotNetDate(new Date(Date.UTC(from, 8, 30, 22))),
    id: `${from}-${from + 1}`,
    til: dotNetDate(new Date(Date.UTC(from + 1, 8, 30, 21, 59, 59))),
  });
  return {
    ...stamp(state),
    innevaerende_sesjon: session(first),
    sesjoner_liste: [first - 3, first - 2, first - 1, first, first + 1].map(session),
  };
}

// ---------------------------------------------------------------------------------------------
// The site

const SPORSMAL_STATUS_NAMES: Readonly<Record<string, number>> = {
  ikke_spesifisert: 0,
  besvart: 1,
  bortfalt: 2,
  til_behandling: 3,
  trukket: 4,
  venter_utsatt: 5,
};

const ENDPOINTS = ['sesjoner', 'saker', 'skriftligesporsmal', 'publikasjoner', 'voteringer'];

function json(body: unknown): ReplicaResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

function badRequest(message: string): ReplicaResponse {
  return { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message, noValidators: true };
}

/**
 * The data.stortinget.no replica answering from `snapshotOn(state)`: what the API holds on
 * the replica's day (the eval feeds it a dated world of its own).
 */
export function makeStortingetSite(snapshotOn: (state: ReplicaState) => StortingetSnapshot): ReplicaSite {
  function handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const path = request.path.toLowerCase().replace(/\/+$/, '');
    const endpoint = /^\/eksport\/([a-z]+)$/.exec(path)?.[1];
    if (!endpoint || !ENDPOINTS.includes(endpoint)) return null;
    if (request.query.get('format')?.toLowerCase() !== 'json') {
      return badRequest('This replica serves JSON only: add format=json (the real API would answer XML).');
    }
    if (endpoint === 'sesjoner') return json(sessionsJson(state));
    const snapshot = snapshotOn(state);

    if (endpoint === 'voteringer') {
      // Votes belong to a sak, not a session: `sakid` is required.
      const sakId = Number(request.query.get('sakid'));
      if (!Number.isInteger(sakId) || sakId <= 0) return badRequest('sakid må oppgis');
      const votes = snapshot.voteringer.get(sakId) ?? [];
      return json({ ...stamp(state), sak_id: sakId, sak_votering_liste: votes.map((vote) => voteringJson(sakId, vote, state)) });
    }

    const current = sessionFor(state.today);
    const session = request.query.get('sesjonid') ?? current;
    if (!/^\d{4}-\d{4}$/.test(session)) return badRequest(`Ugyldig sesjonid: ${session}`);
    const isCurrent = session === current;

    if (endpoint === 'saker') {
      const saker = isCurrent ? snapshot.saker : [];
      return json({ ...stamp(state), sesjon_id: session, saker_liste: saker.map((sak) => sakJson(sak, session, state)) });
    }
    if (endpoint === 'skriftligesporsmal') {
      const status = request.query.get('status')?.toLowerCase() || undefined;
      let wanted: number | 'all' = 1;
      if (status === 'alle') wanted = 'all';
      else if (status !== undefined) {
        const code = SPORSMAL_STATUS_NAMES[status];
        if (code === undefined) return badRequest(`Ugyldig status: ${status}`);
        wanted = code;
      }
      const all = isCurrent ? snapshot.sporsmal : [];
      const listed = all.filter((sp) => wanted === 'all' || (sp.answered !== null ? 1 : 3) === wanted);
      return json({ ...stamp(state), sesjon_id: session, sporsmal_liste: listed.map((sp) => sporsmalJson(sp, session, state)) });
    }
    // publikasjoner
    const type = request.query.get('publikasjontype')?.trim().toLowerCase();
    if (!type) return badRequest('publikasjontype må oppgis');
    const publications = isCurrent ? snapshot.publikasjoner.filter((pub) => pub.publikasjontype === type) : [];
    return json({ ...stamp(state), publikasjoner_liste: publications.map((pub) => publikasjonJson(pub, state)) });
  }
  return { name: 'stortinget', hosts: [STORTINGET_HOST], handle };
}

export const stortinget: ReplicaSite = makeStortingetSite(defaultSnapshot);

// ---------------------------------------------------------------------------------------------
// What a correct extractor makes of it

export interface ExpectedItem {
  title: string;
  url: string;
  guid: string;
  onTopic: boolean;
}

/**
 * The items the `stortinget` kind should extract on `day` with the default configuration
 * (all three endpoints, publikasjontyper ['dok8'], webBase https://www.stortinget.no/):
 * saker, then questions (all statuses), then dok8 publications titled from their sak.
 */
export function stortingetExpected(day: number, today: Date): ExpectedItem[] {
  const session = sessionFor(today);
  const web = STORTINGET_WEB_BASE;
  const saker = STORTINGET_SAKER.filter((sak) => sak.day <= day).map((sak) => ({
    title: sak.tittel,
    url: `${web}no/Saker-og-publikasjoner/Saker/Sak/?p=${sak.id}`,
    guid: `sak:${sak.id}`,
    onTopic: sak.onTopic,
  }));
  const questions = STORTINGET_SPORSMAL.filter((sp) => sp.day <= day).map((sp) => ({
    title: sp.tittel,
    url: `${web}no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=${sp.id}`,
    guid: `sporsmal:${sp.id}`,
    onTopic: sp.onTopic,
  }));
  const publications = STORTINGET_DOK8.filter((dok) => dok.day <= day).map((dok) => {
    const sak = STORTINGET_SAKER.find((s) => s.dok8 === dok.nummer)!;
    const id = dok8Id(session, dok.nummer);
    return {
      title: `${sak.tittel} (Dokument 8:${dok.nummer} S (${session}))`,
      url: `${web}no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/${session}/${id}/`,
      guid: `publikasjon:${id}`,
      onTopic: sak.onTopic,
    };
  });
  return [...saker, ...questions, ...publications];
}
