/**
 * The candidates an editor reviews: the digest's ranking for a period (with what past
 * decisions taught it), each candidate with its decision, its link's status from link
 * monitoring, and every source that listed it; grouped by newsletter section, best first,
 * and filtered by section, source, status and text.
 */
import type { Config, Source } from '../config/schema.js';
import { rankCandidates, rankEntries } from '../digest/build.js';
import { learningFor } from '../learning/learned.js';
import type { Candidate } from '../model/digest.js';
import type { Verdict } from '../links/types.js';
import { FAILING } from '../model/verdicts.js';
import type { Item } from '../model.js';
import type { Db } from '../store/db.js';
import { getDecisions, listIdsWithDecision, type Decision, type DecisionKind } from '../store/decisions.js';
import { getLinkStates, type LinkState } from '../store/links.js';
import { getOpenIssue, lastIssueMark, type NewsletterIssue } from '../store/newsletter-issues.js';
import { rankItem } from '../watch/rank.js';
import { resolvePeriod, type PeriodChoice, type PeriodKind, type ResolvedPeriod } from './period.js';
import { subjectOf } from './subject.js';

export const STATUS_FILTERS = ['all', 'new', 'accepted', 'rejected', 'maybe'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CandidateQuery {
  period: PeriodChoice;
  section?: string;
  source?: string;
  status?: StatusFilter;
  /** Words that must all occur in title, summary, source, URL or note. */
  q?: string;
  /** Let past decisions nudge the ranking (default: the config's review.learning). */
  learning?: boolean;
}

/** What link monitoring knows of a candidate's link; 'unchecked' until it has looked. */
export interface LinkStatusView {
  state: 'unchecked' | 'ok' | 'moved' | 'failing' | 'dead' | 'unknown';
  verdict: Verdict | null;
  deadSince: string | null;
  checkedAt: string | null;
  detail: string | null;
}

export interface ReviewCandidate extends Candidate {
  decision: Decision | null;
  linkStatus: LinkStatusView;
  /** Every configured source that listed the item, the one it ranks under first. */
  sources: Array<{ id: string; name: string }>;
  /** A "maybe" from before the period, shown until decided (it carries over from issue to issue). */
  carriedOver?: true;
}

export interface ReviewSection {
  id: string;
  title: string;
  candidates: ReviewCandidate[];
}

export interface LearningState {
  enabled: boolean;
  /** Paragraphs of past issues there are to learn from. */
  archiveParagraphs: number;
  /** Decisions there are to learn from. */
  accepted: number;
  rejected: number;
  /** Enough of both to learn anything. */
  active: boolean;
}

export interface CandidateView {
  period: ResolvedPeriod;
  sections: ReviewSection[];
  /** Per status, under the other filters (for the status tabs). */
  counts: Record<StatusFilter, number>;
  learning: LearningState;
  openIssue: NewsletterIssue | null;
}

/** Where an item is reviewed: the section and source it ranks best under (as rankCandidates does). */
export function placeItem(item: Item, config: Config, now: Date): { section: string; sourceId: string } | undefined {
  let best: { source: Source; score: number } | undefined;
  let fallback: Source | undefined;
  for (const id of item.sourceIds) {
    const source = config.sources.find((s) => s.id === id);
    if (!source) continue;
    fallback ??= source;
    const ranked = rankItem(item, source, config.ranking, now);
    if (ranked.eligible && (!best || ranked.score > best.score)) best = { source, score: ranked.score };
  }
  const chosen = best?.source ?? fallback;
  return chosen ? { section: chosen.section, sourceId: chosen.id } : undefined;
}

export function linkStatusOf(state: LinkState | undefined): LinkStatusView {
  if (!state || !state.lastVerdict) return { state: 'unchecked', verdict: null, deadSince: null, checkedAt: null, detail: null };
  const verdict = state.lastVerdict;
  const view = { verdict, deadSince: state.deadSince, checkedAt: state.lastChecked, detail: state.lastDetail };
  if (state.deadSince) return { state: 'dead', ...view };
  if (verdict === 'ok') return { state: 'ok', ...view };
  if (verdict === 'redirected') return { state: 'moved', ...view };
  if (FAILING.has(verdict)) return { state: 'failing', ...view };
  return { state: 'unknown', ...view };
}

/** The views of "this issue", where earlier "maybe" items carry over until decided. */
const CARRIES_MAYBE = { 'since-issue': true, issue: true, week: false, dates: false } satisfies Record<PeriodKind, boolean>;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function matchesText(candidate: ReviewCandidate, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normalise(
    [candidate.title, candidate.summary ?? '', candidate.url, candidate.decision?.note ?? '', ...candidate.sources.map((s) => s.name)].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

function statusOf(candidate: ReviewCandidate): 'new' | DecisionKind {
  return candidate.decision?.decision ?? 'new';
}

export function listReviewCandidates(db: Db, config: Config, query: CandidateQuery, now: Date): CandidateView {
  const openIssue = getOpenIssue(db) ?? null;
  const period = resolvePeriod(query.period, { now, mark: lastIssueMark(db), openIssue: openIssue ?? undefined, weekDays: config.digest.days });
  const enabled = query.learning ?? config.review.learning;
  const learner = learningFor(db, config);
  const learning: LearningState = {
    enabled,
    archiveParagraphs: learner.archiveParagraphs,
    accepted: learner.accepted,
    rejected: learner.rejected,
    active: enabled && learner.learned !== undefined,
  };
  const rankOptions = enabled && learner.learned ? { learned: learner.learned } : {};
  const inPeriod = rankCandidates(db, config, period, now, rankOptions);
  const seen = new Set(inPeriod.map((c) => c.id));
  const carriedIds = CARRIES_MAYBE[period.kind] ? listIdsWithDecision(db, 'maybe').filter((id) => !seen.has(id)) : [];
  const carriedEntries = carriedIds.flatMap((id) => subjectOf(db, id) ?? []);
  const carried = new Set(carriedIds);
  const ranked = [...inPeriod, ...rankEntries(db, config, carriedEntries, now, { ...rankOptions, keepBelowMinScore: true })];

  const decisions = getDecisions(db, ranked.map((c) => c.id));
  const links = getLinkStates(db, [...new Set(ranked.flatMap((c) => [c.url, c.canonicalUrl]))]);
  const sourceNames = new Map(config.sources.map((s) => [s.id, s.name]));
  const candidates: ReviewCandidate[] = ranked.map((candidate) => {
    const ownSource = config.sources.find((s) => s.name === candidate.sourceName && candidate.sourceIds.includes(s.id))?.id;
    const ids = [...new Set([...(ownSource ? [ownSource] : []), ...candidate.sourceIds])].filter((id) => sourceNames.has(id));
    return {
      ...candidate,
      decision: decisions.get(candidate.id) ?? null,
      linkStatus: linkStatusOf(links.get(candidate.url) ?? links.get(candidate.canonicalUrl)),
      sources: ids.map((id) => ({ id, name: sourceNames.get(id)! })),
      ...(carried.has(candidate.id) ? { carriedOver: true as const } : {}),
    };
  });

  const words = normalise(query.q ?? '').split(/\s+/).filter(Boolean);
  const filtered = candidates.filter(
    (c) =>
      (!query.section || c.section === query.section) &&
      (!query.source || c.sourceIds.includes(query.source)) &&
      matchesText(c, words),
  );
  const counts = Object.fromEntries(STATUS_FILTERS.map((s) => [s, 0])) as Record<StatusFilter, number>;
  for (const c of filtered) {
    counts.all += 1;
    counts[statusOf(c)] += 1;
  }
  const status = query.status ?? 'all';
  const shown = status === 'all' ? filtered : filtered.filter((c) => statusOf(c) === status);
  const sections = config.sections
    .map((section) => ({ id: section.id, title: section.title, candidates: shown.filter((c) => c.section === section.id) }))
    .filter((section) => section.candidates.length > 0);
  return { period, sections, counts, learning, openIssue };
}
