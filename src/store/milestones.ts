/**
 * Steps in an item's life and the events among them (see migrations/009-milestones.ts). An
 * event's id is derived from its item and step, so the same step can never be two events.
 */
import { createRequire } from 'node:module';
import type { Db } from './db.js';
import { prepared } from './prepared.js';

export interface MilestoneRecord {
  itemId: string;
  key: string;
  label: string;
  happenedRaw: string | null;
  /** ISO instant, when the source's date could be read. */
  happenedAt: string | null;
  firstSeen: string;
  sourceId: string;
  /** Set when the step is a candidate of its own. */
  eventId: string | null;
}

interface Row {
  item_id: string;
  key: string;
  label: string;
  happened_raw: string | null;
  happened_at: string | null;
  first_seen: string;
  source_id: string;
  event_id: string | null;
}

function toRecord(row: Row): MilestoneRecord {
  return {
    itemId: row.item_id,
    key: row.key,
    label: row.label,
    happenedRaw: row.happened_raw,
    happenedAt: row.happened_at,
    firstSeen: row.first_seen,
    sourceId: row.source_id,
    eventId: row.event_id,
  };
}

let crypto: typeof import('node:crypto') | undefined;

/**
 * node:crypto, required on first use, not imported: reading milestones (`digest`, `status`)
 * makes no ids, and loading crypto is about 3 ms of their start-up.
 */
function nodeCrypto(): typeof import('node:crypto') {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto;
}

/** `ev-` and 13 hex digits: never confused with an item id (16 hex digits). */
export function eventIdOf(itemId: string, key: string): string {
  const { createHash } = nodeCrypto();
  return `ev-${createHash('sha1').update(`${itemId}\n${key}`, 'utf8').digest('hex').slice(0, 13)}`;
}

export function isEventId(id: string): boolean {
  return /^ev-[0-9a-f]{13}$/.test(id);
}

export interface MilestoneInput {
  key: string;
  label: string;
  happenedRaw?: string;
  happenedAt: string | null;
}

/**
 * Record the steps of an item not recorded before; `asEvents` makes each new one an event.
 * Returns how many events were made.
 */
export function recordMilestones(
  db: Db,
  itemId: string,
  milestones: MilestoneInput[],
  context: { sourceId: string; at: string; runId: string; asEvents: boolean },
): number {
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO item_milestones (item_id, key, label, happened_raw, happened_at, first_seen, source_id, run_id, event_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fillDate = prepared(
    db,
    'UPDATE item_milestones SET happened_raw = ?, happened_at = ? WHERE item_id = ? AND key = ? AND happened_at IS NULL',
  );
  let events = 0;
  for (const milestone of milestones) {
    const eventId = context.asEvents ? eventIdOf(itemId, milestone.key) : null;
    const result = insert.run(
      itemId,
      milestone.key,
      milestone.label,
      milestone.happenedRaw ?? null,
      milestone.happenedAt,
      context.at,
      context.sourceId,
      context.runId,
      eventId,
    );
    if (result.changes > 0) {
      if (eventId !== null) events += 1;
    } else if (milestone.happenedAt !== null) {
      // The same step from another list of the source, dated there (a Dokument 8's own date).
      fillDate.run(milestone.happenedRaw ?? null, milestone.happenedAt, itemId, milestone.key);
    }
  }
  return events;
}

/** Events first seen in [from, to), oldest first. */
export function listEventsFirstSeen(db: Db, from: string, to: string): MilestoneRecord[] {
  return prepared<[string, string], Row>(
    db,
    'SELECT * FROM item_milestones WHERE event_id IS NOT NULL AND first_seen >= ? AND first_seen < ? ORDER BY first_seen, key',
  )
    .all(from, to)
    .map(toRecord);
}

/** Every recorded step of these items, in the order they were seen. */
export function listMilestones(db: Db, itemIds: string[]): Map<string, MilestoneRecord[]> {
  const statement = prepared<[string], Row>(
    db,
    // By the run that saw them; within a run, by date, a final status last (an undated
    // innstilling seen with the decision came before it).
    "SELECT * FROM item_milestones WHERE item_id = ? ORDER BY first_seen, key LIKE 'status:%', coalesce(happened_at, first_seen), key",
  );
  const out = new Map<string, MilestoneRecord[]>();
  for (const id of new Set(itemIds)) {
    const rows = statement.all(id).map(toRecord);
    if (rows.length > 0) out.set(id, rows);
  }
  return out;
}

export function getEvent(db: Db, eventId: string): MilestoneRecord | undefined {
  const row = prepared<[string], Row>(db, 'SELECT * FROM item_milestones WHERE event_id = ?').get(eventId);
  return row ? toRecord(row) : undefined;
}
