/**
 * The sources' health as its own file beside the digest (storage/digests/health-<day>.md), for
 * the maintainers. The digest is forwarded whole to people outside the team; "HEUNI failed
 * twice" there reads as newsletter content and is nothing they can act on, so the digest holds
 * candidates only and this file (with the Helse page and `sourcewatch status`) says what it may miss.
 */
import type { Digest } from '../model/digest.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeMarkdown } from './escape.js';
import { reportText, type TextLanguage } from './report-text.js';

export function formatHealthMarkdown(digest: Digest, language: TextLanguage = 'nb'): string {
  const t = reportText(language);
  const day = (iso: string): string => formatDay(iso, language);
  const lines: string[] = [`# ${t.healthTitle(day(digest.generatedAt))}`, '', t.healthFor(formatDateTime(digest.generatedAt, language)), ''];
  if (digest.health.length === 0) {
    lines.push(t.healthAllOk);
  } else {
    lines.push(t.healthIntro, '');
    for (const h of digest.health) lines.push(`- ${escapeMarkdown(t.healthLine(h, day))}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
