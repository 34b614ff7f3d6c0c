/**
 * Each digest format's renderer, loaded when asked for: `sourcewatch digest --format json`
 * loads the JSON writer, not the HTML, Markdown and Atom ones (with node:crypto) besides it.
 * The same functions as DIGEST_FORMATS (digest-formats.ts), which writes every format at once;
 * test/report/digest-renderers.test.ts holds the two tables together.
 */
import type { Digest } from '../model/digest.js';
import type { DigestFormat } from './format-names.js';
import type { TextLanguage } from './report-text.js';

export type DigestRenderer = (digest: Digest, language?: TextLanguage) => string;

export const DIGEST_RENDERERS = {
  md: async () => (await import('./digest-markdown.js')).formatDigestMarkdown,
  html: async () => (await import('./digest-html.js')).formatDigestHtml,
  json: async () => (await import('./digest-json.js')).formatDigestJson,
  atom: async () => (await import('./candidates-feed.js')).formatDigestAtom,
} as const satisfies Record<DigestFormat, () => Promise<DigestRenderer>>;
