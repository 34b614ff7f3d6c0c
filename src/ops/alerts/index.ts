/**
 * After a job: judge every source and dead link against the open alerts (damping.ts), record
 * the transitions and queue one message per channel in one transaction, rewrite the report
 * file, then deliver what is queued. Delivery comes after the commit: a kill in between
 * means the message goes out on the next run (at least once, never lost); a failed delivery
 * is retried on later runs for `retryHours`.
 */
import os from 'node:os';
import type { Config } from '../../config/schema.js';
import type { Logger } from '../../log.js';
import { formatAlertText, summarizeNotices } from '../../report/alerts-text.js';
import {
  listOpenAlerts,
  markOutboxFailed,
  markOutboxGivenUp,
  markOutboxSent,
  pendingOutbox,
  recordTransitions,
  type AlertChannel,
} from '../../store/alerts.js';
import type { Db } from '../../store/db.js';
import { lastCompletedRunOf } from '../../store/health.js';
import { getLinkState, lastSeenOf, listDeadLinks } from '../../store/links.js';
import { offlineStreak } from '../../store/runs.js';
import { listSourceStates } from '../../store/source-state.js';
import { dampAlerts, linkObservations, networkObservation, sourceObservations, type LinkStateLike } from './damping.js';
import { sendAlertEmail, type EmailTarget } from './email.js';
import { alertReportPath, writeAlertReport } from './report-file.js';
import type { AlertMessage, Notice, NoticeType } from '../../model/alerts.js';
import { postWebhook, type WebhookTarget } from './webhook.js';

export type { AlertMessage, Notice, OpenAlert } from '../../model/alerts.js';

const NOTICE_LOG_LINE = { failing: 'alert', recovered: 'alert recovered', closed: 'alert closed: no longer checked' } as const satisfies Record<NoticeType, string>;

export interface AlertChannels {
  webhook?: WebhookTarget;
  email?: EmailTarget;
}

/** The channels configured in `alerts`, with secrets and proxy resolved by the caller. */
export function alertChannels(config: Config, resolved: { smtpPassword?: string; proxy?: string; noProxy?: string[] } = {}): AlertChannels {
  const channels: AlertChannels = {};
  const { webhook, email } = config.alerts;
  if (webhook) {
    channels.webhook = {
      url: webhook.url,
      headers: webhook.headers,
      timeoutMs: webhook.timeoutSeconds * 1000,
      ...(resolved.proxy ? { proxy: resolved.proxy } : {}),
      noProxy: resolved.noProxy ?? [],
    };
  }
  if (email) {
    channels.email = {
      host: email.host,
      port: email.port,
      secure: email.secure,
      from: email.from,
      to: email.to,
      ...(email.user ? { user: email.user } : {}),
      ...(resolved.smtpPassword !== undefined ? { password: resolved.smtpPassword } : {}),
      subjectPrefix: email.subjectPrefix,
      timeoutMs: email.timeoutSeconds * 1000,
    };
  }
  return channels;
}

export interface AlertDeps {
  storageDir: string;
  channels: AlertChannels;
  log: Logger;
  now?: () => Date;
  runId?: string;
}

export interface Delivery {
  channel: AlertChannel;
  outboxId: number;
  ok: boolean;
  error?: string;
}

export interface AlertOutcome {
  notices: Notice[];
  /** The message of this evaluation (undefined when nothing changed). */
  message?: AlertMessage;
  deliveries: Delivery[];
  reportFile: string;
}

