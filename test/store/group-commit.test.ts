/**
 * Sources finishing together share a commit (store/group-commit.ts): each work all or nothing
 * in its own savepoint, the group on disk together, nothing of it visible before the commit.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, openDb, type Db } from '../../src/store/db.js';
import { groupCommit } from '../../src/store/group-commit.js';
import { tempDir } from '../helpers/runtime.js';

let db: Db | undefined;
afterEach(() => db?.close());

function store(): { db: Db; other: Database.Database } {
  const dir = tempDir();
  db = openDb(dir);
  db.exec('CREATE TABLE t (source TEXT, n INTEGER)');
  return { db, other: new Database(path.join(dir, DB_FILE), { readonly: true }) };
}

const rows = (conn: { prepare: Db['prepare'] }) => (conn.prepare('SELECT source, n FROM t ORDER BY rowid').all() as Array<{ source: string; n: number }>).map((r) => `${r.source}${r.n}`);

describe('group commit', () => {
  it('works submitted within the window commit together, in order, and only then are seen', async () => {
    const { db, other } = store();
    const commits = groupCommit(db, 20, 10);
    const insert = (source: string) => () => {
      db.prepare('INSERT INTO t VALUES (?, 1), (?, 2)').run(source, source);
      return source;
    };
    const results = [commits.run(insert('a')), commits.run(insert('b')), commits.run(insert('c'))];
    // Before the window closes nothing is written.
    expect(rows(other)).toEqual([]);
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(rows(other)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
    other.close();
  });

  it('a work that throws is rolled back alone; the others commit', async () => {
    const { db, other } = store();
    const commits = groupCommit(db, 5, 10);
    const ok = commits.run(() => db.prepare("INSERT INTO t VALUES ('a', 1)").run());
    const broken = commits.run(() => {
      db.prepare("INSERT INTO t VALUES ('b', 1)").run();
      throw new Error('half-way');
    });
    const after = commits.run(() => db.prepare("INSERT INTO t VALUES ('c', 1)").run());
    await expect(broken).rejects.toThrow('half-way');
    await ok;
    await after;
    expect(rows(other)).toEqual(['a1', 'c1']);
    other.close();
  });

  it('when the commit itself fails, every work of the group rejects and nothing is stored', async () => {
    const { db, other } = store();
    const commits = groupCommit(db, 5, 10);
    // Another connection holds the write lock past the busy timeout: the group cannot begin.
    const writer = new Database(db.name, { timeout: 0 });
    db.pragma('busy_timeout = 50');
    writer.exec('BEGIN IMMEDIATE');
    const first = commits.run(() => db.prepare("INSERT INTO t VALUES ('a', 1)").run());
    const second = commits.run(() => db.prepare("INSERT INTO t VALUES ('b', 1)").run());
    await expect(first).rejects.toThrow(/locked|busy/i);
    await expect(second).rejects.toThrow(/locked|busy/i);
    writer.exec('ROLLBACK');
    writer.close();
    expect(rows(other)).toEqual([]);
    // The next group commits as usual.
    await commits.run(() => db.prepare("INSERT INTO t VALUES ('c', 1)").run());
    expect(rows(other)).toEqual(['c1']);
    other.close();
  });

  it('groups apart in time are separate commits', async () => {
    const { db, other } = store();
    const commits = groupCommit(db, 5, 10);
    await commits.run(() => db.prepare("INSERT INTO t VALUES ('a', 1)").run());
    expect(rows(other)).toEqual(['a1']);
    const later = commits.run(() => db.prepare("INSERT INTO t VALUES ('b', 1)").run());
    expect(rows(other)).toEqual(['a1']);
    await later;
    expect(rows(other)).toEqual(['a1', 'b1']);
    other.close();
  });

  it('a group larger than a commit takes is split, and the event loop runs between the commits', async () => {
    const { db, other } = store();
    const commits = groupCommit(db, 5, 2);
    const order: string[] = [];
    const work = (name: string) => () => {
      order.push(name);
      db.prepare('INSERT INTO t VALUES (?, 1)').run(name);
      // A callback due at once: it runs before the next commit, not after all of them.
      if (name === 'w2') setTimeout(() => order.push('tick'), 0);
    };
    await Promise.all(['w1', 'w2', 'w3', 'w4', 'w5'].map((name) => commits.run(work(name))));
    expect(order).toEqual(['w1', 'w2', 'tick', 'w3', 'w4', 'w5']);
    expect(rows(other)).toEqual(['w11', 'w21', 'w31', 'w41', 'w51']);
    other.close();
  });
});
