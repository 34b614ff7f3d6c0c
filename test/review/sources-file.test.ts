/** sources.json written from the Kilder tab: the history keeps the last versions, and a restore is checked first. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editOfSource } from '../../src/review/source-edit.js';
import { HISTORY_KEEP, editedSources, listHistory, readSourcesJson, restorePrevious, saveSourcesJson, type SourcesFile } from '../../src/review/sources-file.js';
import { tempDir } from '../helpers/runtime.js';

const json = {
  version: 1,
  sections: [{ id: 'forskning', title: 'Forskning' }],
  ranking: { keywords: [{ label: 'mh', terms: ['menneskehandel*'], weight: 5 }] },
  sources: [{ id: 'fafo', name: 'Fafo', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/rss' }],
};
const text = `${JSON.stringify(json, null, 2)}\n`;

let dir: string;
let file: SourcesFile;

beforeEach(() => {
  dir = tempDir('sourcewatch-sources-file-');
  file = { path: path.join(dir, 'sources.json'), historyDir: path.join(dir, 'storage', 'sources-history') };
  writeFileSync(file.path, text);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function weight(n: number) {
  const read = readSourcesJson(file);
  if (!read.ok) throw new Error('unreadable');
  const result = editedSources(read.json, 'fafo', { ...editOfSource((read.json.sources as Array<Record<string, unknown>>)[0]!), weight: n });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.json;
}

describe('sources-file', () => {
  it(`keeps the last ${HISTORY_KEEP} versions`, () => {
    for (let i = 1; i <= HISTORY_KEEP + 2; i += 1) saveSourcesJson(file, weight(i), new Date(Date.UTC(2026, 10, 29, 7, 0, i)));
    const kept = listHistory(file);
    expect(kept).toHaveLength(HISTORY_KEEP);
    expect(readdirSync(file.historyDir)).toHaveLength(HISTORY_KEEP);
    // Newest first: the version before the last save had weight 11.
    expect(readFileSync(path.join(file.historyDir, kept[0]!.name), 'utf8')).toContain('"weight": 11');
  });

  it('says when there is nothing to restore, and refuses a kept version that is not valid', () => {
    expect(restorePrevious(file, new Date())).toEqual({ ok: false, reason: 'no-history' });
    saveSourcesJson(file, weight(3), new Date('2026-11-29T07:00:00Z'));
    const [kept] = listHistory(file);
    writeFileSync(path.join(file.historyDir, kept!.name), '{"version": 1}');
    const before = readFileSync(file.path, 'utf8');
    const result = restorePrevious(file, new Date('2026-11-29T08:00:00Z'));
    expect(result.ok).toBe(false);
    expect(readFileSync(file.path, 'utf8')).toBe(before);
  });

  it('refuses an edit naming an unknown source', () => {
    const read = readSourcesJson(file);
    if (!read.ok) throw new Error('unreadable');
    const result = editedSources(read.json, 'nope', editOfSource({}));
    expect(result.ok).toBe(false);
  });
});
