/**
 * The replay of the May–June 2022 issue (archive/2022-05-06-kom-nyhetsbrev.txt): the product
 * starts watching on 28 April 2022 (a silent baseline of the listings as they stood), watches
 * every morning at 09:00 through 30 June, and the digest is opened on 1 July for the period from
 * 1 May — the issue's period. Its archive of past issues is an earlier issue written for the
 * purpose (eval/archive/), so the replayed issue is not in what the product may learn from.
 */
import { fileURLToPath } from 'node:url';
import type { ReplayDefinition } from '../replay.js';
import { SITES } from './sites.js';

export { CHOSEN } from './chosen.js';
export { AWAITING_REPLICA } from './sites.js';

export const REPLAY_2022_05: ReplayDefinition = {
  name: '2022-05',
  baselineDay: '2022-04-28',
  firstWatchDay: '2022-04-29',
  lastWatchDay: '2022-06-30',
  watchHour: 9,
  periodFrom: '2022-05-01',
  digestDay: '2022-07-01',
  sites: SITES,
  archiveIssue: fileURLToPath(new URL('../archive/2022-01-kom-nyhetsbrev.txt', import.meta.url)),
};
