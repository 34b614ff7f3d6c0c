/**
 * `sourcewatch links check [PATH|URL]…`. With no targets: the configured archive, the digest
 * candidates and the source pages, judged by history (dead = failing N runs or D days). With
 * targets: a one-off check of them that says so and reports what it saw. Either way, a crash
 * still leaves the report of what was checked.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createBrowser, createLinkHttpClient, createRuntime, type Runtime } from '../app.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { emptyTargets, type LinkTargets } from '../links/collect.js';
import { reportExitCode, type LinkReport, type LinkReportEntry } from '../links/report.js';
import { checkLinks } from '../links/run.js';
import { collectLinkTargets, incompleteLinkReport } from '../jobs/links-job.js';
import type { LinkReportFormat } from '../report/format-names.js';
import { formatLinkReport } from '../report/link-report-formats.js';
import { commandContext, linkProgress, type GlobalOptions } from './context.js';
import { offlineLine } from '../report/offline-text.js';
import { ArgumentError } from './argument-error.js';
import { EXIT } from './exit-codes.js';
import { guardRun } from './unattended.js';

export interface LinksCheckOptions extends GlobalOptions {
  format?: LinkReportFormat;
  out?: string;
  history?: boolean;
  browser?: boolean;
}

export async function linksCheckCommand(targetArgs: string[], options: LinksCheckOptions): Promise<number> {
  // A target that is not there is a mistake on the command line, said before anything runs.
  for (const target of targetArgs) {
    if (!/^https?:\/\//i.test(target) && !existsSync(target)) throw new ArgumentError('links check', `no such file or folder: ${path.resolve(target)}`);
  }
  const ctx = await commandContext(options);
  // --timeout is the link timeout: for the plain request and the browser re-check alike.
  const config =
    ctx.overrides.timeoutSeconds === undefined ? ctx.config : { ...ctx.config, links: { ...ctx.config.links, timeoutSeconds: ctx.overrides.timeoutSeconds } };
  const format = options.format ?? 'text';
  const history = targetArgs.length === 0 || options.history === true;
  const useBrowser = options.browser ?? config.links.browserRecheck.enabled;

  let runtime: Runtime | undefined;
  let targets: LinkTargets = emptyTargets();
  // Writing link history is writing state: the same lock as `run` and `watch`.
  const guard = history ? await guardRun(ctx, 'links') : undefined;
  if (history && !guard) return EXIT.locked;
  if (history) runtime = createRuntime(config, ctx.overrides, ctx.log);
  const log = ctx.log;
  const http = runtime?.linkHttp ?? createLinkHttpClient(config, ctx.overrides, log);
  const browser =
    runtime?.browser ??
    (useBrowser
      ? createBrowser(config, ctx.overrides, log)
      : undefined);

  const partial: LinkReportEntry[] = [];
  const progress = linkProgress(ctx);
  const emit = (report: LinkReport): void => {
    const text = formatLinkReport(report, format, config.review.language);
    if (options.out) {
      writeFileAtomic(options.out, text);
      process.stderr.write(`link report written to ${options.out}\n`);
    } else {
      process.stdout.write(text);
    }
  };

  try {
    targets = await collectLinkTargets(config, {
      paths: targetArgs,
      ...(runtime ? { db: runtime.db } : {}),
      baseDir: path.dirname(path.resolve(options.config)),
      now: new Date(),
    });
    const report = await checkLinks(
      config,
      targets,
      { http, log: ctx.log, ...(runtime ? { db: runtime.db } : {}), ...(useBrowser && browser ? { browser } : {}) },
      { history, partial, onResult: (_r, done, total) => progress(done, total) },
    );
    emit(report);
    if (report.offline) {
      process.stderr.write(`${offlineLine({ links: report.offline })}\n`);
      return EXIT.offline;
    }
    return reportExitCode(report);
  } catch (error) {
    // Report what was checked before the crash, then let the crash be a crash.
    const report = incompleteLinkReport(config, targets, partial, history, error, new Date());
    emit(report);
    throw error;
  } finally {
    if (runtime) await runtime.close();
    else {
      await browser?.close();
      await http.close();
    }
    await guard?.release();
  }
}
