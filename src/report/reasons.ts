import type { Reason } from '../model/digest.js';
import { reportText, type ReportText } from './report-text.js';

/** "kilde GRETA +5 · trafficking: «trafficking» +5 · publisert for 2 dager siden +1.6" */
export function formatReasons(reasons: Reason[], t: ReportText = reportText('nb')): string {
  return reasons.map((r) => `${t.reason(r)} ${r.points >= 0 ? '+' : '−'}${Math.abs(r.points)}`).join(' · ');
}
