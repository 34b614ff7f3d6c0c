/** `status` as data and as text: jobs, source health and rhythm, dead links, heartbeat. */
import { describe, expect, it } from 'vitest';
import type { Heartbeat } from '../../src/model/heartbeat.js';
import { heartbeatHealth } from '../../src/ops/heartbeat.js';
import { gatherStatus, isQuiet, publishingRhythm } from '../../src/ops/status.js';
import { formatStatusText } from '../../src/report/status-text.js';
import { openDb } from '../../src/store/db.js';
import { addItemKeys, insertItem, recordSighting } from '../../src/store/items.js';
import { saveLinkState } from '../../src/store/links.js';
import { finishRun, startRun } from '../../src/store/runs.js';
import { saveSourceState, type SourceState } from '../../src/store/source-state.js';
import { testConfig, tempDir } from '../helpers/runtime.js';

const DAY = 86_400_000;
const now = new Date('2026-06-15T08:00:00Z');
const daysAgo = (n: number): string => new Date(now.getTime() - n * DAY).toISOString();

describe('publishing rhythm', () => {
  it('is the median gap between recent publication days', () => {
    const weekly = [3, 10, 17, 24, 31, 38].map(daysAgo);
    expect(publishingRhythm(weekly, now)).toEqual({ usualIntervalDays: 7, lastPublishedAt: daysAgo(3) });
    expect(publishingRhythm([1, 5].map(daysAgo), now).usualIntervalDays).toBeNull();
    // Future dates (events) and dates over a year old do not count.
    expect(publishingRhythm([...[-30, 400].map(daysAgo), ...weekly], now).lastPublishedAt).toBe(daysAgo(3));
  });

  it('quiet means over three times the usual interval, and at least two weeks', () => {
    expect(isQuiet(22, 7)).toBe(true);
    expect(isQuiet(20, 7)).toBe(false);
    expect(isQuiet(13, 2)).toBe(false);
    expect(isQuiet(15, 2)).toBe(true);
    expect(isQuiet(100, null)).toBe(false);
  });
});

describe('heartbeat health', () => {
  const beat = (over: Partial<Heartbeat>): Heartbeat => ({
    pid: 4242,
    hostname: 'host',
    schedulerStartedAt: daysAgo(10),
    at: daysAgo(1),
    state: 'idle',
    currentJob: null,
    lastJob: { name: 'watch', startedAt: daysAgo(1), finishedAt: daysAgo(1), outcome: 'ok' },
    nextRuns: { watch: new Date(now.getTime() + 3_600_000).toISOString() },
    nextDue: new Date(now.getTime() + 3_600_000).toISOString(),
    ...over,
  });

  it('fine while the next job is still ahead and the process lives', () => {
    expect(heartbeatHealth(beat({}), now, 'host', () => true)).toMatchObject({ overdue: false, gone: false, note: expect.stringContaining('last job "watch" ok') });
  });
  it('overdue when a due job was not started', () => {
    const h = heartbeatHealth(beat({ nextDue: new Date(now.getTime() - 2 * 3_600_000).toISOString() }), now, 'other-host', () => true);
    expect(h).toMatchObject({ overdue: true, gone: false, note: expect.stringContaining('has not run it') });
  });
  it('gone when its process no longer exists on this host', () => {
    expect(heartbeatHealth(beat({}), now, 'host', () => false)).toMatchObject({ overdue: true, gone: true });
  });
  it('a clean stop is not a problem', () => {
    expect(heartbeatHealth(beat({ state: 'stopped', nextDue: null }), now, 'host', () => false)).toMatchObject({ overdue: false, gone: false });
  });
});

