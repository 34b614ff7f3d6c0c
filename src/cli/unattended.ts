/**
 * What every state-changing command needs to run unattended: the run lock (a second run is
 * refused with exit code 4 and a message naming the holder), the rotated log file in
 * storage/logs/, and alert evaluation after the job. The CLI resolves what the library may
 * not read itself: the SMTP password from the environment, the proxy.
 */
import path from 'node:path';
import type { Runtime } from '../app.js';
import { alertChannels, processAlerts, type AlertChannels, type AlertOutcome } from '../ops/alerts/index.js';
import { acquireLock, LockedError, runLockPath } from '../ops/lock.js';
import { withLogFile } from '../log.js';
import type { CommandContext } from './context.js';

export interface RunGuard {
  /** Close the log file and give the lock back. */
  release(): Promise<void>;
}

export function logDir(storageDir: string): string {
  return path.join(path.resolve(storageDir), 'logs');
}

/**
 * Take the run lock and add the log file to `ctx.log`. Returns undefined, after saying why on
 * stderr, when another run holds the lock: the caller returns EXIT.locked.
 */
export async function guardRun(ctx: CommandContext, command: string): Promise<RunGuard | undefined> {
  let lock;
  try {
    lock = acquireLock(runLockPath(ctx.overrides.storageDir), { command, maxAgeMs: ctx.config.schedule.lockMaxAgeHours * 3_600_000 });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    process.stderr.write(`sourcewatch: ${error.message}\n`);
    return undefined;
  }
  const file = await withLogFile(ctx.log, { dir: logDir(ctx.overrides.storageDir) });
  ctx.log = file.log;
  if (lock.tookOverFrom) ctx.log.warn({ staleHolder: lock.tookOverFrom }, 'took over a stale lock left by a killed run');
  return {
    async release() {
      await file.close();
      lock.release();
    },
  };
}

/** The configured alert channels, with the SMTP password read from the variable config names. */
export function channelsFor(ctx: CommandContext, env: NodeJS.ProcessEnv = process.env): AlertChannels {
  const passwordEnv = ctx.config.alerts.email?.passwordEnv;
  return alertChannels(ctx.config, {
    ...(passwordEnv && env[passwordEnv] !== undefined ? { smtpPassword: env[passwordEnv] } : {}),
    ...(ctx.overrides.proxy ? { proxy: ctx.overrides.proxy } : {}),
    noProxy: ctx.overrides.noProxy ?? [],
  });
}

/**
 * Evaluate alerts after a run; their text goes to stdout (cron mails it) unless `quiet`
 * (JSON output). The report file, webhook and e-mail get it either way.
 */
export async function reportAlerts(ctx: CommandContext, runtime: Runtime, runId: string, options: { quiet?: boolean } = {}): Promise<AlertOutcome> {
  const outcome = await processAlerts(runtime.db, ctx.config, {
    storageDir: runtime.storageDir,
    channels: channelsFor(ctx),
    log: ctx.log.child({ runId }),
    runId,
  });
  if (outcome.message && !options.quiet) process.stdout.write(`\n${outcome.message.text}`);
  return outcome;
}
