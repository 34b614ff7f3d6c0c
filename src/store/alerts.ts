/** Alert state: open alerts, the history of notices, and the delivery outbox. */
import type { AlertKind, AlertMessage, Notice, OpenAlert, Transitions } from '../model/alerts.js';
import { writeTransaction, type Db } from './db.js';

export type AlertChannel = 'webhook' | 'email';

export interface AlertEvent {
  id: number;
  at: string;
  key: string;
  kind: AlertKind;
  type: Notice['type'];
  subject: string;
  detail: string;
  runId: string | null;
}

export interface OutboxEntry {
  id: number;
  channel: AlertChannel;
  createdAt: string;
  message: AlertMessage;
  attempts: number;
  lastError: string | null;
}

export function listOpenAlerts(db: Db): OpenAlert[] {
  return db.prepare<[], OpenAlert>('SELECT key, kind, subject, since, detail FROM alerts ORDER BY since, key').all();
}

/** Apply one evaluation's transitions, and queue its message for each channel, in one transaction. */
export function recordTransitions(
  db: Db,
  transitions: Transitions,
  options: { at: string; runId?: string; message?: AlertMessage; channels?: AlertChannel[] },
): void {
  const open = db.prepare('INSERT OR REPLACE INTO alerts (key, kind, subject, since, detail) VALUES (@key, @kind, @subject, @since, @detail)');
  const close = db.prepare('DELETE FROM alerts WHERE key = ?');
  const event = db.prepare(
    'INSERT INTO alert_events (at, key, kind, type, subject, detail, run_id) VALUES (@at, @key, @kind, @type, @subject, @detail, @runId)',
  );
  const queue = db.prepare('INSERT INTO alert_outbox (channel, created_at, message) VALUES (?, ?, ?)');
  writeTransaction(db, () => {
    for (const alert of transitions.opened) open.run(alert);
    for (const alert of transitions.updated) open.run(alert);
    for (const key of [...transitions.recovered, ...transitions.dropped, ...transitions.closed]) close.run(key);
    for (const notice of transitions.notices) {
      event.run({ at: notice.at, key: notice.key, kind: notice.kind, type: notice.type, subject: notice.subject, detail: notice.detail, runId: options.runId ?? null });
    }
    if (options.message) for (const channel of options.channels ?? []) queue.run(channel, options.at, JSON.stringify(options.message));
  });
}

export function recentAlertEvents(db: Db, limit = 100): AlertEvent[] {
  return db
    .prepare<[number], { id: number; at: string; key: string; kind: AlertKind; type: Notice['type']; subject: string; detail: string; run_id: string | null }>(
      'SELECT * FROM alert_events ORDER BY id DESC LIMIT ?',
    )
    .all(limit)
    .map(({ run_id, ...row }) => ({ ...row, runId: run_id }));
}

export function pendingOutbox(db: Db): OutboxEntry[] {
  return db
    .prepare<[], { id: number; channel: AlertChannel; created_at: string; message: string; attempts: number; last_error: string | null }>(
      'SELECT * FROM alert_outbox WHERE sent_at IS NULL AND given_up_at IS NULL ORDER BY id',
    )
    .all()
    .map((row) => ({
      id: row.id,
      channel: row.channel,
      createdAt: row.created_at,
      message: JSON.parse(row.message) as AlertMessage,
      attempts: row.attempts,
      lastError: row.last_error,
    }));
}

export function markOutboxSent(db: Db, id: number, at: string): void {
  db.prepare('UPDATE alert_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?').run(at, id);
}

export function markOutboxFailed(db: Db, id: number, error: string): void {
  db.prepare('UPDATE alert_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
}

export function markOutboxGivenUp(db: Db, id: number, at: string, reason: string): void {
  db.prepare('UPDATE alert_outbox SET given_up_at = ?, last_error = coalesce(last_error, ?) WHERE id = ?').run(at, reason, id);
}
