/** Recorded publications and the identity keys that find them again. */
import type { Item, PublishedDate } from '../model.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';

interface ItemRow {
  id: string;
  source_id: string;
  title: string;
  url: string;
  canonical_url: string;
  published_raw: string | null;
  published_at: string | null;
  published_date_only: number;
  summary: string | null;
  first_seen: string;
  baseline: number;
  source_ids: string | null;
}

function toItem(row: ItemRow): Item {
  const published: PublishedDate | null =
    row.published_raw !== null
      ? { raw: row.published_raw, iso: row.published_at, dateOnly: row.published_date_only === 1 }
      : null;
  const sourceIds = row.source_ids ? row.source_ids.split(',') : [row.source_id];
  return {
    id: row.id,
    sourceId: row.source_id,
    sourceIds: [row.source_id, ...sourceIds.filter((id) => id !== row.source_id)],
    title: row.title,
    url: row.url,
    canonicalUrl: row.canonical_url,
    published,
    summary: row.summary,
    firstSeen: row.first_seen,
    baseline: row.baseline === 1,
  };
}

const SELECT_ITEM = `
  SELECT i.*, (SELECT group_concat(s.source_id) FROM item_sources s WHERE s.item_id = i.id) AS source_ids
  FROM items i`;

/** The item any of these keys already belongs to, if any. */
export function findItemIdByKeys(db: Db, keys: string[]): string | undefined {
  const statement = prepared<[string], { item_id: string }>(db, 'SELECT item_id FROM item_keys WHERE key = ?');
  for (const key of keys) {
    const row = statement.get(key);
    if (row) return row.item_id;
  }
  return undefined;
}

export function insertItem(db: Db, item: Item, runId: string): void {
  prepared(
    db,
    `INSERT INTO items (id, source_id, title, url, canonical_url, published_raw, published_at, published_date_only,
       summary, first_seen, last_seen, baseline, run_id)
     VALUES (@id, @sourceId, @title, @url, @canonicalUrl, @publishedRaw, @publishedAt, @dateOnly,
       @summary, @firstSeen, @firstSeen, @baseline, @runId)`,
  ).run({
    id: item.id,
    sourceId: item.sourceId,
    title: item.title,
    url: item.url,
    canonicalUrl: item.canonicalUrl,
    publishedRaw: item.published?.raw ?? null,
    publishedAt: item.published?.iso ?? null,
    dateOnly: item.published?.dateOnly ? 1 : 0,
    summary: item.summary,
    firstSeen: item.firstSeen,
    baseline: item.baseline ? 1 : 0,
    runId,
  });
}

/** Attach keys to an item; a key already held (by it or another item) is left as it is. */
export function addItemKeys(db: Db, itemId: string, keys: string[]): void {
  const statement = prepared(db, 'INSERT OR IGNORE INTO item_keys (key, item_id) VALUES (?, ?)');
  for (const key of keys) statement.run(key, itemId);
}

/** Record that a source listed an item (again), and refresh what may have changed. */
export function recordSighting(
  db: Db,
  itemId: string,
  sighting: { sourceId: string; url: string; at: string; summary?: string | null },
): void {
  prepared(db, 'INSERT OR IGNORE INTO item_sources (item_id, source_id, url, first_seen) VALUES (?, ?, ?, ?)').run(
    itemId,
    sighting.sourceId,
    sighting.url,
    sighting.at,
  );
  prepared(db, 'UPDATE items SET last_seen = ?, summary = coalesce(summary, ?) WHERE id = ?').run(
    sighting.at,
    sighting.summary ?? null,
    itemId,
  );
}

export function getItem(db: Db, id: string): Item | undefined {
  const row = db.prepare<[string], ItemRow>(`${SELECT_ITEM} WHERE i.id = ?`).get(id);
  return row ? toItem(row) : undefined;
}

/** Items first seen in [from, to), baseline ones left out unless asked for. */
export function listItemsFirstSeen(db: Db, from: string, to: string, options: { includeBaseline?: boolean } = {}): Item[] {
  const rows = db
    .prepare<[string, string, number], ItemRow>(
      `${SELECT_ITEM} WHERE i.first_seen >= ? AND i.first_seen < ? AND (i.baseline = 0 OR ?) ORDER BY i.first_seen`,
    )
    .all(from, to, options.includeBaseline ? 1 : 0);
  return rows.map(toItem);
}

export function countItems(db: Db): { total: number; baseline: number } {
  return db.prepare('SELECT count(*) AS total, coalesce(sum(baseline), 0) AS baseline FROM items').get() as {
    total: number;
    baseline: number;
  };
}

/** The canonical URLs an item is known under (its `url:` keys): a sak and its Dokument 8 are one item. */
export function listItemUrls(db: Db, itemId: string): string[] {
  return prepared<[string], { key: string }>(db, "SELECT key FROM item_keys WHERE item_id = ? AND key LIKE 'url:%' ORDER BY key")
    .all(itemId)
    .map((row) => row.key.slice('url:'.length));
}
