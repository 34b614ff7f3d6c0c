/**
 * A slice of the replay end to end: the real product (createRuntime, watchSources through the
 * replica's proxy, the digest through eval/rank.ts) on a few sources over a few days of May
 * 2022, measured against the chosen items. No thresholds on the figures — the ranking
 * is being reworked — only that they come from real candidates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateReplay } from './evaluate.js';
import type { Metrics } from './metrics.js';
import { runReplay, type ReplayResult } from './replay.js';
import { CHOSEN, REPLAY_2022_05 } from './replay-2022-05/index.js';

const sourcesPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'sources.json');
const EU_PLAN = 'https://ec.europa.eu/home-affairs/news/new-anti-trafficking-plan-protect-people-fleeing-war-ukraine-2022-05-11_en';
const OSCE_ROUNDTABLE = 'https://www.osce.org/cthb/518790';

let result: ReplayResult;
let metrics: Metrics;

beforeAll(async () => {
  result = await runReplay(REPLAY_2022_05, {
    sourcesPath,
    sourceIds: ['eu-home-affairs', 'osce-press', 'stortinget'],
    firstWatchDay: '2022-05-09',
    lastWatchDay: '2022-05-13',
  });
  metrics = evaluateReplay(result, CHOSEN);
}, 120_000);

describe('a slice of the May–June 2022 replay', () => {
  it('watched only the slice, and says why the rest was left out', () => {
    expect(result.watched.sort()).toEqual(['eu-home-affairs', 'osce-press', 'stortinget']);
    expect(result.skipped.find((s) => s.id === 'greta')?.reason).toBe('left out of this slice');
    expect(result.runs).toBe(1 + 5);
    expect(result.problems).toEqual([]);
  });

  it('builds the digest from real candidates of the replayed web', () => {
    expect(metrics.candidates).toBeGreaterThan(0);
    const urls = result.digest.sections.flatMap((s) => s.candidates.map((c) => c.url));
    expect(urls).toContain('https://home-affairs.ec.europa.eu/news/new-anti-trafficking-plan-protect-people-fleeing-war-ukraine-2022-05-11_en');
  });

  it('finds the EU plan and the OSCE roundtable, ranked in their sections, with reasons', () => {
    for (const url of [EU_PLAN, OSCE_ROUNDTABLE]) {
      const item = metrics.items.find((i) => i.chosen.url === url);
      expect(item?.outcome, url).toBe('found');
      expect(item?.rank).toBeGreaterThanOrEqual(1);
      expect(item?.rank).toBeLessThanOrEqual(item?.sectionSize ?? 0);
      expect(item?.reasons?.some((r) => r.label.startsWith('menneskehandel'))).toBe(true);
    }
    expect(metrics.found).toBeGreaterThanOrEqual(2);
    expect(metrics.precision).toBeGreaterThan(0);
  });

  it('finds a Stortinget sak known at the baseline and treated in the slice, as its event', () => {
    const sak = metrics.items.find((i) => i.chosen.url.includes('?p=87960'));
    expect(sak?.outcome).toBe('found');
    const candidate = result.digest.sections.flatMap((section) => section.candidates).find((c) => c.url.includes('?p=87960'));
    expect(candidate?.event?.key).toBe('status:behandlet');
    expect(candidate?.event?.label).toMatch(/^Stortinget behandlet saken \{date\}/);
  });

  it('counts the sources outside the slice as out of reach, not as misses', () => {
    const greta = metrics.items.filter((i) => i.chosen.sourceId === 'greta');
    expect(greta.length).toBeGreaterThan(0);
    expect(greta.every((i) => i.outcome === 'out-of-reach' && i.outOfReach === 'not-replayed')).toBe(true);
    expect(metrics.inReach).toBe(metrics.items.filter((i) => ['eu-home-affairs', 'osce-press', 'stortinget'].includes(i.chosen.sourceId ?? '')).length);
  });
});
