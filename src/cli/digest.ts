/**
 * `sourcewatch digest`: the period's candidates from the store, ranked as `run` ranks them.
 * Its own module so that it loads the store and the ranking, not the fetchers, the link
 * checker or the mailer that `run` and `watch` need.
 */
import path from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { digestJob } from '../jobs/digest-job.js';
import { DIGEST_RENDERERS } from '../report/digest-renderers.js';
import { DIGEST_FORMAT_NAMES, type DigestFormat } from '../report/format-names.js';
import { openDb } from '../store/db.js';
import { ArgumentError } from './argument-error.js';
import { parseChoice, parseDayArgument, parsePositiveInteger } from './arguments.js';
import { commandLogger, commandSettings, logLevel, type GlobalOptions } from './context.js';
import { TerminalLine } from './terminal.js';
import { EXIT } from './exit-codes.js';

export type DigestOptions = Parameters<typeof digestCommand>[0];

export async function digestCommand(
  options: GlobalOptions & { since?: string; until?: string; days?: string; format?: string; out?: string },
): Promise<number> {
  // Arguments first: a mistake there is said before anything is read.
  const format: DigestFormat = parseChoice(options.format ?? 'md', '--format', DIGEST_FORMAT_NAMES);
  const days = options.days !== undefined ? parsePositiveInteger(options.days, '--days') : undefined;
  const since = options.since !== undefined ? parseDayArgument(options.since, '--since') : undefined;
  const until = options.until !== undefined ? parseDayArgument(options.until, '--until', { endOfDay: true }) : undefined;
  if (since && until && until <= since) throw new ArgumentError('--until', 'must be after --since');
  const ctx = await commandSettings(options);
  // The digest logs only problems reading past issues; when those would be shown nowhere it
  // makes no logger (pino costs about 25 ms of start-up).
  const log = logLevel(options, ctx.interactive) === 'silent' ? undefined : await commandLogger(options, ctx.interactive, new TerminalLine());
  const db = openDb(path.resolve(ctx.overrides.storageDir));
  try {
    // Ranked as `run` ranks it: learning from past issues and decisions included.
    const digest = await digestJob(db, ctx.config, {
      now: until ?? new Date(),
      ...(days !== undefined ? { days } : {}),
      ...(since ? { since } : {}),
      baseDir: path.dirname(path.resolve(options.config)),
      ...(log ? { log } : {}),
    });
    const render = await DIGEST_RENDERERS[format]();
    const text = render(digest, ctx.config.review.language);
    if (options.out) {
      writeFileAtomic(options.out, text);
      process.stderr.write(`digest written to ${options.out}\n`);
    } else {
      process.stdout.write(text);
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}
