/**
 * The sources' health as its own file beside the digest (storage/digests/health-<day>.md), for
 * the maintainers. The digest is forwarded whole to people outside the team; "HEUNI failed
 * twice" there reads as newsletter content and is nothing they can act on, so the digest holds
 * candidates only and this file (with the Helse page and `sourcewatch status`) says what it may miss.
 */
import type { Digest } from '../model/digest.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeMarkdown } from './escape.js';
import { healthLine } from './reasons.js';

export function formatHealthMarkdown(digest: Digest): string {
  const lines: string[] = [`# Kildehelse ${formatDay(digest.generatedAt)}`, '', `For vedlikeholderne, laget ${formatDateTime(digest.generatedAt)}.`, ''];
  if (digest.health.length === 0) {
    lines.push('Alle kilder virket ved siste kjøring.');
  } else {
    lines.push('Disse kildene feilet eller ga ikke lesbare saker sist; digesten kan mangle saker fra dem:', '');
    for (const h of digest.health) lines.push(`- ${escapeMarkdown(healthLine(h, formatDay))}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
