/** Sources grouped by host: one lane per host (name and port), config order kept within a lane. */
import { describe, expect, it } from 'vitest';
import { laneIndexes, runInLanes } from '../../src/watch/host-lanes.js';

describe('laneIndexes', () => {
  const cases: Array<{ name: string; urls: string[]; lanes: number[][] }> = [
    { name: 'no sources', urls: [], lanes: [] },
    { name: 'distinct hosts: a lane each', urls: ['https://a.no/1', 'https://b.no/1', 'https://c.no/1'], lanes: [[0], [1], [2]] },
    { name: 'one host: one lane in config order', urls: ['https://a.no/1', 'https://a.no/2', 'https://a.no/3'], lanes: [[0, 1, 2]] },
    { name: 'mixed', urls: ['https://a.no/1', 'https://b.no/1', 'https://a.no/2', 'https://c.no/', 'https://b.no/2'], lanes: [[0, 2], [1, 4], [3]] },
    { name: 'host names are case-insensitive', urls: ['https://A.no/x', 'https://a.no/y'], lanes: [[0, 1]] },
    { name: 'two ports are two servers', urls: ['http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/a'], lanes: [[0], [1]] },
    { name: 'www. is its own host (the limiter spaces it apart too)', urls: ['https://www.a.no/', 'https://a.no/'], lanes: [[0], [1]] },
    { name: 'an unparsable URL is its own lane', urls: ['not a url', 'https://a.no/'], lanes: [[0], [1]] },
  ];
  it.each(cases)('$name', ({ urls, lanes }) => {
    expect(laneIndexes(urls)).toEqual(lanes);
  });
});

describe('runInLanes', () => {
  it('runs a lane one at a time and lanes side by side', async () => {
    const events: string[] = [];
    let running = 0;
    let most = 0;
    const gates = new Map<number, () => void>();
    const work = (index: number) =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        events.push(`start ${index}`);
        gates.set(index, () => {
          running -= 1;
          events.push(`end ${index}`);
          resolve();
        });
      });
    const done = runInLanes([[0, 2], [1]], 1, work);
    await Promise.resolve();
    // Both lanes started their first source; source 2 waits for source 0.
    expect(events).toEqual(['start 0', 'start 1']);
    gates.get(1)!();
    await Promise.resolve();
    expect(events).toEqual(['start 0', 'start 1', 'end 1']);
    gates.get(0)!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['start 0', 'start 1', 'end 1', 'end 0', 'start 2']);
    gates.get(2)!();
    await done;
    expect(most).toBe(2);
  });

  it('allows perHost sources at once within a lane', async () => {
    let running = 0;
    let most = 0;
    await runInLanes([[0, 1, 2, 3]], 2, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    });
    expect(most).toBe(2);
  });
});
