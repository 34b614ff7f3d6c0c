/** Retention as plain data: the instants before which history is expired, and what a prune removed. */

/** ISO instants: rows older than these are expired (each table's keep-rules still apply). */
export interface RetentionCutoffs {
  runsBefore: string;
  linkChecksBefore: string;
  /** Links whose last sighting (occurrence) is older than this are forgotten. */
  linkStateBefore: string;
}

/** Rows deleted by one prune of the store. */
export interface PrunedRows {
  runs: number;
  sourceRuns: number;
  linkChecks: number;
  linkOccurrences: number;
  linkStates: number;
}

/** What the store's file holds and how much of it is free, before and after reclaiming. */
export interface StoreSpace {
  pageSize: number;
  pageCount: number;
  freelistCount: number;
  /** 0 none, 1 full, 2 incremental (SQLite's PRAGMA auto_vacuum). */
  autoVacuum: number;
}

/** How free pages go back to the file system: none needed, a bounded incremental step, or a one-off full VACUUM. */
export type Reclaim = { kind: 'none' } | { kind: 'incremental'; pages: number } | { kind: 'vacuum' };
