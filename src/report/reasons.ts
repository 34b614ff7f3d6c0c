import type { Reason } from '../model/digest.js';

/** "GRETA +5 · trafficking: «trafficking» +5 · published 2 days ago +1.6" */
export function formatReasons(reasons: Reason[]): string {
  return reasons.map((r) => `${r.label} ${r.points >= 0 ? '+' : '−'}${Math.abs(r.points)}`).join(' · ');
}

export function healthLine(h: { name: string; id: string; lastOutcome: string | null; consecutiveFailures: number; lastOkAt: string | null; detail: string }, formatDay: (iso: string | null) => string): string {
  const since = h.lastOkAt ? `last ok ${formatDay(h.lastOkAt)}` : 'never ok';
  return `${h.name} (${h.id}): ${h.lastOutcome}, ${h.consecutiveFailures} run${h.consecutiveFailures === 1 ? '' : 's'} in a row, ${since}${h.detail ? ` — ${h.detail}` : ''}`;
}
