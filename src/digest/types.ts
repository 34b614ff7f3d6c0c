import type { Item, SourceOutcomeKind } from '../model.js';

/** One line of "why this rank": a rule that fired and the points it gave. */
export interface Reason {
  kind: 'source' | 'keyword' | 'recency' | 'learned' | 'penalty';
  label: string;
  points: number;
}

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

export interface Candidate extends Item {
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
