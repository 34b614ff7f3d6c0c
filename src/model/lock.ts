/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** Linux boot id: a different one means the machine restarted since, and the pid means nothing. */
  bootId?: string;
  startedAt: string;
  /** The command that took the lock, e.g. "run", "watch", "schedule: watch". */
  command: string;
  /** Random, so that a process only ever removes the lock it wrote itself. */
  token: string;
}
