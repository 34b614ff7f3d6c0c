import { describe, expect, it } from 'vitest';
import { stemWord, textTerms, trainLearner, type LearningExample } from '../../src/learning/learner.js';

describe('terms: normalised words of title and summary', () => {
  it.each([
    ['rapporten', 'rapport'],
    ['rapporter', 'rapport'],
    ['rapportene', 'rapport'],
    ['reports', 'report'],
    ['menneskehandel', 'menneskehandel'],
    ['menneskehandelen', 'menneskehandel'],
    ['trafficking', 'traffick'],
    ['trafficked', 'traffick'],
    ['arbeidstakere', 'arbeidstak'],
    ['arbeidstaker', 'arbeidstak'],
    ['news', 'news'],
    ['GRETA', 'greta'],
  ])('%s → %s', (word, term) => {
    expect(stemWord(word)).toBe(term);
  });

  it('drops stopwords, short words and numbers, and counts each term once', () => {
    expect(textTerms('Rapporten om menneskehandel i 2024: rapporter og 3 nye tall fra Norge').map((t) => t.term)).toEqual([
      'rapport',
      'menneskehandel',
      'tall',
    ]);
  });

  it('keeps Nordic letters and hyphenated words', () => {
    expect(textTerms('Økt a-krim-innsats på Østlandet').map((t) => t.word)).toEqual(['økt', 'a-krim-innsats', 'østlandet']);
  });
});

const accepted = (text: string): LearningExample => ({ label: 'accepted', text });
const rejected = (text: string): LearningExample => ({ label: 'rejected', text });

const history: LearningExample[] = [
  accepted('Ny rapport om menneskehandel og tvangsarbeid'),
  accepted('GRETA: evaluering av tiltak mot menneskehandel'),
  accepted('Rapport: utnytting av arbeidstakere i byggebransjen'),
  accepted('Menneskehandel i Norden – ny studie'),
  rejected('Statsbudsjettet for landbruket'),
  rejected('Endringer i budsjettet for veibygging'),
  rejected('Høring om landbruksstøtte'),
  rejected('Ny veileder for landbruket'),
];

const options = { maxPoints: 5, minPerClass: 3, language: 'nb' as const };

describe('trainLearner: naive Bayes over accepted and rejected items', () => {
  it('learns nothing until there are enough of both', () => {
    expect(trainLearner(history.slice(0, 4), options)).toBeUndefined();
    expect(trainLearner([...history.slice(0, 4), ...history.slice(4, 6)], options)).toBeUndefined();
    expect(trainLearner(history, options)).toBeDefined();
  });

  it('nudges up what looks like accepted items and down what looks like rejected ones, and says why', () => {
    const learner = trainLearner(history, options)!;
    expect(learner).toMatchObject({ accepted: 4, rejected: 4 });
    const up = learner.reason('Ny rapport om menneskehandel i Baltikum')!;
    expect(up.kind).toBe('learned');
    expect(up.points).toBeGreaterThan(0);
    expect(up.label).toMatch(/^lært av 4 godtatte \/ 4 avviste: /);
    expect(up.label).toContain('«menneskehandel»');
    const down = learner.reason('Budsjettet for landbruket i 2027')!;
    expect(down.points).toBeLessThan(0);
    expect(down.label).toContain('«landbruket»');
  });

  it('says nothing about text it has never seen', () => {
    expect(trainLearner(history, options)!.reason('Helt ukjente ord her')).toBeUndefined();
  });

  it('is capped, deterministic, and labels in English when asked', () => {
    const strong = [...history, ...Array.from({ length: 20 }, () => accepted('menneskehandel menneskehandel trafficking rapport studie'))];
    const learner = trainLearner(strong, { ...options, maxPoints: 2, language: 'en' })!;
    const reason = learner.reason('Menneskehandel: trafficking-rapport og studie')!;
    expect(reason.points).toBe(2);
    expect(reason.label).toMatch(/^learned from 24 accepted \/ 4 rejected: /);
    expect(trainLearner(strong, { ...options, maxPoints: 2, language: 'en' })!.reason('Menneskehandel: trafficking-rapport og studie')).toEqual(reason);
  });

  it('weighs presence, not repetition (a long summary does not outvote the title)', () => {
    const learner = trainLearner(history, options)!;
    expect(learner.explain('landbruket landbruket landbruket').logOdds).toBeCloseTo(learner.explain('landbruket').logOdds);
  });
});

describe('leave one out', () => {
  it('scores a decided item on the other decisions only', () => {
    const learner = trainLearner(history, options)!;
    // "byggebransjen" occurs in one accepted item only: that item learns nothing from it.
    const text = 'Rapport: utnytting av arbeidstakere i byggebransjen';
    expect(learner.explain(text).terms.map((t) => t.term)).toContain('byggebransj');
    expect(learner.explain(text, 'accepted').terms.map((t) => t.term)).not.toContain('byggebransj');
    expect(learner.explain(text, 'accepted').logOdds).toBeLessThan(learner.explain(text).logOdds);
  });
});
