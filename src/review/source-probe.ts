/**
 * A live probe of one source for the Kilder tab: what the watch would read now, nothing
 * written. The review page is handed a prober (built where the HTTP client and browser are,
 * jobs/probe-job.ts), so the page itself never opens network clients of its own.
 */
export type { ProbeResult } from '../watch/probe.js';
export { isTimeout, type LimitedProbeResult, type ProbeTimeout, type SourceProber } from '../watch/probe-limit.js';
