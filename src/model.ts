/**
 * The plain data that flows through the pipeline. Stages pass these values along; only the
 * report formatters turn them into text.
 */

/** One publication as an extractor saw it, before identity and dates are worked out. */
export interface RawItem {
  title: string;
  /** Absolute URL of the publication (resolved against the page it was found on). */
  url: string;
  /** Feed GUID / Atom id, when the source has one. Trusted only within its source. */
  guid?: string;
  /** The date exactly as the source wrote it ("8. juni 2022", "/Date(1759234887245+0200)/"). */
  publishedRaw?: string;
  summary?: string;
  /**
   * Further identities the source knows this publication by (without its id prefix): a
   * Stortinget Dokument 8 is `sak:87960` too, so the sak and its publications are one item.
   * Trusted within the source, as GUIDs are.
   */
  aliases?: string[];
  /** Steps in the publication's life the source reports (a sak decided, a question answered). */
  milestones?: Milestone[];
  /**
   * The parliamentary document the item is ("Dokument 3:8 (2021–2022)"), when the source
   * knows it: an identity across sources (the report and the sak that treats it are one).
   * Otherwise read from the start of the title or summary.
   */
  reference?: string;
}

/**
 * A step in a publication's life, as its source reports it. Seen on an item that was already
 * known, it becomes an event: a candidate of its own ("Stortinget behandlet 14. juni: ikke
 * vedtatt"), once.
 */
export interface Milestone {
  /** Stable for the step: seen again, it is the same step ("status:behandlet", "ref:innst.345s(2021-2022)"). */
  key: string;
  /** What an editor reads. */
  label: string;
  /** When it happened, as the source wrote it, if it says. */
  atRaw?: string;
}

/** A date as written, and the instant it was read as (ISO 8601, UTC), null when unreadable. */
export interface PublishedDate {
  raw: string;
  iso: string | null;
  /** True when the source gave only a day: the instant is that day's midnight in Europe/Oslo. */
  dateOnly: boolean;
}

/** A recorded publication: what the store keeps, the digest ranks and editors review. */
export interface Item {
  id: string;
  sourceId: string;
  /** Every source that has listed this publication, first one first. */
  sourceIds: string[];
  title: string;
  url: string;
  canonicalUrl: string;
  published: PublishedDate | null;
  summary: string | null;
  firstSeen: string;
  /** Recorded during a source's silent baseline: never a candidate. */
  baseline: boolean;
}

/** Conditional-request validators, exactly as the server sent them. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** What can happen to a source in a run; OUTCOME_INFO (watch/outcomes.ts) says which are problems. */
export type SourceOutcomeKind = 'ok' | 'not-modified' | 'baseline' | 'failed' | 'blocked' | 'broken-extraction' | 'offline';

/** What happened to one source in one run. A failure is a value here, not an exception. */
export interface SourceOutcome {
  id: string;
  outcome: SourceOutcomeKind;
  /** Items the source listed this time (after dropping unusable ones). */
  items: number;
  /** Items never seen before, recorded this run. */
  new: number;
  /** Events on known items recorded this run (a sak decided, a question answered), when any. */
  events?: number;
  /** Human-readable explanation: error message, what is missing, etc. */
  detail: string;
  consecutiveFailures: number;
  durationMs: number;
}

export interface RunSummary {
  runId: string;
  startedAt: string;
  finishedAt: string;
  sources: SourceOutcome[];
  /** How many sources a server answered for; `offline` when none did, on several hosts. */
  reachability: { offline: boolean; reached: number; total: number; hosts: number };
}
