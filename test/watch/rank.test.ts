import { describe, expect, it } from 'vitest';
import { rankingSchema, sourceSchema, type KeywordRule } from '../../src/config/schema.js';
import type { Item } from '../../src/model.js';
import { keywordReasons, termPattern } from '../../src/watch/keywords.js';
import { rankItem } from '../../src/watch/rank.js';

describe('termPattern', () => {
  it.each([
    ['menneskehandel*', 'Ny rapport om menneskehandelen i Norge', true],
    ['menneskehandel*', 'Tiltak mot Menneskehandel', true],
    ['menneskehandel*', 'antimenneskehandel', false],
    ['trafficking*', 'Human Trafficking report', true],
    ['human trafficking', 'human  trafficking', true],
    ['human trafficking', 'humantrafficking', false],
    ['asyl*', 'asylsøkere og asylmottak', true],
    ['asyl*', 'rasyl', false],
    ['ihmiskaup*', 'Ihmiskaupan uhrien auttamisjärjestelmä', true],
    ['a-krim*', 'Felles a-krimsenter', true],
    ['enslige mindreårige', 'tilsyn med omsorgen for enslige mindreårige', true],
    ['forced labo*r', 'forced labour and forced labor', true],
    ['GRETA', 'Gretas rapport', false],
    ['GRETA', 'GRETA publishes', true],
  ])('%s in %j → %s', (term, text, expected) => {
    expect(termPattern(term).test(text)).toBe(expected);
  });
});

const rules: KeywordRule[] = rankingSchema.parse({
  keywords: [
    { label: 'trafficking', terms: ['menneskehandel*', 'trafficking*'], weight: 5 },
    { label: 'labour crime', terms: ['arbeidslivskriminalitet*', 'a-krim*'], weight: 3 },
    { label: 'off topic', terms: ['fiskeri*'], weight: -2 },
  ],
}).keywords;

describe('keywordReasons', () => {
  it('counts each rule once and names what matched', () => {
    const reasons = keywordReasons('Menneskehandel og trafficking: ny a-krim rapport', rules);
    expect(reasons).toEqual([
      { kind: 'keyword', label: 'trafficking: «menneskehandel», «trafficking»', points: 5 },
      { kind: 'keyword', label: 'labour crime: «a-krim»', points: 3 },
    ]);
  });
});

function item(overrides: Partial<Item> = {}): Item {
  return {
    id: 'x',
    sourceId: 's',
    sourceIds: ['s'],
    title: 'Budsjett for fiskeri',
    url: 'https://example.org/a',
    canonicalUrl: 'https://example.org/a',
    published: { raw: '2026-11-27', iso: '2026-11-26T23:00:00.000Z', dateOnly: true },
    summary: null,
    firstSeen: '2026-11-28T06:00:00.000Z',
    baseline: false,
    ...overrides,
  };
}

const settings = rankingSchema.parse({ keywords: rules, recency: { weight: 2, halfLifeDays: 7 } });
const now = new Date('2026-11-28T06:00:00Z');
const source = (ranking: object) =>
  sourceSchema.parse({ id: 's', name: 'Stortinget', section: 'x', kind: 'feed', url: 'https://example.org/f', ranking });

describe('rankItem', () => {
  it.each([
    ['on-topic source, no keyword', { weight: 5 }, {}, true, 5 + 1.8 - 2],
    ['requireKeyword without a keyword', { requireKeyword: true }, {}, false, 1.8 - 2],
    ['requireKeyword with a keyword', { requireKeyword: true }, { title: 'Menneskehandel i fiskeri' }, true, 5 - 2 + 1.8],
    ['old item has little recency', {}, { title: 'Trafficking', published: { raw: '2026-10-01', iso: '2026-09-30T22:00:00.000Z', dateOnly: true } }, true, 5],
  ])('%s', (_name, ranking, overrides, eligible, score) => {
    const ranked = rankItem(item(overrides), source(ranking), settings, now);
    expect(ranked.eligible).toBe(eligible);
    expect(ranked.score).toBeCloseTo(score, 1);
    expect(ranked.reasons.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(ranked.score, 1);
  });

  it('says why: source, keyword and recency reasons', () => {
    const ranked = rankItem(item({ title: 'Rapport om menneskehandel' }), source({ weight: 5 }), settings, now);
    expect(ranked.reasons.map((r) => r.kind)).toEqual(['source', 'keyword', 'recency']);
    expect(ranked.reasons[2]!.label).toBe('published 1 day ago');
  });
});
