/**
 * The watch stage: for each source, fetch and extract (the kind's job), judge the extraction,
 * work out which items are new, and commit all of it for that source in one transaction.
 * One source's failure is its own outcome and never stops the run.
 */
import { oneLineError } from '../fetch/error-detail.js';
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config, Source } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import type { HttpClient } from '../fetch/http.js';
import type { FetchOptions, FetchResult } from '../fetch/types.js';
import { BlockedError, FetchError } from '../fetch/types.js';
import type { Item, RawItem, RunSummary, SourceOutcome, Validators } from '../model.js';
import { extractSource } from '../sources/registry.js';
import type { Extraction, SourceContext } from '../sources/types.js';
import { writeTransaction, type Db } from '../store/db.js';
import { groupCommit, type GroupCommit } from '../store/group-commit.js';
import { findItemIdByKeys } from '../store/items.js';
import type { MilestoneInput } from '../store/milestones.js';
import { finishRun, recordSourceRun, startRun } from '../store/runs.js';
import {
  clearMemo,
  clearValidators,
  getMemo,
  saveMemo,
  getSourceState,
  getValidators,
  saveSourceState,
  saveValidators,
  type SourceState,
} from '../store/source-state.js';
import { canonicalUrl } from '../sources/canonical-url.js';
import { parseDate } from '../sources/dates.js';
import { guidsTrustworthy, identityKeys, normaliseTitle } from './identity.js';
import { osloDay } from '../time/oslo.js';
import { brokenExtraction } from './quality.js';
import { isProblem, type ProblemOutcome } from '../model/outcomes.js';
import { hostOf, isNoAnswer, judgeReachability } from '../fetch/reachability.js';
import { recordItems } from './record-items.js';
import { leadingDocumentReference, referenceIdentity } from '../sources/document-reference.js';
import { keywordReasons } from './keywords.js';
import { laneIndexes, runInLanes } from './host-lanes.js';

/**
 * Sources that finish within this long of one another share one commit (store/group-commit.ts):
 * short beside the spacing between two requests to a host (1 s), long enough that a burst of
 * answers is written once.
 */
const COMMIT_WINDOW_MS = 20;
/**
 * At most this many sources to a commit: a commit blocks the event loop, and one of 100 sources
 * held requests back that had just been given their slot (measured on 500 sources,
 * bench/many-web.ts: the servers saw two requests to a host 913–927 ms apart; at 8 a commit, 918–982
 * in five runs, the rest being 100 hosts' requests granted together on a busy CPU).
 */
const COMMIT_MAX_SOURCES = 8;

export interface WatchOptions {
  db: Db;
  http: HttpClient;
  browser: BrowserPool;
  log: Logger;
  /** Only these sources (default: every enabled one). */
  sourceIds?: string[];
  now?: () => Date;
  runId?: string;
  /** Called as each source finishes, for progress display. */
  onSourceDone?: (outcome: SourceOutcome, done: number, total: number) => void;
  /** Give up on a source that takes longer than this (default 5 minutes). */
  sourceTimeoutMs?: number;
  /** Bounds on the work one document may cause (default: the config's `limits`). */
  limits?: Config['limits'];
}

/** What part of a source's config decides what gets extracted; a change means a new baseline. */
export function extractionHash(source: Source): string {
  const { name: _n, section: _s, ranking: _r, notes: _no, enabled: _e, schedule: _sc, ...extraction } = source;
  return createHash('sha1').update(JSON.stringify(extraction)).digest('hex').slice(0, 16);
}

/** Memo key saying the source's steps (milestones) have been recorded once. */
const STEPS_MEMO = 'steps-recorded';

export interface IdentifiedItem {
  item: Item;
  keys: string[];
  /** The steps the source reports for it, dates read. */
  milestones: MilestoneInput[];
}

