/**
 * Closing an issue: what the confirmation says is left, and "maybe" items carrying over into
 * the next issue's default view until someone decides them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listReviewCandidates } from '../../src/review/candidates.js';
import { decide } from '../../src/review/decisions.js';
import { closeIssue, closePreview, openNextIssue } from '../../src/review/newsletter-issues.js';
import type { PeriodKind } from '../../src/review/period.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
const nextWeek = new Date('2026-06-22T09:00:00Z');
let store: ReturnType<typeof tempStore>;
let ids: { report: string; greta: string; budget: string; fresh: string };

const shown = (kind: PeriodKind, at: Date) =>
  listReviewCandidates(store.db, config, { period: { kind } }, at).sections.flatMap((s) => s.candidates.map((c) => ({ id: c.id, carried: c.carriedOver ?? false })));

beforeEach(() => {
  store = tempStore();
  ids = {
    report: addItem(store.db, { sourceId: 'fafo', title: 'Grov utnytting og menneskehandel', firstSeen: '2026-06-10T05:00:00Z' }).id,
    greta: addItem(store.db, { sourceId: 'greta', title: 'GRETA publishes its third report on Norway', firstSeen: '2026-06-11T05:00:00Z' }).id,
    budget: addItem(store.db, { sourceId: 'regjeringen', title: 'Statsbudsjettet for landbruket', firstSeen: '2026-06-12T05:00:00Z' }).id,
    fresh: addItem(store.db, { sourceId: 'fafo', title: 'Ny rapport om tvangsarbeid', firstSeen: '2026-06-20T05:00:00Z' }).id,
  };
  openNextIssue(store.db, { name: 'Juni', periodFrom: '2026-06-01' }, now);
});
afterEach(() => store.cleanup());

describe('closing an issue with maybe items', () => {
  it('says how many are undecided and maybe; after closing the maybe item is in the next issue’s default view, marked as carried over', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'maybe', note: 'Sjekk med redaktør', editor: 'Kari' }, now);
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected', editor: 'Kari' }, now);
    expect(closePreview(store.db, config, now)).toEqual({ undecided: 1, maybe: 1 });

    const open = listReviewCandidates(store.db, config, { period: { kind: 'since-issue' } }, now).openIssue!;
    expect(closeIssue(store.db, open.id, now).ok).toBe(true);
    openNextIssue(store.db, { name: 'Juli' }, nextWeek);

    expect(shown('since-issue', nextWeek)).toEqual(
      expect.arrayContaining([
        { id: ids.report, carried: true },
        { id: ids.fresh, carried: false },
      ]),
    );
    expect(shown('since-issue', nextWeek)).toHaveLength(2);
    const view = listReviewCandidates(store.db, config, { period: { kind: 'since-issue' } }, nextWeek);
    expect(view.counts).toMatchObject({ all: 2, new: 1, maybe: 1 });
    expect(view.sections.flatMap((s) => s.candidates).find((c) => c.id === ids.report)?.decision).toMatchObject({ note: 'Sjekk med redaktør' });
  });

  it.each([
    ['since-issue', true],
    ['issue', true],
    ['week', false],
  ] as const)('in the %s view a carried maybe shows: %s', (kind, carries) => {
    decide(store.db, config, { itemId: ids.report, decision: 'maybe' }, now);
    const open = listReviewCandidates(store.db, config, { period: { kind: 'since-issue' } }, now).openIssue!;
    closeIssue(store.db, open.id, now);
    openNextIssue(store.db, { name: 'Juli', periodFrom: '2026-06-16' }, nextWeek);
    expect(shown(kind, new Date('2026-06-30T09:00:00Z')).some((c) => c.id === ids.report && c.carried)).toBe(carries);
  });

  it('stops carrying an item once it is decided', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'maybe' }, now);
    closeIssue(store.db, listReviewCandidates(store.db, config, { period: { kind: 'since-issue' } }, now).openIssue!.id, now);
    expect(shown('since-issue', nextWeek).map((c) => c.id)).toEqual([ids.fresh, ids.report]);
    decide(store.db, config, { itemId: ids.report, decision: 'accepted' }, nextWeek);
    expect(shown('since-issue', nextWeek).map((c) => c.id)).toEqual([ids.fresh]);
  });
});
