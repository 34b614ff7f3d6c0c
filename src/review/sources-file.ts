/**
 * sources.json as the Kilder tab changes it: one source's edit validated with the loader's own
 * checks against the whole file, written atomically, the version it replaces kept in a history
 * folder (the last HISTORY_KEEP), and the newest kept version restorable. A run reads the file
 * anew; a running review page reloads it when its modification time changes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type ConfigIssue } from '../config/errors.js';
import { parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { applyEdit, configText, withSource, type JsonObject, type SourceEdit } from './source-edit.js';

export const HISTORY_KEEP = 10;

export interface SourcesFile {
  /** sources.json itself. */
  path: string;
  /** Where earlier versions are kept (storage/sources-history). */
  historyDir: string;
}

export type ReadResult = { ok: true; json: JsonObject } | { ok: false; issues: ConfigIssue[] };

/** The file as written (before defaults), or why it cannot be read as JSON. */
export function readSourcesJson(file: SourcesFile): ReadResult {
  try {
    const value: unknown = JSON.parse(readFileSync(file.path, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, issues: [{ path: '', message: 'not a JSON object' }] };
    return { ok: true, json: value as JsonObject };
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

/** The index of a source in the file's list, or -1. */
export function sourceIndex(json: JsonObject, id: string): number {
  return Array.isArray(json.sources) ? (json.sources as unknown[]).findIndex((s) => typeof s === 'object' && s !== null && (s as JsonObject).id === id) : -1;
}

export type EditResult =
  | { ok: true; json: JsonObject; config: Config; index: number }
  | { ok: false; issues: ConfigIssue[]; index: number };

/** The file with one source edited, checked as the loader checks it (nothing written). */
export function editedSources(json: JsonObject, id: string, edit: SourceEdit): EditResult {
  const index = sourceIndex(json, id);
  if (index < 0) return { ok: false, issues: [{ path: 'sources', message: `unknown source "${id}"` }], index };
  const source = applyEdit((json.sources as JsonObject[])[index]!, edit);
  const next = withSource(json, index, source);
  const checked = validate(next);
  return 'issues' in checked ? { ok: false, issues: checked.issues, index } : { ok: true, json: next, config: checked.config, index };
}

function validate(json: unknown): { config: Config } | { issues: ConfigIssue[] } {
  try {
    return { config: parseConfig(json) };
  } catch (error) {
    if (error instanceof ConfigError) return { issues: error.issues };
    throw error;
  }
}

/** History file names sort by time: sources-20261129T070000123Z-0.json. */
function historyName(at: Date, n: number): string {
  return `sources-${at.toISOString().replace(/[-:.]/g, '')}-${n}.json`;
}

export function listHistory(file: SourcesFile): Array<{ name: string; savedAt: Date }> {
  if (!existsSync(file.historyDir)) return [];
  return readdirSync(file.historyDir)
    .filter((name) => /^sources-\d{8}T\d{9}Z-\d+\.json$/.test(name))
    .sort()
    .reverse()
    .map((name) => ({ name, savedAt: statSync(path.join(file.historyDir, name)).mtime }));
}

function keepCurrent(file: SourcesFile, now: Date): void {
  mkdirSync(file.historyDir, { recursive: true });
  let n = 0;
  while (existsSync(path.join(file.historyDir, historyName(now, n)))) n += 1;
  writeFileAtomic(path.join(file.historyDir, historyName(now, n)), readFileSync(file.path, 'utf8'));
  for (const old of listHistory(file).slice(HISTORY_KEEP)) rmSync(path.join(file.historyDir, old.name), { force: true });
}

/** Write the new text, keeping the version it replaces. */
export function saveSourcesJson(file: SourcesFile, json: JsonObject, now: Date): void {
  keepCurrent(file, now);
  writeFileAtomic(file.path, configText(json));
}

export type RestoreResult = { ok: true } | { ok: false; reason: 'no-history' | 'invalid'; issues?: ConfigIssue[] };

/**
 * Put the newest kept version back. The version it replaces is kept in its turn, so a restore
 * can itself be undone the same way.
 */
export function restorePrevious(file: SourcesFile, now: Date): RestoreResult {
  const newest = listHistory(file)[0];
  if (!newest) return { ok: false, reason: 'no-history' };
  const kept = path.join(file.historyDir, newest.name);
  const text = readFileSync(kept, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'invalid', issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const checked = validate(value);
  if ('issues' in checked) return { ok: false, reason: 'invalid', issues: checked.issues };
  rmSync(kept);
  keepCurrent(file, now);
  writeFileAtomic(file.path, text);
  return { ok: true };
}
