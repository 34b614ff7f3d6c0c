import { spawn } from 'node:child_process';
import { shippedJson, withSources } from '../helpers/shipped-config.js';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { decide, undoDecision } from '../../src/review/decisions.js';
import { closeIssue, exportIssue, openNextIssue, reopenClosedIssue } from '../../src/review/newsletter-issues.js';
import { openDb } from '../../src/store/db.js';
import { getDecision, listAcceptedInIssue, peekUndo } from '../../src/store/decisions.js';
import { listItemsFirstSeen } from '../../src/store/items.js';
import { getOpenIssue, lastIssueMark } from '../../src/store/newsletter-issues.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica } from '../../src/demo/server.js';
import { sites } from '../../src/demo/sites/index.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';
import { testRuntime } from '../helpers/runtime.js';

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
const later = (minutes: number): Date => new Date(now.getTime() + minutes * 60_000);
let store: ReturnType<typeof tempStore>;
let ids: { report: string; greta: string; budget: string };

beforeEach(() => {
  store = tempStore();
  ids = {
    report: addItem(store.db, { sourceId: 'fafo', title: 'Grov utnytting av utenlandske arbeidstakere', firstSeen: '2026-06-10T05:00:00Z', published: '2026-06-09T10:00:00Z' }).id,
    greta: addItem(store.db, { sourceId: 'greta', title: 'GRETA publishes its third report on Norway', firstSeen: '2026-06-11T05:00:00Z' }).id,
    budget: addItem(store.db, { sourceId: 'regjeringen', title: 'Statsbudsjettet for landbruket', firstSeen: '2026-06-12T05:00:00Z' }).id,
  };
});
afterEach(() => store.cleanup());

describe('decide', () => {
  it('records accept, reject and maybe with a note, filed under the section and source it ranks under', () => {
    const result = decide(store.db, config, { itemId: ids.report, decision: 'accepted', note: '  ta med  \r\n' }, now);
    expect(result).toMatchObject({ ok: true, title: 'Grov utnytting av utenlandske arbeidstakere' });
    expect(getDecision(store.db, ids.report)).toEqual({
      itemId: ids.report,
      decision: 'accepted',
      note: 'ta med',
      issueId: null,
      section: 'forskning',
      sourceId: 'fafo',
      decidedAt: now.toISOString(),
      decidedBy: null,
    });
    decide(store.db, config, { itemId: ids.greta, decision: 'maybe' }, now);
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected', note: '' }, now);
    expect(getDecision(store.db, ids.greta)).toMatchObject({ decision: 'maybe', note: null, section: 'greta' });
    expect(getDecision(store.db, ids.budget)).toMatchObject({ decision: 'rejected', section: 'politiske-tiltak' });
  });

  it.each([
    [{ itemId: 'nope', decision: 'accepted' }, 'unknown-item'],
    [{ itemId: 'ITEM', decision: 'approve' }, 'bad-decision'],
    [{ itemId: 'ITEM', decision: '' }, 'bad-decision'],
    [{ itemId: 'ITEM', decision: 'maybe', note: 'x'.repeat(2001) }, 'note-too-long'],
  ])('refuses %o: %s', (input, error) => {
    const result = decide(store.db, config, { ...input, itemId: input.itemId === 'ITEM' ? ids.report : input.itemId }, now);
    expect(result).toEqual({ ok: false, error });
    expect(getDecision(store.db, ids.report)).toBeUndefined();
  });

  it('keeps decisions across a restart (a new connection to the same storage)', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', note: 'ja' }, now);
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected' }, now);
    const db = store.reopen();
    expect(getDecision(db, ids.report)).toMatchObject({ decision: 'accepted', note: 'ja' });
    expect(getDecision(db, ids.budget)).toMatchObject({ decision: 'rejected' });
    expect(peekUndo(db)).toMatchObject({ itemId: ids.budget, decision: 'rejected' });
  });
});

