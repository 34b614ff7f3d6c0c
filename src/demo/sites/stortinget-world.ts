/**
 * A dated world for the data.stortinget.no replica: saker, written questions, publications and
 * votes with the days things happened, and the API's state on any day computed from them — the
 * way the API shows a session going by:
 *
 * - a sak appears when it is received (status 3 mottatt, no committee yet), is referred to a
 *   committee (2 til behandling, `komite` set), gains "Innst. NNN S (2021–2022)" in its
 *   `henvisning` and an `innstilling_id` when the committee reports, and is decided (1 behandlet)
 *   on the day Stortinget votes; `sist_oppdatert_dato` is the last of those days;
 * - a representantforslag is also a `dok8` publication from the day it is received;
 * - a written question is til behandling from the day it is sent, besvart with `besvart_dato`
 *   from the day it is answered;
 * - other publications (`dok6`, `dok3`, `innstilling`) are listed from their day;
 * - votes (`voteringer?sakid=`) exist from the day the sak is decided.
 *
 * Days are "YYYY-MM-DD" in Europe/Oslo; something dated on a day is visible from that day on,
 * stamped early that morning (before a 09:00 watch), so a day's stamps do not move with the clock.
 */
import { osloDay, isoDay, osloInstant, type CalendarDay } from './common.js';
import { makeStortingetSite } from './stortinget.js';
import { dok8Id, PUBLIKASJON_TYPES, sessionFor, type Person, type PublikasjonSnapshot, type SakSnapshot, type SporsmalSnapshot, type StortingetSnapshot, type VoteringSnapshot } from './stortinget-data.js';
import type { ReplicaSite, ReplicaState } from '../types.js';

export interface WorldKomite {
  id: string;
  navn: string;
}

export interface WorldVote {
  id: number;
  tema: string;
  vedtatt: boolean;
  antallFor: number;
  antallMot: number;
}

export interface WorldSak {
  id: number;
  tittel: string;
  korttittel: string;
  /** The document the sak rests on, session written out: "Prop. 80 L (2021–2022)". */
  dokument: string;
  dokumentgruppe: number;
  type: number;
  emner: string[];
  komite: WorldKomite | null;
  forslagstillere?: Person[];
  /** Day received: status 3 mottatt. */
  mottatt: string;
  /** Day referred to the committee: status 2 til behandling. */
  tilBehandling?: string;
  /** The committee's innstilling, from its day on. */
  innstilling?: { id: number; nummer: number; kode: 'S' | 'L'; dato: string };
  /** Day decided: status 1 behandlet, votes visible. */
  behandlet?: string;
  voteringer?: WorldVote[];
  /** A representantforslag's Dokument 8 number: it is a dok8 publication from `mottatt` on. */
  dok8?: number;
}

export interface WorldSporsmal {
  id: number;
  tittel: string;
  fra: Person;
  minister: { id: string; tittel: string };
  emner: string[];
  sendt: string;
  /** datert_dato when it differs from sendt; null for the year-1 placeholder. */
  datert?: string | null;
  besvart?: string;
}

export interface WorldPublikasjon {
  id: string;
  publikasjontype: 'dok3' | 'dok6' | 'innstilling';
  tittel: string;
  dato: string;
}

export interface StortingetWorld {
  saker: readonly WorldSak[];
  sporsmal: readonly WorldSporsmal[];
  /** Publications other than the dok8s and innstillinger the saker imply. */
  publikasjoner: readonly WorldPublikasjon[];
}

function calendarDay(day: string): CalendarDay {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, day: date };
}

/** The instant something dated `day` is stamped with: an early hour in Oslo, never after `today`. */
function instantOf(day: string, today: Date, hour: number): Date {
  const at = osloInstant(calendarDay(day), hour);
  return at.getTime() > today.getTime() ? new Date(today.getTime()) : at;
}

const latest = (days: Array<string | undefined>, today: string): string | undefined =>
  days.filter((day): day is string => day !== undefined && day <= today).sort().at(-1);

/** "2021-2022" → "2021–2022" (en dash), as in a sak's henvisning. */
const dashed = (session: string): string => session.replace('-', '–');

function sakOn(sak: WorldSak, day: string, today: Date, session: string): SakSnapshot {
  const decided = sak.behandlet !== undefined && sak.behandlet <= day;
  const referred = sak.tilBehandling !== undefined && sak.tilBehandling <= day;
  const reported = sak.innstilling !== undefined && sak.innstilling.dato <= day ? sak.innstilling : undefined;
  const updated = latest([sak.mottatt, sak.tilBehandling, sak.innstilling?.dato, sak.behandlet], day);
  return {
    id: sak.id,
    tittel: sak.tittel,
    korttittel: sak.korttittel,
    henvisning: reported ? `${sak.dokument}, Innst. ${reported.nummer} ${reported.kode} (${dashed(session)})` : sak.dokument,
    dokumentgruppe: sak.dokumentgruppe,
    type: sak.type,
    status: decided ? 1 : referred ? 2 : 3,
    komite: referred || decided ? sak.komite : null,
    emner: sak.emner,
    updated: updated ? instantOf(updated, today, 8) : null,
    innstillingId: reported ? reported.id : -1,
    forslagstillere: sak.forslagstillere ?? [],
  };
}

