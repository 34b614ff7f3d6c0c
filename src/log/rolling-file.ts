/**
 * The log file in storage/logs: `sourcewatch.YYYY-MM-DD.N.log`, a new file each day (the
 * machine's local date) and whenever the current one would pass its size limit. Written
 * synchronously (a killed run loses no line), so the scheduler, which runs for weeks, rolls
 * over at midnight too.
 *
 * It replaces pino-roll (same names, same rules): pino-roll loads all of date-fns, 300 files,
 * about 110 ms of every run's start on this machine, to format one date (issue 14: start-up).
 */
import { closeSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface LogFileEntry {
  name: string;
  size: number;
}

/** The day a log line belongs to: the machine's local date, as pino-roll named its files. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The number of `name` when it is one of `base`'s files of `day`; undefined otherwise. */
export function logFileNumber(name: string, base: string, day: string): number | undefined {
  const prefix = `${base}.${day}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.log')) return undefined;
  const number = name.slice(prefix.length, -'.log'.length);
  return /^[1-9]\d*$/.test(number) ? Number(number) : undefined;
}

/**
 * The file to write `day`'s lines to: the day's last file while it has room (for the next
 * `bytes`, when known), else the next number (1 for a day with none yet).
 */
export function chooseLogFile(existing: readonly LogFileEntry[], base: string, day: string, maxBytes: number, bytes = 0): { name: string; size: number } {
  let last: { number: number; size: number } | undefined;
  for (const entry of existing) {
    const number = logFileNumber(entry.name, base, day);
    if (number !== undefined && (!last || number > last.number)) last = { number, size: entry.size };
  }
  if (last && last.size < maxBytes && !mustRoll({ day, size: last.size }, day, bytes, maxBytes)) return { name: `${base}.${day}.${last.number}.log`, size: last.size };
  return { name: `${base}.${day}.${(last?.number ?? 0) + 1}.log`, size: 0 };
}

/** Whether a line of `bytes` goes to a new file: another day, or past the limit (a file holds at least one line). */
export function mustRoll(current: { day: string; size: number }, day: string, bytes: number, maxBytes: number): boolean {
  return day !== current.day || (current.size > 0 && current.size + bytes > maxBytes);
}

/** `'20m'`, `'512k'`, `'1g'` or a number of bytes, as pino-roll read its `size`. */
export function parseLogSize(size: string | number): number {
  if (typeof size === 'number') return size;
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)$/i.exec(size.trim());
  if (!match) throw new Error(`log file size "${size}" is not a size (20m, 512k, 1g)`);
  const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Math.floor(Number(match[1]) * unit);
}

export interface RollingLogFileOptions {
  dir: string;
  base: string;
  maxBytes: number;
  /** The clock (tests give their own). */
  now?: () => Date;
  /** Called after each roll, e.g. to prune old files. */
  onRoll?: (file: string) => void;
}

/** A pino destination: `write(line)` appends to the current file, rolling over as needed. */
export class RollingLogFile {
  private fd: number | undefined;
  private closed = false;
  private current = { day: '', size: 0 };
  private readonly now: () => Date;
  file = '';

  constructor(private readonly options: RollingLogFileOptions) {
    this.now = options.now ?? (() => new Date());
    mkdirSync(options.dir, { recursive: true });
    this.open(localDay(this.now()));
  }

  private open(day: string, bytes = 0): void {
    const existing = readdirSync(this.options.dir).flatMap((name) => {
      try {
        return [{ name, size: statSync(path.join(this.options.dir, name)).size }];
      } catch {
        return [];
      }
    });
    const chosen = chooseLogFile(existing, this.options.base, day, this.options.maxBytes, bytes);
    this.file = path.join(this.options.dir, chosen.name);
    this.fd = openSync(this.file, 'a');
    this.current = { day, size: chosen.size };
  }

  /**
   * Append one line. A log that cannot be written (disk full, the folder gone) must not stop a
   * run: the line is dropped and false returned, and the next line tries again.
   */
  write(line: string): boolean {
    if (this.closed) return false;
    const bytes = Buffer.byteLength(line);
    const day = localDay(this.now());
    try {
      if (this.fd === undefined || mustRoll(this.current, day, bytes, this.options.maxBytes)) {
        if (this.fd !== undefined) closeSync(this.fd);
        this.fd = undefined;
        this.open(day, bytes);
        this.options.onRoll?.(this.file);
      }
      writeSync(this.fd!, line);
      this.current.size += bytes;
      return true;
    } catch {
      return false;
    }
  }

  /** Every write is already on disk: pino calls this on exit. */
  flushSync(): void {}

  end(): void {
    this.closed = true;
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch {
      // already gone
    }
  }
}
