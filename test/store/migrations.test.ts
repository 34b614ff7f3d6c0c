/** Upgrading a store: what editors decided before survives each new schema version. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIntegrity, DB_FILE, openDb } from '../../src/store/db.js';
import { getDecision, undoLastDecision } from '../../src/store/decisions.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { tempDir } from '../helpers/runtime.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('migration 9: events and decisions by candidate', () => {
  it('keeps the decisions of a version-8 store and then takes an event id', () => {
    dir = tempDir();
    const old = new Database(path.join(dir, DB_FILE));
    old.pragma('foreign_keys = ON');
    for (const [version, sql] of MIGRATIONS.slice(0, 8).entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${version + 1}`);
    }
    old.exec(`
      INSERT INTO items (id, source_id, title, url, canonical_url, first_seen, last_seen) VALUES ('0123456789abcdef', 's', 'T', 'https://a.no/x', 'https://a.no/x', '2022-05-01', '2022-05-01');
      INSERT INTO item_keys (key, item_id) VALUES ('url:https://a.no/x', '0123456789abcdef');
      INSERT INTO decisions (item_id, decision, note, decided_at) VALUES ('0123456789abcdef', 'accepted', 'god sak', '2022-05-02');
    `);
    old.close();

    const db = openDb(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT item_id, decision, note FROM decisions').all()).toEqual([{ item_id: '0123456789abcdef', decision: 'accepted', note: 'god sak' }]);
    db.exec(`
      INSERT INTO item_milestones (item_id, key, label, first_seen, source_id, event_id) VALUES ('0123456789abcdef', 'status:behandlet', 'Behandlet', '2022-06-01', 's', 'ev-0123456789abc');
      INSERT INTO decisions (item_id, decision, decided_at) VALUES ('ev-0123456789abc', 'maybe', '2022-06-02');
    `);
    expect(checkIntegrity(db)).toEqual([]);
    db.exec(`INSERT INTO decisions (item_id, decision, decided_at) VALUES ('ev-fffffffffffff', 'maybe', '2022-06-02')`);
    expect(checkIntegrity(db)).toEqual(['1 decisions are about no item or event']);
    db.close();
  });
});

describe('migration 11: who decided', () => {
  it('keeps a version-10 decision and its log valid, with who decided unknown, and its undo still restores it', () => {
    dir = tempDir();
    const old = new Database(path.join(dir, DB_FILE));
    for (const [version, sql] of MIGRATIONS.slice(0, 10).entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${version + 1}`);
    }
    old.exec(`
      INSERT INTO items (id, source_id, title, url, canonical_url, first_seen, last_seen) VALUES ('0123456789abcdef', 's', 'T', 'https://a.no/x', 'https://a.no/x', '2022-05-01', '2022-05-01');
      INSERT INTO decisions (item_id, decision, note, decided_at) VALUES ('0123456789abcdef', 'rejected', NULL, '2022-05-03');
      INSERT INTO decision_log (item_id, decision, previous, at) VALUES ('0123456789abcdef', 'rejected',
        '{"itemId":"0123456789abcdef","decision":"accepted","note":"god sak","issueId":null,"section":null,"sourceId":null,"decidedAt":"2022-05-02"}', '2022-05-03');
    `);
    old.close();

    const db = openDb(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(getDecision(db, '0123456789abcdef')).toMatchObject({ decision: 'rejected', decidedBy: null });
    // A step logged before names is one made without a name: the nameless undo takes it back.
    expect(undoLastDecision(db, '2022-05-04', 'Kari')).toBeUndefined();
    expect(undoLastDecision(db, '2022-05-04', null)).toMatchObject({ itemId: '0123456789abcdef', undone: 'rejected' });
    expect(getDecision(db, '0123456789abcdef')).toEqual({
      itemId: '0123456789abcdef',
      decision: 'accepted',
      note: 'god sak',
      issueId: null,
      section: null,
      sourceId: null,
      decidedAt: '2022-05-02',
      decidedBy: null,
    });
    db.close();
  });
});

describe('migration 12: retention', () => {
  it('keeps a version-11 store\'s alert notices (ids too), and takes a closed notice', () => {
    dir = tempDir();
    const old = new Database(path.join(dir, DB_FILE));
    for (const [version, sql] of MIGRATIONS.slice(0, 11).entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${version + 1}`);
    }
    old.exec(`
      INSERT INTO alert_events (at, key, kind, type, subject, detail, run_id) VALUES ('2026-03-05', 'link:https://a.no/x', 'link', 'failing', 'https://a.no/x', 'broken (HTTP 404)', 'r1');
      INSERT INTO alert_events (at, key, kind, type, subject, detail, run_id) VALUES ('2026-03-06', 'source:fafo', 'source', 'recovered', 'fafo', 'working again', NULL);
    `);
    expect(() => old.exec(`INSERT INTO alert_events (at, key, kind, type, subject, detail) VALUES ('2026-03-07', 'k', 'link', 'closed', 's', 'd')`)).toThrow(/CHECK/);
    old.close();

    const db = openDb(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT id, type, run_id FROM alert_events ORDER BY id').all()).toEqual([
      { id: 1, type: 'failing', run_id: 'r1' },
      { id: 2, type: 'recovered', run_id: null },
    ]);
    db.exec(`INSERT INTO alert_events (at, key, kind, type, subject, detail) VALUES ('2026-03-07', 'link:https://a.no/x', 'link', 'closed', 'https://a.no/x', 'no longer checked')`);
    expect(db.prepare(`SELECT id FROM alert_events WHERE type = 'closed'`).get()).toEqual({ id: 3 });
    expect(() => db.exec(`INSERT INTO alert_events (at, key, kind, type, subject, detail) VALUES ('2026-03-07', 'k', 'link', 'gone', 's', 'd')`)).toThrow(/CHECK/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('link_checks', 'alert_events') ORDER BY name`).all()).toEqual([
      { name: 'alert_events_at' },
      { name: 'sqlite_autoindex_link_checks_1' },
    ]);
    // Made before auto-vacuum was chosen: it stays as it is until its first VACUUM (retention).
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(0);
    expect(checkIntegrity(db)).toEqual([]);
    db.close();
  });

  it('a new store is made with incremental auto-vacuum', () => {
    dir = tempDir();
    const db = openDb(dir);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    db.close();
  });
});
