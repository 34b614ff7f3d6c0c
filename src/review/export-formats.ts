/**
 * The issue export's formats: one registry driving the export routes (download and content
 * type) and the export page's copy blocks. `paste` is what an editor copies into the
 * newsletter; `render` is the file downloaded (for HTML a whole page, not just the fragment).
 */
import { FILE_TYPES, type OutputFormat } from '../report/output-format.js';
import { exportHtmlDocument, exportHtmlFragment, exportJson, exportMarkdown, type IssueExport } from './export.js';

export interface IssueExportFormat extends OutputFormat<IssueExport> {
  title: string;
  paste(exp: IssueExport): string;
}

export const ISSUE_EXPORT_FORMATS = {
  md: { ...FILE_TYPES.md, title: 'Markdown', render: exportMarkdown, paste: exportMarkdown },
  html: { ...FILE_TYPES.html, title: 'HTML', render: exportHtmlDocument, paste: exportHtmlFragment },
  json: { ...FILE_TYPES.json, title: 'JSON', render: exportJson, paste: exportJson },
} as const satisfies Record<string, IssueExportFormat>;

export type IssueExportFormatName = keyof typeof ISSUE_EXPORT_FORMATS;
export const ISSUE_EXPORT_FORMAT_NAMES = Object.keys(ISSUE_EXPORT_FORMATS) as IssueExportFormatName[];

export function isIssueExportFormat(name: string): name is IssueExportFormatName {
  return (ISSUE_EXPORT_FORMAT_NAMES as string[]).includes(name);
}
