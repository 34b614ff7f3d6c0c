/** A replay's result measured against the items the editors chose (the figures of metrics.ts). */
import { computeMetrics, type ChosenItem, type Metrics } from './metrics.js';
import type { ReplayResult } from './replay.js';

export function evaluateReplay(result: ReplayResult, chosen: readonly ChosenItem[]): Metrics {
  return computeMetrics({
    chosen,
    sections: result.digest.sections,
    listed: result.listed,
    configured: new Set(result.configured),
    watched: new Set(result.watched),
    notReplayed: new Map(result.skipped.map((skipped) => [skipped.id, skipped.reason])),
    periodFrom: result.periodFrom.toISOString(),
  });
}
