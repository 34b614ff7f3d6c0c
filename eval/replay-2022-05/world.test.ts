/**
 * The worlds agree with the chosen items: the replayed web serves each chosen item of a
 * replayed source on the last replay day, at the URL the issue links (or one of its `sameAs`),
 * and not before the day its world dates it. Stortinget's saker live in the API (checked in
 * chosen.test.ts), not as web pages.
 */
import { describe, expect, it } from 'vitest';
import { CLEARANCE_COOKIE, clearanceValue } from '../../src/demo/bot-wall.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { atOslo } from '../calendar.js';
import { replayWeb } from '../replay-web.js';
import { CHOSEN } from './chosen.js';
import { SITES } from './sites.js';

const userAgent = 'world-test';
const cookie = `${CLEARANCE_COOKIE}=${clearanceValue(userAgent, Math.floor(Date.now() / 1000) + 600)}`;

function serves(sites: ReplicaSite[], url: string, day: string): boolean {
  const target = new URL(url);
  const site = sites.find((s) => s.hosts.includes(target.hostname));
  const response = site?.handle(
    { method: 'GET', host: target.hostname, path: target.pathname, query: target.searchParams, headers: { cookie, 'user-agent': userAgent }, scheme: 'https' },
    { day: 1, today: atOslo(day, 9) },
  );
  return response?.status === 200;
}

const served = new Set(SITES.flatMap((site) => site.sources));
const checked = CHOSEN.filter((c) => c.sourceId !== null && served.has(c.sourceId) && c.sourceId !== 'stortinget' && !c.notWatchable);

describe('the replayed worlds hold the chosen items', () => {
  it('checks every chosen item of a replayed web source', () => {
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });
  for (const chosen of checked) {
    it(`${chosen.sourceId}: ${chosen.title}`, () => {
      const web = replayWeb(SITES, '2022-06-30');
      const urls = [chosen.url, ...(chosen.sameAs ?? [])];
      expect(urls.some((url) => serves(web.sites, url, '2022-06-30')), urls.join(' | ')).toBe(true);
      web.setDay('2022-04-01');
      expect(urls.some((url) => serves(web.sites, url, '2022-04-01')), 'not there before its day').toBe(false);
    });
  }
});
