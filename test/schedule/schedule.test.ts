/**
 * The scheduler with a fake clock: node-cron's timers and Date are vitest fakes, so days pass
 * in milliseconds. Fire times are checked in UTC across the 2026 DST changes in Europe/Oslo
 * (29 March, 25 October): 06:00 Oslo is 05:00Z in winter and 04:00Z in summer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { planJobs } from '../../src/ops/jobs.js';
import { startScheduler, validateJobs, type ScheduledJob, type SchedulerEvent } from '../../src/schedule.js';
import { testConfig } from '../helpers/runtime.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

function fakeClock(at: string): void {
  vi.useFakeTimers({ now: new Date(at), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

afterEach(() => {
  vi.useRealTimers();
});

/** Jobs that record when they ran (fake-clock time) and can take a while. */
function recorder(durationMs = 0) {
  const fires: Record<string, string[]> = {};
  let active = 0;
  let maxActive = 0;
  const job = (name: string, cron: string): ScheduledJob => ({
    name,
    cron,
    async run() {
      (fires[name] ??= []).push(new Date().toISOString());
      active += 1;
      maxActive = Math.max(maxActive, active);
      if (durationMs > 0) await new Promise((resolve) => setTimeout(resolve, durationMs));
      active -= 1;
    },
  });
  return { fires, job, maxActive: () => maxActive };
}

