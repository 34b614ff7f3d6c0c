/**
 * A lock file in storage/ so that two runs never work on the same state at once, whichever
 * way they were started (system cron calling `sourcewatch run`, `sourcewatch schedule`, a
 * person at a terminal).
 *
 * - Acquiring is atomic and the file is never seen half-written: the holder's details are
 *   written to a private temp file first, which is then hard-linked to the lock name
 *   (`link` fails with EEXIST when the lock exists). Filesystems without hard links fall
 *   back to `open(…, 'wx')`.
 * - A lock is stale when its process is gone: same host and `kill(pid, 0)` answers ESRCH, or
 *   the machine has rebooted since (Linux boot id), or it is older than a generous maximum
 *   age (a hung run, or a pid reused by something else). A lock from another host (shared
 *   storage) can only go stale by age.
 * - Taking over a stale lock is race-safe: the removal happens under a short-lived guard file
 *   (`<lock>.takeover`, created with 'wx') and only if the lock still holds exactly the stale
 *   content that was judged; then the normal atomic acquire runs again. Of several processes
 *   finding the same stale lock, exactly one ends up holding it.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../model/lock.js';

export interface LockOptions {
  /** What is running, for the refusal message ("run", "schedule: links"). */
  command: string;
  /** A lock older than this is stale even if its process seems alive. */
  maxAgeMs: number;
  now?: () => Date;
  /** For tests: pretend to be another process or host. */
  identity?: Partial<Pick<LockHolder, 'pid' | 'hostname' | 'bootId'>>;
}

export interface Lock {
  readonly file: string;
  readonly holder: LockHolder;
  /** The stale holder this lock was taken over from, if any. */
  readonly tookOverFrom: LockHolder | undefined;
  /** Still ours? (false once released, or after someone took it over as stale). */
  isHeld(): boolean;
  /** Mark the lock as fresh (long-held locks, so the max age counts from the last sign of life). */
  refresh(): boolean;
  /** Remove the lock if it is still ours. Safe to call twice. */
  release(): void;
}

