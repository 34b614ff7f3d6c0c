import { describe, expect, it } from 'vitest';
import { buildSimilarity } from '../../src/learning/similarity.js';

const past = [
  'Stortinget vedtok i juni endringer i utlendingsloven om tilsyn med omsorgen for enslige mindreårige som bor i asylmottak, se her.',
  'Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», se her.',
  'A-krimsamarbeidet har utarbeidet en rapport om utnyttelse av arbeidstakere i verftsindustrien, se her.',
  'GRETA publiserte i mai en veileder om risikoen for menneskehandel knyttet til krigen i Ukraina, se her.',
];
// A real issue has dozens of paragraphs; most are about other things.
const others = Array.from({ length: 20 }, (_, i) => `KOM deltok på møte nummer ${i} i nettverket om kompetanseheving og samarbeid med kommunene i regionen.`);
const model = buildSimilarity([...past, ...others], { maxPoints: 6, language: 'nb' })!;

describe('likeness to past issues', () => {
  it.each([
    ['a sak about unaccompanied minors in asylum centres', 'Representantforslag om bedre omsorg for enslige mindreårige i asylmottak', 1, ['asylmottak', 'enslige', 'mindreårige']],
    ['a report on exploited workers, like two past items', 'Ny rapport om utnytting av arbeidstakere i byggebransjen', 2, ['arbeidstakere', 'utnytting', 'rapport']],
    ['one shared common word is no likeness', 'Endringer i vegtrafikkloven', 0, []],
    ['nothing shared', 'Statsbudsjettet 2023', 0, []],
  ])('%s', (_name, text, matches, words) => {
    const likeness = model.likeness(text);
    expect(likeness.matches).toBe(matches);
    expect(likeness.points).toBe(matches === 0 ? 0 : Math.round(2 * Math.log2(1 + matches) * 10) / 10);
    expect([...likeness.words].sort()).toEqual([...words].sort());
  });

  it('explains itself in Norwegian', () => {
    expect(model.reason('Ny rapport om utnytting av arbeidstakere i byggebransjen')).toEqual({
      kind: 'learned',
      label: 'ligner på 2 saker i tidligere nyhetsbrev: «arbeidstakere», «rapport», «utnytting»',
      points: 3.2,
    });
  });

  it('leaves an example out when scoring that very text', () => {
    expect(model.likeness(past[0]!, 0).matches).toBe(0);
    expect(model.likeness(past[0]!).matches).toBe(1);
  });

  it('has nothing to say without examples', () => {
    expect(buildSimilarity([], { maxPoints: 6, language: 'nb' })).toBeUndefined();
  });
});
