/**
 * The editors' list of sources (the Kilder tab): every source, enabled or not, with its kind,
 * section, last outcome, the items it has listed and its health. Health is the health page's
 * judgement (review/health.ts, model/outcomes.ts), so the two tabs never disagree.
 */
import type { Config, Source } from '../config/schema.js';
import { PROBLEM_OUTCOMES, isProblem } from '../model/outcomes.js';
import type { Db } from '../store/db.js';
import { failingSinceBySource, itemCountsBySource } from '../store/source-overview.js';
import { listSourceStates } from '../store/source-state.js';
import type { SourceHealthRow } from './health.js';

export type SourceHealth = 'ok' | 'problem' | 'never-run' | 'disabled';

export interface SourceListRow extends SourceHealthRow {
  kind: Source['kind'];
  enabled: boolean;
  itemsKnown: number;
  /** The first run of the current streak of problems, when the source is in trouble. */
  failingSince: string | null;
  health: SourceHealth;
}

/** How a source stands, from whether it is enabled and its last outcome. Pure. */
export function sourceHealth(enabled: boolean, lastOutcome: SourceListRow['lastOutcome']): SourceHealth {
  if (!enabled) return 'disabled';
  if (lastOutcome === null) return 'never-run';
  return isProblem(lastOutcome) ? 'problem' : 'ok';
}

const HEALTH_ORDER = { problem: 0, 'never-run': 1, ok: 2, disabled: 3 } as const satisfies Record<SourceHealth, number>;

export function sourcesView(db: Db, config: Config): SourceListRow[] {
  const states = new Map(listSourceStates(db).map((state) => [state.sourceId, state]));
  const sections = new Map(config.sections.map((s) => [s.id, s.title]));
  const counts = itemCountsBySource(db);
  const since = failingSinceBySource(db, PROBLEM_OUTCOMES);
  return config.sources
    .map((source): SourceListRow => {
      const state = states.get(source.id);
      const lastOutcome = state?.lastOutcome ?? null;
      const problem = isProblem(lastOutcome);
      return {
        id: source.id,
        name: source.name,
        kind: source.kind,
        enabled: source.enabled,
        sectionTitle: sections.get(source.section) ?? source.section,
        lastOutcome,
        consecutiveFailures: state?.consecutiveFailures ?? 0,
        lastOkAt: state?.lastOkAt ?? null,
        lastItemAt: state?.lastItemAt ?? null,
        detail: state?.lastDetail ?? '',
        problem,
        itemsKnown: counts.get(source.id) ?? 0,
        failingSince: problem ? (since.get(source.id) ?? state?.lastRunAt ?? null) : null,
        health: sourceHealth(source.enabled, lastOutcome),
      };
    })
    .sort((a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || b.consecutiveFailures - a.consecutiveFailures);
}
