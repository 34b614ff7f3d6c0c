/**
 * Checking a set of links: each distinct URL once, history updated (or a one-off check), and
 * the report. Which links to check — the archive, the candidates, the source pages — is the
 * links job's business (src/jobs/links-job.ts), which calls this.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import type { HttpClient } from '../fetch/http.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { getLinkState, saveLinkRun, type LinkCheckRecord } from '../store/links.js';
import { startRun } from '../store/runs.js';
import { hostOf, judgeReachability } from '../fetch/reachability.js';
import { checkUrls } from './checker.js';
import type { LinkTargets } from './collect.js';
import { cachedResult, nextLinkState } from './history.js';
import { reportExitCode, summarise, type LinkReport, type LinkReportEntry } from './report.js';
import type { LinkResult } from './types.js';
import { LOGGED, NOT_CHECKED } from '../model/verdicts.js';
import { compileSafePattern } from '../config/pattern.js';

export interface CheckLinksDeps {
  http: HttpClient;
  browser?: BrowserPool;
  log: Logger;
  /** The store; required for history mode. */
  db?: Db;
  now?: () => Date;
}

export interface CheckLinksOptions {
  /** Record results and judge "dead" by history; false = a one-off check. */
  history: boolean;
  onResult?: (result: LinkResult, done: number, total: number) => void;
  /** Results so far, for a partial report if the run dies. */
  partial?: LinkReportEntry[];
}

export async function checkLinks(config: Config, targets: LinkTargets, deps: CheckLinksDeps, options: CheckLinksOptions): Promise<LinkReport> {
  const now = deps.now ?? (() => new Date());
  const runId = randomUUID();
  const startedAt = now().toISOString();
  const { db } = deps;
  if (options.history && !db) throw new Error('checkLinks: history mode needs the store');
  if (options.history) startRun(db!, runId, 'links', startedAt);
  const log = deps.log.child({ runId, job: 'links' });
  const excluded = config.links.exclude.map((pattern) => compileSafePattern(pattern, 'links.exclude'));
  const urls = [...targets.links.keys()];

  // Recent successes stand in for a check; failures are always checked again.
  const cached = new Map<string, LinkResult>();
  if (options.history) {
    for (const url of urls) {
      const hit = cachedResult(getLinkState(db!, url), startedAt, config.links.cacheOkHours);
      if (hit) cached.set(url, hit);
    }
  }
  const toCheck = urls.filter((url) => !cached.has(url));
  log.info({ links: urls.length, cached: cached.size, toCheck: toCheck.length, files: targets.files }, 'checking links');

  const entries: LinkReportEntry[] = options.partial ?? [];
  // History is judged as results arrive (for the report) but kept only when the run finishes.
  const records: LinkCheckRecord[] = [];
  const entryFor = (result: LinkResult): LinkReportEntry => {
    const at = now().toISOString();
    const foundIn = targets.links.get(result.url) ?? [];
    if (!options.history) return { ...result, foundIn, firstFailed: null, consecutiveFailures: 0, dead: false };
    const state = nextLinkState(getLinkState(db!, result.url), result, at, config.links);
    records.push({ state, result, foundIn, at });
    return { ...result, foundIn, firstFailed: state.firstFailed, consecutiveFailures: state.consecutiveFailures, dead: state.deadSince !== null };
  };
  for (const result of cached.values()) entries.push(entryFor(result));
  await checkUrls(toCheck, { http: deps.http, settings: config.links, ...(deps.browser ? { browser: deps.browser } : {}) }, {
    excluded,
    onResult: (result, done, total) => {
      entries.push(entryFor(result));
      if (LOGGED.has(result.verdict)) log.warn({ url: result.url, verdict: result.verdict, detail: result.detail }, 'link problem');
      options.onResult?.(result, done, total);
    },
  });

  // Only links that were asked this run say anything about the network.
  const asked = entries.filter((e) => !e.cached && !NOT_CHECKED.has(e.verdict));
  const reachability = judgeReachability(asked.map((e) => ({ host: hostOf(e.url), reached: !e.unreachable })));
  if (reachability.offline) {
    // The report shows each link as it stood before this run: the run counts for nothing.
    for (const entry of entries) {
      const before = options.history ? getLinkState(db!, entry.url) : undefined;
      entry.firstFailed = before?.firstFailed ?? null;
      entry.consecutiveFailures = before?.consecutiveFailures ?? 0;
      entry.dead = (before?.deadSince ?? null) !== null;
    }
    log.warn({ reached: reachability.reached, total: reachability.total }, 'network unavailable');
  }
  const order = new Map(urls.map((url, index) => [url, index]));
  entries.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
  const report: LinkReport = {
    runId,
    generatedAt: now().toISOString(),
    oneOff: !options.history,
    deadAfterRuns: config.links.deadAfterRuns,
    deadAfterDays: config.links.deadAfterDays,
    files: targets.files,
    problems: targets.problems,
    summary: summarise(entries),
    links: entries,
    ...(reachability.offline ? { offline: reachability } : {}),
  };
  if (options.history) {
    const status = reachability.offline ? 'offline' : reportExitCode(report) === 0 ? 'ok' : 'failed';
    saveLinkRun(db!, runId, reachability.offline ? [] : records, { status, at: report.generatedAt, summary: report.summary });
  }
  return report;
}