describe('gatherStatus', () => {
  it('jobs, failing and quiet sources, dead links and an overdue scheduler', () => {
    const config = testConfig([
      { id: 'fafo', name: 'Fafo', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/feed' },
      { id: 'lovdata', name: 'Lovdata', section: 'forskning', kind: 'feed', url: 'https://lovdata.no/feed' },
      { id: 'new', name: 'New', section: 'forskning', kind: 'feed', url: 'https://new.example/feed' },
    ]);
    const dir = tempDir();
    const db = openDb(dir);
    const state = (sourceId: string, over: Partial<SourceState>): SourceState => ({
      sourceId,
      configHash: 'h',
      baselineAt: daysAgo(90),
      lastRunAt: daysAgo(0.1),
      lastOutcome: 'ok',
      lastDetail: null,
      lastOkAt: daysAgo(0.1),
      consecutiveFailures: 0,
      lastItemAt: null,
      lastItemCount: 5,
      hadDates: true,
      ...over,
    });
    saveSourceState(db, state('fafo', { lastOutcome: 'failed', lastDetail: 'HTTP 404', consecutiveFailures: 4, lastOkAt: daysAgo(4) }));
    saveSourceState(db, state('lovdata', {}));
    // Lovdata publishes weekly, and has been silent for 40 days.
    [40, 47, 54, 61, 68].forEach((ago, i) => {
      const id = `item${i}`;
      insertItem(
        db,
        {
          id,
          sourceId: 'lovdata',
          sourceIds: ['lovdata'],
          title: `Dom ${i}`,
          url: `https://lovdata.no/${i}`,
          canonicalUrl: `https://lovdata.no/${i}`,
          published: { raw: daysAgo(ago), iso: daysAgo(ago), dateOnly: false },
          summary: null,
          firstSeen: daysAgo(90),
          baseline: true,
        },
        'r0',
      );
      addItemKeys(db, id, [`url:https://lovdata.no/${i}`]);
      recordSighting(db, id, { sourceId: 'lovdata', url: `https://lovdata.no/${i}`, at: daysAgo(90) });
    });
    startRun(db, 'w1', 'watch', daysAgo(1));
    finishRun(db, 'w1', 'failed', new Date(Date.parse(daysAgo(1)) + 90_000).toISOString(), {});
    startRun(db, 'w2', 'watch', daysAgo(0.1));
    startRun(db, 'w3', 'watch', daysAgo(0.05)); // marks w2 interrupted; w3 still "running"
    const link = { firstSeen: daysAgo(30), lastChecked: daysAgo(1), lastFinalUrl: null, lastDetail: null, lastOk: daysAgo(20) };
    saveLinkState(db, { url: 'https://a.example/x', ...link, lastVerdict: 'broken', lastStatus: 404, firstFailed: daysAgo(15), consecutiveFailures: 3, deadSince: daysAgo(1) });
    saveLinkState(db, { url: 'https://a.example/y', ...link, lastVerdict: 'timeout', lastStatus: null, firstFailed: daysAgo(1), consecutiveFailures: 1, deadSince: null });
    saveLinkState(db, { url: 'https://a.example/z', ...link, lastVerdict: 'ok', lastStatus: 200, firstFailed: null, consecutiveFailures: 0, deadSince: null });

    const heartbeat: Heartbeat = {
      pid: 1,
      hostname: 'elsewhere',
      schedulerStartedAt: daysAgo(30),
      at: daysAgo(2),
      state: 'idle',
      currentJob: null,
      lastJob: null,
      nextRuns: { watch: daysAgo(1) },
      nextDue: daysAgo(1),
    };
    const status = gatherStatus(db, config, {
      now,
      storageDir: dir,
      reportFile: `${dir}/alerts.md`,
      heartbeat: { heartbeat, health: heartbeatHealth(heartbeat, now, 'here') },
    });
    db.close();

    const watch = status.jobs.find((j) => j.job === 'watch')!;
    expect(watch.last).toMatchObject({ runId: 'w3', status: 'running', durationMs: null });
    expect(watch.lastCompleted).toMatchObject({ runId: 'w1', status: 'failed', durationMs: 90_000 });
    expect(status.jobs.find((j) => j.job === 'links')!.last).toBeNull();

    const byId = Object.fromEntries(status.sources.map((s) => [s.id, s]));
    expect(byId.fafo).toMatchObject({ failing: true, consecutiveFailures: 4 });
    expect(byId.lovdata).toMatchObject({ quiet: true, usualIntervalDays: 7, daysSinceLastItem: 40, failing: false });
    expect(byId.new).toMatchObject({ lastRunAt: null, quiet: false });
    expect(status.links).toMatchObject({ tracked: 3, dead: 1, failing: 1 });

    expect(status.problems).toEqual([
      'source fafo: failed 4 runs in a row: HTTP 404',
      '1 dead link',
      expect.stringMatching(/^scheduler: a job was due at .* has not run it/),
    ]);
    expect(status.warnings).toEqual(
      expect.arrayContaining([
        'source lovdata: no new item in 40 days (usually every ~7 days)',
        'source new: never watched yet',
        expect.stringMatching(/^job watch: marked running, but no process holds the lock/),
      ]),
    );

    const text = formatStatusText(status);
    expect(text).toMatch(/^sourcewatch status — 2026-06-15 10:00 \(Europe\/Oslo\)/);
    expect(text).toMatch(/Scheduler: PROBLEM — a job was due/);
    expect(text).toMatch(/watch +2026-06-15 08:48 +72 min ago +RUNNING/);
    expect(text).toMatch(/\(last complete: 2026-06-14 10:00\) +24 h ago +problems +1 min 30 s/);
    expect(text).toMatch(/fafo +2026-06-11 10:00 +4 ALERT +— +failed: HTTP 404/);
    expect(text).toMatch(/lovdata .* no new item in 40 days \(usually every ~7 days\)/);
    expect(text).toContain('Links: 3 tracked, 1 dead, 1 failing (not yet dead); last check never');
    expect(text).toContain('Needs attention (3):');
  });

  it('a last run that reached no server is not "All well"', () => {
    const config = testConfig([{ id: 'osce', name: 'OSCE', section: 'forskning', kind: 'feed', url: 'https://www.osce.org/feed' }]);
    const dir = tempDir();
    const db = openDb(dir);
    startRun(db, 'w1', 'watch', daysAgo(0.1));
    finishRun(db, 'w1', 'offline', daysAgo(0.09), {});
    const status = gatherStatus(db, config, { now, storageDir: dir, reportFile: `${dir}/alerts.md` });
    db.close();
    expect(status.problems).toEqual(['job watch: the last run reached no server (network or proxy down); nothing was counted']);
    expect(formatStatusText(status)).not.toContain('All well.');
  });

  it('a source that failed in the last run is not "All well", even before its alert is due', () => {
    const config = testConfig([
      { id: 'osce', name: 'OSCE', section: 'forskning', kind: 'feed', url: 'https://www.osce.org/feed' },
      { id: 'greta', name: 'GRETA', section: 'forskning', kind: 'feed', url: 'https://www.coe.int/feed' },
    ]);
    const dir = tempDir();
    const db = openDb(dir);
    const base = { configHash: 'h', baselineAt: daysAgo(9), lastRunAt: daysAgo(0.01), lastOkAt: daysAgo(1), lastItemAt: null, lastItemCount: 5, hadDates: true };
    saveSourceState(db, { ...base, sourceId: 'osce', lastOutcome: 'failed', lastDetail: 'HTTP 503', consecutiveFailures: 1 });
    saveSourceState(db, { ...base, sourceId: 'greta', lastOutcome: 'blocked', lastDetail: 'challenge did not pass', consecutiveFailures: 1 });
    const status = gatherStatus(db, config, { now, storageDir: dir, reportFile: `${dir}/alerts.md` });
    db.close();
    expect(status.problems).toEqual([
      'source osce: failed in the last run (1 of 3 failed runs before an alert): HTTP 503',
      'source greta: blocked in the last run (1 of 3 failed runs before an alert): challenge did not pass',
    ]);
    const text = formatStatusText(status);
    expect(text).not.toContain('All well.');
    expect(text).toContain('Needs attention (2):');
  });
});
