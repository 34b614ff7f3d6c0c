/**
 * The sources.json a replay runs with: the shipped one (or another given), copied to a temp
 * dir with the archive of past issues pointed at the replay's own earlier issue — the replayed
 * issue must not be in the archive a ranking might learn from — and every candidate shown
 * (digest.maxPerSection), so that a chosen item's rank is its real rank.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import type { Config } from '../src/config/schema.js';

/** Larger than any section's candidates in a replay. */
export const EVERY_CANDIDATE = 100_000;

export interface ReplayConfig {
  config: Config;
  /** The written copy of sources.json. */
  configPath: string;
  /** Where its relative paths start. */
  configDir: string;
}

export function prepareConfig(options: { sourcesPath: string; archiveIssue: string; dir: string }): ReplayConfig {
  const raw = JSON.parse(readFileSync(options.sourcesPath, 'utf8')) as Record<string, unknown>;
  // The schema reference is relative to the shipped file; the copy does without it.
  delete raw.$schema;
  const archiveName = path.basename(options.archiveIssue);
  copyFileSync(options.archiveIssue, path.join(options.dir, archiveName));
  const links = (raw.links ?? {}) as Record<string, unknown>;
  const digest = (raw.digest ?? {}) as Record<string, unknown>;
  raw.links = { ...links, archive: [archiveName] };
  raw.digest = { ...digest, maxPerSection: EVERY_CANDIDATE };
  const configPath = path.join(options.dir, 'sources.json');
  writeFileSync(configPath, `${JSON.stringify(raw, null, 2)}\n`);
  return { config: loadConfig(configPath), configPath, configDir: options.dir };
}