describe('undo', () => {
  it('walks back one decision at a time, restoring what each replaced', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', note: 'første' }, later(1));
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected' }, later(2));
    decide(store.db, config, { itemId: ids.report, decision: 'maybe', note: 'usikker' }, later(3));

    const steps = [
      { itemId: ids.report, undone: 'maybe', now: { decision: 'accepted', note: 'første', decidedAt: later(1).toISOString() } },
      { itemId: ids.budget, undone: 'rejected', now: undefined },
      { itemId: ids.report, undone: 'accepted', now: undefined },
    ];
    for (const step of steps) {
      const result = undoDecision(store.db, later(10))!;
      expect(result).toMatchObject({ itemId: step.itemId, undone: step.undone });
      const current = getDecision(store.db, step.itemId);
      if (step.now) expect(current).toMatchObject(step.now);
      else expect(current).toBeUndefined();
    }
    expect(undoDecision(store.db, later(11))).toBeUndefined();
  });

  it('undoes the newest decision after an undo and a new decision', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted' }, later(1));
    decide(store.db, config, { itemId: ids.greta, decision: 'accepted' }, later(2));
    undoDecision(store.db, later(3));
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected' }, later(4));
    expect(undoDecision(store.db, later(5))).toMatchObject({ itemId: ids.budget });
    expect(undoDecision(store.db, later(6))).toMatchObject({ itemId: ids.report });
    expect(getDecision(store.db, ids.greta)).toBeUndefined();
  });
});

describe('issues', () => {
  it('collects accepted items in the open issue; closing moves the "since the last issue" mark', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted' }, later(1));
    expect(getDecision(store.db, ids.report)!.issueId).toBeNull();

    const opened = openNextIssue(store.db, { name: '  Nyhetsbrev   juli–september ', periodFrom: '2026-07-01', periodTo: '2026-09-30' }, later(2));
    expect(opened).toMatchObject({ ok: true, issue: { name: 'Nyhetsbrev juli–september', periodFrom: '2026-07-01', periodTo: '2026-09-30', closedAt: null } });
    const issueId = opened.ok ? opened.issue.id : -1;
    // Accepted before the issue was opened: it moves in.
    expect(getDecision(store.db, ids.report)!.issueId).toBe(issueId);
    decide(store.db, config, { itemId: ids.greta, decision: 'accepted' }, later(3));
    decide(store.db, config, { itemId: ids.budget, decision: 'rejected' }, later(4));
    expect(listAcceptedInIssue(store.db, issueId).map((d) => d.itemId).sort()).toEqual([ids.report, ids.greta].sort());

    expect(openNextIssue(store.db, { name: 'En til' }, later(5))).toEqual({ ok: false, error: 'issue-open' });
    expect(lastIssueMark(store.db)).toBeNull();
    expect(closeIssue(store.db, issueId, later(6))).toMatchObject({ ok: true, issue: { closedAt: later(6).toISOString() } });
    expect(lastIssueMark(store.db)).toBe(later(6).toISOString());
    expect(closeIssue(store.db, issueId, later(7))).toEqual({ ok: false, error: 'not-open' });

    // The closed issue keeps its items, also when one is accepted again with a new note.
    decide(store.db, config, { itemId: ids.report, decision: 'accepted', note: 'ny tekst' }, later(8));
    expect(getDecision(store.db, ids.report)).toMatchObject({ issueId, note: 'ny tekst' });
    const exp = exportIssue(store.db, config, issueId, later(9))!;
    expect(exp.sections.map((s) => s.id)).toEqual(['forskning', 'greta']);
    expect(exp.sections[0]!.items[0]!.lead).toBe('Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», se her.');

    // A close by mistake can be taken back.
    expect(reopenClosedIssue(store.db, issueId)).toMatchObject({ ok: true, issue: { closedAt: null } });
    expect(lastIssueMark(store.db)).toBeNull();
  });

  it.each([
    [{ name: '   ' }, 'name-missing'],
    [{ name: 'x'.repeat(201) }, 'name-too-long'],
    [{ name: 'Nr 1', periodFrom: '2026-02-30' }, 'bad-date'],
    [{ name: 'Nr 1', periodFrom: '1. juli' }, 'bad-date'],
    [{ name: 'Nr 1', periodFrom: '2026-09-30', periodTo: '2026-07-01' }, 'period-order'],
  ])('refuses to open %o: %s', (input, error) => {
    expect(openNextIssue(store.db, input, now)).toEqual({ ok: false, error });
    expect(getOpenIssue(store.db)).toBeUndefined();
  });

  it('undo puts an accepted item back into the issue that is open now', () => {
    decide(store.db, config, { itemId: ids.report, decision: 'accepted' }, later(1));
    decide(store.db, config, { itemId: ids.report, decision: 'rejected' }, later(2));
    const opened = openNextIssue(store.db, { name: 'Nr 2' }, later(3));
    undoDecision(store.db, later(4));
    expect(getDecision(store.db, ids.report)).toMatchObject({ decision: 'accepted', issueId: opened.ok ? opened.issue.id : -1 });
  });
});

