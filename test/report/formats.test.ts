import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/model/digest.js';
import { formatDigest, writeDigestFiles } from '../../src/digest/write.js';
import { DIGEST_FORMATS } from '../../src/report/digest-formats.js';
import { DIGEST_FORMAT_NAMES, LINK_REPORT_FORMAT_NAMES } from '../../src/report/format-names.js';
import { LINK_REPORT_FORMATS } from '../../src/report/link-report-formats.js';
import { ISSUE_EXPORT_FORMATS, ISSUE_EXPORT_FORMAT_NAMES, isIssueExportFormat } from '../../src/review/export-formats.js';

const digest: Digest = {
  period: { from: '2026-11-19T06:00:00.000Z', to: '2026-11-26T06:00:00.000Z' },
  generatedAt: '2026-11-26T06:00:00.000Z',
  sections: [{ id: 'forskning', title: 'Forskning', candidates: [] }],
  health: [],
};

describe('format registries', () => {
  it('offer on the command line exactly the formats they can render', () => {
    expect(Object.keys(DIGEST_FORMATS)).toEqual([...DIGEST_FORMAT_NAMES]);
    expect(Object.keys(LINK_REPORT_FORMATS).sort()).toEqual([...LINK_REPORT_FORMAT_NAMES].sort());
  });

  it.each([
    ['digest md', DIGEST_FORMATS.md, 'text/markdown; charset=utf-8', 'md'],
    ['digest html', DIGEST_FORMATS.html, 'text/html; charset=utf-8', 'html'],
    ['digest json', DIGEST_FORMATS.json, 'application/json; charset=utf-8', 'json'],
    ['digest atom', DIGEST_FORMATS.atom, 'application/atom+xml; charset=utf-8', 'atom'],
    ['links text', LINK_REPORT_FORMATS.text, 'text/plain; charset=utf-8', 'txt'],
    ['links csv', LINK_REPORT_FORMATS.csv, 'text/csv; charset=utf-8', 'csv'],
    ['export md', ISSUE_EXPORT_FORMATS.md, 'text/markdown; charset=utf-8', 'md'],
    ['export html', ISSUE_EXPORT_FORMATS.html, 'text/html; charset=utf-8', 'html'],
    ['export json', ISSUE_EXPORT_FORMATS.json, 'application/json; charset=utf-8', 'json'],
  ])('%s is served as %s and written as .%s', (_name, format, mime, extension) => {
    expect(format.mime).toBe(mime);
    expect(format.extension).toBe(extension);
  });

  it.each([
    ['md', true],
    ['html', true],
    ['json', true],
    ['csv', false],
    ['toString', false],
  ])('the issue export knows %s: %s', (name, known) => {
    expect(isIssueExportFormat(name)).toBe(known);
  });

  it('lists the issue export formats in the order the page shows them', () => {
    expect(ISSUE_EXPORT_FORMAT_NAMES).toEqual(['md', 'html', 'json']);
  });
});

describe('writeDigestFiles', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every registered format, dated and as latest, each as its renderer makes it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sw-formats-'));
    const files = writeDigestFiles(digest, dir, '2026-11-26');
    expect(readdirSync(dir).sort()).toEqual([
      'digest-2026-11-26.atom', 'digest-2026-11-26.html', 'digest-2026-11-26.json', 'digest-2026-11-26.md',
      'health-2026-11-26.md', 'latest-health.md', 'latest.atom', 'latest.html', 'latest.json', 'latest.md',
    ]);
    expect(Object.keys(files)).toEqual([...DIGEST_FORMAT_NAMES]);
    for (const format of DIGEST_FORMAT_NAMES) {
      expect(files[format]).toBe(path.join(dir, `digest-2026-11-26.${format}`));
      expect(readFileSync(files[format], 'utf8')).toBe(formatDigest(digest, format));
      expect(readFileSync(path.join(dir, `latest.${format}`), 'utf8')).toBe(formatDigest(digest, format));
    }
    expect(JSON.parse(readFileSync(files.json, 'utf8'))).toMatchObject({ generatedAt: '2026-11-26T06:00:00.000Z' });
    expect(readFileSync(files.md, 'utf8')).toContain('Ingen nye kandidater');
    // The maintainers' health file beside it, every run, even when every source worked.
    expect(readFileSync(path.join(dir, 'health-2026-11-26.md'), 'utf8')).toContain('Alle kilder virket');
    expect(readFileSync(path.join(dir, 'latest-health.md'), 'utf8')).toBe(readFileSync(path.join(dir, 'health-2026-11-26.md'), 'utf8'));
  });
});
