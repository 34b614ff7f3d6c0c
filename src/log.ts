/**
 * Logging: pino, structured. JSON lines for machines (cron, files); pretty when a person
 * watches a terminal. The library takes a Logger; only the CLI decides where it goes.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export interface LogOptions {
  level: string;
  pretty: boolean;
  /** Fields on every line, e.g. the run id. */
  base?: Record<string, unknown>;
  destination?: NodeJS.WritableStream;
}

export async function createLogger(options: LogOptions): Promise<Logger> {
  const base = { pid: process.pid, ...options.base };
  if (options.pretty) {
    const { default: pretty } = await import('pino-pretty');
    return pino({ level: options.level, base }, pretty({ colorize: true, sync: true, destination: 2, ignore: 'pid,hostname,runId' }));
  }
  return pino({ level: options.level, base }, (options.destination as pino.DestinationStream | undefined) ?? pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything (library calls from tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
