/**
 * Alerts for people: the message of one evaluation (stdout for cron mail, webhook, e-mail)
 * and the report file (storage/alerts.md). A site going down may kill hundreds of links at
 * once: past `maxLines` notices, the rest are counted per host instead of listed.
 */
import type { AlertEvent } from '../store/alerts.js';
import type { Notice, OpenAlert } from '../model/alerts.js';
import { formatDateTime } from '../time/oslo.js';

const LABEL: Record<`${Notice['kind']}:${Notice['type']}`, string> = {
  'source:failing': 'FAILING',
  'source:recovered': 'RECOVERED',
  'link:failing': 'DEAD LINK',
  'link:recovered': 'LINK OK',
  'network:failing': 'OFFLINE',
  'network:recovered': 'ONLINE',
  'source:closed': 'CLOSED',
  'link:closed': 'UNCHECKED',
  'network:closed': 'CLOSED',
};

function when(iso: string): string {
  return formatDateTime(iso);
}

function noticeLine(notice: Notice): string {
  const label = LABEL[`${notice.kind}:${notice.type}`].padEnd(9);
  if (notice.type === 'failing') return `${label}  ${notice.subject}: ${notice.detail}`;
  return `${label}  ${notice.subject}: ${notice.detail}; had been failing since ${when(notice.since)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 sources failing, 1 recovered; 14 links dead" */
export function summarizeNotices(notices: readonly Notice[]): string {
  const count = (kind: Notice['kind'], type: Notice['type']): number => notices.filter((n) => n.kind === kind && n.type === type).length;
  const parts: string[] = [];
  const failing = count('source', 'failing');
  const recovered = count('source', 'recovered');
  const dead = count('link', 'failing');
  const linkOk = count('link', 'recovered');
  const unchecked = count('link', 'closed');
  if (count('network', 'failing')) parts.push('network unavailable');
  if (count('network', 'recovered')) parts.push('network back');
  if (failing) parts.push(`${plural(failing, 'source')} failing`);
  if (recovered) parts.push(`${plural(recovered, 'source')} recovered`);
  if (dead) parts.push(`${plural(dead, 'link')} dead`);
  if (linkOk) parts.push(`${plural(linkOk, 'dead link')} working again`);
  if (unchecked) parts.push(`${plural(unchecked, 'dead link')} no longer checked`);
  return parts.join(', ') || 'no change';
}

/** The text of one evaluation's message. Source notices are always listed in full. */
export function formatAlertText(notices: readonly Notice[], options: { maxLines: number; openCount: number; reportFile?: string }): string {
  const sources = notices.filter((n) => n.kind === 'source' || n.kind === 'network');
  const links = notices.filter((n) => n.kind === 'link');
  const lines = [`sourcewatch: ${summarizeNotices(notices)}`, ''];
  for (const notice of sources) lines.push(noticeLine(notice));
  const room = Math.max(0, options.maxLines - sources.length);
  const shown = links.slice(0, room);
  for (const notice of shown) lines.push(noticeLine(notice));
  const rest = links.slice(shown.length);
  if (rest.length > 0) {
    const byHost = new Map<string, Record<Notice['type'], number>>();
    for (const notice of rest) {
      const host = notice.host ?? '(no host)';
      const entry = byHost.get(host) ?? { failing: 0, recovered: 0, closed: 0 };
      entry[notice.type] += 1;
      byHost.set(host, entry);
    }
    const total = (entry: Record<Notice['type'], number>): number => entry.failing + entry.recovered + entry.closed;
    const hosts = [...byHost.entries()].sort((a, b) => total(b[1]) - total(a[1]));
    lines.push(`… and ${rest.length} more:`);
    for (const [host, { failing, recovered, closed }] of hosts) {
      const parts = [
        failing ? `${plural(failing, 'link')} dead` : '',
        recovered ? `${plural(recovered, 'link')} working again` : '',
        closed ? `${plural(closed, 'link')} no longer checked` : '',
      ].filter(Boolean);
      lines.push(`           ${host}: ${parts.join(', ')}`);
    }
  }
  lines.push('', `${plural(options.openCount, 'alert')} open${options.reportFile ? ` — see ${options.reportFile}` : ''}; \`sourcewatch status\` shows the health of every source.`);
  return `${lines.join('\n')}\n`;
}

/** storage/alerts.md: what is open now, then the recent notices, newest first. */
export function formatAlertReport(open: readonly OpenAlert[], events: readonly AlertEvent[], generatedAt: string): string {
  const lines = ['# sourcewatch alerts', '', `Updated ${when(generatedAt)}.`, '', `## Open (${open.length})`, ''];
  if (open.length === 0) lines.push('Nothing is failing.');
  for (const alert of open) {
    lines.push(`- **${alert.kind}** ${alert.subject} — since ${when(alert.since)}: ${alert.detail}`);
  }
  lines.push('', `## Recent notices (${events.length})`, '');
  if (events.length === 0) lines.push('None yet.');
  for (const event of events) {
    lines.push(`- ${when(event.at)} — ${LABEL[`${event.kind}:${event.type}`]} ${event.subject}: ${event.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
