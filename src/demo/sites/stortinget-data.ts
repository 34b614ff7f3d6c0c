/**
 * The data.stortinget.no replica's facts: sessions and .NET dates, the saker, questions and
 * dok8 tables, and a day's state of the API built from them. stortinget.ts renders it as JSON.
 */
import type { ReplicaState } from '../types.js';

export const STORTINGET_HOST = 'data.stortinget.no';
export const STORTINGET_WEB_BASE = 'https://www.stortinget.no/';
export const EMPTY_DOTNET_DATE = '/Date(-62135596800000)/';
export const VERSJON = '1.6';
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

export const REPS: Readonly<Record<string, Person>> = {
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
export function defaultSnapshot(state: ReplicaState): StortingetSnapshot {
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
