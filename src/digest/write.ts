/** Writing a digest to disk in every format, atomically (temp file + rename). */
import { mkdirSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import path from 'node:path';
import { DIGEST_FORMATS } from '../report/digest-formats.js';
import { DIGEST_FORMAT_NAMES, type DigestFormat } from '../report/format-names.js';
import type { Digest } from './types.js';

export type { DigestFormat };

export function formatDigest(digest: Digest, format: DigestFormat): string {
  return DIGEST_FORMATS[format].render(digest);
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

/** storage/digests/digest-2026-11-28.{md,html,json} (every registered format), plus latest.* copies. */
export function writeDigestFiles(digest: Digest, dir: string, day: string): Record<DigestFormat, string> {
  const written = DIGEST_FORMAT_NAMES.map((format): [DigestFormat, string] => {
    const { extension, render } = DIGEST_FORMATS[format];
    const content = render(digest);
    const file = path.join(dir, `digest-${day}.${extension}`);
    writeFileAtomic(file, content);
    writeFileAtomic(path.join(dir, `latest.${extension}`), content);
    return [format, file];
  });
  return Object.fromEntries(written) as Record<DigestFormat, string>;
}
