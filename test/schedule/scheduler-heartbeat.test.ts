/** The heartbeat's state as the scheduler's events arrive, and the stop signals, without a process. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { JobResult } from '../../src/ops/jobs.js';
import { jobStateAfter, STARTING, stoppedState, type JobState } from '../../src/ops/scheduler-heartbeat.js';
import { listenForStop, STOP_SIGNALS } from '../../src/ops/stop-signals.js';
import type { SchedulerEvent } from '../../src/schedule.js';

const T0 = new Date('2026-06-01T04:00:00.000Z');
const T1 = new Date('2026-06-01T04:05:00.000Z');
const running: JobState = { state: 'running', currentJob: { name: 'watch', startedAt: T0.toISOString() }, lastJob: null };
const result = (outcome: JobResult['outcome'], detail = ''): JobResult => ({ job: 'watch', outcome, runId: 'r1', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), detail, alerts: 0 });

describe('jobStateAfter', () => {
  it.each<[string, JobState, SchedulerEvent, JobState | undefined]>([
    ['a job starts', STARTING, { type: 'start', job: 'watch', at: T0 }, running],
    [
      'it ends with its result',
      running,
      { type: 'end', job: 'watch', at: T1, durationMs: 300_000, result: result('problems', '1 source failed') },
      { state: 'idle', currentJob: null, lastJob: { name: 'watch', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), outcome: 'problems', runId: 'r1', detail: '1 source failed' } },
    ],
    [
      'it throws: failed, with the error',
      running,
      { type: 'end', job: 'watch', at: T1, durationMs: 300_000, error: new Error('disk full') },
      { state: 'idle', currentJob: null, lastJob: { name: 'watch', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), outcome: 'failed', detail: 'Error: disk full' } },
    ],
    [
      'it ends while the scheduler stops: still stopping',
      { ...running, state: 'stopping' },
      { type: 'end', job: 'watch', at: T1, durationMs: 300_000, result: result('ok') },
      { state: 'stopping', currentJob: null, lastJob: { name: 'watch', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), outcome: 'ok', runId: 'r1' } },
    ],
    [
      'another job is skipped: the running one stays',
      running,
      { type: 'skipped', job: 'often', at: T1, reason: 'still running from its last time' },
      { ...running, lastJob: { name: 'often', startedAt: T1.toISOString(), finishedAt: T1.toISOString(), outcome: 'skipped', detail: 'still running from its last time' } },
    ],
    ['a missed tick changes nothing', running, { type: 'missed', job: 'watch', at: T1 }, undefined],
  ])('%s', (_name, before, event, after) => {
    expect(jobStateAfter(before, event)).toEqual(after);
  });
});

describe('stoppedState', () => {
  it('names a job abandoned at shutdown as the last, from when the stop began to wait for it', () => {
    expect(stoppedState({ ...running, currentJob: null }, 'watch', T1, T0.toISOString())).toEqual({
      state: 'stopped',
      currentJob: null,
      lastJob: { name: 'watch', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), outcome: 'abandoned' },
    });
  });
  it('keeps the last job when nothing was abandoned', () => {
    const last = { name: 'links', startedAt: T0.toISOString(), finishedAt: T1.toISOString(), outcome: 'ok' };
    expect(stoppedState({ state: 'stopping', currentJob: null, lastJob: last }, null, T1)).toEqual({ state: 'stopped', currentJob: null, lastJob: last });
  });
});

describe('listenForStop', () => {
  it('the first signal stops, a second one abandons, and release gives every signal back', async () => {
    const target = new EventEmitter();
    const again: string[] = [];
    const signals = listenForStop((signal) => again.push(signal), target as unknown as NodeJS.Process);
    expect(STOP_SIGNALS.map((s) => target.listenerCount(s))).toEqual([1, 1, 1]);
    target.emit('SIGTERM', 'SIGTERM');
    expect(await signals.received).toBe('SIGTERM');
    expect(again).toEqual([]);
    target.emit('SIGINT', 'SIGINT');
    target.emit('SIGHUP', 'SIGHUP');
    expect(again).toEqual(['SIGINT', 'SIGHUP']);
    signals.release();
    expect(STOP_SIGNALS.map((s) => target.listenerCount(s))).toEqual([0, 0, 0]);
  });
});
