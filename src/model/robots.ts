/** robots.txt as the store keeps it between runs: what fetching it gave, per origin. */

/**
 * What fetching robots.txt gave: rules, "no rules" (4xx), "unreachable" (5xx), or no answer at
 * all (the host or the network down: the page fetch goes ahead and reports its own error, and
 * nothing is remembered — an outage must not become "this site has no robots.txt" for a day).
 */
export type RobotsFile = { kind: 'rules'; text: string } | { kind: 'none' } | { kind: 'unreachable'; detail: string } | { kind: 'unanswered' };

/** Where robots.txt answers are kept between runs (the store), keyed by origin. */
export interface RobotsMemory {
  get(origin: string): RobotsFile | undefined;
  put(origin: string, file: RobotsFile): void;
}
