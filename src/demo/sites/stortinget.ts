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
import { defaultSnapshot, dok8Id, dotNetDate, EMPTY_DOTNET_DATE, type Person, type PublikasjonSnapshot, REPS, type SakSnapshot, sessionFor, type SporsmalSnapshot, STORTINGET_DOK8, STORTINGET_HOST, STORTINGET_SAKER, STORTINGET_SPORSMAL, STORTINGET_WEB_BASE, type StortingetSnapshot, VERSJON, type VoteringSnapshot } from './stortinget-data.js';

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
