/**
 * The diff against state: each identified item is either already known under one of its keys
 * (a sighting: keys and sources are added) or new (inserted). A step the source reports for
 * an item known before this run (outside a baseline, and once the source's steps are known at
 * all: `events`) is an event: a candidate of its own.
 * Runs inside the caller's transaction; returns how many items and events were new, and how many
 * of a baseline's items were announced all the same (`announceSince`).
 */
import type { Item } from '../model.js';
import type { Db } from '../store/db.js';
import { addItemKeys, findItemIdByKeys, insertItem, recordSighting } from '../store/items.js';
import { recordMilestones } from '../store/milestones.js';
import { osloDay } from '../time/oslo.js';
import type { IdentifiedItem } from './watch.js';

/**
 * Whether the item's own date falls on or after the day of `moment`, in Oslo (an undated item
 * never does). By day, since most listings give only a date: an item unknown to the store and
 * dated the day of the last good run was not there, or not seen, when that run read the page.
 */
export function publishedSince(item: Pick<Item, 'published'>, moment: string | null | undefined): boolean {
  const iso = item.published?.iso;
  return Boolean(moment && iso && osloDay(iso) >= osloDay(moment));
}

export function recordItems(
  db: Db,
  identified: IdentifiedItem[],
  context: {
    sourceId: string;
    baseline: boolean;
    runId: string;
    at: string;
    events: boolean;
    /**
     * On a baseline after a config change (a fixed selector, say): new items published since
     * this moment — the source's last good run — are announced, not taken silently, so what
     * the source published while it was broken still reaches the digest.
     */
    announceSince?: string | null;
  },
): { items: number; events: number; announced: number } {
  let fresh = 0;
  let announced = 0;
  let events = 0;
  const createdNow = new Set<string>();
  // Two entries of one listing can be the same publication (pagination overlap, a feed
  // repeating an item): keys seen in this batch resolve before the store is asked.
  const seenNow = new Map<string, string>();
  for (const { item, keys, milestones } of identified) {
    let id = keys.map((key) => seenNow.get(key)).find((found) => found !== undefined) ?? findItemIdByKeys(db, keys);
    if (id === undefined) {
      const record: Item = { ...item, baseline: context.baseline && !publishedSince(item, context.announceSince) };
      insertItem(db, record, context.runId);
      if (context.baseline && !record.baseline) announced += 1;
      id = record.id;
      fresh += 1;
      createdNow.add(id);
    }
    addItemKeys(db, id, keys);
    recordSighting(db, id, { sourceId: context.sourceId, url: item.url, at: context.at, summary: item.summary });
    for (const key of keys) seenNow.set(key, id);
    if (milestones.length > 0) {
      events += recordMilestones(db, id, milestones, {
        sourceId: context.sourceId,
        at: context.at,
        runId: context.runId,
        asEvents: context.events && !context.baseline && !createdNow.has(id),
      });
    }
  }
  return { items: fresh, events, announced };
}
