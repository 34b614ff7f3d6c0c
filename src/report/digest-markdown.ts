/** The digest as Markdown: for mail, a wiki, or pasting into the issue draft. */
import type { Digest } from '../model/digest.js';
import { verdictLabel } from '../model/verdicts.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeMarkdown, escapeMarkdownLine, markdownUrl } from './escape.js';
import { formatReasons } from './reasons.js';
import { earlierSteps, stepText } from './step-text.js';

/** Candidates only: source health is the maintainers' file (health-markdown.ts says why). */
export function formatDigestMarkdown(digest: Digest): string {
  const lines: string[] = [];
  const count = digest.sections.reduce((n, s) => n + s.candidates.length, 0);
  lines.push(`# Kandidater ${formatDay(digest.period.from)} – ${formatDay(digest.period.to)}`, '');
  lines.push(`${count} kandidater, laget ${formatDateTime(digest.generatedAt)}.`, '');
  if (count === 0) lines.push('_Ingen nye kandidater i perioden._', '');
  for (const section of digest.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const c of section.candidates) {
      const date = c.published?.iso ? formatDay(c.published.iso) : c.published?.raw ?? 'uten dato';
      lines.push(`### [${escapeMarkdown(c.title)}](${markdownUrl(c.url)})`, '');
      const also = c.sourceIds.length > 1 ? ` (også: ${c.sourceIds.slice(1).join(', ')})` : '';
      const link = c.link ? ` · lenke: ${c.link.dead ? 'død' : verdictLabel(c.link.verdict, 'nb')}` : '';
      lines.push(`*${escapeMarkdown(c.sourceName)}${escapeMarkdown(also)} · ${escapeMarkdown(date)} · score ${c.score}${escapeMarkdown(link)}*`, '');
      if (c.event) lines.push(`**${escapeMarkdown(stepText(c.event))}**`, '');
      const earlier = earlierSteps(c.history, c.event);
      if (earlier.length > 0) lines.push(`Før: ${escapeMarkdown(earlier.map((step) => stepText(step)).join(' · '))}`, '');
      if (c.summary) lines.push(escapeMarkdownLine(c.summary), '');
      lines.push(`<sub>${escapeMarkdown(formatReasons(c.reasons))}</sub>`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
