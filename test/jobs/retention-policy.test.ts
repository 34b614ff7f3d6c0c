/** Retention's decisions, pure: cutoffs, which dated digest files expire, when free pages go back. */
import { describe, expect, it } from 'vitest';
import { datedFileDay } from '../../src/digest/file-names.js';
import { expiredDigestFiles, reclaimPlan, retentionCutoffs } from '../../src/jobs/retention-policy.js';
import type { Reclaim, StoreSpace } from '../../src/model/retention.js';

describe('retentionCutoffs', () => {
  it('counts each period back from now', () => {
    expect(retentionCutoffs({ runsDays: 180, linkChecksDays: 90, linkStateDays: 30 }, new Date('2026-12-02T06:00:00Z'))).toEqual({
      runsBefore: '2026-06-05T06:00:00.000Z',
      linkChecksBefore: '2026-09-03T06:00:00.000Z',
      linkStateBefore: '2026-11-02T06:00:00.000Z',
    });
  });
});

describe('datedFileDay', () => {
  it.each([
    ['digest-2026-11-28.html', '2026-11-28'],
    ['digest-2026-11-28.json', '2026-11-28'],
    ['health-2026-11-28.md', '2026-11-28'],
    ['latest.html', undefined],
    ['latest-health.md', undefined],
    ['accepted.atom', undefined],
    ['digest-2026-11-28.html.tmp-1234', undefined],
    ['notes-2026-11-28.md', undefined],
  ])('%s → %s', (name, day) => expect(datedFileDay(name)).toBe(day));
});

const day = (d: string): string[] => [`digest-${d}.html`, `digest-${d}.md`, `health-${d}.md`];
const folder = [...day('2026-08-01'), ...day('2026-09-02'), ...day('2026-09-03'), ...day('2026-12-01'), ...day('2026-12-02'), 'latest.html', 'latest-health.md', 'accepted.atom'];

describe('expiredDigestFiles', () => {
  const cases: Array<{ name: string; digestDays: number; digestFiles?: number; expired: string[] }> = [
    { name: 'by age: days before today − 90 go, the 90th day back stays', digestDays: 90, expired: [...day('2026-08-01'), ...day('2026-09-02')].sort() },
    { name: 'a long period: nothing is old enough', digestDays: 365, expired: [] },
    { name: 'by count: the newest whole days that fit (7 files → two days of 3)', digestDays: 365, digestFiles: 7, expired: [...day('2026-08-01'), ...day('2026-09-02'), ...day('2026-09-03')].sort() },
    { name: 'both: whichever removes more', digestDays: 1, digestFiles: 100, expired: [...day('2026-08-01'), ...day('2026-09-02'), ...day('2026-09-03')].sort() },
    { name: 'a limit below one day keeps no dated file (latest.* stay)', digestDays: 365, digestFiles: 2, expired: folder.filter((f) => datedFileDay(f)).sort() },
  ];
  it.each(cases)('$name', ({ digestDays, digestFiles, expired }) => {
    const result = expiredDigestFiles(folder, { digestDays, ...(digestFiles !== undefined ? { digestFiles } : {}) }, '2026-12-02');
    expect(result).toEqual(expired);
    expect(result).not.toContain('latest.html');
    expect(result).not.toContain('accepted.atom');
    expect(result).not.toContain('latest-health.md');
  });
});

describe('reclaimPlan', () => {
  const MiB = 1024 * 1024;
  const space = (pages: number, free: number, autoVacuum: number): StoreSpace => ({ pageSize: 4096, pageCount: pages, freelistCount: free, autoVacuum });
  const cases: Array<{ name: string; space: StoreSpace; plan: Reclaim }> = [
    { name: 'empty store', space: space(0, 0, 2), plan: { kind: 'none' } },
    { name: 'a day of pruning (2 % free) is left for the next run to reuse', space: space(5000, 100, 2), plan: { kind: 'none' } },
    { name: 'a tenth free but under 1 MiB: not worth it', space: space(1000, 200, 2), plan: { kind: 'none' } },
    { name: 'a long history pruned, incremental store: one short step', space: space(6000, 3000, 2), plan: { kind: 'incremental', pages: 3000 } },
    { name: 'a long history pruned, older store: one full VACUUM (which switches it)', space: space(6000, 3000, 0), plan: { kind: 'vacuum' } },
    { name: 'exactly a tenth and 1 MiB: reclaimed', space: space((10 * MiB) / 4096, MiB / 4096, 2), plan: { kind: 'incremental', pages: MiB / 4096 } },
  ];
  it.each(cases)('$name', ({ space: s, plan }) => expect(reclaimPlan(s)).toEqual(plan));
});
