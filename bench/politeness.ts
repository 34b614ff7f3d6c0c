/**
 * The politeness bound of a run: the shortest wall time any polite tool could have had for the
 * requests this run made, given one connection per host (`perHostConcurrency`), a spacing of
 * `spacingMs` between the starts of two requests to a host (`http.perHostDelayMs`, as
 * src/fetch/host-limiter.ts keeps it), and each response's latency as the server added it.
 *
 * On one host with requests of latencies L1…Ln: with one connection a request starts only once
 * the one before has been answered, and no sooner than `spacing` after its start, so request
 * i+1 starts at least max(spacing, Li) after request i, and the host is done Ln after the last
 * start. Ordering the requests as favourably as possible (the last one being the one that gains
 * most from coming last), the host needs
 *
 *     Σ max(S, Li) − max over i of (max(S, Li) − Li)
 *
 * which for equal latencies L is (n − 1) × max(S, L) + L. With c connections per host the gap
 * is max(S, Li ÷ c). The run's bound is the largest over its hosts, since hosts can proceed side
 * by side. What it leaves out, so it stays a bound: the tool's own start-up, time between a
 * response and the request it leads to (a feed read before its next page is asked), and order
 * forced across hosts (a redirect to another host).
 */

export interface RequestRecord {
  host: string;
  /** When the request arrived at the server, ms since the epoch. */
  at: number;
  /** The latency the server added to its answer. */
  latencyMs: number;
}

export interface PolitenessRules {
  spacingMs: number;
  perHostConcurrency: number;
}

export function hostBoundMs(latencies: readonly number[], rules: PolitenessRules): number {
  if (latencies.length === 0) return 0;
  const gaps = latencies.map((latency) => Math.max(rules.spacingMs, latency / rules.perHostConcurrency));
  const gainFromLast = Math.max(...latencies.map((latency, i) => gaps[i]! - latency));
  return gaps.reduce((sum, gap) => sum + gap, 0) - gainFromLast;
}

export function byHost(records: readonly RequestRecord[]): Map<string, RequestRecord[]> {
  const hosts = new Map<string, RequestRecord[]>();
  for (const record of records) hosts.set(record.host, [...(hosts.get(record.host) ?? []), record]);
  return hosts;
}

export interface PolitenessFigures {
  boundMs: number;
  /** The host that sets the bound and how many requests it got. */
  busiestHost: string | null;
  busiestHostRequests: number;
  hosts: number;
  /** The shortest start-to-start gap the run left between two requests to one host (null: no host got two). */
  minGapMs: number | null;
  /**
   * The same leaving out each host's first gap: the first request to a host also pays for the
   * connection (CONNECT, TLS), so it arrives late and its gap to the next one looks short.
   */
  minLaterGapMs: number | null;
}

export function politeness(records: readonly RequestRecord[], rules: PolitenessRules): PolitenessFigures {
  let boundMs = 0;
  let busiestHost: string | null = null;
  let busiestHostRequests = 0;
  let minGapMs: number | null = null;
  let minLaterGapMs: number | null = null;
  const hosts = byHost(records);
  for (const [host, mine] of hosts) {
    const bound = hostBoundMs(mine.map((r) => r.latencyMs), rules);
    if (bound > boundMs || busiestHost === null) {
      boundMs = bound;
      busiestHost = host;
      busiestHostRequests = mine.length;
    }
    const starts = mine.map((r) => r.at).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i += 1) {
      const gap = starts[i]! - starts[i - 1]!;
      if (minGapMs === null || gap < minGapMs) minGapMs = gap;
      if (i > 1 && (minLaterGapMs === null || gap < minLaterGapMs)) minLaterGapMs = gap;
    }
  }
  return { boundMs, busiestHost, busiestHostRequests, hosts: hosts.size, minGapMs, minLaterGapMs };
}
