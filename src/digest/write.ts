/** Writing a digest to disk in every format, each file atomically. */
import path from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { DIGEST_FORMATS } from '../report/digest-formats.js';
import { formatHealthMarkdown } from '../report/health-markdown.js';
import type { TextLanguage } from '../report/report-text.js';
import { DIGEST_FORMAT_NAMES, type DigestFormat } from '../report/format-names.js';
import type { Digest } from '../model/digest.js';
import { digestFileName, healthFileName } from './file-names.js';

export type { DigestFormat };

export function formatDigest(digest: Digest, format: DigestFormat, language: TextLanguage = 'nb'): string {
  return DIGEST_FORMATS[format].render(digest, language);
}

/**
 * storage/digests/digest-2026-11-28.{md,html,json,atom} (every registered format), plus latest.* copies,
 * and beside them the maintainers' health-2026-11-28.md (and latest-health.md): what the digest may miss.
 */
export function writeDigestFiles(digest: Digest, dir: string, day: string, language: TextLanguage = 'nb'): Record<DigestFormat, string> {
  const written = DIGEST_FORMAT_NAMES.map((format): [DigestFormat, string] => {
    const { extension, render } = DIGEST_FORMATS[format];
    const content = render(digest, language);
    const file = path.join(dir, digestFileName(day, extension));
    writeFileAtomic(file, content);
    writeFileAtomic(path.join(dir, `latest.${extension}`), content);
    return [format, file];
  });
  const health = formatHealthMarkdown(digest, language);
  writeFileAtomic(path.join(dir, healthFileName(day)), health);
  writeFileAtomic(path.join(dir, 'latest-health.md'), health);
  return Object.fromEntries(written) as Record<DigestFormat, string>;
}
