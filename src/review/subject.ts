/**
 * What a decision is about: a candidate's id is an item's id (its first sighting) or an
 * event's (`ev-…`, a step in a known item's life). Decisions apply per event.
 */
import type { Item } from '../model.js';
import type { Db } from '../store/db.js';
import { getItem } from '../store/items.js';
import { getEvent, isEventId, type MilestoneRecord } from '../store/milestones.js';

export interface Subject {
  item: Item;
  event?: MilestoneRecord;
}

export function subjectOf(db: Db, candidateId: string): Subject | undefined {
  if (!isEventId(candidateId)) {
    const item = getItem(db, candidateId);
    return item ? { item } : undefined;
  }
  const event = getEvent(db, candidateId);
  const item = event ? getItem(db, event.itemId) : undefined;
  return event && item ? { item, event } : undefined;
}
