/** What each exit code means; the README lists the same table. */
export const EXIT = {
  ok: 0,
  /** A bug or an unexpected failure: the stack goes to stderr. */
  crash: 1,
  /** The run finished, but a source failed or broke (watch), or a link is dead (links). */
  problems: 2,
  /** sources.json invalid, or the command line is wrong; nothing was touched. */
  config: 3,
  /** Another run holds the lock. */
  locked: 4,
  /** The run reached no server at all: the network (or the proxy) is down. Nothing was counted. */
  offline: 5,
} as const;
