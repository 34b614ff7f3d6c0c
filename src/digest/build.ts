/**
 * Building the candidate digest for a period: the items first seen in it and the events on
 * known items (a sak decided), one candidate per item, ranked, grouped by
 * newsletter section in the order the newsletter uses, plus the health of the sources — an
 * editor must know when a quiet section means "nothing new" and when it means "source down".
 */
import { isProblem } from '../model/outcomes.js';
import type { Config, Source } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { getItem, listItemsFirstSeen, listItemUrls } from '../store/items.js';
import { listEventsFirstSeen, listMilestones, type MilestoneRecord } from '../store/milestones.js';
import { getLinkStates } from '../store/links.js';
import { listSourceStates } from '../store/source-state.js';
import { momentOf, rankItem, type RankMoment } from '../watch/rank.js';
import type { Item } from '../model.js';
import type { Candidate, CandidateStep, Digest, LearnedReason, SourceHealth } from '../model/digest.js';

export interface DigestPeriod {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;

/** The period from `--since DATE` or `--days N` (default: the config's digest.days), ending now. */
export function digestPeriod(options: { since?: Date; days?: number; now: Date; defaultDays: number }): DigestPeriod {
  const from = options.since ?? new Date(options.now.getTime() - (options.days ?? options.defaultDays) * DAY_MS);
  return { from, to: options.now };
}

export function sourceHealth(db: Db, config: Config): SourceHealth[] {
  const byId = new Map(config.sources.map((source) => [source.id, source]));
  return listSourceStates(db)
    .filter((state) => byId.get(state.sourceId)?.enabled)
    .map((state) => ({
      id: state.sourceId,
      name: byId.get(state.sourceId)!.name,
      lastOutcome: state.lastOutcome,
      consecutiveFailures: state.consecutiveFailures,
      lastOkAt: state.lastOkAt,
      lastItemAt: state.lastItemAt,
      detail: state.lastDetail ?? '',
    }));
}

export interface RankOptions {
  /** Adds its reason (and points) to every eligible candidate; leave out for the configured rules only. */
  learned?: LearnedReason;
  /** Rank every eligible entry, below ranking.minScore too (items an editor asked to see again). */
  keepBelowMinScore?: boolean;
}

/** One entry per item for a period: its latest event in the period, else its first sighting. */
export interface Entry {
  item: Item;
  event?: MilestoneRecord;
}

function entriesFor(db: Db, period: DigestPeriod): Entry[] {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const entries = new Map<string, Entry>();
  for (const item of listItemsFirstSeen(db, from, to)) entries.set(item.id, { item });
  // Oldest first: a later event of the same item takes its place.
  for (const event of listEventsFirstSeen(db, from, to)) {
    const item = entries.get(event.itemId)?.item ?? getItem(db, event.itemId);
    if (item) entries.set(item.id, { item, event });
  }
  return [...entries.values()];
}

function stepOf(record: MilestoneRecord): CandidateStep {
  return { label: record.label, at: record.happenedAt ?? record.firstSeen, dated: record.happenedAt !== null };
}

export function rankCandidates(db: Db, config: Config, period: DigestPeriod, now: Date, options: RankOptions = {}): Candidate[] {
  return rankEntries(db, config, entriesFor(db, period), now, options);
}

/** These entries as candidates, best first (the ones no configured source makes eligible left out). */
export function rankEntries(db: Db, config: Config, entries: Entry[], now: Date, options: RankOptions = {}): Candidate[] {
  const sources = new Map<string, Source>(config.sources.map((source) => [source.id, source]));
  const steps = listMilestones(db, entries.map((entry) => entry.item.id));
  const candidates: Candidate[] = [];
  for (const { item, event } of entries) {
    const moment: RankMoment = event ? { iso: event.happenedAt ?? event.firstSeen, basis: 'event' } : momentOf(item);
    // An item listed by several sources ranks as its best source would rank it.
    let best: { source: Source; ranked: ReturnType<typeof rankItem> } | undefined;
    for (const sourceId of item.sourceIds) {
      const source = sources.get(sourceId);
      if (!source) continue;
      const ranked = rankItem(item, source, config.ranking, now, moment);
      if (!ranked.eligible) continue;
      if (!best || ranked.score > best.ranked.score) best = { source, ranked };
    }
    if (!best) continue;
    const learned = options.learned?.(item) ?? [];
    const score = Math.round((best.ranked.score + learned.reduce((sum, reason) => sum + reason.points, 0)) * 10) / 10;
    if (score < config.ranking.minScore && !options.keepBelowMinScore) continue;
    const candidate: Candidate = {
      ...item,
      id: event?.eventId ?? item.id,
      itemId: item.id,
      history: (steps.get(item.id) ?? []).map(stepOf),
      seenUrls: listItemUrls(db, item.id),
      section: best.source.section,
      sourceName: best.source.name,
      score,
      reasons: [...best.ranked.reasons, ...learned],
    };
    if (event) candidate.event = { ...stepOf(event), key: event.key };
    candidates.push(candidate);
  }
  const latest = (c: Candidate): string => c.event?.at ?? c.firstSeen;
  return candidates.sort((a, b) => b.score - a.score || latest(b).localeCompare(latest(a)) || a.title.localeCompare(b.title));
}

export function buildDigest(db: Db, config: Config, period: DigestPeriod, now: Date = new Date(), options: RankOptions = {}): Digest {
  const candidates = rankCandidates(db, config, period, now, options);
  const links = getLinkStates(db, candidates.map((c) => c.url));
  for (const candidate of candidates) {
    const state = links.get(candidate.url);
    if (state?.lastVerdict) {
      candidate.link = { verdict: state.lastVerdict, dead: state.deadSince !== null, checkedAt: state.lastChecked, detail: state.lastDetail ?? '' };
    }
  }
  const sections = config.sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      candidates: candidates.filter((c) => c.section === section.id).slice(0, config.digest.maxPerSection),
    }))
    .filter((section) => section.candidates.length > 0);
  const health = sourceHealth(db, config).filter((h) => isProblem(h.lastOutcome));
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    generatedAt: now.toISOString(),
    sections,
    health,
  };
}
