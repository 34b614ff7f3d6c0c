import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, rankCandidates } from '../../src/digest/build.js';
import { listReviewCandidates, type CandidateQuery } from '../../src/review/candidates.js';
import { decide } from '../../src/review/decisions.js';
import { closeIssue, openNextIssue } from '../../src/review/newsletter-issues.js';
import { osloDayEnd, osloDayStart, resolvePeriod } from '../../src/review/period.js';
import { saveLinkState, type LinkState } from '../../src/store/links.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

describe('periods, in Oslo days', () => {
  it.each([
    ['2026-07-01', '2026-06-30T22:00:00.000Z', '2026-07-01T22:00:00.000Z'],
    ['2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T23:00:00.000Z'],
    // Summer time starts at 02:00 on 29 March 2026: that day has 23 hours.
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    // …and ends on 25 October: 25 hours.
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
  ])('%s starts at %s and ends at %s', (day, start, end) => {
    expect(osloDayStart(day).toISOString()).toBe(start);
    expect(osloDayEnd(day).toISOString()).toBe(end);
  });

  const now = new Date('2026-09-10T10:00:00Z');
  const issue = { id: 1, name: 'Nr 3', periodFrom: '2026-07-01', periodTo: '2026-09-30', openedAt: '', closedAt: null };
  it.each([
    [{ kind: 'since-issue' }, null, undefined, 'since-issue', '1970-01-01T00:00:00.000Z', now.toISOString()],
    [{ kind: 'since-issue' }, '2026-06-30T12:00:00.000Z', undefined, 'since-issue', '2026-06-30T12:00:00.000Z', now.toISOString()],
    [{ kind: 'week' }, null, undefined, 'week', '2026-09-03T10:00:00.000Z', now.toISOString()],
    [{ kind: 'issue' }, null, issue, 'issue', '2026-06-30T22:00:00.000Z', '2026-09-30T22:00:00.000Z'],
    [{ kind: 'issue' }, null, undefined, 'since-issue', '1970-01-01T00:00:00.000Z', now.toISOString()],
    [{ kind: 'dates', from: '2026-08-01', to: '2026-08-31' }, null, undefined, 'dates', '2026-07-31T22:00:00.000Z', '2026-08-31T22:00:00.000Z'],
    [{ kind: 'dates', from: '2026-08-01' }, null, undefined, 'dates', '2026-07-31T22:00:00.000Z', now.toISOString()],
    [{ kind: 'dates', from: 'rubbish', to: '2026-08-31' }, null, undefined, 'dates', '2026-08-24T22:00:00.000Z', '2026-08-31T22:00:00.000Z'],
  ] as const)('%o (mark %s) → %s %s – %s', (choice, mark, openIssue, kind, from, to) => {
    const period = resolvePeriod(choice, { now, mark, openIssue, weekDays: 7 });
    expect({ kind: period.kind, from: period.from.toISOString(), to: period.to.toISOString() }).toEqual({ kind, from, to });
  });
});

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
let store: ReturnType<typeof tempStore>;
let ids: Record<string, string>;

function linkState(url: string, over: Partial<LinkState>): LinkState {
  return {
    url,
    firstSeen: '2026-06-01T00:00:00Z',
    lastChecked: '2026-06-14T05:00:00Z',
    lastVerdict: 'ok',
    lastStatus: 200,
    lastFinalUrl: null,
    lastDetail: null,
    lastOk: '2026-06-14T05:00:00Z',
    firstFailed: null,
    consecutiveFailures: 0,
    deadSince: null,
    ...over,
  };
}

