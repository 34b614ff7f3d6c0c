/** The watch run for people: one line per source, failures spelled out. */
import type { RunSummary } from '../model.js';
import { offlineLine } from './offline-text.js';
import { isProblem, OUTCOME_INFO } from '../model/outcomes.js';

export function formatWatchText(summary: RunSummary): string {
  const width = Math.max(6, ...summary.sources.map((s) => s.id.length));
  const lines = summary.sources.map((s) => {
    const counts = !OUTCOME_INFO[s.outcome].itemsRead ? '' : `${String(s.items).padStart(4)} items ${String(s.new).padStart(3)} new`;
    const streak = s.consecutiveFailures > 1 ? ` (${s.consecutiveFailures} runs in a row)` : '';
    const detail = s.detail ? `  ${s.detail}${streak}` : streak;
    return `${s.id.padEnd(width)}  ${OUTCOME_INFO[s.outcome].mark.padEnd(9)} ${counts.padEnd(22)}${detail}`.trimEnd();
  });
  const fresh = summary.sources.reduce((n, s) => n + (s.outcome === 'ok' ? s.new : 0), 0);
  const events = summary.sources.reduce((n, s) => n + (s.outcome === 'ok' ? (s.events ?? 0) : 0), 0);
  const bad = summary.sources.filter((s) => isProblem(s.outcome)).length;
  const eventText = events > 0 ? `, ${events} ${events === 1 ? 'event' : 'events'} on known items` : '';
  lines.push('', `${summary.sources.length} sources, ${fresh} new items${eventText}, ${bad} failed, blocked or broken`);
  if (summary.reachability.offline) lines.push(offlineLine({ sources: summary.reachability }));
  return `${lines.join('\n')}\n`;
}

export function watchToJson(summary: RunSummary): object {
  return {
    runId: summary.runId,
    startedAt: summary.startedAt,
    finishedAt: summary.finishedAt,
    reachability: summary.reachability,
    sources: summary.sources.map((s) => ({
      id: s.id,
      outcome: s.outcome,
      items: s.items,
      new: s.new,
      events: s.events ?? 0,
      detail: s.detail,
      consecutiveFailures: s.consecutiveFailures,
      durationMs: s.durationMs,
    })),
  };
}
