/** Alert damping, pure: one alert per failure streak, one notice on recovery, no floods. */
import { describe, expect, it } from 'vitest';
import { dampAlerts, linkObservations, sourceObservations, type LinkStateLike } from '../../src/ops/alerts/damping.js';
import type { Notice, OpenAlert } from '../../src/model/alerts.js';
import { formatAlertText } from '../../src/report/alerts-text.js';
import type { SourceState } from '../../src/store/source-state.js';

const sources = [
  { id: 'fafo', name: 'Fafo', enabled: true },
  { id: 'heuni', name: 'HEUNI', enabled: true },
];

function state(sourceId: string, consecutiveFailures: number, lastOutcome: SourceState['lastOutcome'] = consecutiveFailures ? 'failed' : 'ok'): SourceState {
  return {
    sourceId,
    configHash: 'h',
    baselineAt: '2026-03-01T05:00:00Z',
    lastRunAt: '2026-03-10T05:00:00Z',
    lastOutcome,
    lastDetail: consecutiveFailures ? 'HTTP 404 (https://www.fafo.no/liste)' : null,
    lastOkAt: '2026-03-01T05:00:00Z',
    consecutiveFailures,
    lastItemAt: null,
    lastItemCount: 5,
    hadDates: true,
  };
}

/** Feed a sequence of runs (fafo's consecutive failures after each) through the damping, carrying what is open. */
function runSequence(failures: number[], threshold = 3): Notice[][] {
  let open: OpenAlert[] = [];
  return failures.map((n, day) => {
    const at = `2026-03-${String(day + 10).padStart(2, '0')}T05:00:00.000Z`;
    const t = dampAlerts(open, sourceObservations(sources, [state('fafo', n), state('heuni', 0)], threshold), at);
    const closed = new Set([...t.recovered, ...t.dropped]);
    open = [...open.filter((a) => !closed.has(a.key)).map((a) => t.updated.find((u) => u.key === a.key) ?? a), ...t.opened];
    return t.notices;
  });
}

describe('alert damping', () => {
  it('fail, fail, fail → one alert; failing on → silence; recover → one notice', () => {
    const notices = runSequence([1, 2, 3, 4, 5, 0, 0]);
    expect(notices.map((n) => n.map((x) => x.type))).toEqual([[], [], ['failing'], [], [], ['recovered'], []]);
    expect(notices[2]![0]).toMatchObject({ key: 'source:fafo', subject: 'fafo (Fafo)', detail: expect.stringContaining('failed 3 runs in a row') });
    expect(notices[5]![0]).toMatchObject({ key: 'source:fafo', type: 'recovered', since: '2026-03-12T05:00:00.000Z' });
  });

  it('flapping below the threshold says nothing', () => {
    expect(runSequence([1, 2, 0, 1, 2, 0, 1]).flat()).toEqual([]);
  });

  it('a second streak is a second alert', () => {
    const notices = runSequence([1, 2, 3, 0, 1, 2, 3, 4]);
    expect(notices.flat().map((n) => n.type)).toEqual(['failing', 'recovered', 'failing']);
  });

  it('the threshold is configurable; a broken extraction counts like a failure', () => {
    const observations = sourceObservations(sources, [state('fafo', 1, 'broken-extraction')], 1);
    const t = dampAlerts([], observations, '2026-03-10T05:00:00Z');
    expect(t.notices).toEqual([expect.objectContaining({ type: 'failing', detail: expect.stringContaining('extraction broken 1 runs in a row') })]);
  });

  it('an open alert for a source that is no longer watched is closed without a word', () => {
    const open: OpenAlert[] = [{ key: 'source:gone', kind: 'source', subject: 'gone', since: '2026-03-01T00:00:00Z', detail: 'x' }];
    const t = dampAlerts(open, sourceObservations(sources, [state('fafo', 0)], 3), '2026-03-10T05:00:00Z');
    expect(t.notices).toEqual([]);
    expect(t.dropped).toEqual(['source:gone']);
  });

  it('a changed failure detail updates the open alert without a new notice', () => {
    const open: OpenAlert[] = [{ key: 'source:fafo', kind: 'source', subject: 'fafo (Fafo)', since: '2026-03-01T00:00:00Z', detail: 'old' }];
    const t = dampAlerts(open, sourceObservations(sources, [state('fafo', 7)], 3), '2026-03-10T05:00:00Z');
    expect(t.notices).toEqual([]);
    expect(t.updated).toEqual([expect.objectContaining({ key: 'source:fafo', detail: expect.stringContaining('7 runs') })]);
  });
});

