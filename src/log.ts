/**
 * Logging: pino, structured. JSON lines for machines (cron, files); pretty when a person
 * watches a terminal. The library takes a Logger; only the CLI decides where it goes.
 */
import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { parseLogSize, RollingLogFile } from './log/rolling-file.js';

export type { Logger };

export interface LogOptions {
  level: string;
  pretty: boolean;
  /** Colour in pretty output (off for NO_COLOR). */
  color?: boolean;
  /** How the pretty output shows a line's time (the CLI gives Oslo time). */
  formatTime?: (epochMs: number) => string;
  /** Fields on every line, e.g. the run id. */
  base?: Record<string, unknown>;
  destination?: NodeJS.WritableStream;
}

export async function createLogger(options: LogOptions): Promise<Logger> {
  const base = { pid: process.pid, ...options.base };
  if (options.pretty) {
    const { default: pretty } = await import('pino-pretty');
    const formatTime = options.formatTime;
    return pino(
      { level: options.level, base },
      pretty({
        colorize: options.color ?? true,
        sync: true,
        destination: options.destination ?? 2,
        ignore: 'pid,hostname,runId',
        ...(formatTime ? { customPrettifiers: { time: (value: string | object) => formatTime(Number(value)) } } : {}),
      }),
    );
  }
  return pino({ level: options.level, base }, (options.destination as pino.DestinationStream | undefined) ?? pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything (library calls from tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

export interface LogFileOptions {
  /** storage/logs */
  dir: string;
  /** Rotated files are kept this many days (default 30). */
  keepDays?: number;
  /** A file is rotated past this size as well as daily ('20m', '512k', …; default '20m'). */
  maxSize?: string;
}

export interface FileLogger {
  log: Logger;
  /** Flush and close the file (the terminal/stderr stream is left open). */
  close(): Promise<void>;
}

const LOG_BASENAME = 'sourcewatch';
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** Delete rotated log files older than `keepDays`: at each start (each cron run is a new process) and at each roll. */
export function pruneLogFiles(dir: string, keepDays: number, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(`${LOG_BASENAME}.`) || !name.endsWith('.log')) continue;
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > keepDays * 86_400_000) {
        unlinkSync(file);
        removed.push(file);
      }
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}

/**
 * The same logger, writing also to a JSON log file in `dir` rotated daily and by size
 * (storage/logs/sourcewatch.YYYY-MM-DD.N.log, log/rolling-file.ts). The file gets `info` and above (more
 * when the logger is set lower), whatever the terminal shows; it is written synchronously, so a
 * killed run loses no line. Bindings of `log` (pid, …) carry over.
 */
export async function withLogFile(log: Logger, options: LogFileOptions): Promise<FileLogger> {
  const keepDays = options.keepDays ?? 30;
  mkdirSync(options.dir, { recursive: true });
  pruneLogFiles(options.dir, keepDays);
  const file = new RollingLogFile({
    dir: options.dir,
    base: LOG_BASENAME,
    maxBytes: parseLogSize(options.maxSize ?? '20m'),
    // The scheduler runs for weeks: each new file is a moment to drop the expired ones.
    onRoll: () => pruneLogFiles(options.dir, keepDays),
  });
  const terminalLevel = log.level;
  const fileLevel = LEVELS.indexOf(terminalLevel) >= 0 && LEVELS.indexOf(terminalLevel) < LEVELS.indexOf('info') ? terminalLevel : 'info';
  const streams: pino.StreamEntry[] = [{ level: fileLevel as pino.Level, stream: file }];
  const terminal = (log as unknown as Record<symbol, pino.DestinationStream | undefined>)[pino.symbols.streamSym];
  if (terminalLevel !== 'silent' && terminal) streams.push({ level: terminalLevel as pino.Level, stream: terminal });
  const lowest = streams.map((s) => s.level as string).sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))[0]!;
  // bindings() leaves out pid and hostname: put pid back, as createLogger does.
  const combined = pino({ level: lowest, base: { pid: process.pid, ...log.bindings() } }, pino.multistream(streams));
  let closed = false;
  return {
    log: combined,
    async close() {
      if (closed) return;
      closed = true;
      file.end();
    },
  };
}
