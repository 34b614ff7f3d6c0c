/**
 * Scoring a candidate, with the reasons an editor can read: which keywords matched, what the
 * source is worth, how recent it is. Pure: same item, same settings, same clock → same rank.
 */
import type { RankingSettings, Source } from '../config/schema.js';
import type { Ranked, Reason } from '../model/digest.js';
import type { Item } from '../model.js';
import { keywordReasons } from './keywords.js';

const DAY_MS = 86_400_000;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** What recency counts from: an event's time, else the publication date, else when first seen. */
export interface RankMoment {
  iso: string;
  basis: 'published' | 'first seen' | 'event';
}

export function momentOf(item: Item): RankMoment {
  return item.published?.iso ? { iso: item.published.iso, basis: 'published' } : { iso: item.firstSeen, basis: 'first seen' };
}

export function rankItem(item: Item, source: Source, settings: RankingSettings, now: Date, moment: RankMoment = momentOf(item)): Ranked {
  const reasons: Reason[] = [];
  if (source.ranking.weight !== 0) {
    reasons.push({ kind: 'source', label: `source ${source.name}`, points: source.ranking.weight, source: source.name });
  }
  const keywords = keywordReasons(`${item.title}\n${item.summary ?? ''}`, settings.keywords, source.id);
  reasons.push(...keywords);

  const ageDays = Math.max(0, (now.getTime() - Date.parse(moment.iso)) / DAY_MS);
  const recency = round(settings.recency.weight * 0.5 ** (ageDays / settings.recency.halfLifeDays));
  if (recency > 0) {
    const age = Math.floor(ageDays);
    const basis = moment.basis;
    reasons.push({ kind: 'recency', label: `${basis} ${age === 0 ? 'today' : age === 1 ? '1 day ago' : `${age} days ago`}`, points: recency, basis, ageDays: age });
  }

  const score = round(reasons.reduce((sum, reason) => sum + reason.points, 0));
  const eligible = !source.ranking.requireKeyword || keywords.some((reason) => reason.points > 0);
  return { score, reasons, eligible };
}
