/**
 * A simulated year of daily runs (3 feed sources, 40 archive links, every run's candidates
 * checked), with retention on: the store's history and the digest folder stay bounded, and
 * what reports read survives the pruning — a link failing for 265 days keeps its first
 * failure, a source failing for 245 days its "failing since", a dead candidate that left the
 * digest period has its alert closed as no longer checked (not as recovered).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedFileDay } from '../../src/digest/file-names.js';
import { isProblem, OUTCOMES } from '../../src/model/outcomes.js';
import { listOpenAlerts, recentAlertEvents } from '../../src/store/alerts.js';
import { checkIntegrity } from '../../src/store/db.js';
import { lastCompletedRunOf, linkCounts } from '../../src/store/health.js';
import { getLinkState, listDeadLinks } from '../../src/store/links.js';
import { failingSinceBySource } from '../../src/store/source-overview.js';
import { ARCHIVE_LINKS, SCENARIO, startSimulatedYear, type DaySample, type SimulatedYear } from '../helpers/simulated-year.js';

const DAYS = 365;
/** Past every retention period (180 days of runs and checks, 80 days of digest files at 5 a day). */
const SETTLED = 199;
const DIGEST_FILE_LIMIT = 400;

let dir: string;
let year: SimulatedYear;
const samples = new Map<number, DaySample>();
const candidateUrl = (): string => `${year.hosts.hosts['kilde-a.example']!.origin}/artikkel/${SCENARIO.deadCandidateDay}`;
const archiveUrl = (doc: number): string => `${year.hosts.hosts['arkiv.example']!.origin}/dok/${doc}`;
const day = (n: number): string => year.dayStart(n).toISOString().slice(0, 10);
let candidateAlertWhileListed = false;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sw-year-'));
  year = await startSimulatedYear(dir, { digestFiles: DIGEST_FILE_LIMIT });
  for (let n = 0; n < DAYS; n += 1) {
    await year.runDay(n);
    if (n === SCENARIO.deadCandidateDay + 4) candidateAlertWhileListed = listOpenAlerts(year.runtime.db).some((a) => a.key === `link:${candidateUrl()}`);
    if (n === 30 || n === SETTLED || n === 280 || n === DAYS - 1) samples.set(n, year.sample(n));
  }
}, 240_000);

