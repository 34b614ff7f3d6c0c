/**
 * Sources scheduled by host, as the link checker schedules links: each host's sources run one
 * after another in their own lane (its requests are spaced anyway, and a source queued behind
 * its siblings should not start its timeout clock early), while lanes of distinct hosts run
 * side by side. The cap on work over all hosts lives in the HTTP layer's host limiter, which
 * hands out a slot only when a host may start — so a source waiting for its host's next slot
 * holds nothing other hosts could use.
 */
import { hostKey } from '../fetch/host-limiter.js';

/** Indexes of the sources, grouped by the host of their URL, in config order within a host. */
export function laneIndexes(urls: readonly string[]): number[][] {
  const lanes = new Map<string, number[]>();
  urls.forEach((url, index) => {
    const host = hostKey(url);
    const lane = lanes.get(host);
    if (lane) lane.push(index);
    else lanes.set(host, [index]);
  });
  return [...lanes.values()];
}

/**
 * Run `work` for every index, `perHost` at a time within a lane, every lane at once. Resolves
 * when all are done; `work` must not throw (a source's failure is its outcome).
 */
export async function runInLanes(lanes: readonly number[][], perHost: number, work: (index: number) => Promise<void>): Promise<void> {
  await Promise.all(
    lanes.map(async (lane) => {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < lane.length) await work(lane[next++]!);
      };
      await Promise.all(Array.from({ length: Math.min(perHost, lane.length) }, worker));
    }),
  );
}