function sporsmalOn(sp: WorldSporsmal, index: number, day: string, today: Date): SporsmalSnapshot {
  const answered = sp.besvart !== undefined && sp.besvart <= day;
  return {
    id: sp.id,
    tittel: sp.tittel,
    fra: sp.fra,
    minister: sp.minister,
    emner: sp.emner,
    dated: sp.datert === null ? null : instantOf(sp.datert ?? sp.sendt, today, 7),
    sent: instantOf(sp.sendt, today, 7),
    answered: answered ? instantOf(sp.besvart!, today, 8) : null,
    nummer: 1000 + index,
  };
}

/** The innstilling a sak's committee gave, as a publication: "Innst. 402 L (2021–2022)". */
function innstillingId(session: string, nummer: number, kode: string): string {
  return `inns-${session.slice(0, 4)}${session.slice(7, 9)}-${String(nummer).padStart(3, '0')}${kode.toLowerCase()}`;
}

function publikasjonerOn(world: StortingetWorld, day: string, today: Date, session: string): PublikasjonSnapshot[] {
  const out: PublikasjonSnapshot[] = [];
  for (const sak of world.saker) {
    if (sak.dok8 !== undefined && sak.mottatt <= day) {
      out.push({
        id: dok8Id(session, sak.dok8),
        publikasjontype: 'dok8',
        tittel: `Dokument 8:${sak.dok8} S (${session})`,
        type: PUBLIKASJON_TYPES.dok8!,
        // As in a captured real list: `dato` is the year-1 placeholder, only tilgjengelig_dato is real.
        dato: null,
        available: instantOf(sak.mottatt, today, 8),
      });
    }
    const inns = sak.innstilling;
    if (inns && inns.dato <= day) {
      out.push({
        id: innstillingId(session, inns.nummer, inns.kode),
        publikasjontype: 'innstilling',
        tittel: `Innst. ${inns.nummer} ${inns.kode} (${session})`,
        type: PUBLIKASJON_TYPES.innstilling!,
        dato: instantOf(inns.dato, today, 8),
        available: instantOf(inns.dato, today, 8),
      });
    }
  }
  for (const pub of world.publikasjoner) {
    if (pub.dato > day) continue;
    out.push({
      id: pub.id,
      publikasjontype: pub.publikasjontype,
      tittel: pub.tittel,
      type: PUBLIKASJON_TYPES[pub.publikasjontype]!,
      dato: instantOf(pub.dato, today, 8),
      available: instantOf(pub.dato, today, 8),
    });
  }
  return out;
}

function voteringerOn(world: StortingetWorld, day: string, today: Date): Map<number, VoteringSnapshot[]> {
  const votes = new Map<number, VoteringSnapshot[]>();
  for (const sak of world.saker) {
    if (!sak.behandlet || sak.behandlet > day || !sak.voteringer) continue;
    votes.set(
      sak.id,
      sak.voteringer.map((vote, index) => ({
        id: vote.id,
        vedtatt: vote.vedtatt,
        tema: vote.tema,
        at: new Date(instantOf(sak.behandlet!, today, 8).getTime() - (3 - Math.min(index, 3)) * 60_000),
        // The codes are not in public sources; 1 stands for an ordinary vote here.
        resultatType: 1,
        antallFor: vote.antallFor,
        antallMot: vote.antallMot,
      })),
    );
  }
  return votes;
}

/** What the API holds on the Oslo day of `today`. */
export function stortingetSnapshotOn(world: StortingetWorld, today: Date): StortingetSnapshot {
  const day = isoDay(osloDay(today));
  const session = sessionFor(today);
  return {
    saker: world.saker.filter((sak) => sak.mottatt <= day).map((sak) => sakOn(sak, day, today, session)),
    sporsmal: world.sporsmal
      .map((sp, index) => ({ sp, index }))
      .filter(({ sp }) => sp.sendt <= day)
      .map(({ sp, index }) => sporsmalOn(sp, index, day, today)),
    publikasjoner: publikasjonerOn(world, day, today, session),
    voteringer: voteringerOn(world, day, today),
  };
}

/** The data.stortinget.no replica serving a dated world, as it stands on the replica's today. */
export function makeStortingetWorldSite(world: StortingetWorld): ReplicaSite {
  // The snapshot of the last day asked for is kept: a watch run asks several endpoints on one day.
  let cached: { today: number; snapshot: StortingetSnapshot } | undefined;
  return makeStortingetSite((state: ReplicaState) => {
    if (cached?.today !== state.today.getTime()) cached = { today: state.today.getTime(), snapshot: stortingetSnapshotOn(world, state.today) };
    return cached.snapshot;
  });
}