beforeEach(() => {
  store = tempStore();
  const db = store.db;
  ids = {
    fafo: addItem(db, {
      sourceId: 'fafo',
      title: 'Grov utnytting av utenlandske arbeidstakere',
      summary: 'Gråsonen mellom arbeidslivet og menneskehandel',
      url: 'https://www.fafo.no/grov',
      firstSeen: '2026-06-10T05:00:00Z',
      published: '2026-06-09T10:00:00Z',
    }).id,
    fafo2: addItem(db, { sourceId: 'fafo', title: 'Levekår i Oslo', url: 'https://www.fafo.no/levekar', firstSeen: '2026-06-12T05:00:00Z' }).id,
    greta: addItem(db, {
      sourceId: 'greta',
      title: 'GRETA publishes its third report on Norway',
      url: 'https://www.coe.int/greta-norway',
      firstSeen: '2026-06-11T05:00:00Z',
      alsoSourceIds: ['regjeringen'],
    }).id,
    storting: addItem(db, { sourceId: 'stortinget', title: 'Representantforslag om tvangsarbeid', firstSeen: '2026-06-13T05:00:00Z' }).id,
    offTopic: addItem(db, { sourceId: 'stortinget', title: 'Statsbudsjettet for landbruket', firstSeen: '2026-06-13T05:00:00Z' }).id,
    budget: addItem(db, { sourceId: 'regjeringen', title: 'Budsjett for veibygging', firstSeen: '2026-06-14T05:00:00Z' }).id,
    old: addItem(db, { sourceId: 'fafo', title: 'Gammel rapport om menneskehandel', firstSeen: '2026-05-01T05:00:00Z' }).id,
    baseline: addItem(db, { sourceId: 'fafo', title: 'Fra grunnlinjen', firstSeen: '2026-06-10T05:00:00Z', baseline: true }).id,
  };
  saveLinkState(db, linkState('https://www.fafo.no/grov', {}));
  saveLinkState(db, linkState('https://www.coe.int/greta-norway', { lastVerdict: 'broken', lastStatus: 404, consecutiveFailures: 4, deadSince: '2026-06-12T05:00:00Z', lastOk: null }));
  saveLinkState(db, linkState('https://www.fafo.no/levekar', { lastVerdict: 'timeout', lastStatus: null, consecutiveFailures: 1 }));
});
afterEach(() => store.cleanup());

const since = (q: Partial<CandidateQuery> = {}): CandidateQuery => ({ period: { kind: 'dates', from: '2026-06-08', to: '2026-06-15' }, ...q });
const titles = (view: ReturnType<typeof listReviewCandidates>): string[] => view.sections.flatMap((s) => s.candidates.map((c) => c.title));