describe('schedule: fire times in Europe/Oslo', () => {
  it('daily 06:00 and Monday 07:00 across the spring DST change (29 March 2026)', async () => {
    fakeClock('2026-03-26T12:00:00Z');
    const { fires, job } = recorder();
    const scheduler = startScheduler({ jobs: [job('watch', '0 6 * * *'), job('digest', '0 7 * * 1')], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(5 * DAY);
    await scheduler.stop({ graceMs: 0 });
    expect(fires.watch).toEqual([
      '2026-03-27T05:00:00.000Z',
      '2026-03-28T05:00:00.000Z',
      // CEST from 29 March: 06:00 Oslo is 04:00Z.
      '2026-03-29T04:00:00.000Z',
      '2026-03-30T04:00:00.000Z',
      '2026-03-31T04:00:00.000Z',
    ]);
    expect(fires.digest).toEqual(['2026-03-30T05:00:00.000Z']);
  });

  it('daily 06:00 across the autumn DST change (25 October 2026), and a weekly links job', async () => {
    fakeClock('2026-10-22T12:00:00Z');
    const { fires, job } = recorder();
    const scheduler = startScheduler({ jobs: [job('watch', '0 6 * * *'), job('links', '0 5 * * 1')], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(5 * DAY);
    await scheduler.stop({ graceMs: 0 });
    expect(fires.watch).toEqual([
      '2026-10-23T04:00:00.000Z',
      '2026-10-24T04:00:00.000Z',
      // CET from 25 October: 06:00 Oslo is 05:00Z.
      '2026-10-25T05:00:00.000Z',
      '2026-10-26T05:00:00.000Z',
      '2026-10-27T05:00:00.000Z',
    ]);
    expect(fires.links).toEqual(['2026-10-26T04:00:00.000Z']);
  });

  it('a time inside the DST gap or overlap: skipped on the spring day, once on the autumn day', async () => {
    // Documented behaviour of node-cron 4.6 (README: avoid 02:00–03:00 for daily jobs).
    fakeClock('2026-03-28T12:00:00Z');
    const spring = recorder();
    let scheduler = startScheduler({ jobs: [spring.job('night', '30 2 * * *')], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(2 * DAY);
    await scheduler.stop({ graceMs: 0 });
    expect(spring.fires.night).toEqual(['2026-03-30T00:30:00.000Z']);

    vi.setSystemTime(new Date('2026-10-24T12:00:00Z'));
    const autumn = recorder();
    scheduler = startScheduler({ jobs: [autumn.job('night', '30 2 * * *')], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(DAY);
    await scheduler.stop({ graceMs: 0 });
    expect(autumn.fires.night).toHaveLength(1);
  });

  it('the jobs from sources.json: default watch, a source with its own schedule, links, digest', async () => {
    const config = testConfig(
      [
        { id: 'forsk', name: 'Forsk', section: 'forskning', kind: 'feed', url: 'https://www.forsk.no/feed' },
        { id: 'greta', name: 'GRETA', section: 'forskning', kind: 'feed', url: 'https://www.coe.int/feed', schedule: '0 */4 * * *' },
        { id: 'off', name: 'Off', section: 'forskning', kind: 'feed', url: 'https://off.example/feed', enabled: false },
      ],
    );
    const plan = planJobs(config);
    expect(plan.map(({ name, cron, sourceIds }) => ({ name, cron, sourceIds }))).toEqual([
      { name: 'watch', cron: '0 6 * * *', sourceIds: ['forsk'] },
      { name: 'watch:greta', cron: '0 */4 * * *', sourceIds: ['greta'] },
      { name: 'links', cron: '0 5 * * 1', sourceIds: undefined },
      { name: 'digest', cron: '0 7 * * 1', sourceIds: undefined },
    ]);
    fakeClock('2026-06-01T00:30:00Z'); // a Monday, 02:30 in Oslo
    const { fires, job } = recorder();
    const scheduler = startScheduler({ jobs: plan.map((spec) => job(spec.name, spec.cron)), timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(DAY);
    await scheduler.stop({ graceMs: 0 });
    expect(fires.watch).toEqual(['2026-06-01T04:00:00.000Z']);
    expect(fires['watch:greta']).toEqual(['2026-06-01T02:00:00.000Z', '2026-06-01T06:00:00.000Z', '2026-06-01T10:00:00.000Z', '2026-06-01T14:00:00.000Z', '2026-06-01T18:00:00.000Z', '2026-06-01T22:00:00.000Z']);
    expect(fires.links).toEqual(['2026-06-01T03:00:00.000Z']);
    expect(fires.digest).toEqual(['2026-06-01T05:00:00.000Z']);
  });

  it('rejects what is not a cron expression', () => {
    expect(validateJobs([{ name: 'schedule.watch', cron: '0 6 * *' }, { name: 'schedule.links', cron: '0 5 * * 1' }, { name: 'x', cron: '61 * * * *' }])).toEqual([
      expect.stringMatching(/^schedule\.watch: "0 6 \* \*" is not a cron expression/),
      expect.stringMatching(/^x: /),
    ]);
  });
});

describe('schedule: jobs never overlap', () => {
  it('jobs due at the same time run one after the other; a job due while it still runs is skipped', async () => {
    fakeClock('2026-06-01T03:59:00Z');
    // Each run takes 90 minutes; "often" is due every 30 minutes.
    const { fires, job, maxActive } = recorder(90 * MINUTE);
    const events: SchedulerEvent[] = [];
    const scheduler = startScheduler({
      jobs: [job('watch', '0 6 * * *'), job('digest', '0 6 * * *'), job('often', '*/30 * * * *')],
      timezone: 'Europe/Oslo',
      log: silentLogger(),
      onEvent: (event) => events.push(event),
    });
    await vi.advanceTimersByTimeAsync(6 * 60 * MINUTE);
    // The last run is still going: stop gives it its grace (fake time passes meanwhile).
    const stopping = scheduler.stop({ graceMs: 120 * MINUTE });
    await vi.advanceTimersByTimeAsync(120 * MINUTE);
    expect(await stopping).toEqual({ abandoned: null });
    expect(maxActive()).toBe(1);
    // 06:00: watch, digest and often all due; they run in turn, 90 minutes each.
    expect(fires.watch).toEqual(['2026-06-01T04:00:00.000Z']);
    expect(fires.digest).toEqual(['2026-06-01T05:30:00.000Z']);
    expect(fires.often![0]).toBe('2026-06-01T07:00:00.000Z');
    const skipped = events.filter((e) => e.type === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((e) => e.job === 'often')).toBe(true);
    // Never more than one run in flight, and every start is followed by its end before the next start.
    let running = 0;
    for (const event of events) {
      if (event.type === 'start') expect(++running).toBe(1);
      if (event.type === 'end') running -= 1;
    }
  });

  it('stop waits for the running job within the grace period', async () => {
    fakeClock('2026-06-01T03:59:59Z');
    const { fires, job } = recorder(20_000);
    const scheduler = startScheduler({ jobs: [job('watch', '0 6 * * *')], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(2000);
    expect(scheduler.current()).toBe('watch');
    const stopping = scheduler.stop({ graceMs: 60_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await stopping).toEqual({ abandoned: null });
    expect(fires.watch).toHaveLength(1);
    expect(scheduler.nextRuns()).toEqual({ watch: null });
  });

  it('stop abandons a job that outlives the grace period: its signal fires', async () => {
    fakeClock('2026-06-01T03:59:59Z');
    let aborted = false;
    const slow: ScheduledJob = {
      name: 'links',
      cron: '0 6 * * *',
      run: (signal) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve('abandoned');
          });
        }),
    };
    const scheduler = startScheduler({ jobs: [slow], timezone: 'Europe/Oslo', log: silentLogger() });
    await vi.advanceTimersByTimeAsync(2000);
    const stopping = scheduler.stop({ graceMs: 10_000 });
    await vi.advanceTimersByTimeAsync(11_000);
    expect(await stopping).toEqual({ abandoned: 'links' });
    expect(aborted).toBe(true);
  });
});