/** Turn raw items into items with dates and identity keys (pure apart from hashing). */
export function identifyItems(sourceId: string, raw: RawItem[], options: { trustGuid: boolean; now: string }): IdentifiedItem[] {
  const trustGuid = options.trustGuid && guidsTrustworthy(raw);
  // Some feeds give every item the same link (an overview page): the URL identifies nothing.
  const urlCounts = new Map<string, number>();
  for (const item of raw) {
    const canonical = canonicalUrl(item.url);
    urlCounts.set(canonical, (urlCounts.get(canonical) ?? 0) + 1);
  }
  return raw.map((rawItem) => {
    const canonical = canonicalUrl(rawItem.url);
    const published = rawItem.publishedRaw ? parseDate(rawItem.publishedRaw) : null;
    const publishedDay = published?.iso ? osloDay(published.iso) : undefined;
    const sharedUrl = (urlCounts.get(canonical) ?? 0) > 1;
    let keys = identityKeys(
      { sourceId, title: rawItem.title, url: rawItem.url, guid: rawItem.guid, publishedDay },
      { trustGuid },
    );
    if (sharedUrl) keys = keys.filter((key) => !key.startsWith('url:') && !key.startsWith('slug:'));
    // The parliamentary document it is: one item across sources (a report and its sak).
    const reference = rawItem.reference ?? leadingDocumentReference(rawItem.title) ?? leadingDocumentReference(rawItem.summary);
    if (reference) keys.push(referenceIdentity(reference));
    // The source's own further names for the publication come right after its GUID.
    const aliases = (rawItem.aliases ?? []).map((alias) => alias.trim()).filter((alias) => alias !== '').map((alias) => `guid:${sourceId}:${alias}`);
    if (aliases.length > 0) keys = [...new Set([...keys.slice(0, keys[0]?.startsWith('guid:') ? 1 : 0), ...aliases, ...keys])];
    if (keys.length === 0) {
      keys = [`text:${sourceId}:${createHash('sha1').update(normaliseTitle(rawItem.title)).digest('hex')}`];
    }
    const item: Item = {
      id: createHash('sha1').update(keys[0]!).digest('hex').slice(0, 16),
      sourceId,
      sourceIds: [sourceId],
      title: rawItem.title,
      url: rawItem.url,
      canonicalUrl: canonical,
      published,
      summary: rawItem.summary ?? null,
      firstSeen: options.now,
      baseline: false,
    };
    const milestones = (rawItem.milestones ?? []).map((milestone): MilestoneInput => {
      const at = milestone.atRaw ? parseDate(milestone.atRaw) : null;
      return { key: milestone.key, label: milestone.label, ...(milestone.atRaw ? { happenedRaw: milestone.atRaw } : {}), happenedAt: at?.iso ?? null };
    });
    return { item, keys, milestones };
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s: given up`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeError(error: unknown): string {
  if (error instanceof FetchError) return `${error.message} (${error.url})`;
  // Playwright appends a multi-line call log; the outcome detail is one line.
  return oneLineError(error);
}

/**
 * One source's run. A failure where no server answered is not committed here: whether it is
 * the source's failure or the network's is known only when every source has been tried, so
 * `commitFailure` is left for watchSources to call (or not).
 */
interface Watched {
  outcome: SourceOutcome;
  /** Some server answered for this source. */
  reached: boolean;
  commitFailure?: () => void;
}

async function watchSource(source: Source, options: WatchOptions, runId: string, ranking: Config['ranking'], commits: GroupCommit): Promise<Watched> {
  const { db } = options;
  const started = Date.now();
  const now = (options.now ?? (() => new Date()))();
  const nowIso = now.toISOString();
  const log = options.log.child({ source: source.id });
  const previous = getSourceState(db, source.id);
  const hash = extractionHash(source);
  const configChanged = previous?.configHash != null && previous.configHash !== hash;
  const baseline = !previous?.baselineAt || configChanged;
  const newValidators = new Map<string, Validators>();
  const newMemo = new Map<string, string>();

  const context: SourceContext = {
    async fetch(url: string, fetchOptions: FetchOptions = {}): Promise<FetchResult> {
      // On a baseline run everything must be read in full: validators are not sent.
      const validators = fetchOptions.conditional && !baseline ? getValidators(db, url) : undefined;
      const result = await options.http.fetch(url, { ...fetchOptions, validators });
      // Kept for every document read, so a document fetched in full this time (e.g. on a
      // baseline, or because another part changed) can be asked conditionally next time.
      if (!result.notModified && (result.validators.etag || result.validators.lastModified)) {
        newValidators.set(url, result.validators);
      }
      return result;
    },
    browser: () => options.browser,
    memo: {
      // On a baseline run nothing remembered is trusted, as no validators are sent either.
      get: (key: string) => newMemo.get(key) ?? (baseline ? undefined : getMemo(db, source.id, key)),
      set: (key: string, value: string) => void newMemo.set(key, value),
    },
    known: (url: string) => findItemIdByKeys(db, [`url:${canonicalUrl(url)}`]) !== undefined,
    baseline,
    mayMatter: (item: RawItem) =>
      !source.ranking.requireKeyword || keywordReasons(`${item.title}\n${item.summary ?? ''}`, ranking.keywords, source.id).some((reason) => reason.points > 0),
    log,
    now,
    limits: options.limits,
  };

  const base: SourceState = previous ?? {
    sourceId: source.id,
    configHash: null,
    baselineAt: null,
    lastRunAt: null,
    lastOutcome: null,
    lastDetail: null,
    lastOkAt: null,
    consecutiveFailures: 0,
    lastItemAt: null,
    lastItemCount: 0,
    hadDates: false,
  };

  const finish = (outcome: SourceOutcome, state: SourceState): SourceOutcome => {
    writeTransaction(db, () => {
      saveSourceState(db, state);
      recordSourceRun(db, runId, outcome, nowIso);
    });
    log.info({ outcome: outcome.outcome, items: outcome.items, new: outcome.new, detail: outcome.detail || undefined, ms: outcome.durationMs }, 'source done');
    return outcome;
  };
  const failureOf = (kind: ProblemOutcome, detail: string, items = 0): [SourceOutcome, SourceState] => {
    const consecutiveFailures = base.consecutiveFailures + 1;
    return [
      { id: source.id, outcome: kind, items, new: 0, detail, consecutiveFailures, durationMs: Date.now() - started },
      { ...base, lastRunAt: nowIso, lastOutcome: kind, lastDetail: detail, consecutiveFailures },
    ];
  };
  const failure = (kind: ProblemOutcome, detail: string, items = 0): Watched => ({
    outcome: finish(...failureOf(kind, detail, items)),
    reached: true,
  });

  let extraction: Extraction;
  try {
    extraction = await withTimeout(extractSource(source, context), options.sourceTimeoutMs ?? 300_000, source.id);
  } catch (error) {
    const blocked = error instanceof BlockedError;
    log.warn({ err: describeError(error) }, blocked ? 'source blocked by a bot wall' : 'source failed');
    if (isNoAnswer(error)) {
      const [outcome, state] = failureOf('failed', describeError(error));
      return { outcome, reached: false, commitFailure: () => void finish(outcome, state) };
    }
    return failure(blocked ? 'blocked' : 'failed', describeError(error));
  }
  for (const warning of extraction.warnings) log.warn(warning);

  if (extraction.notModified) {
    return { reached: true, outcome: finish(
      { id: source.id, outcome: 'not-modified', items: base.lastItemCount, new: 0, detail: '', consecutiveFailures: 0, durationMs: Date.now() - started },
      { ...base, lastRunAt: nowIso, lastOutcome: 'not-modified', lastDetail: null, lastOkAt: nowIso, consecutiveFailures: 0 },
    ) };
  }

  const usable = extraction.items.filter((item) => item.title.trim() !== '' && item.url.trim() !== '');
  const identified = identifyItems(source.id, usable, {
    trustGuid: !(source.kind === 'feed' && source.ignoreGuid),
    now: nowIso,
  });
  let dated = identified.filter(({ item }) => item.published?.iso).length;
  // Where dates come from article pages (`detail`), only new items are read for one: a run
  // with nothing new has no dated item and is not a broken date markup. Known items count.
  if (dated === 0 && base.hadDates && 'detail' in source && source.detail) {
    dated = identified.filter(({ keys }) => findItemIdByKeys(db, keys) !== undefined).length;
  }
  // A partial extraction (some documents unchanged) may rightly hold nothing new.
  const broken =
    extraction.partial && usable.length === extraction.items.length
      ? undefined
      : brokenExtraction(
          { found: extraction.items.length, usable: usable.length, dated },
          { lastItemCount: base.lastItemCount, hadDates: base.hadDates, firstRun: !previous?.baselineAt },
        );
  if (broken) {
    log.warn({ detail: broken }, 'extraction looks broken');
    return failure('broken-extraction', broken, usable.length);
  }

  const state: SourceState = {
    ...base,
    configHash: hash,
    baselineAt: baseline ? nowIso : base.baselineAt,
    lastRunAt: nowIso,
    lastOutcome: baseline ? 'baseline' : 'ok',
    lastDetail: extraction.warnings.join('; ') || null,
    lastOkAt: nowIso,
    consecutiveFailures: 0,
    lastItemCount: extraction.partial ? Math.max(base.lastItemCount, usable.length) : usable.length,
    hadDates: extraction.partial ? base.hadDates || dated > 0 : dated > 0,
  };
  const outcome: SourceOutcome = {
    id: source.id,
    outcome: baseline ? 'baseline' : 'ok',
    items: usable.length,
    new: 0,
    detail: [
      ...(baseline ? [configChanged ? 'extraction config changed: items recorded silently, except those published since the last good run' : 'first run: items recorded silently'] : []),
      ...extraction.warnings,
    ].join('; '),
    consecutiveFailures: 0,
    durationMs: 0,
  };
  await commits.run(() => {
    // Validators are saved only with the items they cover: a crash before this commit means
    // the next run fetches in full instead of trusting a 304 for items never recorded.
    if (configChanged) {
      clearValidators(db, source.id);
      clearMemo(db, source.id);
    }
    for (const [key, value] of newMemo) saveMemo(db, source.id, key, value, nowIso);
    // A store from before steps were recorded knows none of them: the first run that records
    // them takes them as they stand, silently, as a baseline does with items.
    const stepsKnown = getMemo(db, source.id, STEPS_MEMO) !== undefined;
    saveMemo(db, source.id, STEPS_MEMO, '1', nowIso);
    const recorded = recordItems(db, identified, {
      sourceId: source.id,
      baseline,
      runId,
      at: nowIso,
      events: stepsKnown,
      ...(configChanged ? { announceSince: base.lastOkAt } : {}),
    });
    outcome.new = recorded.items;
    if (recorded.announced > 0) outcome.detail = [outcome.detail, `${recorded.announced} published since the last good run announced`].join('; ');
    if (recorded.events > 0) outcome.events = recorded.events;
    for (const [url, validators] of newValidators) saveValidators(db, source.id, url, validators, nowIso);
    outcome.durationMs = Date.now() - started;
    if ((outcome.new + recorded.events > 0 && !baseline) || recorded.announced > 0) state.lastItemAt = nowIso;
    saveSourceState(db, state);
    recordSourceRun(db, runId, outcome, nowIso);
  });
  log.info({ outcome: outcome.outcome, items: outcome.items, new: outcome.new, ms: outcome.durationMs }, 'source done');
  return { outcome, reached: true };
}

/** Run the watch stage over the configured sources. Never throws for a source's failure. */
export async function watchSources(config: Config, options: WatchOptions): Promise<RunSummary> {
  const runId = options.runId ?? randomUUID();
  const startedAt = (options.now ?? (() => new Date()))().toISOString();
  const wanted = options.sourceIds ? new Set(options.sourceIds) : undefined;
  const sources = config.sources.filter((source) => (wanted ? wanted.has(source.id) : source.enabled));
  startRun(options.db, runId, 'watch', startedAt);
  // Every log line of this run carries its id.
  options = { ...options, log: options.log.child({ runId }), limits: options.limits ?? config.limits };

  const watched: Watched[] = new Array(sources.length);
  let done = 0;
  const commits = groupCommit(options.db, COMMIT_WINDOW_MS, COMMIT_MAX_SOURCES);
  await runInLanes(laneIndexes(sources.map((source) => source.url)), config.http.perHostConcurrency, async (index) => {
    watched[index] = await watchSource(sources[index]!, options, runId, config.ranking, commits);
    done += 1;
    options.onSourceDone?.(watched[index]!.outcome, done, sources.length);
  });

  const reachability = judgeReachability(sources.map((source, i) => ({ host: hostOf(source.url), reached: watched[i]!.reached })));
  const finishedAt = (options.now ?? (() => new Date()))().toISOString();
  const outcomes = watched.map(({ outcome, commitFailure }) => {
    if (!commitFailure) return outcome;
    if (!reachability.offline) {
      commitFailure();
      return outcome;
    }
    // The network's failure, not the source's: recorded as such, its state left as it was.
    const offline: SourceOutcome = { ...outcome, outcome: 'offline', consecutiveFailures: 0 };
    recordSourceRun(options.db, runId, offline, finishedAt);
    return offline;
  });
  if (reachability.offline) options.log.warn({ reached: reachability.reached, total: reachability.total }, 'network unavailable');
  const failed = outcomes.some((o) => isProblem(o.outcome));
  const summary: RunSummary = { runId, startedAt, finishedAt, sources: outcomes, reachability };
  finishRun(options.db, runId, reachability.offline ? 'offline' : failed ? 'failed' : 'ok', finishedAt, {
    sources: outcomes.map(({ id, outcome, items, new: n }) => ({ id, outcome, items, new: n })),
    reachability,
  });
  return summary;
}
