/** The digest's plain data: candidates, their reasons and steps, sections and source health. */
import type { Item, SourceOutcomeKind } from '../model.js';

/** One line of "why this rank": a rule that fired and the points it gave. */
export interface Reason {
  kind: 'source' | 'keyword' | 'recency' | 'learned' | 'penalty';
  /** English, for logs and the JSON digest; readers get it rebuilt from the fields below where set. */
  label: string;
  points: number;
  /** A source reason's source name. */
  source?: string;
  /** A recency reason's moment and its age in whole days. */
  basis?: 'published' | 'first seen' | 'event';
  ageDays?: number;
}

/** Extra reasons per item on top of the configured rules: what past issues and editors' decisions suggest. */
export type LearnedReason = (item: Item) => Reason[];

export interface Ranked {
  score: number;
  reasons: Reason[];
  /** False when the source requires a keyword and none matched: not a candidate at all. */
  eligible: boolean;
}

/** What link monitoring last saw of a candidate's link. */
export interface CandidateLinkStatus {
  verdict: string;
  dead: boolean;
  checkedAt: string | null;
  detail: string;
}

/** A step in an item's life as a candidate shows it; `{date}` in the label stands for `at`. */
export interface CandidateStep {
  label: string;
  /** When it happened (or, when the source did not say, when it was first seen). */
  at: string;
  /** False when the source gave no date and `at` is when the step was first seen. */
  dated: boolean;
}

export interface Candidate extends Item {
  /**
   * What editors decide on: the item's id for its first sighting, the event's id (`ev-…`)
   * for an event. One candidate per item in a digest: its latest event in the period, if any.
   */
  id: string;
  /** The publication itself. */
  itemId: string;
  /** Set when this candidate is an event on a known item ("Stortinget behandlet saken …"). */
  event?: CandidateStep & { key: string };
  /** The item's recorded steps, oldest first (the event included). */
  history: CandidateStep[];
  /** Every URL the item is known under (canonical): a sak and its Dokument 8 are one item. */
  seenUrls: string[];
  section: string;
  sourceName: string;
  score: number;
  reasons: Reason[];
  /** Absent until link monitoring has checked the link. */
  link?: CandidateLinkStatus;
}

export interface SourceHealth {
  id: string;
  name: string;
  lastOutcome: SourceOutcomeKind | null;
  consecutiveFailures: number;
  lastOkAt: string | null;
  lastItemAt: string | null;
  detail: string;
}

export interface DigestSection {
  id: string;
  title: string;
  candidates: Candidate[];
}

export interface Digest {
  period: { from: string; to: string };
  generatedAt: string;
  sections: DigestSection[];
  /** Sources whose last run failed or broke: the editor should know what the digest misses. */
  health: SourceHealth[];
}
