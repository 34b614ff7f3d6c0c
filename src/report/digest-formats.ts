/** The digest's formats: one registry driving `sourcewatch digest --format` and the files a run writes. */
import type { Digest } from '../model/digest.js';
import { formatDigestHtml } from './digest-html.js';
import { formatDigestJson } from './digest-json.js';
import { formatDigestMarkdown } from './digest-markdown.js';
import type { DigestFormat } from './format-names.js';
import { FILE_TYPES, type OutputFormat } from './output-format.js';

export const DIGEST_FORMATS = {
  md: { ...FILE_TYPES.md, render: formatDigestMarkdown },
  html: { ...FILE_TYPES.html, render: formatDigestHtml },
  json: { ...FILE_TYPES.json, render: formatDigestJson },
} as const satisfies Record<DigestFormat, OutputFormat<Digest>>;