describe('listReviewCandidates', () => {
  it("groups the period's candidates by section in the newsletter's order, best first", () => {
    const view = listReviewCandidates(store.db, config, since(), now);
    expect(view.sections.map((s) => s.id)).toEqual(['politiske-tiltak', 'forskning', 'greta']);
    for (const section of view.sections) {
      const scores = section.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    // Stortinget needs a keyword; baseline items and items from before the period are not candidates.
    expect(titles(view)).not.toContain('Statsbudsjettet for landbruket');
    expect(titles(view)).not.toContain('Fra grunnlinjen');
    expect(titles(view)).not.toContain('Gammel rapport om menneskehandel');
    expect(view.counts).toEqual({ all: 5, new: 5, accepted: 0, rejected: 0, maybe: 0 });
  });

  it("shows each candidate's link status (not checked until link monitoring has looked) and its other sources", () => {
    const all = listReviewCandidates(store.db, config, since(), now).sections.flatMap((s) => s.candidates);
    const byId = new Map(all.map((c) => [c.id, c]));
    expect(byId.get(ids.fafo!)!.linkStatus.state).toBe('ok');
    expect(byId.get(ids.greta!)!.linkStatus).toMatchObject({ state: 'dead', verdict: 'broken', deadSince: '2026-06-12T05:00:00Z' });
    expect(byId.get(ids.fafo2!)!.linkStatus).toMatchObject({ state: 'failing', verdict: 'timeout' });
    expect(byId.get(ids.budget!)!.linkStatus.state).toBe('unchecked');
    expect(byId.get(ids.greta!)!.sources.map((s) => s.id)).toEqual(['greta', 'regjeringen']);
  });

  it.each([
    [{ section: 'forskning' }, ['Grov utnytting av utenlandske arbeidstakere', 'Levekår i Oslo']],
    [{ source: 'regjeringen' }, ['Budsjett for veibygging', 'GRETA publishes its third report on Norway']],
    [{ q: 'MENNESKEHANDEL' }, ['Grov utnytting av utenlandske arbeidstakere']],
    [{ q: 'norway greta' }, ['GRETA publishes its third report on Norway']],
    [{ q: 'coe.int' }, ['GRETA publishes its third report on Norway']],
    [{ q: 'fafo levekår' }, ['Levekår i Oslo']],
    [{ status: 'accepted' as const }, ['Grov utnytting av utenlandske arbeidstakere']],
    [{ status: 'rejected' as const }, ['Budsjett for veibygging']],
    [{ status: 'maybe' as const }, ['GRETA publishes its third report on Norway']],
    [{ status: 'new' as const }, ['Representantforslag om tvangsarbeid', 'Levekår i Oslo']],
    [{ q: 'husk' }, ['GRETA publishes its third report on Norway']],
  ])('filters by %o', (filter, expected) => {
    decide(store.db, config, { itemId: ids.fafo!, decision: 'accepted' }, now);
    decide(store.db, config, { itemId: ids.budget!, decision: 'rejected' }, now);
    decide(store.db, config, { itemId: ids.greta!, decision: 'maybe', note: 'Husk å sjekke' }, now);
    const view = listReviewCandidates(store.db, config, since({ ...filter, learning: false }), now);
    expect(titles(view)).toEqual(expected);
  });

  it('counts statuses under the other filters', () => {
    decide(store.db, config, { itemId: ids.fafo!, decision: 'accepted' }, now);
    decide(store.db, config, { itemId: ids.fafo2!, decision: 'rejected' }, now);
    const view = listReviewCandidates(store.db, config, since({ section: 'forskning', status: 'new' }), now);
    expect(view.counts).toEqual({ all: 2, new: 0, accepted: 1, rejected: 1, maybe: 0 });
    expect(titles(view)).toEqual([]);
  });

  it('"since the last issue" starts where the last issue was closed', () => {
    const issue = openNextIssue(store.db, { name: 'Nr 1' }, now);
    closeIssue(store.db, issue.ok ? issue.issue.id : -1, new Date('2026-06-12T12:00:00Z'));
    const view = listReviewCandidates(store.db, config, { period: { kind: 'since-issue' }, learning: false }, now);
    expect(view.period.mark).toBe('2026-06-12T12:00:00.000Z');
    expect(titles(view).sort()).toEqual(['Budsjett for veibygging', 'Representantforslag om tvangsarbeid']);
  });

  it('learns from decisions once there are enough, shows it in the reasons, and can be switched off', () => {
    const learningConfig = reviewConfig({ learningMinDecisions: 2, learningMaxPoints: 4 });
    const more = [
      addItem(store.db, { sourceId: 'regjeringen', title: 'Budsjett for landbruket', firstSeen: '2026-05-02T05:00:00Z' }).id,
      addItem(store.db, { sourceId: 'fafo', title: 'Utnytting av arbeidstakere i bygg', firstSeen: '2026-05-02T05:00:00Z' }).id,
    ];
    decide(store.db, learningConfig, { itemId: more[0]!, decision: 'rejected' }, now);
    decide(store.db, learningConfig, { itemId: ids.budget!, decision: 'rejected' }, now);
    const before = listReviewCandidates(store.db, learningConfig, since(), now);
    expect(before.learning).toEqual({ enabled: true, archiveParagraphs: 0, accepted: 0, rejected: 2, active: false });

    decide(store.db, learningConfig, { itemId: more[1]!, decision: 'accepted' }, now);
    decide(store.db, learningConfig, { itemId: ids.old!, decision: 'accepted' }, now);
    const view = listReviewCandidates(store.db, learningConfig, since(), now);
    expect(view.learning).toEqual({ enabled: true, archiveParagraphs: 0, accepted: 2, rejected: 2, active: true });
    const fafo = view.sections.flatMap((s) => s.candidates).find((c) => c.id === ids.fafo)!;
    const learned = fafo.reasons.find((r) => r.kind === 'learned' && r.label.startsWith('lært av'))!;
    expect(learned.points).toBeGreaterThan(0);
    expect(learned.label).toMatch(/^lært av 2 godtatte \/ 2 avviste: .*«utnytting»/);
    const plain = rankCandidates(store.db, learningConfig, { from: new Date('2026-06-08'), to: now }, now).find((c) => c.id === ids.fafo)!;
    const learnedPoints = fafo.reasons.filter((r) => r.kind === 'learned').reduce((sum, r) => sum + r.points, 0);
    expect(fafo.score).toBe(Math.round((plain.score + learnedPoints) * 10) / 10);

    const off = listReviewCandidates(store.db, learningConfig, since({ learning: false }), now);
    expect(off.learning.active).toBe(false);
    expect(off.sections.flatMap((s) => s.candidates).some((c) => c.reasons.some((r) => r.kind === 'learned'))).toBe(false);
  });
});

describe('the digest without learning stays as it was', () => {
  it('rankCandidates and buildDigest take the learned reason only when given one', () => {
    const period = { from: new Date('2026-06-08T00:00:00Z'), to: now };
    const plain = rankCandidates(store.db, config, period, now);
    expect(plain.flatMap((c) => c.reasons).some((r) => r.kind === 'learned')).toBe(false);
    const nudged = rankCandidates(store.db, config, period, now, {
      learned: (item) => (item.title.includes('Levekår') ? [{ kind: 'learned', label: 'test', points: 40 }] : []),
    });
    expect(nudged[0]!.title).toBe('Levekår i Oslo');
    expect(nudged[0]!.reasons.at(-1)).toEqual({ kind: 'learned', label: 'test', points: 40 });
    expect(buildDigest(store.db, config, period, now).sections.flatMap((s) => s.candidates).map((c) => c.id)).toEqual(
      expect.arrayContaining(plain.map((c) => c.id)),
    );
  });
});
