/**
 * The actions of `run` and `watch`, the commands that fetch (digest has its own module: it
 * loads no fetcher). `watch` loads no digest, link checker or review code: run.js, which
 * brings them, loads inside `run` only. Each returns an exit code; none calls process.exit,
 * so a command can clean up (close the browser, the database) before the process ends.
 */
import path from 'node:path';
import { runWatchJob } from '../jobs/watch-job.js';
import { createRuntime } from '../app.js';
import type { RunSummary } from '../model.js';
import { formatWatchText, watchToJson } from '../report/watch-text.js';
import { offlineLine } from '../report/offline-text.js';
import { isProblem } from '../model/outcomes.js';
import { commandContext, linkProgress, progressPrinter, type GlobalOptions } from './context.js';
import { ArgumentError } from './argument-error.js';
import { EXIT } from './exit-codes.js';
import { guardRun, reportAlerts } from './unattended.js';

function exitFor(summary: RunSummary): number {
  if (summary.reachability.offline) return EXIT.offline;
  return summary.sources.some((s) => isProblem(s.outcome)) ? EXIT.problems : EXIT.ok;
}

export interface WatchOptions extends GlobalOptions {
  source?: string[];
}

export interface RunOptions extends GlobalOptions {
  days?: string;
}

export async function watchCommand(options: WatchOptions): Promise<number> {
  const ctx = await commandContext(options);
  const unknown = (options.source ?? []).filter((id) => !ctx.config.sources.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new ArgumentError('--source', `no source with id ${unknown.map((id) => `"${id}"`).join(', ')} (known: ${ctx.config.sources.map((s) => s.id).join(', ')})`);
  }
  const guard = await guardRun(ctx, 'watch');
  if (!guard) return EXIT.locked;
  const runtime = createRuntime(ctx.config, ctx.overrides, ctx.log);
  try {
    const summary = await runWatchJob(ctx.config, runtime, { log: ctx.log, ...(options.source ? { sourceIds: options.source } : {}), onSourceDone: progressPrinter(ctx) });
    process.stdout.write(options.json ? `${JSON.stringify(watchToJson(summary), null, 2)}\n` : formatWatchText(summary));
    return exitFor(summary);
  } finally {
    await runtime.close();
    await guard.release();
  }
}

export async function runCommand(options: RunOptions): Promise<number> {
  const ctx = await commandContext(options);
  const guard = await guardRun(ctx, 'run');
  if (!guard) return EXIT.locked;
  const { runMainJob } = await import('../run.js');
  const runtime = createRuntime(ctx.config, ctx.overrides, ctx.log);
  try {
    const result = await runMainJob(ctx.config, runtime, {
      ...(options.days ? { days: Number(options.days) } : {}),
      onSourceDone: progressPrinter(ctx),
      baseDir: path.dirname(path.resolve(options.config)),
      onLinkProgress: linkProgress(ctx),
    });
    const count = result.digest.sections.reduce((n, s) => n + s.candidates.length, 0);
    if (options.json) {
      const links = result.links ? { summary: result.links.summary, dead: result.links.dead, newlyDead: result.links.newlyDead, recovered: result.links.recovered } : null;
      process.stdout.write(`${JSON.stringify({ ...watchToJson(result.watch), links, digest: { candidates: count, files: result.files } }, null, 2)}\n`);
    } else {
      process.stdout.write(formatWatchText(result.watch));
      if (!result.links && result.watch.reachability.offline) process.stdout.write('\nLinks: not checked (network unavailable)\n');
      if (result.links?.offline) process.stdout.write(`\n${offlineLine({ links: result.links.offline })}\n`);
      else if (result.links) {
        const l = result.links;
        process.stdout.write(
          `\nLinks: ${l.summary.total} checked, ${l.dead} dead${l.newlyDead.length ? ` (${l.newlyDead.length} new: ${l.newlyDead.join(', ')})` : ''}${l.recovered.length ? `, ${l.recovered.length} working again` : ''} — details: sourcewatch links check\n`,
        );
      }
      process.stdout.write(`\nDigest: ${count} candidates\n${Object.values(result.files).map((file) => `  ${file}\n`).join('')}`);
    }
    await reportAlerts(ctx, runtime, result.watch.runId, { quiet: options.json === true });
    // A link that stays dead is reported once (when it dies), not in every day's exit code.
    if (result.watch.reachability.offline || result.links?.offline) return EXIT.offline;
    return result.links && result.links.newlyDead.length > 0 ? EXIT.problems : exitFor(result.watch);
  } finally {
    await runtime.close();
    await guard.release();
  }
}
