/**
 * The diff against state: each identified item is either already known under one of its keys
 * (a sighting: keys and sources are added) or new (inserted). A step the source reports for
 * an item known before this run (outside a baseline, and once the source's steps are known at
 * all: `events`) is an event: a candidate of its own.
 * Runs inside the caller's transaction; returns how many items and events were new.
 */
import type { Item } from '../model.js';
import type { Db } from '../store/db.js';
import { addItemKeys, findItemIdByKeys, insertItem, recordSighting } from '../store/items.js';
import { recordMilestones } from '../store/milestones.js';
import type { IdentifiedItem } from './watch.js';

export function recordItems(
  db: Db,
  identified: IdentifiedItem[],
  context: { sourceId: string; baseline: boolean; runId: string; at: string; events: boolean },
): { items: number; events: number } {
  let fresh = 0;
  let events = 0;
  const createdNow = new Set<string>();
  // Two entries of one listing can be the same publication (pagination overlap, a feed
  // repeating an item): keys seen in this batch resolve before the store is asked.
  const seenNow = new Map<string, string>();
  for (const { item, keys, milestones } of identified) {
    let id = keys.map((key) => seenNow.get(key)).find((found) => found !== undefined) ?? findItemIdByKeys(db, keys);
    if (id === undefined) {
      const record: Item = { ...item, baseline: context.baseline };
      insertItem(db, record, context.runId);
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
  return { items: fresh, events };
}
