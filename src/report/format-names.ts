/**
 * The format names of each kind of output, with nothing else so the command line can offer
 * them as choices without loading the renderers. Each list is the union its registry must
 * cover (report/digest-formats.ts, report/link-report-formats.ts).
 */
export const DIGEST_FORMAT_NAMES = ['md', 'html', 'json', 'atom'] as const;
export type DigestFormat = (typeof DIGEST_FORMAT_NAMES)[number];

export const LINK_REPORT_FORMAT_NAMES = ['md', 'html', 'json', 'csv', 'text'] as const;
export type LinkReportFormat = (typeof LINK_REPORT_FORMAT_NAMES)[number];
