import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { rankingSchema } from '../../src/config/schema.js';
import { keywordHits, keywordReasons, surroundings } from '../../src/watch/keywords.js';

const rules = rankingSchema.parse({
  keywords: [
    {
      label: 'menneskehandel',
      weight: 10,
      terms: ['menneskehandel*', 'trafficking*'],
      notNear: ['drug*', 'narkotika*', 'kokain*', 'cocaine', 'firearm*', 'våpen*', 'weapons'],
    },
    {
      label: 'utnytting',
      weight: 4,
      terms: ['utnytt*'],
      notNear: ['overskuddsvarme*', 'havnæring*', 'ressurs*', 'potensial*', 'mulighet*'],
      nearWords: 3,
    },
  ],
}).keywords;

/** `utnytte` about people only, as the shipped config has it; `OSCE` not in the OSCE's own feed. */
const aboutPeople = rankingSchema.parse({
  keywords: [
    { label: 'utnytting', weight: 4, terms: ['utnytt*', 'exploitation'], near: ['arbeidstaker*', 'barn*', 'flyktning*', 'deg', 'workers'], nearWords: 4 },
    { label: 'GRETA / OSSE', weight: 2, terms: ['OSCE', 'GRETA'], notInSources: ['osce-press'] },
  ],
}).keywords;

describe('keywordReasons with near and notInSources', () => {
  it.each([
    ['a person as object counts', 'Grov utnytting av utenlandske arbeidstakere', undefined, ['utnytting: «utnytting»']],
    ['the person before the verb counts', 'Hindre at ukrainske flyktninger utnyttes i arbeidsmarkedet', undefined, ['utnytting: «utnyttes»']],
    ['a pronoun counts', 'Ta kontakt hvis noen utnytter deg', undefined, ['utnytting: «utnytter»']],
    ['capacity is not a person', 'Forslaget skal gi bedre utnyttelse av eksisterende nett før nye linjer bygges', undefined, []],
    ['a forest is not a person', 'Klimaplan: utnytte skogen bedre som karbonlager', undefined, []],
    ['the person too far away does not count', 'Utnytte handlingsrommet i budsjettet bedre, sier statsråden om tiltak for barn', undefined, []],
    ['English, person after', 'Supervision of the exploitation of migrant workers', undefined, ['utnytting: «exploitation»']],
    ["the OSCE's name in its own feed scores nothing", 'OSCE media freedom representative concerned', 'osce-press', []],
    ['the same words from another source score', 'Regjeringen til OSCE-møte i Wien', 'regjeringen', ['GRETA / OSSE: «osce»']],
    ['no source given: every rule applies', 'OSCE media freedom representative concerned', undefined, ['GRETA / OSSE: «osce»']],
  ])('%s', (_name, text, sourceId, expected) => {
    expect(keywordReasons(text, aboutPeople, sourceId).map((reason) => reason.label)).toEqual(expected);
  });

  it('a match without a person beside it is reported as cancelled', () => {
    const [hit] = keywordHits('Bedre utnyttelse av kapasiteten', aboutPeople);
    expect(hit).toMatchObject({ words: [], cancelled: ['utnyttelse'] });
  });
});

describe('surroundings', () => {
  it.each([
    ['a b c MATCH d e f', 2, 'b c MATCH d e'],
    ['MATCH', 3, 'MATCH'],
    ['one, two; MATCH. three four', 1, 'two; MATCH. three'],
    ['ikke-vestlige MATCH barnevern-saker x', 1, 'ikke-vestlige MATCH barnevern-saker'],
  ])('%j, %d words each side', (text, words, expected) => {
    const start = text.indexOf('MATCH');
    expect(surroundings(text, start, start + 5, words)).toBe(expected);
  });
});

describe('keywordReasons with notNear', () => {
  it.each([
    ['drug trafficking gets no trafficking points', 'Europol: record seizure in drug trafficking case', []],
    ['trafficking in cocaine', 'Trafficking of cocaine through the port of Antwerp', []],
    ['firearms trafficking', 'OSCE training on combating illicit firearms trafficking', []],
    ['Norwegian narcotics', 'Dom for narkotikasmugling og trafficking av narkotika', []],
    ['human trafficking still counts', 'Report on trafficking in human beings in the Baltic', ['menneskehandel: «trafficking»']],
    [
      'one clean match is enough beside a cancelled one',
      'Drug trafficking and human trafficking: two sides of organised crime',
      ['menneskehandel: «trafficking»'],
    ],
    ['the weapon far away does not cancel', 'Menneskehandel i Norge: ny rapport fra KOM om situasjonen, og noe om våpen', ['menneskehandel: «menneskehandel»']],
    ['utnytte overskuddsvarme', 'Regjeringen vil utnytte overskuddsvarme fra industrien', []],
    ['utnytte potensialet i havnæringene', 'Skal utnytte det store potensialet i havnæringene', []],
    ['utnytting of people counts', 'Tiltak mot utnytting av ukrainske flyktninger', ['utnytting: «utnytting»']],
  ])('%s', (_name, text, expected) => {
    expect(keywordReasons(text, rules).map((reason) => reason.label)).toEqual(expected);
  });

  it('reports what it cancelled, so a reason can say so', () => {
    const [hit] = keywordHits('Drug trafficking on the rise', rules);
    expect(hit).toMatchObject({ words: [], cancelled: ['trafficking'] });
  });
});

describe('the shipped keywords', () => {
  const shipped = loadConfig('sources.json').ranking.keywords;
  const labels = (text: string): string[] => keywordReasons(text, shipped).map((reason) => reason.label.split(':')[0]!);

  it.each([
    ['drug trafficking gets no trafficking points', 'EU and Latin America step up cooperation against drug trafficking', []],
    ['cocaine trafficking', 'Record cocaine trafficking seizures in European ports', []],
    ['firearms trafficking', 'Moldova steps up the fight against firearms trafficking', []],
    ['trafficking in human beings counts', 'New plan against trafficking in human beings', ['menneskehandel']],
    ['utnytte in the sense of use', 'Regjeringen vil utnytte overskuddsvarme fra datasentre', []],
    ['utnytte havnæringene', 'Slik skal vi utnytte mulighetene i havnæringene', []],
    ['utnytting of workers', 'Grov utnytting av utenlandske arbeidstakere', ['utnytting']],
    ['people fleeing the war', 'Plan to support potential victims among those fleeing the war in Ukraine', ['flyktninger fra Ukraina']],
    ['fordrevne fra Ukraina', 'Tilskudd til kommuner som bosetter fordrevne fra Ukraina', ['flyktninger fra Ukraina']],
    ['NIM annual report', 'Årsmelding 2021 fra Norges institusjon for menneskerettigheter', ['menneskerettigheter']],
    ['the UN Committee against Torture', 'Norges niende rapport til FNs torturkomité', ['menneskerettigheter']],
    ['violence in close relations', 'Riksrevisjonens undersøkelse av myndighetenes innsats mot vold i nære relasjoner', ['vold i nære relasjoner']],
  ])('%s', (_name, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});
