/** Writing a digest to disk in every format, each file atomically. */
import path from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { formatDigestHtml } from '../report/digest-html.js';
import { formatDigestJson } from '../report/digest-json.js';
import { formatDigestMarkdown } from '../report/digest-markdown.js';
import type { Digest } from '../model/digest.js';

export type DigestFormat = 'md' | 'html' | 'json';

export function formatDigest(digest: Digest, format: DigestFormat): string {
  switch (format) {
    case 'md':
      return formatDigestMarkdown(digest);
    case 'html':
      return formatDigestHtml(digest);
    case 'json':
      return formatDigestJson(digest);
  }
}

/** storage/digests/digest-2026-11-28.{md,html,json}, plus latest.* copies. */
export function writeDigestFiles(digest: Digest, dir: string, day: string): Record<DigestFormat, string> {
  const out = {} as Record<DigestFormat, string>;
  for (const format of ['md', 'html', 'json'] as const) {
    const content = formatDigest(digest, format);
    const file = path.join(dir, `digest-${day}.${format}`);
    writeFileAtomic(file, content);
    writeFileAtomic(path.join(dir, `latest.${format}`), content);
    out[format] = file;
  }
  return out;
}
