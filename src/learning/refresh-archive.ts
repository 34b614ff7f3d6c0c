/**
 * Bring the stored paragraphs of past issues up to date with `links.archive`: files that are
 * new or changed (size, modification time) are read again, files gone are forgotten. A file
 * that cannot be read keeps what was stored of it and is named in the problems.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { listDocuments } from '../links/collect.js';
import { listArchiveFiles, saveArchive, type StoredFile } from '../store/archive-paragraphs.js';
import type { Db } from '../store/db.js';
import type { ArchiveParagraph } from '../model/archive.js';
import { readArchiveParagraphs } from './archive.js';

export interface ArchiveRefresh {
  files: number;
  read: number;
  problems: string[];
}

function documentsOf(entry: string): string[] {
  try {
    return statSync(entry).isDirectory() ? listDocuments(entry) : [entry];
  } catch {
    return [];
  }
}

export async function refreshArchive(db: Db, config: Config, baseDir: string): Promise<ArchiveRefresh> {
  const files = [...new Set(config.links.archive.flatMap((entry) => documentsOf(path.resolve(baseDir, entry))))];
  const stored = new Map(listArchiveFiles(db).map((file) => [file.file, file]));
  const changed: Array<StoredFile & { paragraphs: ArchiveParagraph[] }> = [];
  const problems: string[] = [];
  const keep: string[] = [];
  for (const file of files) {
    keep.push(file);
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      problems.push(`${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    const known = stored.get(file);
    if (known && known.size === stat.size && known.mtimeMs === Math.round(stat.mtimeMs)) continue;
    try {
      changed.push({ file, size: stat.size, mtimeMs: stat.mtimeMs, paragraphs: await readArchiveParagraphs(file) });
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  saveArchive(db, changed, keep);
  return { files: files.length, read: changed.length, problems };
}