describe('dead-link alerts', () => {
  const link = (url: string, dead: boolean, failures = dead ? 3 : 0): LinkStateLike => ({
    url,
    deadSince: dead ? '2026-03-05T05:00:00Z' : null,
    consecutiveFailures: failures,
    lastVerdict: dead ? 'broken' : 'ok',
    lastStatus: dead ? 404 : 200,
    lastDetail: null,
    foundIn: [{ file: 'issues/2025-10.pdf', page: 3 }],
  });

  it('dead → one alert; still dead → silence; works again → one notice', () => {
    const url = 'https://www.fafo.no/rapport';
    const first = dampAlerts([], linkObservations([link(url, true)], []), '2026-03-05T05:00:00Z');
    expect(first.notices).toEqual([
      expect.objectContaining({ type: 'failing', kind: 'link', subject: url, since: '2026-03-05T05:00:00Z', detail: 'broken (HTTP 404) — in issues/2025-10.pdf p. 3', host: 'www.fafo.no' }),
    ]);
    const again = dampAlerts(first.opened, linkObservations([link(url, true)], [link(url, true)]), '2026-03-12T05:00:00Z');
    expect(again.notices).toEqual([]);
    // Failing again, but not dead (the history cleared it only if it worked): stays open, silent.
    const pending = dampAlerts(first.opened, linkObservations([], [{ ...link(url, false), consecutiveFailures: 1 }]), '2026-03-19T05:00:00Z');
    expect(pending.notices).toEqual([]);
    const back = dampAlerts(first.opened, linkObservations([], [link(url, false)]), '2026-03-26T05:00:00Z');
    expect(back.notices).toEqual([expect.objectContaining({ type: 'recovered', kind: 'link', subject: url })]);
  });

  // The latest finished link run began at `run`; a link it found has lastSeen after that.
  const run = '2026-04-01T05:00:00Z';
  const cases: Array<{ name: string; lastSeen: string | null | undefined; open: boolean; dead: boolean; expected: Array<{ type: string }> }> = [
    { name: 'still found and dead, alert open: silence', lastSeen: '2026-04-01T05:00:03Z', open: true, dead: true, expected: [] },
    { name: 'left the candidates, alert open: closed as no longer checked', lastSeen: '2026-03-20T05:00:01Z', open: true, dead: true, expected: [{ type: 'closed' }] },
    { name: 'forgotten by retention (no state, nowhere), alert open: closed', lastSeen: null, open: true, dead: false, expected: [{ type: 'closed' }] },
    { name: 'left the candidates, dead, no alert: opens none', lastSeen: '2026-03-20T05:00:01Z', open: false, dead: true, expected: [] },
    { name: 'last sighting not known (old callers): judged as before', lastSeen: undefined, open: true, dead: false, expected: [{ type: 'recovered' }] },
  ];
  it.each(cases)('$name', ({ lastSeen, open, dead, expected }) => {
    const url = 'https://www.fafo.no/kandidat';
    const state = { ...link(url, dead), ...(lastSeen !== undefined ? { lastSeen } : {}) };
    const opened = open ? [{ key: `link:${url}`, kind: 'link' as const, subject: url, since: '2026-03-05T05:00:00Z', detail: 'broken (HTTP 404)' }] : [];
    const t = dampAlerts(opened, linkObservations(dead ? [state] : [], open ? [state] : [], run), '2026-04-01T06:00:00Z');
    expect(t.notices.map((n) => ({ type: n.type }))).toEqual(expected);
    if (expected[0]?.type === 'closed') {
      expect(t.closed).toEqual([`link:${url}`]);
      expect(t.recovered).toEqual([]);
      expect(t.notices[0]!.detail).toMatch(/^no longer checked/);
      expect(formatAlertText(t.notices, { maxLines: 20, openCount: 0 })).toMatch(/^sourcewatch: 1 dead link no longer checked\n\nUNCHECKED  https:\/\/www\.fafo\.no\/kandidat: no longer checked/);
    }
  });

  it('a site going down is one message: the first links listed, the rest counted per host', () => {
    const dead = Array.from({ length: 300 }, (_, i) => link(`https://www.example.no/doc/${i}`, true));
    dead.push(link('https://other.example/a', true));
    const t = dampAlerts([], [...sourceObservations(sources, [state('fafo', 3)], 3), ...linkObservations(dead, [])], '2026-03-05T05:00:00Z');
    expect(t.notices).toHaveLength(302);
    const text = formatAlertText(t.notices, { maxLines: 20, openCount: 302 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('sourcewatch: 1 source failing, 301 links dead');
    expect(lines.filter((l) => l.startsWith('FAILING'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('DEAD LINK'))).toHaveLength(19);
    expect(text).toContain('… and 282 more:');
    expect(text).toMatch(/www\.example\.no: 281 links dead/);
    expect(text).toMatch(/other\.example: 1 link dead/);
    expect(lines.length).toBeLessThan(30);
  });
});
