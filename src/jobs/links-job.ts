/**
 * The links job: which links to check and with what. Without targets: the configured archive
 * (past issues), the current digest candidates and the enabled sources' own pages, judged by
 * history; with targets (files, folders, URLs): a one-off check of those. `run`, the scheduler
 * and `links check` all collect and check through here. A crash still leaves the report of
 * what was checked (`incompleteLinkReport`).
 */
import path from 'node:path';
import type { Runtime } from '../app.js';
import type { Config } from '../config/schema.js';
import { digestPeriod, rankCandidates } from '../digest/build.js';
import { addLink, collectFromPaths, emptyTargets, type LinkTargets } from '../links/collect.js';
import { reportExitCode, summarise, type LinkReport, type LinkReportEntry } from '../links/report.js';
import { checkLinks } from '../links/run.js';
import type { Reachability } from '../model/reachability.js';
import type { Db } from '../store/db.js';
import { deadLinkUrls } from '../store/links.js';

/** Links of the current digest candidates and of the enabled sources' own pages. */
export function configuredTargets(config: Config, db: Db, now: Date): LinkTargets {
  const targets = emptyTargets();
  if (config.links.checkCandidates) {
    const period = digestPeriod({ now, defaultDays: config.digest.days });
    for (const candidate of rankCandidates(db, config, period, now)) addLink(targets, candidate.url, { file: '(candidates)' });
  }
  if (config.links.checkSources) {
    config.sources.forEach((source, index) => {
      if (source.enabled && source.kind !== 'stortinget') addLink(targets, source.url, { file: '(sources)', line: index + 1 });
    });
  }
  return targets;
}


/**
 * The links to check: `paths` (files, folders, URLs) when given, else the configured ones and
 * the archive's past issues (paths relative to `baseDir`, the config's folder).
 */
export async function collectLinkTargets(config: Config, options: { paths?: string[]; db?: Db; baseDir: string; now: Date }): Promise<LinkTargets> {
  const limits = { maxLinksPerDocument: config.links.maxLinksPerDocument };
  if (options.paths && options.paths.length > 0) {
    const targets = emptyTargets();
    await collectFromPaths(targets, options.paths, limits);
    return targets;
  }
  if (!options.db) throw new Error('collectLinkTargets: the configured links need the store');
  const targets = configuredTargets(config, options.db, options.now);
  await collectFromPaths(targets, config.links.archive.map((entry) => path.resolve(options.baseDir, entry)), limits);
  return targets;
}

/** The report of what was checked before `error` stopped the check: printed, then the crash stays a crash. */
export function incompleteLinkReport(config: Config, targets: LinkTargets, partial: LinkReportEntry[], history: boolean, error: unknown, at: Date): LinkReport {
  return {
    runId: 'incomplete',
    generatedAt: at.toISOString(),
    oneOff: !history,
    deadAfterRuns: config.links.deadAfterRuns,
    deadAfterDays: config.links.deadAfterDays,
    files: targets.files,
    problems: targets.problems,
    summary: summarise(partial),
    links: partial,
    incomplete: `stopped by an error after ${partial.length} of ${targets.links.size} links: ${error instanceof Error ? error.message : String(error)}`,
  };
}

export interface LinksJobResult {
  runId: string;
  summary: Record<string, number>;
  dead: number;
  /** Links that became dead in this run, and links that worked again after being dead. */
  newlyDead: string[];
  recovered: string[];
  exitCode: 0 | 2;
  report: LinkReport;
  /** Set when no link's host answered: nothing was kept. */
  offline?: Reachability;
}

/** The scheduled / `run` form: the configured archive, the candidates and the sources, with history. */
export async function runLinksJob(
  config: Config,
  runtime: Runtime,
  options: { now?: () => Date; baseDir?: string; onProgress?: (done: number, total: number) => void; browserRecheck?: boolean } = {},
): Promise<LinksJobResult> {
  const now = options.now ?? (() => new Date());
  const targets = await collectLinkTargets(config, { db: runtime.db, baseDir: options.baseDir ?? process.cwd(), now: now() });
  const deadBefore = deadLinkUrls(runtime.db);
  const useBrowser = options.browserRecheck ?? config.links.browserRecheck.enabled;
  const report = await checkLinks(
    config,
    targets,
    { http: runtime.linkHttp, log: runtime.log, db: runtime.db, now, ...(useBrowser ? { browser: runtime.browser } : {}) },
    { history: true, ...(options.onProgress ? { onResult: (_r, done, total) => options.onProgress!(done, total) } : {}) },
  );
  const deadNow = new Set(report.links.filter((l) => l.dead).map((l) => l.url));
  const checkedNow = new Set(report.links.map((l) => l.url));
  return {
    runId: report.runId,
    summary: report.summary,
    dead: deadNow.size,
    newlyDead: [...deadNow].filter((url) => !deadBefore.has(url)),
    recovered: [...deadBefore].filter((url) => checkedNow.has(url) && !deadNow.has(url)),
    exitCode: reportExitCode(report),
    report,
    ...(report.offline ? { offline: report.offline } : {}),
  };
}
