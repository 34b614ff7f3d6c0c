/**
 * What the store keeps of link monitoring: the verdict names, where a link stands, and one
 * check's result. Link checking (src/links/) draws these; the store and the reports read them.
 */

/** The verdict names, exactly as they appear in the JSON report. */
export const VERDICTS = [
  'ok',
  'redirected',
  'broken',
  'server-error',
  'timeout',
  'network-error',
  'blocked',
  'needs-login',
  'rate-limited',
  'soft-404',
  'missing-fragment',
  'excluded',
  'unsupported',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where a link stands: a file and a page (PDF) or line (text, Markdown, HTML). */
export interface LinkLocation {
  file: string;
  page?: number;
  line?: number;
}

/** What checking one URL concluded. */
export interface LinkResult {
  url: string;
  verdict: Verdict;
  httpStatus: number | null;
  finalUrl: string | null;
  /** A permanent redirect (301/308) was among the hops: the link should be updated. */
  permanent: boolean;
  detail: string;
  redirects: Array<{ url: string; status: number }>;
  durationMs: number;
  /** Served from the success cache instead of being requested this run. */
  cached?: boolean;
  /**
   * No answer came from the host at all (name not resolved, refused, reset, timed out): the
   * check says nothing about the page, and when every link is like this the network is down.
   */
  unreachable?: boolean;
}
