/** Writing a digest to disk in every format, atomically (temp file + rename). */
import { mkdirSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import path from 'node:path';
import { formatDigestHtml } from '../report/digest-html.js';
import { formatDigestJson } from '../report/digest-json.js';
import { formatDigestMarkdown } from '../report/digest-markdown.js';
import type { Digest } from './types.js';

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

/** Write a file so that a reader (or a crash) sees the old content or the new, never half. */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  const fd = openSync(temp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
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
