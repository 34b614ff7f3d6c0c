/** `sourcewatch status` for people: jobs, sources, links, scheduler, alerts — Oslo times. */
import type { JobRun, SourceStatus, Status } from '../model/status.js';
import { osloDay, osloStamp } from '../time/oslo.js';

function osloDayStamp(iso: string | null | undefined): string {
  return iso ? osloDay(iso) : '';
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function ago(iso: string | null, now: Date): string {
  if (!iso) return '';
  const ms = now.getTime() - Date.parse(iso);
  if (ms < 0) return 'in the future';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 90) return `${minutes} min ago`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 36) return `${hours} h ago`;
  return `${Math.round(ms / 86_400_000)} days ago`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd());
}

const OUTCOME: Record<string, string> = {
  ok: 'ok',
  failed: 'problems',
  running: 'RUNNING',
  interrupted: 'INTERRUPTED',
  crashed: 'CRASHED',
};

function runCells(run: JobRun | null, now: Date): string[] {
  if (!run) return ['never', '', '', ''];
  const outcome = `${OUTCOME[run.status] ?? run.status}${run.via ? ` (written by \`${run.via}\`)` : ''}`;
  return [osloStamp(run.startedAt), ago(run.startedAt, now), outcome, formatDuration(run.durationMs)];
}

function sourceNote(source: SourceStatus): string {
  if (!source.enabled) return 'disabled';
  if (!source.lastRunAt) return 'never watched';
  const notes: string[] = [];
  if (source.consecutiveFailures > 0) notes.push(`${source.lastOutcome}: ${source.lastDetail ?? ''}`.trim());
  if (source.quiet) notes.push(`no new item in ${source.daysSinceLastItem} days (usually every ~${source.usualIntervalDays} days)`);
  if (source.schedule) notes.push(`own schedule ${source.schedule}`);
  return notes.join('; ');
}

export function formatStatusText(status: Status): string {
  const now = new Date(status.generatedAt);
  const lines: string[] = [`sourcewatch status — ${osloStamp(status.generatedAt)} (Europe/Oslo) — ${status.storageDir}`, ''];

  if (status.scheduler) {
    const { heartbeat, health } = status.scheduler;
    const next = Object.entries(heartbeat.nextRuns)
      .filter(([, at]) => at)
      .sort((a, b) => a[1]!.localeCompare(b[1]!))
      .slice(0, 4)
      .map(([job, at]) => `${job} ${osloStamp(at)}`)
      .join(', ');
    lines.push(`Scheduler: ${health.overdue ? 'PROBLEM — ' : ''}${health.note} (pid ${heartbeat.pid} on ${heartbeat.hostname}, heartbeat ${ago(heartbeat.at, now)})`);
    if (heartbeat.state !== 'stopped' && next) lines.push(`  next: ${next}`);
  } else {
    lines.push('Scheduler: no heartbeat (`sourcewatch schedule` has not run here; fine when system cron runs `sourcewatch run`)');
  }
  lines.push(
    status.lock
      ? `Lock: held by "${status.lock.command}" (pid ${status.lock.pid} on ${status.lock.hostname}, since ${osloStamp(status.lock.startedAt)})`
      : 'Lock: free (no run in progress)',
    '',
  );

  lines.push('Jobs');
  const jobRows = [['job', 'last run', '', 'outcome', 'duration']];
  for (const job of status.jobs) {
    jobRows.push([job.job, ...runCells(job.last, now)]);
    if (job.lastCompleted) jobRows.push(['', ...runCells(job.lastCompleted, now).map((cell, i) => (i === 0 ? `(last complete: ${cell})` : cell))]);
  }
  lines.push(...table(jobRows), '');

  lines.push(`Sources (${status.sources.length})`);
  const sourceRows = [['source', 'last ok', 'failures', 'last new item', 'note']];
  for (const source of status.sources) {
    const failures = source.consecutiveFailures === 0 ? '0' : `${source.consecutiveFailures}${source.failing ? ' ALERT' : ''}`;
    sourceRows.push([source.id, osloStamp(source.lastOkAt) || 'never', failures, osloDayStamp(source.lastNewItemAt ?? source.lastPublishedAt) || '—', sourceNote(source)]);
  }
  lines.push(...table(sourceRows), '');

  const { links } = status;
  lines.push(
    `Links: ${links.tracked} tracked, ${links.dead} dead, ${links.failing} failing (not yet dead); last check ${links.lastRun ? `${osloStamp(links.lastRun.startedAt)} (${ago(links.lastRun.startedAt, now)})` : 'never'}`,
  );
  lines.push(
    `Alerts: ${status.alerts.open.length} open${status.alerts.undelivered ? `, ${status.alerts.undelivered} message(s) waiting for delivery` : ''} — ${status.alerts.reportFile}`,
  );
  for (const alert of status.alerts.open.slice(0, 10)) lines.push(`  ${alert.kind} ${alert.subject} since ${osloStamp(alert.since)}: ${alert.detail}`);
  if (status.alerts.open.length > 10) lines.push(`  … and ${status.alerts.open.length - 10} more`);
  lines.push('');

  if (status.problems.length > 0) {
    lines.push(`Needs attention (${status.problems.length}):`, ...status.problems.map((p) => `  - ${p}`));
  } else {
    lines.push('All well.');
  }
  if (status.warnings.length > 0) lines.push('Worth a look:', ...status.warnings.map((w) => `  - ${w}`));
  return `${lines.join('\n')}\n`;
}
