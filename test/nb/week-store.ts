/**
 * A store with the troubles a real week has, for the nb tests: a source whose layout changed,
 * one that failed, one behind a bot wall, dead, walled and slow links, runs of every job, an
 * open issue with accepted and Kanskje items — and the texts that may stay English (the items'
 * own titles and summaries, the sources' and sections' names).
 */
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { httpText } from '../../src/links/chain-facts.js';
import type { Verdict } from '../../src/model/links.js';
import { recordOccurrences, saveLinkState } from '../../src/store/links.js';
import { finishRun, startRun } from '../../src/store/runs.js';
import { saveSourceState } from '../../src/store/source-state.js';
import type { Db } from '../../src/store/db.js';
import { addItem, reviewConfig } from '../helpers/review-state.js';

export const config = reviewConfig();
export const now = new Date('2026-12-01T09:00:00Z');
export const items = [
  // English titles, as GRETA and Fafo's English pages publish them: quoted, never translated.
  { sourceId: 'greta', title: 'GRETA publishes its fourth evaluation report on Norway', summary: 'The report found that trafficking for forced labour is under-identified.', url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-norway', firstSeen: '2026-11-30T05:00:00Z', published: '2026-11-29T10:00:00Z' },
  { sourceId: 'fafo', title: 'Menneskehandel i arbeidslivet: ny rapport', summary: 'Fafo har kartlagt tvangsarbeid i tre bransjer.', url: 'https://www.fafo.no/rapport-2026-30', firstSeen: '2026-11-28T05:00:00Z', alsoSourceIds: ['regjeringen'] },
  { sourceId: 'regjeringen', title: 'Handlingsplan mot menneskehandel', summary: null, url: 'https://www.regjeringen.no/handlingsplan', firstSeen: '2026-12-01T05:00:00Z', published: '2026-12-01T08:00:00Z' },
  { sourceId: 'fafo', title: 'Trafficking guidance for labour inspectors', summary: 'Guidance on identifying victims of trafficking.', url: 'https://www.fafo.no/guidance', firstSeen: '2026-11-27T05:00:00Z', published: '2026-11-20T10:00:00Z' },
];
/** What may be English: quoted as published. */
export const quoted = [...items.flatMap((i) => [i.title, i.summary ?? '']), ...config.sources.map((s) => s.name), ...config.sections.map((s) => s.title), 'trafficking'];

function sourceState(db: Db, sourceId: string, lastOutcome: 'broken-extraction' | 'failed' | 'blocked', lastDetail: string, consecutiveFailures: number): void {
  saveSourceState(db, { sourceId, configHash: 'x', baselineAt: '2026-10-01T05:00:00Z', lastRunAt: '2026-12-01T05:00:00Z', lastOutcome, lastDetail, lastOkAt: '2026-11-25T05:00:00Z', consecutiveFailures, lastItemAt: '2026-11-20T05:00:00Z', lastItemCount: 8, hadDates: true });
}

function linkState(db: Db, url: string, verdict: Verdict, status: number | null, detail: string, dead: boolean): void {
  saveLinkState(db, { url, firstSeen: '2026-01-01T00:00:00Z', lastChecked: '2026-11-30T05:00:00Z', lastVerdict: verdict, lastStatus: status, lastFinalUrl: null, lastDetail: detail, lastOk: null, firstFailed: '2026-11-01T05:00:00Z', consecutiveFailures: 5, deadSince: dead ? '2026-11-20T05:00:00Z' : null });
}

/** Fill a fresh store with the week; throws if a step the tests rely on did not happen. */
export function fillWeek(db: Db): void {
  const added = items.map((item) => addItem(db, item));
  sourceState(db, 'greta', 'broken-extraction', 'no items found (last time 8): did the page change layout?', 1);
  sourceState(db, 'stortinget', 'failed', `${httpText(503)} (after retries)`, 2);
  sourceState(db, 'regjeringen', 'blocked', `${httpText(403)}: refused to an anonymous client, most often a bot rule, not a removed page`, 1);
  sourceState(db, 'fafo', 'broken-extraction', 'selectors matched nothing; 12 items found by link pattern — did the page change layout?', 3);
  linkState(db, items[0]!.url, 'blocked', 403, `403 with a Cloudflare challenge: a bot wall, not a dead page`, false);
  linkState(db, items[1]!.url, 'timeout', null, 'timed out (UND_ERR_CONNECT_TIMEOUT)', false);
  linkState(db, 'https://www.udi.no/gone', 'broken', 404, httpText(404), true);
  recordOccurrences(db, 'https://www.udi.no/gone', [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }, { file: 'arkiv/nyhetsbrev-2023-1.md', line: 207 }], '2026-11-30T05:00:00Z');
  for (const [kind, status] of [['watch', 'ok'], ['links', 'failed'], ['digest', 'ok'], ['run', 'offline']] as const) {
    startRun(db, `r-${kind}`, kind, '2026-12-01T05:00:00Z');
    finishRun(db, `r-${kind}`, status, '2026-12-01T05:10:00Z', {});
  }
  const ok = (result: { ok: boolean }, what: string): void => {
    if (!result.ok) throw new Error(`${what} failed`);
  };
  ok(openNextIssue(db, { name: 'Nyhetsbrev desember 2026' }, now), 'opening the issue');
  for (const item of [added[0]!, added[1]!, added[3]!]) ok(decide(db, config, { itemId: item.id, decision: 'accepted' }, now), 'accepting');
  ok(decide(db, config, { itemId: added[2]!.id, decision: 'maybe', note: 'Sjekk med redaktør' }, now), 'maybe');
}
