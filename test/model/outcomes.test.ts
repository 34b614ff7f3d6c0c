import { describe, expect, it } from 'vitest';
import type { SourceOutcomeKind } from '../../src/model.js';
import { isProblem, OUTCOME_INFO, OUTCOMES, outcomeLabels } from '../../src/model/outcomes.js';

describe('OUTCOME_INFO', () => {
  // Pinned to what the hand-written copies said before the table.
  it.each([
    ['ok', false, true, 'ok', 'ok', 'ok'],
    ['not-modified', false, true, 'unchanged', 'uendret', 'not modified'],
    ['baseline', false, true, 'baseline', 'grunnlinje', 'baseline'],
    ['failed', true, false, 'FAILED', 'feilet', 'failed'],
    ['blocked', true, false, 'BLOCKED', 'stengt ute (botvegg)', 'blocked (bot wall)'],
    ['broken-extraction', true, true, 'BROKEN', 'ødelagt uttrekk', 'broken extraction'],
    ['offline', false, true, 'offline', 'nettet utilgjengelig', 'network unavailable'],
  ] as Array<[SourceOutcomeKind, boolean, boolean, string, string, string]>)('%s: problem %s, items read %s, mark %s, %s / %s', (outcome, problem, itemsRead, mark, nb, en) => {
    expect(isProblem(outcome)).toBe(problem);
    expect(OUTCOME_INFO[outcome].itemsRead).toBe(itemsRead);
    expect(OUTCOME_INFO[outcome].mark).toBe(mark);
    expect(outcomeLabels('nb')[outcome]).toBe(nb);
    expect(outcomeLabels('en')[outcome]).toBe(en);
  });

  it('covers seven outcomes, and a source never run is no problem', () => {
    expect(OUTCOMES).toHaveLength(7);
    expect(isProblem(null)).toBe(false);
    expect(isProblem(undefined)).toBe(false);
  });

  it.each([
    ['failed', 'failed'],
    ['blocked', 'blocked by a bot wall'],
    ['broken-extraction', 'extraction broken'],
    ['offline', 'failed'],
  ] as Array<[SourceOutcomeKind, string]>)('an alert says %s as "%s"', (outcome, trouble) => {
    expect(OUTCOME_INFO[outcome].trouble).toBe(trouble);
  });
});
