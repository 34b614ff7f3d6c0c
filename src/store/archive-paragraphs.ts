/** The stored paragraphs of past issues (see migrations/010-archive-paragraphs.ts). */
import type { ArchiveParagraph } from '../model/archive.js';
import { writeTransaction, type Db } from './db.js';
import { prepared } from './prepared.js';

export interface StoredFile {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface IssueParagraph extends ArchiveParagraph {
  file: string;
}

export function listArchiveFiles(db: Db): StoredFile[] {
  return prepared<[], StoredFile>(db, 'SELECT file, max(size) AS size, max(mtime_ms) AS mtimeMs FROM archive_paragraphs GROUP BY file ORDER BY file').all();
}

/** Replace the paragraphs of these files, and forget files no longer in the archive, in one transaction. */
export function saveArchive(db: Db, changed: Array<StoredFile & { paragraphs: ArchiveParagraph[] }>, keep: string[]): void {
  writeTransaction(db, () => {
    const kept = new Set(keep);
    for (const { file } of listArchiveFiles(db)) {
      if (!kept.has(file)) prepared(db, 'DELETE FROM archive_paragraphs WHERE file = ?').run(file);
    }
    for (const entry of changed) {
      prepared(db, 'DELETE FROM archive_paragraphs WHERE file = ?').run(entry.file);
      const insert = prepared(db, 'INSERT INTO archive_paragraphs (file, size, mtime_ms, ordinal, text, hosts) VALUES (?, ?, ?, ?, ?, ?)');
      // A file without a paragraph keeps a marker row, so it is not read again until it changes.
      const rows = entry.paragraphs.length > 0 ? entry.paragraphs : [{ text: '', hosts: [] }];
      rows.forEach((paragraph, ordinal) => insert.run(entry.file, entry.size, Math.round(entry.mtimeMs), ordinal, paragraph.text, paragraph.hosts.join(' ')));
    }
  });
}

export function listArchiveParagraphs(db: Db): IssueParagraph[] {
  return prepared<[], { file: string; text: string; hosts: string }>(db, "SELECT file, text, hosts FROM archive_paragraphs WHERE text <> '' ORDER BY file, ordinal")
    .all()
    .map((row) => ({ file: row.file, text: row.text, hosts: row.hosts === '' ? [] : row.hosts.split(' ') }));
}
