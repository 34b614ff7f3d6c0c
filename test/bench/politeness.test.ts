/**
 * The politeness bound each bench run is compared with: per host, requests one at a time and
 * `spacing` between starts; hosts side by side; the run's bound is its slowest host's.
 */
import { describe, expect, it } from 'vitest';
import { hostBoundMs, politeness, type RequestRecord } from '../../bench/politeness.js';
import { isPoliteRequest } from '../../bench/recording.js';

const ONE = { spacingMs: 1000, perHostConcurrency: 1 };

describe('hostBoundMs', () => {
  it.each([
    ['no requests', [], ONE, 0],
    ['one request: its latency', [100], ONE, 100],
    ['two at 100 ms: one spacing, then the latency', [100, 100], ONE, 1100],
    ['ten at 100 ms (a sitemap index and its children)', Array(10).fill(100), ONE, 9100],
    ['latency above the spacing sets the pace', [1500, 1500, 1500], ONE, 4500],
    ['no spacing: latencies add up', [100, 200, 300], { spacingMs: 0, perHostConcurrency: 1 }, 600],
    ['mixed latencies: the slow one comes first, the fast one last', [2000, 100], ONE, 2100],
    ['mixed latencies under the spacing: the fastest comes last', [300, 100, 200], ONE, 2100],
    ['two connections halve a latency above the spacing', [3000, 3000, 3000], { spacingMs: 1000, perHostConcurrency: 2 }, 6000],
    ['two connections do not beat the spacing', [100, 100, 100], { spacingMs: 1000, perHostConcurrency: 2 }, 2100],
  ])('%s', (_, latencies, rules, expected) => {
    expect(hostBoundMs(latencies, rules)).toBe(expected);
  });

  it('equals (n − 1) × max(spacing, latency) + latency for equal latencies', () => {
    for (const [n, latency, spacing] of [[1, 100, 1000], [5, 100, 1000], [5, 2500, 1000], [12, 0, 1000], [3, 100, 0]] as const) {
      expect(hostBoundMs(Array(n).fill(latency), { spacingMs: spacing, perHostConcurrency: 1 })).toBe((n - 1) * Math.max(spacing, latency) + latency);
    }
  });
});

describe('politeness', () => {
  const at = (host: string, time: number, latencyMs = 100): RequestRecord => ({ host, at: time, latencyMs });

  it('takes the slowest host, its request count, the host count and the shortest gap', () => {
    const records = [at('a', 0), at('b', 0), at('a', 1000), at('c', 5), at('a', 2300), at('b', 1200)];
    expect(politeness(records, ONE)).toEqual({ boundMs: 2100, busiestHost: 'a', busiestHostRequests: 3, hosts: 3, minGapMs: 1000, minLaterGapMs: 1300 });
  });

  it('counts hosts side by side: many hosts of one request each cost one latency', () => {
    const records = Array.from({ length: 500 }, (_, i) => at(`h${i}`, i));
    expect(politeness(records, ONE)).toMatchObject({ boundMs: 100, hosts: 500, busiestHostRequests: 1, minGapMs: null, minLaterGapMs: null });
  });

  it('shows a tool that kept no spacing by its gaps (out of order arrivals sorted first)', () => {
    expect(politeness([at('a', 300), at('a', 0), at('a', 120)], ONE)).toMatchObject({ minGapMs: 120, minLaterGapMs: 180 });
  });

  it('leaves each host\'s first gap out of the later gaps (the first request also paid for the connection)', () => {
    const records = [at('a', 0), at('a', 880), at('a', 1880), at('a', 2880), at('b', 0), at('b', 890)];
    expect(politeness(records, ONE)).toMatchObject({ minGapMs: 880, minLaterGapMs: 1000 });
  });

  it('is zero for a run that made no requests', () => {
    expect(politeness([], ONE)).toEqual({ boundMs: 0, busiestHost: null, busiestHostRequests: 0, hosts: 0, minGapMs: null, minLaterGapMs: null });
  });
});

describe('isPoliteRequest', () => {
  it.each([
    ['the tool\'s own request (no Sec-Fetch-Dest)', undefined, true],
    ['a page a browser navigates to', 'document', true],
    ['a frame\'s page', 'iframe', true],
    ['a script the page pulls in', 'script', false],
    ['a style sheet', 'style', false],
    ['an image', 'image', false],
    ['a fetch() from the page', 'empty', false],
  ])('%s', (_, fetchDest, expected) => {
    expect(isPoliteRequest({ fetchDest })).toBe(expected);
  });
});
