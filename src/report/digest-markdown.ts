/** The digest as Markdown: for mail, a wiki, or pasting into the issue draft. */
import type { Digest } from '../model/digest.js';
import { formatDateTime, formatDay } from '../time/oslo.js';
import { escapeMarkdown, escapeMarkdownLine, markdownUrl } from './escape.js';
import { formatReasons } from './reasons.js';
import { reportText, type TextLanguage } from './report-text.js';
import { earlierSteps, stepText } from './step-text.js';

/** Candidates only: source health is the maintainers' file (health-markdown.ts says why). */
export function formatDigestMarkdown(digest: Digest, language: TextLanguage = 'nb'): string {
  const t = reportText(language);
  const day = (iso: string): string => formatDay(iso, language);
  const lines: string[] = [];
  const count = digest.sections.reduce((n, s) => n + s.candidates.length, 0);
  lines.push(`# ${t.digestTitle(day(digest.period.from), day(digest.period.to))}`, '');
  lines.push(`${t.digestMeta(count, formatDateTime(digest.generatedAt, language))}.`, '');
  if (count === 0) lines.push(`_${t.noCandidates}_`, '');
  for (const section of digest.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const c of section.candidates) {
      const date = c.published?.iso ? day(c.published.iso) : c.published?.raw ?? t.noDate;
      lines.push(`### [${escapeMarkdown(c.title)}](${markdownUrl(c.url)})`, '');
      const also = c.sourceIds.length > 1 ? ` (${t.alsoShort}: ${c.sourceIds.slice(1).join(', ')})` : '';
      const link = c.link ? ` · ${t.link}: ${c.link.dead ? t.dead : t.verdict(c.link.verdict)}` : '';
      lines.push(`*${escapeMarkdown(c.sourceName)}${escapeMarkdown(also)} · ${escapeMarkdown(date)} · ${t.score} ${c.score}${escapeMarkdown(link)}*`, '');
      if (c.event) lines.push(`**${escapeMarkdown(stepText(c.event, day, t))}**`, '');
      const earlier = earlierSteps(c.history, c.event);
      if (earlier.length > 0) lines.push(`${t.before}: ${escapeMarkdown(earlier.map((step) => stepText(step, day, t)).join(' · '))}`, '');
      if (c.summary) lines.push(escapeMarkdownLine(c.summary), '');
      lines.push(`<sub>${escapeMarkdown(formatReasons(c.reasons, t))}</sub>`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