describe('decisions and a concurrent watch run on the same database', () => {
  it('records decisions made while a watch run is in progress (two connections); neither loses anything', async () => {
    const shipped = shippedJson();
    const feedConfig = parseConfig(withSources(shipped, shipped.sources.filter((s) => s.kind === 'feed')));
    const replica = await startReplica({ sites, day: 1, today: new Date('2026-11-28T05:00:00Z') });
    const runtime = testRuntime(feedConfig, replica.proxyUrl, store.dir);
    // The review page's own connection, as `sourcewatch serve` holds it.
    const review = openDb(store.dir);
    try {
      const watch = (at: Date, onSourceDone?: () => void) =>
        watchSources(feedConfig, {
          db: runtime.db,
          http: runtime.http,
          browser: runtime.browser,
          log: runtime.log,
          now: () => at,
          ...(onSourceDone ? { onSourceDone } : {}),
        });
      await watch(new Date('2026-11-28T05:30:00Z'));
      replica.setDay(2);
      const day2 = new Date('2026-11-29T05:30:00Z');
      const decided = new Map<string, string>();
      let duringRun = 0;
      const kinds = ['accepted', 'rejected', 'maybe'] as const;
      const summary = await watch(day2, () => {
        // A source has committed; others are still being fetched. Decide on whatever is new so far.
        for (const item of listItemsFirstSeen(review, day2.toISOString(), '2100-01-01')) {
          if (decided.has(item.id)) continue;
          const kind = kinds[decided.size % 3]!;
          const result = decide(review, feedConfig, { itemId: item.id, decision: kind, note: `under kjøring ${decided.size}` }, day2);
          expect(result.ok).toBe(true);
          decided.set(item.id, kind);
          duringRun += 1;
        }
      });
      expect(duringRun).toBeGreaterThan(3);
      expect(summary.sources.filter((s) => s.outcome === 'ok').length).toBeGreaterThan(2);
      // Every decision is there, seen from the watch's connection and after a restart.
      const fresh = openDb(store.dir);
      try {
        for (const [itemId, kind] of decided) {
          expect(getDecision(runtime.db, itemId)?.decision).toBe(kind);
          expect(getDecision(fresh, itemId)?.decision).toBe(kind);
        }
        // And every item the run recorded is there too.
        expect(listItemsFirstSeen(fresh, day2.toISOString(), '2100-01-01').length).toBe(summary.sources.reduce((n, s) => n + s.new, 0));
      } finally {
        fresh.close();
      }
    } finally {
      review.close();
      await runtime.close();
      await replica.close();
    }
  }, 60_000);

  it('waits for a write lock held by another process instead of failing', async () => {
    const dbFile = path.join(store.dir, 'sourcewatch.db');
    // Another process (a watch run committing a source) holds the write lock for a moment.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(${JSON.stringify(dbFile)});
         db.pragma('busy_timeout = 10000');
         db.exec('BEGIN IMMEDIATE');
         db.prepare("UPDATE items SET last_seen = ? WHERE id = ?").run(new Date().toISOString(), ${JSON.stringify(ids.greta)});
         process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 600);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
      holder.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    });
    const started = Date.now();
    const result = decide(store.db, config, { itemId: ids.report, decision: 'accepted', note: 'mens låst' }, now);
    const waited = Date.now() - started;
    await new Promise((resolve) => holder.on('close', resolve));
    expect(result.ok).toBe(true);
    expect(waited).toBeGreaterThan(200);
    expect(store.reopen() && getDecision(store.db, ids.report)).toMatchObject({ decision: 'accepted', note: 'mens låst' });
  });
});
