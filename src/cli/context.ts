/**
 * What every command needs from the command line and the environment: the CLI is the only
 * place that reads process.env; the library gets plain values.
 */
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import { osloClockTime } from '../time/oslo.js';
import { TerminalLine } from './terminal.js';
import type { RuntimeOverrides } from '../app.js';
import { configFromOptions } from './config-file.js';

export interface GlobalOptions {
  config: string;
  storage: string;
  proxy?: string;
  insecure?: boolean;
  hostDelay?: string;
  chromium?: string;
  timeout?: string;
  logLevel?: string;
  json?: boolean;
  /** No progress and no log lines on the terminal (the log file is still written). */
  quiet?: boolean;
  /** Set when no --config was given and no sources.json was found here or above: why. */
  configNotFound?: string;
}

export interface CommandContext {
  config: Config;
  overrides: RuntimeOverrides;
  log: Logger;
  /** A person is watching stderr: show progress, pretty logs. */
  interactive: boolean;
  /** The terminal's progress line (progress shown only when interactive and not quiet). */
  terminal: TerminalLine;
  showProgress: boolean;
}

export function proxyFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  return env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined;
}

/** What a command needs that writes no log: the config and the runtime's overrides. */
export type CommandSettings = Pick<CommandContext, 'config' | 'overrides' | 'interactive'>;

export async function commandSettings(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Promise<CommandSettings> {
  const config = await configFromOptions(options);
  const interactive = Boolean(process.stderr.isTTY) && env.CI !== 'true';
  const noProxy = (env.NO_PROXY || env.no_proxy || '').split(',').map((s) => s.trim()).filter(Boolean);
  const overrides: RuntimeOverrides = {
    storageDir: options.storage,
    proxy: options.proxy ?? config.http.proxy ?? proxyFromEnv(env),
    noProxy,
    insecure: options.insecure ?? config.http.insecure,
    chromiumPath: options.chromium ?? env.SOURCEWATCH_CHROMIUM ?? env.CRAWLEE_DEFAULT_BROWSER_PATH ?? undefined,
  };
  if (options.hostDelay !== undefined) overrides.hostDelayMs = Number(options.hostDelay);
  if (options.timeout !== undefined) overrides.timeoutSeconds = Number(options.timeout);
  return { config, overrides, interactive };
}

/**
 * The level log lines are written at: cron mail holds the summary and the alerts, not JSON
 * lines that repeat them, so without a terminal (or with --quiet) nothing goes to stderr
 * (the log file, where a command has one, still gets its lines); --log-level brings them back.
 */
export function logLevel(options: Pick<GlobalOptions, 'logLevel' | 'quiet'>, interactive: boolean): string {
  return options.logLevel ?? (interactive && !options.quiet ? 'warn' : 'silent');
}

/**
 * The command's logger (pretty on a terminal, JSON lines otherwise). pino is imported here, on
 * first use, not with this module: it costs about 25 ms of start-up that `status` never needs.
 */
export async function commandLogger(options: Pick<GlobalOptions, 'logLevel' | 'quiet'>, interactive: boolean, terminal: TerminalLine, env: NodeJS.ProcessEnv = process.env): Promise<Logger> {
  const { createLogger } = await import('../log.js');
  return createLogger({
    level: logLevel(options, interactive),
    pretty: interactive,
    color: interactive && !env.NO_COLOR,
    formatTime: osloClockTime,
    ...(interactive ? { destination: terminal.logStream() } : {}),
  });
}

export async function commandContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Promise<CommandContext> {
  const settings = await commandSettings(options, env);
  const terminal = new TerminalLine();
  const log = await commandLogger(options, settings.interactive, terminal, env);
  return { ...settings, log, terminal, showProgress: settings.interactive && !options.quiet };
}

/** "[3/14] fafo: ok, 2 new" on the progress line while a person watches. */
export function progressPrinter(ctx: Pick<CommandContext, 'showProgress' | 'terminal'>) {
  return (outcome: { id: string; outcome: string; new: number; detail: string }, done: number, total: number): void => {
    if (!ctx.showProgress) return;
    const extra = outcome.outcome === 'ok' ? `, ${outcome.new} new` : outcome.detail ? `: ${outcome.detail}` : '';
    const line = `[${done}/${total}] ${outcome.id}: ${outcome.outcome}${extra}`.slice(0, (process.stderr.columns ?? 120) - 1);
    if (done === total) ctx.terminal.done(line);
    else ctx.terminal.show(line);
  };
}

/** "checked 19/45 links" on the progress line. */
export function linkProgress(ctx: Pick<CommandContext, 'showProgress' | 'terminal'>) {
  return (done: number, total: number): void => {
    if (!ctx.showProgress) return;
    if (done === total) ctx.terminal.done(`checked ${done}/${total} links`);
    else ctx.terminal.show(`checked ${done}/${total} links`);
  };
}
