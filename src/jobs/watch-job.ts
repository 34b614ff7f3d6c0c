/**
 * The watch job: every enabled source (or the chosen ones) read once with the runtime's store,
 * clients and browser. `run`, `watch` and the scheduler all watch through this one call.
 */
import type { Runtime } from '../app.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { RunSummary, SourceOutcome } from '../model.js';
import { watchSources } from '../watch/watch.js';

export interface WatchJobOptions {
  now?: () => Date;
  runId?: string;
  /** Only these sources (default: every enabled one). */
  sourceIds?: string[];
  onSourceDone?: (outcome: SourceOutcome, done: number, total: number) => void;
  /** The logger the run's lines go to (default: the runtime's). */
  log?: Logger;
}

export function runWatchJob(config: Config, runtime: Runtime, options: WatchJobOptions = {}): Promise<RunSummary> {
  return watchSources(config, {
    db: runtime.db,
    http: runtime.http,
    browser: runtime.browser,
    log: options.log ?? runtime.log,
    ...(options.now ? { now: options.now } : {}),
    ...(options.runId ? { runId: options.runId } : {}),
    ...(options.sourceIds && options.sourceIds.length > 0 ? { sourceIds: options.sourceIds } : {}),
    ...(options.onSourceDone ? { onSourceDone: options.onSourceDone } : {}),
  });
}
