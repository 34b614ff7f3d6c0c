/**
 * The Stortinget replica fed a dated world: a sak moves mottatt → til behandling → behandlet
 * with the days it happened, gains its innstilling, and has votes from its decision on; a
 * question is answered on its day; a representantforslag is a dok8 publication too.
 */
import { describe, expect, it } from 'vitest';
import { makeStortingetWorldSite, type StortingetWorld } from '../../src/demo/sites/stortinget-world.js';
import type { ReplicaState } from '../../src/demo/types.js';

const person = { id: 'LMNB', fornavn: 'Lan Marie', etternavn: 'Nguyen Berg', kjoenn: 1, parti: { id: 'MDG', navn: 'Miljøpartiet De Grønne' }, fylke: { id: 'O', navn: 'Oslo' } };
const KOMMFORV = { id: 'KOMMFORV', navn: 'Kommunal- og forvaltningskomiteen' };

const world: StortingetWorld = {
  saker: [
    {
      id: 87609, tittel: 'Endringer i utlendingsloven (tilsyn med omsorgen for enslige mindreårige som bor i asylmottak)',
      korttittel: 'Tilsyn med omsorgen for enslige mindreårige i asylmottak', dokument: 'Prop. 80 L (2021–2022)',
      dokumentgruppe: 1, type: 3, emner: ['Innvandring'], komite: KOMMFORV,
      mottatt: '2022-04-01', tilBehandling: '2022-04-05', innstilling: { id: 88990, nummer: 402, kode: 'L', dato: '2022-06-07' },
      behandlet: '2022-06-14', voteringer: [{ id: 19001, tema: 'Lovens overskrift og loven i sin helhet', vedtatt: true, antallFor: 98, antallMot: 2 }],
    },
    {
      id: 87984, tittel: 'Representantforslag om å hente hjem norske barn og kvinner fra interneringsleirer i Syria',
      korttittel: 'Hente hjem norske barn fra Syria', dokument: 'Dokument 8:104 S (2021–2022)', dokumentgruppe: 4, type: 2,
      emner: [], komite: KOMMFORV, forslagstillere: [person], mottatt: '2022-02-10', dok8: 104,
    },
  ],
  sporsmal: [
    {
      id: 89080, tittel: 'Vil statsråden sørge for at norske statsborgere som har vært utsatt for menneskehandel, blir repatriert?',
      fra: person, minister: { id: 'JD', tittel: 'justis- og beredskapsministeren' }, emner: [], sendt: '2022-04-21', besvart: '2022-05-03',
    },
  ],
  publikasjoner: [{ id: 'dok6-202122', publikasjontype: 'dok6', tittel: 'Dokument 6 (2021–2022)', dato: '2022-03-29' }],
};

const site = makeStortingetWorldSite(world);
const stateOn = (day: string): ReplicaState => ({ day: 1, today: new Date(`${day}T07:00:00Z`) });

function get(path: string, query: string, state: ReplicaState): Record<string, unknown> {
  const response = site.handle({ method: 'GET', host: 'data.stortinget.no', path, query: new URLSearchParams(query), headers: {}, scheme: 'https' }, state);
  expect(response?.status, `${path}?${query}`).toBe(200);
  return JSON.parse(String(response!.body)) as Record<string, unknown>;
}

const sak = (day: string, id: number): Record<string, unknown> | undefined =>
  (get('/eksport/saker', 'format=json', stateOn(day)).saker_liste as Array<Record<string, unknown>>).find((s) => s.id === id);

describe('the Stortinget replica on a dated world', () => {
  it('lists a sak from the day it is received, with the status of each day', () => {
    expect(sak('2022-03-31', 87609)).toBeUndefined();
    expect(sak('2022-04-01', 87609)).toMatchObject({ status: 3, komite: null, henvisning: 'Prop. 80 L (2021–2022)', innstilling_id: -1 });
    expect(sak('2022-05-02', 87609)).toMatchObject({ status: 2, komite: { id: 'KOMMFORV' } });
    expect(sak('2022-06-08', 87609)).toMatchObject({ status: 2, henvisning: 'Prop. 80 L (2021–2022), Innst. 402 L (2021–2022)', innstilling_id: 88990 });
    expect(sak('2022-06-14', 87609)).toMatchObject({ status: 1, behandlet_sesjon_id: '2021-2022' });
  });

  it('moves sist_oppdatert_dato with each step', () => {
    const updated = (day: string): string => String(sak(day, 87609)?.sist_oppdatert_dato);
    expect(updated('2022-04-04')).toBe(updated('2022-04-01'));
    expect(updated('2022-04-05')).not.toBe(updated('2022-04-04'));
    expect(updated('2022-06-20')).toBe(updated('2022-06-14'));
  });

  it('answers voteringer for a decided sak only, from its day on', () => {
    const before = get('/eksport/voteringer', 'sakid=87609&format=json', stateOn('2022-06-13'));
    expect(before).toMatchObject({ sak_id: 87609, sak_votering_liste: [] });
    const after = get('/eksport/voteringer', 'sakid=87609&format=json', stateOn('2022-06-14'));
    const votes = after.sak_votering_liste as Array<Record<string, unknown>>;
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ sak_id: 87609, votering_id: 19001, vedtatt: true, antall_for: 98, antall_mot: 2, votering_tema: 'Lovens overskrift og loven i sin helhet' });
    expect(String(votes[0]!.votering_tid)).toMatch(/^\/Date\(\d+\+0200\)\/$/);
    const none = site.handle({ method: 'GET', host: 'data.stortinget.no', path: '/eksport/voteringer', query: new URLSearchParams('format=json'), headers: {}, scheme: 'https' }, stateOn('2022-06-14'));
    expect(none?.status).toBe(400);
  });

  it('answers a question from the day it is answered', () => {
    const answered = (day: string, status: string): unknown[] => get('/eksport/skriftligesporsmal', `format=json&status=${status}`, stateOn(day)).sporsmal_liste as unknown[];
    expect(answered('2022-04-20', 'alle')).toHaveLength(0);
    expect(answered('2022-04-28', 'alle')).toMatchObject([{ id: 89080, status: 3, besvart_dato: '/Date(-62135596800000)/' }]);
    expect(answered('2022-04-28', 'besvart')).toHaveLength(0);
    expect(answered('2022-05-03', 'besvart')).toMatchObject([{ id: 89080, status: 1 }]);
  });

  it('lists publications by type: dok8 from its sak, innstillinger from their day, dok6 as given', () => {
    const publications = (type: string, day: string): unknown[] => get('/eksport/publikasjoner', `format=json&publikasjontype=${type}`, stateOn(day)).publikasjoner_liste as unknown[];
    expect(publications('dok8', '2022-05-01')).toMatchObject([{ id: 'dok8-202122-104s', tittel: 'Dokument 8:104 S (2021-2022)' }]);
    expect(publications('innstilling', '2022-06-06')).toHaveLength(0);
    expect(publications('innstilling', '2022-06-07')).toMatchObject([{ id: 'inns-202122-402l', tittel: 'Innst. 402 L (2021-2022)' }]);
    expect(publications('dok6', '2022-05-01')).toMatchObject([{ id: 'dok6-202122' }]);
  });
});
