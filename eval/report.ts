/**
 * What `npm run eval` prints: per section, each chosen item with its rank, score and reasons or
 * why it was missed; then what was out of reach, what was skipped, and the figures. The JSON
 * form (`--json`) is the same report as data. Pure: a replay's result in, text or data out.
 */
import type { Digest } from '../src/model/digest.js';
import type { Config } from '../src/config/schema.js';
import type { ChosenResult, Metrics, OutOfReach } from './metrics.js';
import type { ReplayResult } from './replay.js';

export interface EvalReport {
  replay: string;
  /** The digest's period: its first Oslo day and the day it was built (`now`), and those instants. */
  period: { fromDay: string; toDay: string; from: string; to: string };
  runs: number;
  durationMs: number;
  watched: string[];
  skipped: Array<{ id: string; reason: string }>;
  /** Sources whose worlds wait for their replica modules (not in sources.json yet, or skipped). */
  awaitingReplica: string[];
  /** Source runs that failed, were blocked or looked broken, by day. */
  problems: Array<{ day: string; source: string; outcome: string; detail: string }>;
  sections: Array<{ id: string; title: string; candidates: number; chosen: ChosenResult[] }>;
  figures: Omit<Metrics, 'items'>;
}

export function buildReport(result: ReplayResult, config: Pick<Config, 'sections'>, metrics: Metrics, awaitingReplica: readonly string[]): EvalReport {
  const { items, ...figures } = metrics;
  return {
    replay: result.definition.name,
    period: { fromDay: result.definition.periodFrom, toDay: result.definition.digestDay, from: result.periodFrom.toISOString(), to: result.now.toISOString() },
    runs: result.runs,
    durationMs: result.durationMs,
    watched: result.watched,
    skipped: result.skipped,
    awaitingReplica: [...awaitingReplica],
    problems: result.problems.map(({ day, outcome }) => ({ day, source: outcome.id, outcome: outcome.outcome, detail: outcome.detail })),
    sections: config.sections.map((section) => ({
      id: section.id,
      title: section.title,
      candidates: result.digest.sections.find((s) => s.id === section.id)?.candidates.length ?? 0,
      chosen: items.filter((item) => item.chosen.section === section.id),
    })),
    figures,
  };
}

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);
const points = (value: number): string => (value >= 0 ? `+${value}` : String(value));

function itemLine(item: ChosenResult): string[] {
  if (item.outcome === 'found') {
    const reasons = (item.reasons ?? []).map((r) => `${r.label} ${points(r.points)}`).join('; ');
    return [`  #${item.rank} of ${item.sectionSize}  score ${item.score}  ${item.chosen.title}`, `      ${reasons}`];
  }
  const label = item.outcome === 'out-of-reach' ? 'out of reach' : 'missed';
  return [`  ${label}  ${item.chosen.title}`, `      ${item.detail}`];
}

const REACH_LABEL: Record<OutOfReach, string> = {
  'not-watched': 'site not watched',
  'not-replayed': 'source not replayed',
  'not-watchable': 'not watchable',
};

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  const f = report.figures;
  lines.push(`Replay ${report.replay}: ${report.runs} watch runs, digest ${report.period.fromDay} … ${report.period.toDay} (${(report.durationMs / 1000).toFixed(0)} s)`);
  lines.push(`Watched: ${report.watched.join(', ')}`);
  if (report.skipped.length > 0) lines.push(`Skipped: ${report.skipped.map((s) => `${s.id} (${s.reason})`).join(', ')}`);
  if (report.awaitingReplica.length > 0) lines.push(`Awaiting their replica modules (worlds ready, not replayed): ${report.awaitingReplica.join(', ')}`);
  for (const section of report.sections) {
    lines.push('', `${section.title} [${section.id}]: ${section.candidates} candidates`);
    if (section.chosen.length === 0) lines.push('  (nothing chosen in this section)');
    for (const item of section.chosen) lines.push(...itemLine(item));
  }
  if (report.problems.length > 0) {
    lines.push('', `Source problems during the replay (${report.problems.length} runs):`);
    const grouped = new Map<string, { days: string[]; detail: string; outcome: string }>();
    for (const p of report.problems) {
      const key = `${p.source} ${p.outcome}`;
      const entry = grouped.get(key) ?? { days: [], detail: p.detail, outcome: p.outcome };
      entry.days.push(p.day);
      grouped.set(key, entry);
    }
    for (const [key, entry] of grouped) lines.push(`  ${key} on ${entry.days.length} days (first ${entry.days[0]}): ${entry.detail}`);
  }
  const out = Object.entries(f.outOfReach).filter(([, n]) => n > 0).map(([why, n]) => `${REACH_LABEL[why as OutOfReach]} ${n}`);
  lines.push('');
  lines.push(`Out of reach: ${f.chosen - f.inReach} of ${f.chosen} chosen items${out.length > 0 ? ` (${out.join(', ')})` : ''}`);
  lines.push(`Recall: ${f.found} of ${f.inReach} chosen items in reach became candidates in their section = ${percent(f.recall)}`);
  lines.push(`Precision: ${f.chosenCandidates} of ${f.candidates} candidates are chosen items = ${percent(f.precision)}`);
  lines.push(`Candidates: ${f.candidates}`);
  lines.push(`Chosen items in the top 10 of their section: ${f.inTop10}`);
  return `${lines.join('\n')}\n`;
}

/** Every candidate of the digest by section, best first: what precision is made of. */
export function formatAllCandidates(digest: Digest): string {
  const lines: string[] = ['', 'All candidates:'];
  for (const section of digest.sections) {
    lines.push('', `[${section.id}] ${section.candidates.length}`);
    for (const c of section.candidates) {
      lines.push(`  ${String(c.score).padStart(5)}  ${c.sourceId.padEnd(22)} ${c.title.slice(0, 90)}${c.event ? `  [${c.event.key}]` : ''}`);
      lines.push(`         ${c.reasons.map((r) => `${r.label} ${r.points >= 0 ? '+' : ''}${r.points}`).join('; ').slice(0, 220)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