/** Evaluate, record, report and deliver. Never throws for a delivery failure. */
export async function processAlerts(db: Db, config: Config, deps: AlertDeps): Promise<AlertOutcome> {
  const now = deps.now ?? (() => new Date());
  const at = now().toISOString();
  const open = listOpenAlerts(db);
  const observations = sourceObservations(config.sources, listSourceStates(db), config.alerts.failuresBeforeAlert);
  observations.push(networkObservation(offlineStreak(db), config.alerts.failuresBeforeAlert));
  if (config.alerts.links) {
    // A link whose state retention forgot is no longer checked either: its alert closes as such.
    const openLinks: LinkStateLike[] = open
      .filter((alert) => alert.kind === 'link')
      .map((alert) => alert.key.slice('link:'.length))
      .map((url) => getLinkState(db, url) ?? { url, deadSince: null, consecutiveFailures: 0, lastVerdict: null, lastStatus: null, lastDetail: null, lastSeen: null });
    const dead: LinkStateLike[] = listDeadLinks(db);
    const seen = lastSeenOf(db, [...openLinks, ...dead].map((link) => link.url));
    const withSeen = (link: LinkStateLike): LinkStateLike => ({ ...link, lastSeen: link.lastSeen === null ? null : (seen.get(link.url) ?? null) });
    const checkedSince = lastCompletedRunOf(db, 'links')?.startedAt;
    observations.push(...linkObservations(dead.map(withSeen), openLinks.map(withSeen), checkedSince));
  }
  const transitions = dampAlerts(open, observations, at);
  const openCount = open.length + transitions.opened.length - transitions.recovered.length - transitions.dropped.length - transitions.closed.length;
  const reportFile = alertReportPath(deps.storageDir, config.alerts.reportFile);
  let message: AlertMessage | undefined;
  if (transitions.notices.length > 0) {
    message = {
      subject: summarizeNotices(transitions.notices),
      text: formatAlertText(transitions.notices, { maxLines: config.alerts.maxLinesPerMessage, openCount, reportFile }),
      generatedAt: at,
      hostname: os.hostname(),
      notices: transitions.notices,
      openCount,
    };
  }
  const channels = (Object.keys(deps.channels) as AlertChannel[]).filter((channel) => deps.channels[channel] !== undefined);
  recordTransitions(db, transitions, { at, ...(deps.runId ? { runId: deps.runId } : {}), ...(message ? { message, channels } : {}) });
  for (const notice of transitions.notices) {
    deps.log.warn({ alert: notice.type, key: notice.key, detail: notice.detail }, NOTICE_LOG_LINE[notice.type]);
  }
  try {
    writeAlertReport(db, reportFile, at);
  } catch (error) {
    deps.log.error({ err: error instanceof Error ? error.message : String(error), file: reportFile }, 'could not write the alert report');
  }
  const deliveries = await deliverPending(db, deps.channels, { log: deps.log, now, retryHours: config.alerts.retryHours });
  return { notices: transitions.notices, ...(message ? { message } : {}), deliveries, reportFile };
}

/** Send what the outbox holds; a message that keeps failing is given up after `retryHours`. */
export async function deliverPending(
  db: Db,
  channels: AlertChannels,
  options: { log: Logger; now?: () => Date; retryHours: number },
): Promise<Delivery[]> {
  const now = options.now ?? (() => new Date());
  const deliveries: Delivery[] = [];
  for (const entry of pendingOutbox(db)) {
    const at = now();
    const target = channels[entry.channel];
    if (!target) {
      markOutboxGivenUp(db, entry.id, at.toISOString(), `channel ${entry.channel} is no longer configured`);
      continue;
    }
    if (entry.attempts > 0 && at.getTime() - Date.parse(entry.createdAt) > options.retryHours * 3_600_000) {
      markOutboxGivenUp(db, entry.id, at.toISOString(), `not delivered within ${options.retryHours} h`);
      options.log.error({ channel: entry.channel, outboxId: entry.id, lastError: entry.lastError }, 'alert message given up');
      continue;
    }
    try {
      if (entry.channel === 'webhook') await postWebhook(entry.message, target as WebhookTarget);
      else await sendAlertEmail(entry.message, target as EmailTarget);
      markOutboxSent(db, entry.id, now().toISOString());
      options.log.info({ channel: entry.channel, outboxId: entry.id }, 'alert message delivered');
      deliveries.push({ channel: entry.channel, outboxId: entry.id, ok: true });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      markOutboxFailed(db, entry.id, detail);
      options.log.error({ channel: entry.channel, outboxId: entry.id, err: detail }, 'alert message not delivered (will retry on the next run)');
      deliveries.push({ channel: entry.channel, outboxId: entry.id, ok: false, error: detail });
    }
  }
  return deliveries;
}
