/**
 * A team of editors on one store: names checked, who decided recorded, undo takes back only
 * the editor's own last step (a bulk rejection as one), never another editor's decision.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decide, rejectRest, undoDecision } from '../../src/review/decisions.js';
import { MAX_EDITOR_NAME, parseEditorName } from '../../src/review/editors.js';
import { getDecision, peekUndo } from '../../src/store/decisions.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
const later = (minutes: number): Date => new Date(now.getTime() + minutes * 60_000);
let store: ReturnType<typeof tempStore>;
let ids: { report: string; seminar: string; greta: string; budget: string; plan: string };

beforeEach(() => {
  store = tempStore();
  ids = {
    report: addItem(store.db, { sourceId: 'fafo', title: 'Grov utnytting av utenlandske arbeidstakere', firstSeen: '2026-06-10T05:00:00Z' }).id,
    seminar: addItem(store.db, { sourceId: 'fafo', title: 'Seminar om tvangsarbeid', firstSeen: '2026-06-11T05:00:00Z' }).id,
    greta: addItem(store.db, { sourceId: 'greta', title: 'GRETA publishes its third report on Norway', firstSeen: '2026-06-11T05:00:00Z' }).id,
    budget: addItem(store.db, { sourceId: 'regjeringen', title: 'Statsbudsjettet for landbruket', firstSeen: '2026-06-12T05:00:00Z' }).id,
    plan: addItem(store.db, { sourceId: 'regjeringen', title: 'Handlingsplan mot menneskehandel', firstSeen: '2026-06-12T06:00:00Z' }).id,
  };
});
afterEach(() => store.cleanup());

describe('parseEditorName', () => {
  it.each([
    ['Kari', { ok: true, name: 'Kari' }],
    ['  Kari   Nordmann \n', { ok: true, name: 'Kari Nordmann' }],
    ['Åse Ødegård', { ok: true, name: 'Åse Ødegård' }],
    ['', { ok: false, error: 'editor-name-missing' }],
    ['   ', { ok: false, error: 'editor-name-missing' }],
    [null, { ok: false, error: 'editor-name-missing' }],
    ['x'.repeat(MAX_EDITOR_NAME), { ok: true, name: 'x'.repeat(MAX_EDITOR_NAME) }],
    ['x'.repeat(MAX_EDITOR_NAME + 1), { ok: false, error: 'editor-name-too-long' }],
    ['Kari\u0000', { ok: false, error: 'editor-name-invalid' }],
    ['Kari\u202e', { ok: false, error: 'editor-name-invalid' }],
    ['Ka\u2028ri', { ok: false, error: 'editor-name-invalid' }],
  ])('%j → %j', (input, expected) => {
    expect(parseEditorName(input)).toEqual(expected);
  });
});

describe('who decided', () => {
  it('records the editor and the time with each decision, and null when no name was given', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', editor: 'Kari' }, now);
    decide(store.db, config, { itemId: ids.greta, decision: 'maybe' }, later(1));
    expect(getDecision(store.db, ids.report)).toMatchObject({ decidedBy: 'Kari', decidedAt: now.toISOString() });
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decidedBy: null, decidedAt: later(1).toISOString() });
  });
});

describe("undo takes back the editor's own last step", () => {
  it("editor A's undo leaves editor B's later decision alone", () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', editor: 'Kari' }, now);
    decide(store.db, config, { itemId: ids.greta, decision: 'rejected', editor: 'Ola' }, later(1));
    const undone = undoDecision(store.db, later(2), 'Kari')!;
    expect(undone).toMatchObject({ itemId: ids.report, undone: 'accepted', restored: null, title: 'Grov utnytting av utenlandske arbeidstakere' });
    expect(undone.steps).toHaveLength(1);
    expect(getDecision(store.db, ids.report)).toBeUndefined();
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decision: 'rejected', decidedBy: 'Ola' });
    // Nothing more of Kari's; Ola's is still his to undo.
    expect(undoDecision(store.db, later(3), 'Kari')).toBeUndefined();
    expect(peekUndo(store.db, 'Ola')).toMatchObject({ itemId: ids.greta, decision: 'rejected' });
  });

  it("does not wipe another editor's later decision on the same item: it stays, and says whose it is", () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', editor: 'Kari' }, now);
    decide(store.db, config, { itemId: ids.report, decision: 'rejected', note: 'ikke relevant', editor: 'Ola' }, later(1));
    const undone = undoDecision(store.db, later(2), 'Kari')!;
    expect(undone).toMatchObject({ itemId: ids.report, undone: 'accepted', keptFor: { editor: 'Ola' } });
    expect(getDecision(store.db, ids.report)).toMatchObject({ decision: 'rejected', note: 'ikke relevant', decidedBy: 'Ola' });
    // Ola's undo puts back what his decision replaced: Kari's acceptance.
    expect(undoDecision(store.db, later(3), 'Ola')).toMatchObject({ itemId: ids.report, restored: { decision: 'accepted', decidedBy: 'Kari' } });
    expect(getDecision(store.db, ids.report)).toMatchObject({ decision: 'accepted', decidedBy: 'Kari' });
  });

  it('walks back through the editor’s own steps only, newest first', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', editor: 'Kari' }, now);
    decide(store.db, config, { itemId: ids.greta, decision: 'maybe', editor: 'Ola' }, later(1));
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected', editor: 'Kari' }, later(2));
    expect(undoDecision(store.db, later(3), 'Kari')).toMatchObject({ itemId: ids.budget });
    expect(undoDecision(store.db, later(4), 'Kari')).toMatchObject({ itemId: ids.report });
    expect(undoDecision(store.db, later(5), 'Kari')).toBeUndefined();
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decision: 'maybe', decidedBy: 'Ola' });
  });
});

describe('reject the rest of a section', () => {
  it('rejects the undecided candidates shown in the section as one step, and one undo restores them all', () => {
    decide(store.db, config, { itemId: ids.plan, decision: 'accepted', editor: 'Kari' }, now);
    const shown = [ids.report, ids.seminar];
    const result = rejectRest(store.db, config, { section: 'forskning', itemIds: shown, editor: 'Kari' }, later(1));
    expect(result.ok && result.decisions.map((d) => [d.itemId, d.decision, d.decidedBy])).toEqual([
      [ids.report, 'rejected', 'Kari'],
      [ids.seminar, 'rejected', 'Kari'],
    ]);
    const undone = undoDecision(store.db, later(2), 'Kari')!;
    expect(undone.steps.map((s) => s.itemId).sort()).toEqual([...shown].sort());
    expect(shown.map((id) => getDecision(store.db, id))).toEqual([undefined, undefined]);
    // The step before the group is next.
    expect(getDecision(store.db, ids.plan)).toMatchObject({ decision: 'accepted' });
    expect(peekUndo(store.db, 'Kari')).toMatchObject({ itemId: ids.plan });
  });

  it.each([
    ['an item decided meanwhile is left as it is', 'forskning', ['report', 'seminar'], { ok: true, rejected: ['seminar'] }],
    ['an item of another section is left alone', 'forskning', ['seminar', 'greta'], { ok: true, rejected: ['seminar'] }],
    ['an unknown id is skipped', 'forskning', ['seminar', 'nope'], { ok: true, rejected: ['seminar'] }],
    ['nothing left undecided', 'forskning', ['report'], { ok: false, error: 'nothing-to-reject' }],
    ['no items', 'forskning', [], { ok: false, error: 'nothing-to-reject' }],
    ['an unknown section', 'sport', ['seminar'], { ok: false, error: 'unknown-section' }],
  ] as const)('%s', (_what, section, names, expected) => {
    decide(store.db, config, { itemId: ids.report, decision: 'maybe', editor: 'Ola' }, now);
    const itemIds = names.map((name) => (name in ids ? ids[name as keyof typeof ids] : name));
    const result = rejectRest(store.db, config, { section, itemIds, editor: 'Kari' }, later(1));
    if (!expected.ok) return expect(result).toEqual(expected);
    expect(result.ok && result.decisions.map((d) => d.itemId)).toEqual(expected.rejected.map((name) => ids[name]));
    expect(getDecision(store.db, ids.report)).toMatchObject({ decision: 'maybe', decidedBy: 'Ola' });
  });
});
