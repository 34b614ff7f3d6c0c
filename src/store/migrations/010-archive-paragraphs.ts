/**
 * The paragraphs of the past issues in `links.archive`: what the ranking learns from. Kept
 * per file with its size and modification time, so a run re-reads only what changed.
 */
export const archiveParagraphTables = `
  CREATE TABLE archive_paragraphs (
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    hosts TEXT NOT NULL,
    PRIMARY KEY (file, ordinal)
  );
`;
