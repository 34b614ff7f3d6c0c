/**
 * A replay: the product watching a replayed web day by day, as cron would run it, then the
 * digest an editor would have opened when writing the issue. Everything goes through the
 * product's own wiring (createRuntime, watchSources through the replica's proxy, the ranking
 * through eval/rank.ts); only the clock and the web are replayed.
 *
 * - Baseline: every replayed source once on the baseline day (the listings as they stood
 *   then are recorded silently, as on a real first run).
 * - Then every morning at the watch hour, the sources due that day (schedule.ts).
 * - Then the digest for the issue's period, with `now` on the digest day.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRuntime } from '../src/app.js';
import type { Config } from '../src/config/schema.js';
import type { Digest } from '../src/model/digest.js';
import { silentLogger } from '../src/log.js';
import type { Item, SourceOutcome } from '../src/model.js';
import { listItemsFirstSeen } from '../src/store/items.js';
import { watchSources } from '../src/watch/watch.js';
import { startReplica } from '../src/demo/server.js';
import { atOslo, daysFrom } from './calendar.js';
import { prepareConfig } from './config.js';
import { rankDigest } from './rank.js';
import { replayWeb, type SiteBuilder } from './replay-web.js';
import { dueOn } from './schedule.js';

export interface ReplayDefinition {
  name: string;
  /** The day of the first (silent) run. */
  baselineDay: string;
  firstWatchDay: string;
  lastWatchDay: string;
  /** Oslo hour of every replayed run and of the digest. */
  watchHour: number;
  /** The issue's period: first day, and the day the digest is built (exclusive end, `now`). */
  periodFrom: string;
  digestDay: string;
  /** The replica sites and the sources each serves. */
  sites: readonly SiteBuilder[];
  /** An earlier issue, the archive of past issues for the replay. */
  archiveIssue: string;
}

export interface ReplayOptions {
  /** The sources.json to run with (default: the shipped one). */
  sourcesPath: string;
  /** Only these sources (a slice, for tests); default every enabled source a replica serves. */
  sourceIds?: readonly string[];
  /** Override the replayed watch days (a slice). */
  firstWatchDay?: string;
  lastWatchDay?: string;
  chromiumPath?: string;
  /** Progress lines (to stderr in the CLI). */
  progress?: (line: string) => void;
  /** Keep the store here (a fresh directory) instead of a temporary one. */
  keepDir?: string;
  /** Watch nothing: rank again from the store a run with `keepDir` left here (ranking changes only). */
  fromStore?: string;
}

export interface SkippedSource {
  id: string;
  reason: string;
}

export interface ReplayResult {
  definition: ReplayDefinition;
  /** The sources.json the replay ran with (the prepared copy). */
  config: Config;
  digest: Digest;
  /** Every item the store recorded, baseline ones included. */
  listed: Item[];
  /** Enabled in the sources.json the replay ran with. */
  configured: string[];
  /** Replayed: configured and served by a replica site. */
  watched: string[];
  skipped: SkippedSource[];
  /** Runs that ended badly for a source (failed, blocked, broken extraction), by day. */
  problems: Array<{ day: string; outcome: SourceOutcome }>;
  runs: number;
  periodFrom: Date;
  now: Date;
  durationMs: number;
}

const PROBLEMS = new Set(['failed', 'blocked', 'broken-extraction', 'offline']);

export async function runReplay(definition: ReplayDefinition, options: ReplayOptions): Promise<ReplayResult> {
  const started = Date.now();
  const say = options.progress ?? (() => undefined);
  const dir = options.fromStore ?? options.keepDir ?? mkdtempSync(path.join(tmpdir(), `sourcewatch-eval-${definition.name}-`));
  const temporary = dir !== options.fromStore && dir !== options.keepDir;
  mkdirSync(dir, { recursive: true });
  try {
    const { config, configDir } = prepareConfig({ sourcesPath: options.sourcesPath, archiveIssue: definition.archiveIssue, dir });
    const served = new Set(definition.sites.flatMap((site) => site.sources));
    const configured = config.sources.filter((source) => source.enabled).map((source) => source.id);
    const wanted = options.sourceIds ? new Set(options.sourceIds) : undefined;
    const skipped: SkippedSource[] = [];
    const watched: string[] = [];
    for (const id of configured) {
      if (wanted && !wanted.has(id)) skipped.push({ id, reason: 'left out of this slice' });
      else if (!served.has(id)) skipped.push({ id, reason: 'no replica site yet' });
      else watched.push(id);
    }
    const builders = definition.sites.filter((site) => site.sources.some((id) => watched.includes(id)));
    const web = replayWeb(builders, definition.baselineDay);
    const replica = await startReplica({ sites: web.sites, day: 1, today: atOslo(definition.baselineDay, definition.watchHour) });
    const runtime = createRuntime(
      config,
      { storageDir: path.join(dir, 'storage'), proxy: replica.proxyUrl, insecure: true, hostDelayMs: 0, ...(options.chromiumPath ? { chromiumPath: options.chromiumPath } : {}) },
      silentLogger(),
    );
    const problems: ReplayResult['problems'] = [];
    let runs = 0;
    try {
      const sources = config.sources.filter((source) => watched.includes(source.id));
      const watchOn = async (day: string, ids: string[]): Promise<void> => {
        if (ids.length === 0) return;
        const now = atOslo(day, definition.watchHour);
        web.setDay(day);
        // The replica's pages date themselves relative to its today.
        replica.state.today = now;
        const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => now, sourceIds: ids });
        runs += 1;
        for (const outcome of summary.sources) if (PROBLEMS.has(outcome.outcome)) problems.push({ day, outcome });
        const fresh = summary.sources.reduce((sum, o) => sum + o.new, 0);
        say(`${day}: ${ids.length} sources, ${fresh} new${summary.sources.some((o) => PROBLEMS.has(o.outcome)) ? `, problems: ${summary.sources.filter((o) => PROBLEMS.has(o.outcome)).map((o) => `${o.id} ${o.outcome}`).join(', ')}` : ''}`);
      };
      if (!options.fromStore) {
        await watchOn(definition.baselineDay, watched);
        for (const day of daysFrom(options.firstWatchDay ?? definition.firstWatchDay, options.lastWatchDay ?? definition.lastWatchDay)) {
          await watchOn(day, sources.filter((source) => dueOn(source, day)).map((source) => source.id));
        }
      }
      const now = atOslo(definition.digestDay, definition.watchHour);
      const periodFrom = atOslo(definition.periodFrom, 0);
      const digest = await rankDigest({ db: runtime.db, config, configDir, since: periodFrom, now });
      // Every item ever recorded: ISO timestamps compare as strings.
      const listed = listItemsFirstSeen(runtime.db, '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', { includeBaseline: true });
      return { definition, config, digest, listed, configured, watched, skipped, problems, runs, periodFrom, now, durationMs: Date.now() - started };
    } finally {
      await runtime.close();
      await replica.close();
    }
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}
