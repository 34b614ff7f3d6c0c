/**
 * Webhook output: POST the message as JSON. `text` carries the whole message, so Slack- and
 * Mattermost-style incoming webhooks show it as is; `notices` carries the structured data.
 * Goes through the configured proxy unless NO_PROXY names the host.
 */
import { request } from '../../fetch/undici-parts.js';
import { createDispatchers } from '../../fetch/dispatcher.js';
import type { AlertMessage } from '../../model/alerts.js';

export interface WebhookTarget {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  proxy?: string;
  noProxy?: string[];
}

export function webhookBody(message: AlertMessage): string {
  return JSON.stringify({
    source: 'sourcewatch',
    subject: message.subject,
    text: message.text,
    generatedAt: message.generatedAt,
    hostname: message.hostname,
    openCount: message.openCount,
    notices: message.notices,
  });
}

/** Throws when the receiver is unreachable or answers anything but 2xx. */
export async function postWebhook(message: AlertMessage, target: WebhookTarget): Promise<void> {
  const dispatchers = createDispatchers({
    ...(target.proxy ? { proxy: target.proxy } : {}),
    noProxy: target.noProxy ?? [],
    insecure: false,
    timeoutMs: target.timeoutMs,
  });
  try {
    const response = await request(new URL(target.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'sourcewatch alerts', ...target.headers },
      body: webhookBody(message),
      dispatcher: dispatchers.forHost(new URL(target.url).hostname),
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    const answer = await response.body.text();
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw new Error(`webhook answered HTTP ${response.statusCode}${answer ? `: ${answer.slice(0, 200)}` : ''}`);
    }
  } finally {
    await dispatchers.close();
  }
}
