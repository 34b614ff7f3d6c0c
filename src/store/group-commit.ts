/**
 * Many sources' writes committed together. A run of hundreds of sources committed each one
 * alone: every commit rewrote the index pages it touched into the WAL, about 140 pages a
 * source on a 500-source store (69,000 page writes in one cold run, and a checkpoint of all of
 * them at the end), and the main thread waited on each. Sources that finish within a few
 * milliseconds of one another now share one commit (issue 14: watching at the politeness bound).
 *
 * Each source's work is still all or nothing: it runs in a savepoint of its own, so a work
 * that throws is rolled back alone and its promise rejects; the others commit. A kill before
 * the commit loses the whole group, which leaves the store as it was before those sources ran
 * (the next run reads them again), never half of one.
 */
import { writeTransaction, type Db } from './db.js';

export interface GroupCommit {
  /** Run `work` in the next commit; resolves with its result once that commit is on disk. */
  run<T>(work: () => T): Promise<T>;
}

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * `windowMs`: how long the first pending work waits for company. `maxPerCommit`: how many works
 * one commit takes at most; the rest follow in the next, after the event loop has run — a
 * commit blocks it, and a request granted its slot just before must not leave late (a group
 * of 100 sources held requests back 170 ms: the server saw two of them 927 ms apart).
 */
export function groupCommit(db: Db, windowMs: number, maxPerCommit: number): GroupCommit {
  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    timer = undefined;
    const group = pending.slice(0, maxPerCommit);
    pending = pending.slice(maxPerCommit);
    try {
      commit(group);
    } finally {
      // Scheduled after the commit, so what fell due while it ran (a request's slot) goes first.
      if (pending.length > 0) timer ??= setTimeout(flush, 0);
    }
  };

  const commit = (group: Pending[]): void => {
    let settled: Settled[];
    try {
      settled = writeTransaction(db, () =>
        group.map(({ work }): Settled => {
          try {
            // Nested in the write transaction, better-sqlite3 makes this a savepoint.
            return { ok: true, value: db.transaction(work)() };
          } catch (error) {
            return { ok: false, error };
          }
        }),
      );
    } catch (error) {
      // The commit itself failed: none of the group is stored.
      for (const entry of group) entry.reject(error);
      return;
    }
    for (const [i, entry] of group.entries()) {
      const outcome = settled[i]!;
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    }
  };

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        timer ??= setTimeout(flush, windowMs);
      });
    },
  };
}