/** Another live run holds the lock. The CLI maps this to exit code 4. */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor(
    readonly file: string,
    readonly holder: LockHolder | undefined,
    now: Date = new Date(),
  ) {
    super(describeRefusal(file, holder, now));
  }
}

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s ago`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min ago`;
  if (s < 48 * 3600) return `${(s / 3600).toFixed(1)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}

function describeRefusal(file: string, holder: LockHolder | undefined, now: Date): string {
  if (!holder) return `another sourcewatch run holds the lock ${file} (its details are still being written); nothing was done`;
  const started = Date.parse(holder.startedAt);
  return (
    `another sourcewatch run is in progress: "${holder.command}" (pid ${holder.pid} on ${holder.hostname}, ` +
    `started ${holder.startedAt}, ${Number.isNaN(started) ? 'unknown time' : ago(now.getTime() - started)}). ` +
    `Lock: ${file}. Nothing was done; run again once it has finished. ` +
    'If that process no longer exists, the lock is taken over automatically.'
  );
}

let cachedBootId: string | undefined | null = null;
function currentBootId(): string | undefined {
  if (cachedBootId === null) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
    } catch {
      cachedBootId = undefined;
    }
  }
  return cachedBootId;
}

/** Is a process with this pid alive on this host? EPERM means alive (another user's). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Found {
  raw: string;
  holder: LockHolder | undefined;
  mtimeMs: number;
}

function readLock(file: string): Found | undefined {
  let raw: string;
  let mtimeMs: number;
  try {
    raw = readFileSync(file, 'utf8');
    mtimeMs = statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let holder: LockHolder | undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string' && typeof parsed.token === 'string') {
      holder = parsed as LockHolder;
    }
  } catch {
    holder = undefined;
  }
  return { raw, holder, mtimeMs };
}

/** Read the current holder of a lock without touching it (for `status`). */
export function readLockHolder(file: string): LockHolder | undefined {
  return readLock(file)?.holder;
}

/** Why a found lock may be taken over, or undefined when it must be respected. */
export function staleReason(
  found: { holder: LockHolder | undefined; mtimeMs: number },
  me: { hostname: string; bootId?: string },
  nowMs: number,
  maxAgeMs: number,
  alive: (pid: number) => boolean = pidAlive,
): string | undefined {
  const { holder } = found;
  // Freshness counts from the last refresh (mtime) or the start, whichever is later.
  const lastSign = Math.max(found.mtimeMs, holder ? Date.parse(holder.startedAt) || 0 : 0);
  const age = nowMs - lastSign;
  if (!holder) {
    // Unreadable: a writer on a filesystem without hard links may be mid-write. Give it a moment.
    return age > 10_000 ? 'the lock file is unreadable' : undefined;
  }
  if (age > maxAgeMs) return `it is older than ${Math.round(maxAgeMs / 3_600_000)} h`;
  if (holder.hostname !== me.hostname) return undefined;
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return 'the machine has restarted since';
  if (!alive(holder.pid)) return `process ${holder.pid} no longer exists`;
  return undefined;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Random hex for a token or a temporary name. node:crypto is required here, when a lock is
 * taken, not imported with the module: `status` only reads the lock, and loading crypto is
 * about 3 ms of its start-up.
 */
function randomHex(bytes: number): string {
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(bytes).toString('hex');
}

function writeDurably(fd: number, content: string): void {
  writeSync(fd, content);
  fsyncSync(fd);
}

/** Create `file` with `content` if it does not exist; false when it does. */
function createExclusive(file: string, content: string): boolean {
  const temp = `${file}.${process.pid}.${randomHex(4)}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    writeDurably(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    // No hard links here: exclusive create, then write (readers allow for the short gap).
    let direct: number;
    try {
      direct = openSync(file, 'wx');
    } catch (openError) {
      if ((openError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw openError;
    }
    try {
      writeDurably(direct, content);
    } finally {
      closeSync(direct);
    }
    return true;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

/**
 * Remove `file` only if it still holds exactly `expected`, under a guard so that two
 * processes taking over the same stale lock cannot remove each other's fresh one.
 */
function removeIfUnchanged(file: string, expected: string): void {
  const guard = `${file}.takeover`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(guard, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A take-over killed inside its few-microsecond window leaves the guard behind.
      try {
        if (Date.now() - statSync(guard).mtimeMs > 10_000) unlinkSync(guard);
      } catch {
        // gone meanwhile
      }
      sleepSync(5 + Math.floor(Math.random() * 10));
      continue;
    }
    try {
      closeSync(fd);
      let current: string | undefined;
      try {
        current = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (current === expected) unlinkSync(file);
    } finally {
      try {
        unlinkSync(guard);
      } catch {
        // already gone
      }
    }
    return;
  }
}

/**
 * Take the lock or throw LockedError naming the live holder. A stale lock is taken over
 * (see `tookOverFrom`).
 */
export function acquireLock(file: string, options: LockOptions): Lock {
  const now = options.now ?? (() => new Date());
  mkdirSync(path.dirname(file), { recursive: true });
  const bootId = options.identity && 'bootId' in options.identity ? options.identity.bootId : currentBootId();
  const holder: LockHolder = {
    pid: options.identity?.pid ?? process.pid,
    hostname: options.identity?.hostname ?? os.hostname(),
    ...(bootId ? { bootId } : {}),
    startedAt: now().toISOString(),
    command: options.command,
    token: randomHex(12),
  };
  const content = `${JSON.stringify(holder)}\n`;
  let tookOverFrom: LockHolder | undefined;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (createExclusive(file, content)) return heldLock(file, holder, content, tookOverFrom);
    const found = readLock(file);
    if (!found) continue; // released meanwhile: try again
    const reason = staleReason(found, holder, now().getTime(), options.maxAgeMs);
    if (!reason) throw new LockedError(file, found.holder, now());
    removeIfUnchanged(file, found.raw);
    tookOverFrom = found.holder ?? tookOverFrom;
  }
  throw new LockedError(file, readLock(file)?.holder, now());
}

function heldLock(file: string, holder: LockHolder, content: string, tookOverFrom: LockHolder | undefined): Lock {
  let released = false;
  const ours = (): boolean => {
    if (released) return false;
    try {
      return readFileSync(file, 'utf8') === content;
    } catch {
      return false;
    }
  };
  const release = (): void => {
    if (released) return;
    if (ours()) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
    released = true;
    process.off('exit', release);
  };
  // A normal exit (a crash included) releases the lock; only a kill leaves it, and then the
  // dead pid makes it stale.
  process.on('exit', release);
  return {
    file,
    holder,
    tookOverFrom,
    isHeld: ours,
    refresh() {
      if (!ours()) return false;
      const at = new Date();
      utimesSync(file, at, at);
      return true;
    },
    release,
  };
}

/** storage/sourcewatch.lock: held by every run that changes state (run, watch, scheduled jobs). */
export const RUN_LOCK = 'sourcewatch.lock';
/** storage/scheduler.lock: held by a `sourcewatch schedule` process for its whole life. */
export const SCHEDULER_LOCK = 'scheduler.lock';

export function runLockPath(storageDir: string): string {
  return path.join(path.resolve(storageDir), RUN_LOCK);
}

export function schedulerLockPath(storageDir: string): string {
  return path.join(path.resolve(storageDir), SCHEDULER_LOCK);
}
