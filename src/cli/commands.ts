/**
 * The command actions. Each returns an exit code; none calls process.exit, so a command can
 * clean up (close the browser, the database) before the process ends.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRuntime } from '../app.js';
import { ConfigError } from '../config/errors.js';
import { buildDigest, digestPeriod } from '../digest/build.js';
import { formatDigest, writeFileAtomic, type DigestFormat } from '../digest/write.js';
import type { RunSummary } from '../model.js';
import { formatWatchText, watchToJson } from '../report/watch-text.js';
import { runMainJob } from '../run.js';
import { openDb } from '../store/db.js';
import { probeSource } from '../watch/probe.js';
import { isProblem } from '../watch/outcomes.js';
import { watchSources } from '../watch/watch.js';
import { commandContext, progressPrinter, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';
import { guardRun, reportAlerts } from './unattended.js';

function exitFor(summary: RunSummary): number {
  return summary.sources.some((s) => isProblem(s.outcome)) ? EXIT.problems : EXIT.ok;
}

export async function watchCommand(options: GlobalOptions & { source?: string[] }): Promise<number> {
  const ctx = await commandContext(options);
  const unknown = (options.source ?? []).filter((id) => !ctx.config.sources.some((s) => s.id === id));
  if (unknown.length > 0) throw new ConfigError(options.config, unknown.map((id) => ({ path: '--source', message: `no source with id "${id}"` })));
  const guard = await guardRun(ctx, 'watch');
  if (!guard) return EXIT.locked;
  const runtime = createRuntime(ctx.config, ctx.overrides, ctx.log);
  try {
    const summary = await watchSources(ctx.config, {
      db: runtime.db,
      http: runtime.http,
      browser: runtime.browser,
      log: ctx.log,
      ...(options.source && options.source.length > 0 ? { sourceIds: options.source } : {}),
      onSourceDone: progressPrinter(ctx.interactive),
    });
    process.stdout.write(options.json ? `${JSON.stringify(watchToJson(summary), null, 2)}\n` : formatWatchText(summary));
    return exitFor(summary);
  } finally {
    await runtime.close();
    await guard.release();
  }
}

function parseSince(value: string): Date {
  // A bare day means its midnight in Oslo; anything else must be a full ISO instant.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) throw new ConfigError('--since', [{ path: '--since', message: `not a date: "${value}" (use YYYY-MM-DD)` }]);
  if (day) {
    // Shift from the machine's zone to Oslo's.
    const oslo = new Date(date.toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
    return new Date(date.getTime() + (date.getTime() - oslo.getTime()));
  }
  return date;
}

export async function digestCommand(
  options: GlobalOptions & { since?: string; days?: string; format?: string; out?: string },
): Promise<number> {
  const ctx = await commandContext(options);
  const format = (options.format ?? 'md') as DigestFormat;
  if (!['md', 'html', 'json'].includes(format)) {
    throw new ConfigError('--format', [{ path: '--format', message: `must be md, html or json (got "${options.format}")` }]);
  }
  const days = options.days !== undefined ? Number(options.days) : undefined;
  if (days !== undefined && !(days > 0)) throw new ConfigError('--days', [{ path: '--days', message: 'must be a positive number' }]);
  const db = openDb(path.resolve(ctx.overrides.storageDir));
  try {
    const now = new Date();
    const period = digestPeriod({ now, days, defaultDays: ctx.config.digest.days, ...(options.since ? { since: parseSince(options.since) } : {}) });
    const text = formatDigest(buildDigest(db, ctx.config, period, now), format);
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

export async function runCommand(options: GlobalOptions & { days?: string }): Promise<number> {
  const ctx = await commandContext(options);
  const guard = await guardRun(ctx, 'run');
  if (!guard) return EXIT.locked;
  const runtime = createRuntime(ctx.config, ctx.overrides, ctx.log);
  try {
    const result = await runMainJob(ctx.config, runtime, {
      ...(options.days ? { days: Number(options.days) } : {}),
      onSourceDone: progressPrinter(ctx.interactive),
      baseDir: path.dirname(path.resolve(options.config)),
      onLinkProgress: (done, total) => {
        if (ctx.interactive) process.stderr.write(`\rchecked ${done}/${total} links${done === total ? '\n' : ''}`);
      },
    });
    const count = result.digest.sections.reduce((n, s) => n + s.candidates.length, 0);
    if (options.json) {
      const links = result.links ? { summary: result.links.summary, dead: result.links.dead, newlyDead: result.links.newlyDead, recovered: result.links.recovered } : null;
      process.stdout.write(`${JSON.stringify({ ...watchToJson(result.watch), links, digest: { candidates: count, files: result.files } }, null, 2)}\n`);
    } else {
      process.stdout.write(formatWatchText(result.watch));
      if (result.links) {
        const l = result.links;
        process.stdout.write(
          `\nLinks: ${l.summary.total} checked, ${l.dead} dead${l.newlyDead.length ? ` (${l.newlyDead.length} new: ${l.newlyDead.join(', ')})` : ''}${l.recovered.length ? `, ${l.recovered.length} working again` : ''} — details: sourcewatch links check\n`,
        );
      }
      process.stdout.write(`\nDigest: ${count} candidates\n  ${result.files.html}\n  ${result.files.md}\n  ${result.files.json}\n`);
    }
    await reportAlerts(ctx, runtime, result.watch.runId, { quiet: options.json === true });
    // A link that stays dead is reported once (when it dies), not in every day's exit code.
    return result.links && result.links.newlyDead.length > 0 ? EXIT.problems : exitFor(result.watch);
  } finally {
    await runtime.close();
    await guard.release();
  }
}

export async function probeCommand(id: string, options: GlobalOptions): Promise<number> {
  const ctx = await commandContext(options);
  const source = ctx.config.sources.find((s) => s.id === id);
  if (!source) throw new ConfigError(options.config, [{ path: 'sources', message: `no source with id "${id}" (known: ${ctx.config.sources.map((s) => s.id).join(', ')})` }]);
  // Probing writes no state: no store is opened at all.
  const { createHttpClient } = await import('../app.js');
  const { createBrowserPool } = await import('../fetch/browser.js');
  const http = createHttpClient(ctx.config, ctx.overrides, ctx.log);
  const browser = createBrowserPool({
    executablePath: ctx.overrides.chromiumPath ?? ctx.config.browser.executablePath,
    proxy: ctx.overrides.proxy,
    insecure: ctx.overrides.insecure ?? false,
    navigationTimeoutMs: ctx.config.browser.navigationTimeoutSeconds * 1000,
  });
  try {
    const result = await probeSource(source, { http, browser, log: ctx.log });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const lines = [`${source.id} (${source.kind}) ${'url' in source ? source.url : ''}`];
      if (result.error) lines.push(`FAILED: ${result.error}`);
      for (const [i, item] of result.items.entries()) {
        const date = item.published ? `${item.published.raw}${item.published.iso ? ` → ${item.published.iso}` : ' → (unreadable)'}` : '(no date)';
        lines.push(`${String(i + 1).padStart(3)}. ${item.title}`, `     ${item.url}`, `     ${date}`);
        if (item.summary) lines.push(`     ${item.summary.slice(0, 160)}${item.summary.length > 160 ? '…' : ''}`);
      }
      for (const warning of result.warnings) lines.push(`warning: ${warning}`);
      if (result.verdict) lines.push(`BROKEN: ${result.verdict}`);
      lines.push(`${result.items.length} items in ${result.durationMs} ms`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return result.ok ? EXIT.ok : EXIT.problems;
  } finally {
    await browser.close();
    await http.close();
  }
}

export async function checkCommand(options: GlobalOptions): Promise<number> {
  const ctx = await commandContext(options);
  process.stdout.write(`${options.config}: ok, ${ctx.config.sources.length} sources in ${ctx.config.sections.length} sections\n`);
  return EXIT.ok;
}

export async function schemaCommand(options: { out?: string }): Promise<number> {
  const { sourcesJsonSchema } = await import('../config/json-schema.js');
  const text = `${JSON.stringify(sourcesJsonSchema(), null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return EXIT.ok;
}
