/** The link report's formats: one registry driving `sourcewatch links check --format`. */
import type { LinkReport } from '../links/report.js';
import type { LinkReportFormat } from './format-names.js';
import { formatLinksCsv, formatLinksHtml, formatLinksMarkdown, formatLinksText, linksToJson } from './links.js';
import { FILE_TYPES, type OutputFormat } from './output-format.js';
import type { TextLanguage } from './report-text.js';

export const LINK_REPORT_FORMATS = {
  md: { ...FILE_TYPES.md, render: formatLinksMarkdown },
  html: { ...FILE_TYPES.html, render: formatLinksHtml },
  json: { ...FILE_TYPES.json, render: (report) => `${JSON.stringify(linksToJson(report), null, 2)}\n` },
  csv: { ...FILE_TYPES.csv, render: formatLinksCsv },
  text: { ...FILE_TYPES.text, render: formatLinksText },
} as const satisfies Record<LinkReportFormat, OutputFormat<LinkReport>>;

/** `language`: the editors' (`review.language`); the text, JSON and CSV formats are English either way. */
export function formatLinkReport(report: LinkReport, format: LinkReportFormat, language: TextLanguage = 'nb'): string {
  return LINK_REPORT_FORMATS[format].render(report, language);
}
