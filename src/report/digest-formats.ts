/** The digest's formats: one registry driving `sourcewatch digest --format` and the files a run writes. */
import type { Digest } from '../model/digest.js';
import { formatDigestAtom } from './candidates-feed.js';
import { formatDigestHtml } from './digest-html.js';
import { formatDigestJson } from './digest-json.js';
import { formatDigestMarkdown } from './digest-markdown.js';
import type { DigestFormat } from './format-names.js';
import { FILE_TYPES, type OutputFormat } from './output-format.js';

export const DIGEST_FORMATS = {
  md: { ...FILE_TYPES.md, render: formatDigestMarkdown },
  html: { ...FILE_TYPES.html, render: formatDigestHtml },
  json: { ...FILE_TYPES.json, render: formatDigestJson },
  // The candidates as a feed a reader can follow (the candidates only: source health is for maintainers).
  atom: { ...FILE_TYPES.atom, render: formatDigestAtom },
} as const satisfies Record<DigestFormat, OutputFormat<Digest>>;
