/**
 * A probe with a time limit, as the review page runs one: the result, or word that it ran out
 * of time. The type lives beside the probe so the job that runs it and the page that shows it
 * agree without knowing each other.
 */
import type { Config, Source } from '../config/schema.js';
import type { ProbeResult } from './probe.js';

export interface ProbeTimeout {
  timedOut: true;
  seconds: number;
}

export type LimitedProbeResult = ProbeResult | ProbeTimeout;

/** Probes one source (with the configuration's HTTP settings) within a time limit. */
export type SourceProber = (source: Source, config: Config) => Promise<LimitedProbeResult>;

export function isTimeout(result: LimitedProbeResult): result is ProbeTimeout {
  return 'timedOut' in result;
}
