/**
 * What every output format has: a way to render a value, the media type it is served as, and
 * the file extension it is written with. Each kind of output (digest, link report, issue
 * export) keeps one registry of these, `satisfies Record<ItsFormat, OutputFormat<…>>`, so a
 * new format name is a compile error until it can be rendered, served and written.
 */
import type { TextLanguage } from './report-text.js';

export interface OutputFormat<T> {
  /** In the reader's language (`review.language`); formats for machines ignore it. */
  render(value: T, language?: TextLanguage): string;
  mime: string;
  extension: string;
}

/** The media type and extension of each kind of file we write: said once for every registry. */
export const FILE_TYPES = {
  md: { mime: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { mime: 'text/html; charset=utf-8', extension: 'html' },
  json: { mime: 'application/json; charset=utf-8', extension: 'json' },
  csv: { mime: 'text/csv; charset=utf-8', extension: 'csv' },
  text: { mime: 'text/plain; charset=utf-8', extension: 'txt' },
  atom: { mime: 'application/atom+xml; charset=utf-8', extension: 'atom' },
} as const satisfies Record<string, Omit<OutputFormat<never>, 'render'>>;
