/**
 * The host limiter's two promises: a host's spacing is kept, and a host waiting out its spacing
 * holds no global slot. The clock is vitest's fake one, so the order of starts is exact.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostLimiter } from '../../src/fetch/host-limiter.js';

beforeEach(() => void vi.useFakeTimers({ now: 0 }));
afterEach(() => void vi.useRealTimers());

/** Starts of tasks as [label, ms] in order; each task takes `takesMs`. */
function recorder(limiter: HostLimiter) {
  const starts: Array<[string, number]> = [];
  const task = (host: string, label: string, takesMs: number, options: { uncapped?: boolean } = {}) =>
    limiter.run(
      host,
      async () => {
        starts.push([label, Date.now()]);
        await new Promise((resolve) => setTimeout(resolve, takesMs));
      },
      options,
    );
  return { starts, task };
}

describe('HostLimiter', () => {
  it('spaces the starts on one host and lets another host start at once', async () => {
    const { starts, task } = recorder(new HostLimiter({ concurrency: 1, delayMs: 1000, maxActive: 8 }));
    const all = Promise.all([task('a', 'a1', 100), task('a', 'a2', 100), task('b', 'b1', 100)]);
    await vi.runAllTimersAsync();
    await all;
    expect(starts).toEqual([
      ['a1', 0],
      ['b1', 0],
      ['a2', 1000],
    ]);
  });

  it('a host waiting for its spacing holds no global slot', async () => {
    // One global slot: a2 must wait out a's spacing, and b1 uses the slot meanwhile.
    const { starts, task } = recorder(new HostLimiter({ concurrency: 1, delayMs: 1000, maxActive: 1 }));
    const all = Promise.all([task('a', 'a1', 100), task('a', 'a2', 100), task('b', 'b1', 100), task('c', 'c1', 100)]);
    await vi.runAllTimersAsync();
    await all;
    expect(starts).toEqual([
      ['a1', 0],
      ['b1', 100],
      ['c1', 200],
      ['a2', 1000],
    ]);
  });

  it('never runs more than the global cap at once, and hands freed slots to the longest-waiting host', async () => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 0, maxActive: 2 });
    const { starts, task } = recorder(limiter);
    let most = 0;
    const watch = setInterval(() => void (most = Math.max(most, limiter.running)), 10);
    const all = Promise.all(['a', 'b', 'c', 'd', 'e'].map((host) => task(host, host, 100)));
    await vi.advanceTimersByTimeAsync(1000);
    await all;
    clearInterval(watch);
    expect(most).toBe(2);
    expect(starts).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 100],
      ['d', 100],
      ['e', 200],
    ]);
    expect(limiter.running).toBe(0);
  });

  it('counts spacing from the real start, after a wait for a global slot', async () => {
    const { starts, task } = recorder(new HostLimiter({ concurrency: 1, delayMs: 300, maxActive: 1 }));
    // b1 waits 500 ms for the slot a1 holds; b2 is then due 300 ms after b1's real start.
    const all = Promise.all([task('a', 'a1', 500), task('b', 'b1', 10), task('b', 'b2', 10)]);
    await vi.runAllTimersAsync();
    await all;
    expect(starts).toEqual([
      ['a1', 0],
      ['b1', 500],
      ['b2', 800],
    ]);
  });

  it('uncapped work keeps the host spacing but takes no global slot', async () => {
    const { starts, task } = recorder(new HostLimiter({ concurrency: 1, delayMs: 1000, maxActive: 1 }));
    const all = Promise.all([task('a', 'page', 2000, { uncapped: true }), task('b', 'b1', 100), task('a', 'a2', 100)]);
    await vi.runAllTimersAsync();
    await all;
    expect(starts).toEqual([
      ['page', 0],
      ['b1', 0],
      ['a2', 2000],
    ]);
  });

  // The request a task makes may leave well after its grant (a connection being opened, a busy
  // event loop); the spacing counts from the later of the two.
  it.each([
    { name: 'a write after the grant moves the next start', writtenAt: 300, expected: 1300 },
    { name: 'a write at the grant changes nothing', writtenAt: 0, expected: 1000 },
    { name: 'a write reported as before the grant changes nothing', writtenAt: -500, expected: 1000 },
  ])('$name', async ({ writtenAt, expected }) => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 1000, maxActive: 8 });
    const starts: Array<[string, number]> = [];
    const a1 = limiter.run('a', async () => {
      starts.push(['a1', Date.now()]);
      await new Promise((resolve) => setTimeout(resolve, Math.max(writtenAt, 0)));
      limiter.written('a', writtenAt);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const a2 = limiter.run('a', async () => void starts.push(['a2', Date.now()]));
    await vi.runAllTimersAsync();
    await Promise.all([a1, a2]);
    expect(starts).toEqual([
      ['a1', 0],
      ['a2', expected],
    ]);
  });

  it('a write to a host with no work running here moves nothing (another client sent it)', async () => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 1000, maxActive: 8 });
    const { starts, task } = recorder(limiter);
    const first = task('a', 'a1', 100);
    await vi.runAllTimersAsync();
    await first;
    // a1 is done; a write to a now (someone else's request) must not hold a2 back past a1's spacing.
    vi.setSystemTime(1500);
    limiter.written('a', 1500);
    limiter.written('b', 1500);
    const later = Promise.all([task('a', 'a2', 10), task('b', 'b1', 10)]);
    await vi.runAllTimersAsync();
    await later;
    expect(starts).toEqual([
      ['a1', 0],
      ['a2', 1500],
      ['b1', 1500],
    ]);
  });

  it('a deferred host starts no earlier than asked (Retry-After)', async () => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 0, maxActive: 4 });
    const { starts, task } = recorder(limiter);
    limiter.defer('a', 5000);
    const all = Promise.all([task('a', 'a1', 10), task('b', 'b1', 10)]);
    await vi.runAllTimersAsync();
    await all;
    expect(starts).toEqual([
      ['b1', 0],
      ['a1', 5000],
    ]);
  });
});
