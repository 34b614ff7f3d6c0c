/**
 * What a maintainer needs to see without the CLI: every enabled source's last outcome (the
 * ones that failed or broke first), links in past issues that link monitoring counts as
 * dead, and the last runs.
 */
import { isProblem } from '../model/outcomes.js';
import type { Config } from '../config/schema.js';
import type { LinkLocation } from '../links/types.js';
import type { SourceOutcomeKind } from '../model.js';
import type { Db } from '../store/db.js';
import { listDeadLinks } from '../store/links.js';
import { lastRuns } from '../store/runs.js';
import { listSourceStates } from '../store/source-state.js';

export interface SourceHealthRow {
  id: string;
  name: string;
  sectionTitle: string;
  lastOutcome: SourceOutcomeKind | null;
  consecutiveFailures: number;
  lastOkAt: string | null;
  lastItemAt: string | null;
  detail: string;
  /** Failed or broke on its last run. */
  problem: boolean;
}

export interface DeadLinkRow {
  url: string;
  verdict: string | null;
  status: number | null;
  detail: string | null;
  deadSince: string | null;
  foundIn: LinkLocation[];
}

export interface HealthView {
  sources: SourceHealthRow[];
  deadLinks: DeadLinkRow[];
  runs: Array<{ kind: string; startedAt: string; status: string }>;
}

export function healthView(db: Db, config: Config): HealthView {
  const states = new Map(listSourceStates(db).map((state) => [state.sourceId, state]));
  const sections = new Map(config.sections.map((s) => [s.id, s.title]));
  const sources = config.sources
    .filter((source) => source.enabled)
    .map((source): SourceHealthRow => {
      const state = states.get(source.id);
      return {
        id: source.id,
        name: source.name,
        sectionTitle: sections.get(source.section) ?? source.section,
        lastOutcome: state?.lastOutcome ?? null,
        consecutiveFailures: state?.consecutiveFailures ?? 0,
        lastOkAt: state?.lastOkAt ?? null,
        lastItemAt: state?.lastItemAt ?? null,
        detail: state?.lastDetail ?? '',
        problem: isProblem(state?.lastOutcome ?? null),
      };
    })
    .sort((a, b) => Number(b.problem) - Number(a.problem) || b.consecutiveFailures - a.consecutiveFailures);
  // Links in past issues first: those are the ones to correct in the archive.
  const deadLinks = [...listDeadLinks(db)].sort((a, b) => Number(b.foundIn.length > 0) - Number(a.foundIn.length > 0)).map((link) => ({
    url: link.url,
    verdict: link.lastVerdict,
    status: link.lastStatus,
    detail: link.lastDetail,
    deadSince: link.deadSince,
    foundIn: link.foundIn,
  }));
  const runs = lastRuns(db, 8).map((run) => ({ kind: run.kind, startedAt: run.startedAt, status: run.status }));
  return { sources, deadLinks, runs };
}

/** Failing or broken sources plus dead links (the badge on the Health tab). */
export function countHealthProblems(db: Db, config: Config): number {
  const enabled = new Set(config.sources.filter((s) => s.enabled).map((s) => s.id));
  const failing = listSourceStates(db).filter((s) => enabled.has(s.sourceId) && isProblem(s.lastOutcome)).length;
  return failing + listDeadLinks(db).length;
}