afterAll(async () => {
  await year?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a year of daily runs with retention', () => {
  it('keeps the history tables at their retention window, not growing with the days', () => {
    const settled = samples.get(SETTLED)!.counts;
    const end = samples.get(DAYS - 1)!.counts;
    // Without pruning, a year is 730 runs and 1,095 source runs; the window holds 180 days of each.
    expect(end.runs).toBeGreaterThanOrEqual(2 * 180);
    expect(end.runs).toBeLessThanOrEqual(2 * 182);
    expect(end.sourceRuns).toBeGreaterThanOrEqual(3 * 180);
    expect(end.sourceRuns).toBeLessThanOrEqual(3 * 182 + 1);
    for (const table of ['runs', 'sourceRuns', 'linkChecks', 'linkStates', 'linkOccurrences'] as const) {
      // The same window holds the same rows at day 199 and day 364: within 3 % (a link or two more or less).
      expect(Math.abs(end[table] - settled[table]), table).toBeLessThanOrEqual(Math.ceil(settled[table] * 0.03));
    }
    // Every day checks the 40 archive links, the 3 source pages and the period's candidates.
    expect(end.linkChecks).toBeGreaterThan(180 * (ARCHIVE_LINKS + 3));
    expect(end.linkChecks).toBeLessThan(182 * 80);
    // Link state: the archive, the sources and the candidates of the last 7 + 30 days, not every one ever seen.
    expect(end.linkStates).toBeLessThan(ARCHIVE_LINKS + 3 + 3 * 45);
  });

  it('keeps the digest folder under its limit, and latest.*, latest-health.md and accepted.atom', () => {
    const files = readdirSync(path.join(year.storageDir, 'digests'));
    const dated = files.filter((name) => datedFileDay(name) !== undefined);
    expect(dated.length).toBeLessThanOrEqual(DIGEST_FILE_LIMIT);
    expect(dated.length).toBeGreaterThan(DIGEST_FILE_LIMIT - 5);
    expect(dated).toContain(`digest-${day(DAYS - 1)}.html`);
    expect(files).toEqual(expect.arrayContaining(['latest.html', 'latest.md', 'latest.json', 'latest.atom', 'latest-health.md', 'accepted.atom']));
    expect(samples.get(DAYS - 1)!.digestFiles).toBe(samples.get(SETTLED)!.digestFiles);
  });

  it('keeps the store file bounded: freed pages are reused, the file does not grow after the window', () => {
    const settled = samples.get(SETTLED)!.storeBytes;
    const end = samples.get(DAYS - 1)!.storeBytes;
    expect(samples.get(30)!.storeBytes).toBeLessThan(settled);
    expect(end).toBeLessThanOrEqual(settled * 1.1);
    expect(samples.get(280)!.storeBytes).toBeLessThanOrEqual(settled * 1.1);
    expect(year.runtime.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(checkIntegrity(year.runtime.db)).toEqual([]);
  });

  it('a link failing since day 100 keeps its first failure and dead-since, though those checks were pruned', () => {
    const url = archiveUrl(SCENARIO.brokenArchiveDoc);
    const state = getLinkState(year.runtime.db, url)!;
    expect(state.firstFailed?.slice(0, 10)).toBe(day(SCENARIO.brokenFrom));
    expect(state.deadSince?.slice(0, 10)).toBe(day(SCENARIO.brokenFrom + 2));
    expect(state.consecutiveFailures).toBe(DAYS - SCENARIO.brokenFrom);
    const oldest = year.runtime.db.prepare('SELECT min(checked_at) AS at FROM link_checks WHERE url = ?').get(url) as { at: string };
    // Checks more than 180 days old are gone: the oldest left is from day 185, long after the first failure.
    expect(oldest.at.slice(0, 10)).toBe(day(DAYS - 180));
    // Dead now: this link and source C's own feed URL (checked as a source page); the candidate that died is not among them.
    expect(listDeadLinks(year.runtime.db).map((link) => link.url)).toEqual([url, `${year.hosts.hosts['kilde-c.example']!.origin}/rss`]);
    const open = listOpenAlerts(year.runtime.db).find((alert) => alert.key === `link:${url}`);
    expect(open?.since.slice(0, 10)).toBe(day(SCENARIO.brokenFrom + 2));
    expect(linkCounts(year.runtime.db).dead).toBe(2);
  });

  it('a source failing since day 120 still shows it on the Kilder tab', () => {
    const since = failingSinceBySource(year.runtime.db, OUTCOMES.filter((outcome) => isProblem(outcome)));
    expect(since.get('kilde-c')?.slice(0, 10)).toBe(day(SCENARIO.sourceCFailsFrom));
    expect([...since.keys()]).toEqual(['kilde-c']);
    expect(listOpenAlerts(year.runtime.db).map((alert) => alert.key)).toContain('source:kilde-c');
    expect(lastCompletedRunOf(year.runtime.db, 'links')?.startedAt.slice(0, 10)).toBe(day(DAYS - 1));
  });

  it('a dead candidate that left the period: its alert closed as no longer checked, never as recovered, then forgotten', () => {
    const url = candidateUrl();
    expect(candidateAlertWhileListed).toBe(true);
    const events = recentAlertEvents(year.runtime.db, 10_000).filter((event) => event.key === `link:${url}`);
    expect(events.map((event) => event.type).reverse()).toEqual(['failing', 'closed']);
    expect(events[0]!.detail).toMatch(/^no longer checked/);
    // Dead after its third failed run; closed by the first run whose digest period no longer holds it, not weeks later by retention.
    expect(events.map((event) => event.at.slice(0, 10)).reverse()).toEqual([day(SCENARIO.deadCandidateDay + 2), day(SCENARIO.deadCandidateDay + 7)]);
    expect(listOpenAlerts(year.runtime.db).some((alert) => alert.key === `link:${url}`)).toBe(false);
    expect(getLinkState(year.runtime.db, url)).toBeUndefined();
  });
});
